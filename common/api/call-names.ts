/**
 * The names of every renderer→main call, kept free of dependencies so the sandboxed preload can bundle it
 * cheaply. contract.ts gives each one its input schema; the compiler keeps the two lists identical.
 */
export const staffCallNames = [
  'staffStatus',
  'staffEnter',
  'staffLeave',
  'staffChangePin',
  'staffStats',
  'staffGetSettings',
  'staffSaveSettings',
  'staffListPacks',
  'staffExportPack',
  'staffValidatePack',
  'staffImportPack',
  'staffRestoreBackup',
  'staffSaveClip',
  'staffListStructures',
  'staffPreviewHours',
  'staffSaveHours',
  'staffSetClosure',
  'staffListHoursChanges',
  'staffUndoHoursChange',
  'staffPrintChecklist',
  'staffListContentPhrases',
  'staffSpeechCoverage',
  'staffNotices',
  'staffTranslationSummary',
  'staffListTranslations',
  'staffReviewTranslation',
  'staffConfirmHours',
  'staffListPrinters',
  'staffPrintTestPage',
  'staffListLocalPlaces',
  'staffSaveLocalPlace',
  'staffRemoveLocalPlace',
] as const;
export const callNames = [
  'getKioskConfig',
  'listThemes',
  'listClips',
  'listPlaces',
  'getPlace',
  'getTerritoryMap',
  'listProcedures',
  'getProcedure',
  'getProcedures',
  'getPrintableChecklist',
  'printChecklist',
  'countEvent',
  'getTranslationStatus',
  'getReviewedTexts',
  'listContentPhrases',
  ...staffCallNames,
] as const;
export type CallName = (typeof callNames)[number];
export type StaffCallName = (typeof staffCallNames)[number];

/** Staff calls are refused by the browser host unless they come from the machine itself (loopback). */
export function isStaffCall(name: string): boolean {
  return (staffCallNames as readonly string[]).includes(name);
}
