/**
 * The names of every renderer→main call, kept free of dependencies so the sandboxed preload can bundle it
 * cheaply. contract.ts gives each one its input schema; the compiler keeps the two lists identical.
 */
export const callNames = ['getKioskConfig', 'listThemes', 'listClips', 'getTranslationStatus'] as const;
export type CallName = (typeof callNames)[number];
