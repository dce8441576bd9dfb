/**
 * The strings the start screen shows or speaks in every offered language (each language's name, its invitation,
 * its "choose" button, the speech bar's notes about its voice, its "About" button, and "touch again to choose", which a bridge
 * language says after a voiceless language's name: bridge/bridge-text.ts). Only these are in the first load for the
 * languages other than French: the Vite plugin `repere-start-strings` picks them from the locale files at build
 * time. A language's full file is fetched when a visitor chooses it (i18n/index.ts, loadLocale).
 */
export const startKeys = [
  'attract.thisLanguage',
  'attract.invite',
  'attract.choose',
  'speech.unavailable',
  'a11y.standInVoice',
  'speech.touchAgain',
  'about.open',
] as const;
