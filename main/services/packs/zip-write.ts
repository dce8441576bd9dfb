import { createWriteStream, rmSync, renameSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/** Writes a zip beside `file` then renames it over: a reader never sees half a pack. */
export async function writeZipAtomically(file: string, entries: Iterable<[name: string, data: Buffer]>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name);
  zip.end();
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  zip.outputStream.pipe(out);
  try {
    await finished(out);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
