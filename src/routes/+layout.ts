// A static single-page app: no server rendering; each route is prerendered as an empty shell.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
