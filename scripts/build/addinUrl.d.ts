/** Types of addinUrl.js, the CommonJS helper of webpack.config.js. */
export declare const DEV_URL: string;
export declare class AddinUrlError extends Error {}
export declare function addinBaseUrl(purpose: "deploy" | "local", variable: string | undefined): string;
export declare function rewriteManifest(xml: string, baseUrl: string): string;
