import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Source-only: the bundles (scripts/build-main.mjs) are CommonJS, where import.meta is empty and this would throw
// at load. The build makes import.meta an error, so no code the installed app runs can reach this file.

/** The repository root when running from source (serve, cli, tests). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Default editable content shipped with the app. */
export const defaultContentDir = join(projectRoot, 'data');

export { defaultDataDir } from './data-dir';
