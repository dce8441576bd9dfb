/**
 * espeak-ng's voice data, split so the kiosk's worker starts on what every phrase needs (phonemes, intonations,
 * voice definitions, English: under 1 MB) and fetches a language's dictionary only when that language is first
 * said. The package as published holds 117 dictionaries in one 24 MB file (Faroese alone is 5.7 MB); loading it
 * whole before the first phrase kept a busy kiosk silent for seconds after a touch (issue 26). Nothing here
 * imports a platform module: the build (renderer/vite-espeak-voices.ts) and the unit tests run it under Node.
 */

/** Where the emscripten build looks for its data, inside its own in-memory file system. */
export const espeakDataDir = '/usr/share/espeak-ng-data';

export interface VoiceFile {
  /** Absolute path in the emscripten file system. */
  path: string;
  bytes: Uint8Array;
}

/** The part of emscripten's FS the split uses (the build exports it as `Module.FS`). */
export interface EmscriptenFs {
  readdir(path: string): string[];
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
}

const dictionarySuffix = '_dict';

/** The dictionary espeak-ng reads for a voice: the kiosk's voices each read the one named after them. */
export function dictionaryOf(voice: string): string {
  return `${voice}${dictionarySuffix}`;
}

/** espeak-ng reads Latin-script words in the other languages (ar, ti…) with English: it is always loaded. */
const alwaysLoaded = new Set([dictionaryOf('en')]);

const isDictionary = (path: string) =>
  path.endsWith(dictionarySuffix) && !path.slice(espeakDataDir.length + 1).includes('/');
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The names of the dictionaries among these files. */
export function dictionaryNames(files: VoiceFile[]): string[] {
  return files.filter((f) => isDictionary(f.path)).map((f) => nameOf(f.path));
}

/** Every file of the voice data as published: started with no options, the module loads its whole package. */
export async function publishedVoiceFiles(factory: () => Promise<unknown>): Promise<VoiceFile[]> {
  return listVoiceFiles(((await factory()) as { FS: EmscriptenFs }).FS);
}

function listVoiceFiles(fs: EmscriptenFs, dir = espeakDataDir): VoiceFile[] {
  return fs
    .readdir(dir)
    .filter((name) => name !== '.' && name !== '..')
    .sort()
    .flatMap((name) => {
      const path = `${dir}/${name}`;
      return fs.isDir(fs.stat(path).mode) ? listVoiceFiles(fs, path) : [{ path, bytes: fs.readFile(path) }];
    });
}

/**
 * What the worker loads first (`core`), and each dictionary the given voices read, to load when needed. The
 * dictionaries of languages the kiosk never speaks are left out altogether.
 */
export function splitVoiceFiles(
  files: VoiceFile[],
  voices: readonly string[],
): { core: VoiceFile[]; dictionaries: Map<string, Uint8Array> } {
  const core = files.filter((f) => !isDictionary(f.path) || alwaysLoaded.has(nameOf(f.path)));
  const dictionaries = new Map<string, Uint8Array>();
  for (const voice of voices) {
    const name = dictionaryOf(voice);
    if (alwaysLoaded.has(name)) continue;
    const file = files.find((f) => f.path === `${espeakDataDir}/${name}`);
    if (!file) throw new Error(`espeak-ng's voice data has no ${name} for the voice "${voice}"`);
    dictionaries.set(name, file.bytes);
  }
  return { core, dictionaries };
}

/** Files as one buffer: a 4-byte length, a JSON list of [path, size], then the bytes one after another. */
export function packVoiceFiles(files: VoiceFile[]): Uint8Array {
  const json = JSON.stringify(files.map((f) => [f.path, f.bytes.length]));
  // espeak-ng's file names are ASCII; a header byte per character keeps this free of any text codec.
  if (/[^\x20-\x7e]/.test(json)) throw new Error('espeak-ng voice files: a file name is not printable ASCII');
  const header = Uint8Array.from(json, (c) => c.charCodeAt(0));
  const out = new Uint8Array(4 + header.length + files.reduce((n, f) => n + f.bytes.length, 0));
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  let offset = 4 + header.length;
  for (const f of files) {
    out.set(f.bytes, offset);
    offset += f.bytes.length;
  }
  return out;
}

export function unpackVoiceFiles(packed: Uint8Array): VoiceFile[] {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const headerLength = view.getUint32(0, true);
  const list = JSON.parse(String.fromCharCode(...packed.subarray(4, 4 + headerLength))) as [string, number][];
  let offset = 4 + headerLength;
  return list.map(([path, size]) => {
    const bytes = packed.subarray(offset, offset + size);
    offset += size;
    if (bytes.length !== size) throw new Error(`espeak-ng voice files: ${path} is cut short`);
    return { path, bytes };
  });
}
