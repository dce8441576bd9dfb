import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { saveRecordedClip } from '../../main/services/clips';
import { defaultContentDir } from '../../main/paths';
import { toneWav } from './packs';

export interface Take {
  lang: string;
  key: string;
}

/**
 * Records takes in a kiosk's data folder the way the voice studio keeps them (saveRecordedClip), each a tone of
 * its own length (from 0.25 s up), so no two takes have the same bytes. Returns the WAV bytes by "lang/key".
 */
export function recordTakes(dataDir: string, takes: readonly Take[], first = 4000): Map<string, Buffer> {
  const saved = new Map<string, Buffer>();
  takes.forEach(({ lang, key }, i) => {
    const wav = toneWav(first + 160 * i);
    saveRecordedClip({ contentDir: defaultContentDir, dataDir }, lang, key, wav);
    saved.set(`${lang}/${key}`, wav);
  });
  return saved;
}

/** Unpacks a zip into `dir` with yauzl directly (not the code under test), to tamper with a pack's files. */
export function unzipTo(zipFile: string, dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipFile, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('error', reject);
      zip.on('end', () => resolve(dir));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            const target = join(dir, entry.fileName);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
