/** Types of contentSecurityPolicy.js, the CommonJS helper of webpack.config.js. */
export declare const OFFICE_JS_ORIGIN: string;
export declare function contentSecurityPolicy(options: { officeJs: boolean }): string;
