// Types for scripts/build-cli.mjs (plain JavaScript, so it runs before anything is compiled).
export declare const ENTRY: string;
export declare const BUNDLE: string;
export declare const INPUTS: string;
/** Why the bundle must be built again, or null when it is up to date. */
export declare function staleReason(where?: { root?: string; bundle?: string; inputs?: string }): string | null;
export declare function buildCli(): Promise<{ ms: number; inputs: number }>;
export declare function ensureCli(): Promise<void>;
