import { z } from 'zod';
import {
  clipKeyPattern,
  langPattern,
  packNamePattern,
  paperFormats,
  procedureIdPattern,
  statIdPattern,
} from './id-patterns';

export * from './id-patterns';

/**
 * Every identifier that crosses a boundary (contract, content files, routes, packs), defined once. The contract,
 * the content schemas and the hosts' routes all use these, so a value one accepts the others accept too.
 */
export const lang = z.string().regex(langPattern);
export const procedureId = z.string().regex(procedureIdPattern, 'lower-case letters, digits and hyphens');
export const statId = z.string().regex(statIdPattern);
export const themeId = z.string().regex(/^[a-z][a-z-]{0,39}$/);
export const structureId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
export const clipKey = z.string().max(160).regex(clipKeyPattern, 'dot-separated parts, each starting lower-case');
export const paperFormat = z.enum(paperFormats);
export const packName = z.string().regex(packNamePattern);
