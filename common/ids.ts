import { z } from 'zod';

/**
 * Every identifier that crosses a boundary (contract, content files, routes, packs), defined once. The contract,
 * the content schemas and the hosts' routes all use these, so a value one accepts the others accept too.
 */
/** A pattern's body without its anchors, to build longer patterns (routes, pack paths) from it. */
export const patternBody = (pattern: RegExp) => pattern.source.replace(/^\^|\$$/g, '');

export const langPattern = /^[a-z]{2,3}$/;
export const lang = z.string().regex(langPattern);

/** Procedures, themes, stat ids: lower-case letters, digits and hyphens. */
export const procedureIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const procedureId = z.string().regex(procedureIdPattern, 'lower-case letters, digits and hyphens');

/** Ids counted by the anonymous stats (themes, procedures, checklists, structures). */
export const statIdPattern = procedureIdPattern;
export const statId = z.string().regex(statIdPattern);

export const themeId = z.string().regex(/^[a-z][a-z-]{0,39}$/);
export const structureId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

/** A recorded clip's phrase key (data/audio/<lang>/<key>.wav): dot-separated parts, each starting lower-case. */
export const clipKeyPattern = /^[a-z0-9][A-Za-z0-9_-]*(\.[a-z0-9][A-Za-z0-9_-]*)*$/;
export const clipKey = z.string().max(160).regex(clipKeyPattern, 'dot-separated parts, each starting lower-case');

export const paperFormats = ['a4', 'receipt'] as const;
export const paperFormat = z.enum(paperFormats);
export type PaperFormat = z.infer<typeof paperFormat>;

/** A content pack's file name in the packs folder. */
export const packNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.zip$/;
export const packName = z.string().regex(packNamePattern);

/** The URL of a recorded clip, the same for both hosts: /clips/<lang>/<key>.wav. */
/** The print route's path, /print/checklist/<procedure id> (its query gives the language and the paper). */
export const printPathPattern = new RegExp(`^/print/checklist/(${patternBody(procedureIdPattern)})$`);

export const clipPathPattern = new RegExp(`^/clips/(${patternBody(langPattern)})/([^/]+)\\.wav$`);

/** The themes and categories a structure may name (the content's and the places staff add). */
export const themeIds = [
  'french',
  'housing',
  'rights',
  'care',
  'work',
  'leisure',
  'social',
  'papers',
  'emergency',
] as const;

export const structureCategories = [
  'france-services',
  'prefecture',
  'hospital',
  'social-security',
  'caf',
  'france-travail',
  'ofii',
  'school',
  'association',
  'justice',
  'state-service',
  'social-service',
  'employment',
] as const;

/** A French phone number as shown to visitors, such as 0596 53 20 87. */
export const frenchPhonePattern = /^0\d( ?\d\d){4}$|^0\d{3}( ?\d\d){3}$/;
/** A translated appointment note (data/translations/places/<lang>.json), such as "appointment.fs-only". */
export const appointmentNotePattern = /^appointment\.[a-z0-9-]+$/;
/** Places staff add on a kiosk: never the id of a content structure. */
export const localPlaceIdPattern = /^local-[a-z0-9][a-z0-9-]{0,60}$/;
