/**
 * The identifiers' patterns and lists, without zod: the renderer's print route and staff forms import them, and
 * zod (about 90 KB) is not evaluated by a page that validates nothing. ./ids.ts builds the schemas from them.
 */
/** A pattern's body without its anchors, to build longer patterns (routes, pack paths) from it. */
export const patternBody = (pattern: RegExp) => pattern.source.replace(/^\^|\$$/g, '');

export const langPattern = /^[a-z]{2,3}$/;

/** Procedures, themes, stat ids: lower-case letters, digits and hyphens. */
export const procedureIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Ids counted by the anonymous stats (themes, procedures, checklists, structures). */
export const statIdPattern = procedureIdPattern;

/** A recorded clip's phrase key (data/audio/<lang>/<key>.wav): dot-separated parts, each starting lower-case. */
export const clipKeyPattern = /^[a-z0-9][A-Za-z0-9_-]*(\.[a-z0-9][A-Za-z0-9_-]*)*$/;

export const paperFormats = ['a4', 'receipt'] as const;
export type PaperFormat = (typeof paperFormats)[number];

/** A content pack's file name in the packs folder. */
export const packNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.zip$/;

/** The print route's path, /print/checklist/<procedure id> (its query gives the language and the paper). */
export const printPathPattern = new RegExp(`^/print/checklist/(${patternBody(procedureIdPattern)})$`);

/** The URL of a recorded clip, the same for both hosts: /clips/<lang>/<key>.wav. */
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
