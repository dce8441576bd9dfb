import { EspeakEngine, type EspeakFactory } from '../../common/speech/espeak-engine';

/**
 * The espeak-ng engine under Node (CLI `speak`, pre-rendered audio packs). Plain Node, no Electron: the same
 * module and voice data the kiosk's Web Worker runs, loaded from node_modules.
 */
let started: Promise<EspeakEngine> | null = null;

export function nodeEspeak(): Promise<EspeakEngine> {
  started ??= import('@echogarden/espeak-ng-emscripten').then((mod) =>
    EspeakEngine.start(mod.default as EspeakFactory),
  );
  return started;
}

export { encodeWav, espeakVoiceFor, NoVoiceError } from '../../common/speech/espeak-engine';
