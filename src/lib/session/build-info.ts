// Filled in by Vite at build time (vite.config.ts `define`), so every session records which build
// of the app produced it.
declare const __APP_VERSION__: string;
declare const __APP_COMMIT__: string;

export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
export const appCommit: string = typeof __APP_COMMIT__ === 'string' ? __APP_COMMIT__ : 'unknown';
