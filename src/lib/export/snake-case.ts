// Column names in exports are snake_case ASCII: stored keys in camelCase (provenance, covariates)
// or from another app version are turned into such names the same way everywhere.

/** `refreshRateHz` → `refresh_rate_hz`, `E1` → `e1`, `größe x` → `gr_e_x`. */
export function snakeCase(key: string): string {
	const name = key
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[^a-z0-9_]+/g, '_')
		.replace(/^_+|_+$/g, '');
	return name === '' ? 'unnamed' : /^[0-9]/.test(name) ? `x${name}` : name;
}
