// What an installer carries besides Electron (not a test): `npm run bench packed`. Packs the app with
// electron-builder --dir and a stand-in Electron (scripts/packaging/pack-dir.ts), then prints the packed folder per
// part (code, speech data, fonts, pictograms, the native SQLite addon, content, clips), how small xz makes it (the
// deb is xz; NSIS uses LZMA, AppImage squashfs: the same order of size), and any file packed twice (same bytes).
// The Electron runtime itself cannot be downloaded here, so it is the one part not measured.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { asar, packWithStandInElectron } from '../packaging/pack-dir';
import { filesUnder } from '../../tests/helpers/packs';
import { tempDir } from '../../tests/helpers/temp';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2).padStart(7)} MB`;

/** The part of the installer a packed path belongs to. */
function partOf(path: string): string {
  if (path.startsWith('data/audio/')) return 'content: recorded clips (data/audio)';
  if (path.startsWith('data/')) return 'content (data/: procedures, places, maps, translations)';
  if (path.endsWith('.node')) return 'native addon (better_sqlite3.node)';
  if (path.includes('node_modules/')) return 'code: better-sqlite3 and its loader (JS)';
  if (/espeak/.test(path)) return 'speech (espeak-ng engine and voices)';
  if (/\.woff2?$/.test(path)) return 'fonts (Noto, woff2)';
  if (/\/pictograms\//.test(path)) return 'pictograms (OpenMoji SVG)';
  if (path.startsWith('app.asar/dist/main/')) return 'code: main process and preload bundles';
  return 'code: renderer (JS, CSS, HTML, locales)';
}

interface Packed {
  path: string;
  bytes: number;
  read: () => Buffer;
}

function packedFiles(unpacked: string): Packed[] {
  const resources = join(unpacked, 'resources');
  const archive = join(resources, 'app.asar');
  const inAsar = asar
    .listPackage(archive, { isPack: false })
    .map((p) =>
      p
        .replace(/^[\\/]/, '')
        .split(sep)
        .join('/'),
    )
    .filter((p) => {
      const st = asar.statFile(archive, p);
      // Files marked unpacked are only listed in the asar: their bytes are in app.asar.unpacked, counted there.
      return st.files === undefined && typeof st.size === 'number' && !st.unpacked;
    })
    .map((p) => ({
      path: `app.asar/${p}`,
      bytes: asar.statFile(archive, p).size ?? 0,
      read: () => asar.extractFile(archive, p),
    }));
  const outside = filesUnder(resources)
    .filter((p) => p !== 'app.asar')
    .map((p) => ({
      path: p,
      bytes: statSync(join(resources, p)).size,
      read: () => readFileSync(join(resources, p)),
    }));
  return [...inAsar, ...outside];
}

export async function run(): Promise<void> {
  const t = tempDir('repere-packed-');
  try {
    const { unpacked } = packWithStandInElectron(t.dir);
    const files = packedFiles(unpacked);
    const parts = new Map<string, { bytes: number; count: number }>();
    for (const f of files) {
      const part = parts.get(partOf(f.path)) ?? { bytes: 0, count: 0 };
      part.bytes += f.bytes;
      part.count++;
      parts.set(partOf(f.path), part);
    }
    console.log('packed app (electron-builder --dir, resources/), per part; the Electron runtime is not included:');
    let total = 0;
    for (const [name, p] of [...parts].sort((a, b) => b[1].bytes - a[1].bytes)) {
      console.log(`  ${name.padEnd(58)} ${mb(p.bytes)}  ${String(p.count).padStart(5)} files`);
      total += p.bytes;
    }
    console.log(`  ${'total'.padEnd(58)} ${mb(total)}`);
    console.log(`  app.asar itself: ${mb(statSync(join(unpacked, 'resources', 'app.asar')).size).trim()}`);

    const xz = spawnSync('sh', ['-c', 'tar -C "$0" -cf - resources | xz -6 -T1 | wc -c', unpacked], {
      encoding: 'utf8',
    });
    if (xz.status === 0) console.log(`  resources/ as tar.xz (-6): ${mb(Number(xz.stdout.trim())).trim()}`);
    else console.log('  xz not available: compressed size not measured');

    const byHash = new Map<string, string[]>();
    for (const f of files) {
      const hash = createHash('sha256').update(f.read()).digest('hex');
      byHash.set(hash, [...(byHash.get(hash) ?? []), f.path]);
    }
    const twice = [...byHash.values()].filter((paths) => paths.length > 1);
    console.log(`files packed twice (same bytes): ${twice.length} groups`);
    for (const paths of twice.slice(0, 20)) console.log(`  ${paths.join('  =  ')}`);
    if (twice.length > 20) console.log(`  … and ${twice.length - 20} more groups`);
  } finally {
    t.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
