import { createWriteStream, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yauzl from 'yauzl';
import { contentPackRules, packLimits, type PackProblem, type PackRules } from './rules';

/**
 * Copies a pack (folder or zip) into `dest`, refusing anything hostile before a byte is written outside:
 * bad or escaping paths, symlinks and other special files, too many files, oversized files, zip bombs.
 * Returns every problem found (file + message); nothing is trusted until validate.ts has checked it.
 * `rules` say which paths the kind of pack may hold (a content pack by default, or a clip pack).
 */
export async function extractPack(
  source: string,
  dest: string,
  rules: PackRules = contentPackRules,
): Promise<PackProblem[]> {
  let stat;
  try {
    // Checked before anything opens it: opening a FIFO or a device named *.zip would wait forever.
    stat = statSync(source);
  } catch {
    return [{ file: source, field: '', message: 'the pack does not exist or cannot be read' }];
  }
  if (!stat.isFile() && !stat.isDirectory())
    return [{ file: source, field: '', message: 'not a regular file or folder (a pipe or device cannot be a pack)' }];
  mkdirSync(dest, { recursive: true });
  if (stat.isDirectory()) return copyFolder(source, dest, rules);
  return extractZip(source, dest, rules);
}

function copyFolder(root: string, dest: string, rules: PackRules): PackProblem[] {
  const problems: PackProblem[] = [];
  let count = 0;
  let total = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      const info = lstatSync(full);
      if (info.isSymbolicLink()) {
        problems.push({ file: rel, field: '', message: 'symbolic links are not allowed in a pack' });
      } else if (info.isDirectory()) {
        walk(full);
      } else if (!info.isFile()) {
        problems.push({ file: rel, field: '', message: 'only regular files are allowed in a pack' });
      } else {
        const pathProblem = rules.pathProblem(rel);
        if (pathProblem) {
          problems.push({ file: rel, field: '', message: pathProblem });
        } else if (info.size > rules.sizeLimit(rel)) {
          problems.push({
            file: rel,
            field: '',
            message: `file too large (${info.size} bytes, limit ${rules.sizeLimit(rel)})`,
          });
        } else if (++count > packLimits.maxFiles || (total += info.size) > packLimits.maxTotalBytes) {
          problems.push({ file: rel, field: '', message: 'the pack has too many files or is too large' });
          return;
        } else {
          mkdirSync(dirname(join(dest, rel)), { recursive: true });
          writeFileSync(join(dest, rel), readFileSync(full));
        }
      }
    }
  };
  walk(root);
  return problems;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: true, validateEntrySizes: true, decodeStrings: false },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    ),
  );
}

/** Counts bytes as they stream and stops past the limit, whatever the zip header claimed. */
function byteCap(limit: number, name: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > limit) done(new Error(`${name}: expands beyond ${limit} bytes`));
      else done(null, chunk);
    },
  });
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

async function extractZip(file: string, dest: string, rules: PackRules): Promise<PackProblem[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    return [{ file: '(pack)', field: '', message: `not a readable folder or zip file (${(err as Error).message})` }];
  }
  if (zip.entryCount > packLimits.maxFiles) {
    zip.close();
    return [{ file: '(pack)', field: '', message: `too many files (${zip.entryCount}, limit ${packLimits.maxFiles})` }];
  }
  const problems: PackProblem[] = [];
  let total = 0;
  // Many small entries each under the per-file ratio check can still add up to a bomb: the whole pack's
  // expansion is bounded by its size on disk too.
  const totalLimit = Math.min(
    packLimits.maxTotalBytes,
    Math.max(1024 * 1024, statSync(file).size * packLimits.maxRatio),
  );
  const seen = new Set<string>();
  return new Promise((resolve) => {
    const finish = () => resolve(problems);
    zip.on('error', (err: Error) => {
      problems.push({ file: '(pack)', field: '', message: `damaged zip (${err.message})` });
      zip.close();
      finish();
    });
    zip.on('end', finish);
    zip.on('entry', (entry: yauzl.Entry) => {
      // Names are decoded here rather than by yauzl so that a hostile name is reported as that entry's problem.
      const name = Buffer.from(entry.fileName as unknown as Uint8Array).toString('utf8');
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (name.endsWith('/') || mode === S_IFDIR) return zip.readEntry();
      // Two entries with one name (or names equal but for case, one file on Windows): which one is the content?
      const folded = name.toLowerCase();
      if (seen.has(folded)) {
        problems.push({ file: name, field: '', message: 'duplicate entry in the zip (the same name twice)' });
        return zip.readEntry();
      }
      seen.add(folded);
      const pathProblem = rules.pathProblem(name);
      const limit = rules.sizeLimit(name);
      let problem: string | null = null;
      if (pathProblem) problem = pathProblem;
      else if (mode !== 0 && mode !== S_IFREG) problem = 'symbolic links and special files are not allowed in a pack';
      else if (entry.isEncrypted()) problem = 'encrypted files are not allowed';
      else if (entry.uncompressedSize > limit)
        problem = `file too large (${entry.uncompressedSize} bytes, limit ${limit})`;
      else if (
        entry.uncompressedSize > 1024 * 1024 &&
        entry.uncompressedSize > entry.compressedSize * packLimits.maxRatio
      )
        problem = 'compression ratio too high (zip bomb?)';
      else if ((total += entry.uncompressedSize) > totalLimit)
        problem = `the pack expands to more than ${totalLimit} bytes (too large, or a zip bomb)`;
      if (problem) {
        problems.push({ file: name, field: '', message: problem });
        return zip.readEntry();
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err) {
          problems.push({ file: name, field: '', message: `cannot be read (${err.message})` });
          return zip.readEntry();
        }
        const target = join(dest, name);
        mkdirSync(dirname(target), { recursive: true });
        pipeline(stream, byteCap(limit, name), createWriteStream(target)).then(
          () => zip.readEntry(),
          (e: Error) => {
            problems.push({ file: name, field: '', message: `cannot be extracted (${e.message})` });
            zip.readEntry();
          },
        );
      });
    });
    zip.readEntry();
  });
}
