import { join } from 'node:path';

/** The renderer folder inside an app root (the asar in production). */
export const rendererDirIn = (appRoot: string) => join(appRoot, 'dist', 'renderer');
