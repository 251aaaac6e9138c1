/** The renderer's Content-Security-Policy; `dev` adds the dev server's HMR socket. */
export function contentSecurityPolicy(dev: boolean): string;
