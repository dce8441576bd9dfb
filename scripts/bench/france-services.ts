// The national list of France Services (not a test): importing all 2,845 rows (CSV → structures → database,
// one transaction), "open now" for one département and for all of France, and the content's size.
// Export run() for scripts/bench.ts; `npx tsx scripts/bench/france-services.ts` runs it alone.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { defaultContentDir, projectRoot } from '../../main/paths';
import { buildNationalContent } from '../../main/importer/build-content';
import { franceServicesDataset, outlinesDataset } from '../../main/importer/dataset';
import { loadContent } from '../../main/content/load';
import { installContent, listTerritories } from '../../main/services/content-store';
import { ensureFreshIntervals, openNow } from '../../main/services/structure-store';
import { openDatabase } from '../../main/db/open';
import { tempDir } from '../../tests/helpers/temp';
import { report } from './_stats';

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}

/** Bytes of every file under `dir` (recursively), and the same files gzip-compressed (an installer compresses). */
function size(dir: string): { raw: number; packed: number } {
  let raw = 0;
  let packed = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    raw += statSync(file).size;
    packed += gzipSync(readFileSync(file)).length;
  }
  return { raw, packed };
}

export async function run(): Promise<void> {
  const csv = readFileSync(join(projectRoot, franceServicesDataset.file), 'utf8');
  const geo = JSON.parse(readFileSync(join(projectRoot, outlinesDataset.file), 'utf8')) as unknown;
  const [, convert] = timed(() => buildNationalContent(csv, geo));
  console.log(`convert CSV + outlines → content (2,845 rows, 101 maps)   ${convert.toFixed(0)} ms`);
  const [content, load] = timed(() => loadContent(defaultContentDir));
  console.log(`load + validate the content (${content.structures.length} structures)   ${load.toFixed(0)} ms`);
  const t = tempDir('repere-bench-fs-');
  const db = openDatabase(join(t.dir, 'bench.sqlite'));
  try {
    const now = new Date('2026-12-08T09:00:00Z');
    const [, install] = timed(() => installContent(db, content, now));
    console.log(
      `install into SQLite, one transaction (+ own territory's intervals)   ${install.toFixed(0)} ms  target ≤ 2000 ms`,
    );
    const territories = listTerritories(db);
    const [, all] = timed(() => ensureFreshIntervals(db, territories, now));
    console.log(
      `open intervals for all 101 territories (2,575 patterns; 8 days, 21 where needed)   ${all.toFixed(0)} ms`,
    );
    const at = now.getTime();
    const rhone = [];
    const france = [];
    for (let i = 0; i < 200; i++) {
      rhone.push(timed(() => openNow(db, at + i * 60_000, '69'))[1]);
      france.push(timed(() => territories.forEach((x) => openNow(db, at + i * 60_000, x.id)))[1]);
    }
    report('open now, Rhône (69)', rhone, '≤ 20 ms');
    report('open now, all 101 départements', france, '≤ 20 ms');
  } finally {
    db.close();
    t.cleanup();
  }
  const structures = size(join(defaultContentDir, 'structures'));
  const maps = size(join(defaultContentDir, 'maps'));
  const all = size(defaultContentDir);
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  console.log(`structures on disk ${mb(structures.raw)} (gzip ${mb(structures.packed)})`);
  console.log(`maps on disk ${mb(maps.raw)} (gzip ${mb(maps.packed)})`);
  console.log(`all of data/ on disk ${mb(all.raw)} (gzip, as in an installer, ${mb(all.packed)})`);
}

if (process.argv[1]?.endsWith('france-services.ts')) void run();
