/** Types of cliBundle.js, a CommonJS script so `npm run clearway` can run it without TypeScript. */
export declare const OUTFILE: string;
export declare function newestSourceTime(root: string, dir?: string, files?: string[]): number;
export declare function isStale(root?: string, outfile?: string): boolean;
export declare function buildCliBundle(root?: string, outfile?: string): Promise<void>;
