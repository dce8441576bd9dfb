/**
 * What the start screen renders ahead in each offered language, since every visitor may hear it: the language's
 * name and its invitation. The build synthesises them at the kiosk's default rate (renderer/vite-start-phrases.ts),
 * so a kiosk left on that rate renders none of them itself.
 */
export const aheadKeys = ['attract.thisLanguage', 'attract.invite'] as const;
