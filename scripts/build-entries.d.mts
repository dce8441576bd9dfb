export declare const nodeBundles: { entry: string; out: string }[];
export declare const bundleExternals: string[];
export declare function bundleOptions(entry: string, outfile: string): import('esbuild').BuildOptions;
