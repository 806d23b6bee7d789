// The `test` every browser test and benchmark uses: Playwright's, with what a fresh laptop needs
// before the examiner pages can be used. Import `test` and `expect` from here, never from
// '@playwright/test' directly, so that first-start steps are taken in one place.
import { expect, test as base } from '@playwright/test';

export const test = base;
export { expect };
