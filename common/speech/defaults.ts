/**
 * The speech rate a kiosk starts with (the setting `speechRate`, 1 = normal): a little slower than normal. The
 * start screen's phrases are synthesised at this rate when the renderer is built (renderer/vite-start-phrases.ts).
 */
export const defaultSpeechRate = 0.9;

/**
 * Each voiceless language's bridge language by default (issue 26), which the setting `bridgeLanguages` overrides
 * (main/services/bridge-languages.ts). The build says the start screen's phrases of ps and ff through them.
 */
export const defaultBridgeLanguages: Readonly<Record<string, string>> = { ps: 'fa', ff: 'fr' };
