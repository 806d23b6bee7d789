// The address this build is meant to be used at, when the build declares one
// (`VITE_HEPCOG_ORIGIN=https://… npm run build`): browser storage belongs to the exact origin, so
// the home page can name the right address when it finds no study here.

/** The declared origin (`scheme://host[:port]`), or null when the build declares none or it is not a URL. */
export function declaredOrigin(value: unknown = import.meta.env?.VITE_HEPCOG_ORIGIN): string | null {
	if (typeof value !== 'string' || value.trim() === '') return null;
	try {
		return new URL(value.trim()).origin;
	} catch {
		return null;
	}
}
