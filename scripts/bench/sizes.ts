// Sizes (not a test): `npx tsx scripts/bench/sizes.ts` after a renderer build. What the renderer bundle and the
// shipped content weigh per part (speech data, fonts, pictograms, code), any file shipped twice (same bytes),
// and what the start screen actually fetches before it is interactive, the rest coming later or never.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultStaticDir } from '../../main/host/server';
import { defaultContentDir, projectRoot } from '../../main/paths';
import { supportedLocales } from '../../common/locales';
import { launchChromium } from '../../tests/helpers/browser';
import { startTestHost } from '../../tests/helpers/host';
import { throttledPage } from './_kiosk';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The part of the bundle a built file belongs to. */
function partOf(path: string): string {
  if (/espeak/.test(path)) return 'speech (espeak-ng engine and voices)';
  if (/start-phrases-/.test(path)) return 'speech (start phrases, built)';
  if (/\.woff2?$/.test(path)) return 'fonts (Noto, woff2)';
  if (/[\\/]pictograms[\\/]/.test(path)) return 'pictograms (OpenMoji SVG)';
  return 'code (JS, CSS, HTML; each locale a JS chunk)';
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2).padStart(7)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(8)} KB`;

function bundleParts(root: string): void {
  const parts = new Map<string, { bytes: number; count: number }>();
  for (const f of files(root)) {
    const part = parts.get(partOf(f)) ?? { bytes: 0, count: 0 };
    part.bytes += statSync(f).size;
    part.count++;
    parts.set(partOf(f), part);
  }
  let total = 0;
  console.log('renderer bundle (dist/renderer), per part:');
  for (const [name, p] of [...parts].sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(`  ${name.padEnd(46)} ${mb(p.bytes)}  ${String(p.count).padStart(4)} files`);
    total += p.bytes;
  }
  console.log(`  ${'total'.padEnd(46)} ${mb(total)}`);
  const locales = files(join(projectRoot, 'renderer', 'locales')).reduce((n, f) => n + statSync(f).size, 0);
  console.log(`  (of the code, the 17 locale files: ${kb(locales).trim()} of JSON)`);
}

function duplicates(roots: string[]): void {
  const byHash = new Map<string, string[]>();
  for (const root of roots)
    for (const f of files(root)) {
      const hash = createHash('sha256').update(readFileSync(f)).digest('hex');
      byHash.set(hash, [...(byHash.get(hash) ?? []), relative(projectRoot, f)]);
    }
  const twice = [...byHash.values()].filter((paths) => paths.length > 1);
  console.log(`files shipped twice (same bytes) in the bundle and content: ${twice.length}`);
  for (const paths of twice) console.log(`  ${paths.join('  =  ')}`);
}

/** What the start screen fetches before its language buttons are there (default content, every language). */
async function firstLoad(): Promise<void> {
  const host = await startTestHost();
  const browser = await launchChromium();
  try {
    const page = await throttledPage(browser, 1);
    const fetched: { url: string; bytes: Promise<number> }[] = [];
    page.on('response', (r) =>
      fetched.push({
        url: r.url(),
        bytes: r.body().then(
          (b) => b.length,
          () => 0,
        ),
      }),
    );
    await page.goto(host.url);
    await page.getByTestId('language-fr').waitFor();
    const before = await Promise.all(fetched.map(async (f) => ({ url: f.url, bytes: await f.bytes })));
    const kind = (url: string) =>
      url.includes('/api/')
        ? 'calls'
        : /\.woff2$/.test(url)
          ? 'font files'
          : /\.svg$/.test(url)
            ? 'pictograms'
            : /\.css$/.test(url)
              ? 'CSS (with the font rules)'
              : 'JS and HTML';
    const sums = new Map<string, { bytes: number; count: number }>();
    for (const f of before) {
      const s = sums.get(kind(f.url)) ?? { bytes: 0, count: 0 };
      s.bytes += f.bytes;
      s.count++;
      sums.set(kind(f.url), s);
    }
    console.log('start screen, fetched before it is interactive (every language offered):');
    for (const [name, s] of sums)
      console.log(`  ${name.padEnd(26)} ${kb(s.bytes)}  ${String(s.count).padStart(3)} requests`);
    const localeFile = new RegExp(`/assets/(${supportedLocales.join('|')})-[\\w-]{8}\\.js$`);
    const locales = before.filter((f) => localeFile.test(f.url));
    console.log(
      `  locale files among them: ${locales.map((f) => f.url.replace(/^.*\/assets\//, '')).join(', ') || 'none'}` +
        " (the other languages' start strings are in the entry)",
    );
    const speech = before.filter((f) => /espeak|start-phrases-/.test(f.url));
    console.log(
      `  speech engine, voices or shipped phrases among them: ${speech.length === 0 ? 'none' : speech.map((f) => f.url).join(', ')}`,
    );
    await page.context().close();
  } finally {
    await browser.close();
    await host.stop();
  }
}

export async function run(): Promise<void> {
  const root = defaultStaticDir(projectRoot);
  bundleParts(root);
  const data = files(defaultContentDir).reduce((n, f) => n + statSync(f).size, 0);
  console.log(`shipped content (data/, resources/data in the installers): ${mb(data).trim()}`);
  duplicates([root, defaultContentDir]);
  await firstLoad();
  console.log(
    'installers: not built here (electron-builder must download Electron and its tools); they add the Electron\n' +
      'runtime and better-sqlite3 to the bundle and content above (see "Building the installers").',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
