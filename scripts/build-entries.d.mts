export declare const nodeBundles: { entry: string; out: string }[];
export declare const bundleExternals: string[];
