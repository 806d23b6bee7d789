import { describe, expect, it } from 'vitest';
import { declaredOrigin } from './deployment-origin';

describe('declared deployment origin', () => {
	it('is the origin of the declared address, or null', () => {
		expect(declaredOrigin('https://hepcog.rscm.example/app/')).toBe('https://hepcog.rscm.example');
		expect(declaredOrigin('http://localhost:4173')).toBe('http://localhost:4173');
		expect(declaredOrigin('')).toBeNull();
		expect(declaredOrigin('not an address')).toBeNull();
		expect(declaredOrigin(undefined)).toBeNull();
	});
});
