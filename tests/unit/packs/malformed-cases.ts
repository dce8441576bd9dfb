import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  makeFolderPack,
  rawZip,
  toneWav,
  writePackManifest,
  zipFolder,
  filesUnder,
  type RawEntry,
} from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';

/**
 * Generators of malformed packs. Each case builds a pack under `dir` and returns its path plus the file
 * the rejection must name. Content mutations keep the pack manifest's hashes right, so it is the content
 * check (main/content/load.ts) that must catch them.
 */
export interface MalformedCase {
  label: string;
  build(dir: string): Promise<string>;
  /** The file (or '(pack)') at least one problem must name. */
  expectFile: string;
}

import { contentMutations, manifestMutations } from './malformed-mutations';

/** Hostile or unexpected names, in a raw zip (yazl refuses to write them) and, where the OS allows, in a folder. */
const hostileNames = [
  '../evil.json',
  '../../etc/cron.d/evil.json',
  '/abs.json',
  '/etc/passwd',
  'C:/windows/evil.json',
  'audio/../../evil.json',
  'audio/fr/../../../evil.wav',
  'a\\..\\..\\evil.json',
  './themes2.json',
  'audio/xx/theme.care.wav',
  'audio/fr/bad name.wav',
  'a/b/c/d/too-deep.json',
  'évil.json',
  '.hidden.json',
  'run.exe',
  'Themes.JSON',
  'audio/fr/theme.care.mp3',
  'audio/fr/sub/theme.care.wav',
];

/** The valid pack every case starts from: made (copied and hashed) once per process, then copied per case. */
let template: string | null = null;

async function baseFolder(dir: string): Promise<string> {
  if (!template) {
    const made = tempDir('repere-malformed-base-');
    process.on('exit', made.cleanup);
    template = makeFolderPack(join(made.dir, 'base'));
  }
  cpSync(template, join(dir, 'base'), { recursive: true });
  return join(dir, 'base');
}

export function malformedCases(): MalformedCase[] {
  const cases: MalformedCase[] = [];
  // Content mutations are caught by the same content check once a pack is extracted: as folders every one, as
  // zips one in four (the zip path itself is covered by every manifest mutation and hostile entry below).
  const mutations = [
    ...contentMutations().map((m, i) => ({ ...m, asZip: i % 4 === 0 })),
    ...manifestMutations().map((m) => ({ ...m, asZip: true })),
  ];
  for (const c of mutations) {
    const keepsHashes =
      !c.label.includes('altered') &&
      !c.file.startsWith('pack-manifest') &&
      !c.label.includes('hash') &&
      !c.label.includes('not listed');
    const build = async (dir: string) => {
      const folder = await baseFolder(dir);
      c.mutate(folder);
      // Content mutations re-hash so that the content check, not the hash check, is what must refuse them.
      if (keepsHashes) writePackManifest(folder);
      return folder;
    };
    cases.push({ label: `folder: ${c.label}`, expectFile: c.file, build });
    if (!c.asZip) continue;
    cases.push({
      label: `zip: ${c.label}`,
      expectFile: c.file,
      build: async (dir) => zipFolder(await build(dir), join(dir, 'p.zip')),
    });
  }
  for (const name of hostileNames) {
    cases.push({
      label: `zip entry named ${JSON.stringify(name)}`,
      expectFile: name,
      build: async (dir) => {
        const folder = await baseFolder(dir);
        const entries: RawEntry[] = filesUnder(folder).map((f) => ({ name: f, data: readFileSync(join(folder, f)) }));
        entries.push({ name, data: Buffer.from('{"x":1}') });
        writeFileSync(join(dir, 'p.zip'), rawZip(entries));
        return join(dir, 'p.zip');
      },
    });
  }
  for (const name of [
    'a/b/c/d/too-deep.json',
    'évil.json',
    '.hidden.json',
    'run.exe',
    'audio/xx/theme.care.wav',
    'Themes.JSON',
  ]) {
    cases.push({
      label: `folder file named ${JSON.stringify(name)}`,
      expectFile: name,
      build: async (dir) => {
        const folder = await baseFolder(dir);
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), '{}');
        return folder;
      },
    });
  }
  // Symbolic links: in a folder (to a file, to a directory) and as zip entries.
  cases.push({
    label: 'folder: themes.json is a symlink to /etc/passwd',
    expectFile: 'themes.json',
    build: async (dir) => {
      const folder = await baseFolder(dir);
      rmSync(join(folder, 'themes.json'));
      symlinkSync('/etc/passwd', join(folder, 'themes.json'));
      return folder;
    },
  });
  cases.push({
    label: 'folder: audio/fr is a symlink to /etc',
    expectFile: 'audio/fr',
    build: async (dir) => {
      const folder = await baseFolder(dir);
      symlinkSync('/etc', join(folder, 'audio', 'fr'));
      return folder;
    },
  });
  for (const target of ['/etc/passwd', '../../../etc/passwd']) {
    cases.push({
      label: `zip: symlink entry to ${target}`,
      expectFile: 'extra.json',
      build: async (dir) => {
        const folder = await baseFolder(dir);
        const entries: RawEntry[] = filesUnder(folder).map((f) => ({ name: f, data: readFileSync(join(folder, f)) }));
        entries.push({ name: 'extra.json', data: Buffer.from(target), mode: 0o120777 });
        writeFileSync(join(dir, 'p.zip'), rawZip(entries));
        return join(dir, 'p.zip');
      },
    });
  }
  // Oversized files and zip bombs.
  cases.push({
    label: 'folder: a 6 MB JSON file',
    expectFile: 'big.json',
    build: async (dir) => {
      const folder = await baseFolder(dir);
      writeFileSync(join(folder, 'big.json'), `[${' '.repeat(6 * 1024 * 1024)}]`);
      writePackManifest(folder);
      return folder;
    },
  });
  cases.push({
    label: 'folder: an 11 MB clip',
    expectFile: 'audio/ps/long.wav',
    build: async (dir) => {
      const folder = await baseFolder(dir);
      writeFileSync(join(folder, 'audio/ps/long.wav'), Buffer.concat([toneWav(), Buffer.alloc(11 * 1024 * 1024)]));
      writePackManifest(folder);
      return folder;
    },
  });
  cases.push({
    label: 'zip bomb: 4 MB of spaces compressed to a few KB',
    expectFile: 'bomb.json',
    build: async (dir) => {
      const folder = await baseFolder(dir);
      writeFileSync(join(folder, 'bomb.json'), `[${' '.repeat(4 * 1024 * 1024)}]`);
      writePackManifest(folder);
      return zipFolder(folder, join(dir, 'p.zip'));
    },
  });
  cases.push({
    label: 'zip bomb: 6 MB declared as 10 bytes',
    expectFile: '(pack)',
    build: async (dir) => {
      const folder = await baseFolder(dir);
      const entries: RawEntry[] = filesUnder(folder).map((f) => ({ name: f, data: readFileSync(join(folder, f)) }));
      entries.push({ name: 'liar.json', data: Buffer.alloc(6 * 1024 * 1024, 32), declaredSize: 10 });
      writeFileSync(join(dir, 'p.zip'), rawZip(entries));
      return join(dir, 'p.zip');
    },
  });
  for (const [label, bytes] of [
    ['a deflated 8 MB entry declared as 100 bytes', 8 * 1024 * 1024],
    ['a deflated 3 MB entry declared as 100 bytes', 3 * 1024 * 1024],
  ] as const) {
    cases.push({
      label: `zip bomb: ${label}`,
      expectFile: 'hidden.json',
      build: async (dir) => {
        const folder = await baseFolder(dir);
        const entries: RawEntry[] = filesUnder(folder).map((f) => ({ name: f, data: readFileSync(join(folder, f)) }));
        entries.push({ name: 'hidden.json', data: Buffer.alloc(bytes, 32), declaredSize: 100, deflate: true });
        writeFileSync(join(dir, 'p.zip'), rawZip(entries));
        return join(dir, 'p.zip');
      },
    });
  }
  cases.push({
    label: 'zip with 6000 entries',
    expectFile: '(pack)',
    build: async (dir) => {
      const entries = Array.from({ length: 6000 }, (_, i) => ({ name: `f${i}.json`, data: Buffer.from('{}') }));
      writeFileSync(join(dir, 'p.zip'), rawZip(entries));
      return join(dir, 'p.zip');
    },
  });
  // Not a pack at all.
  const notZip: [string, Buffer][] = [
    ['empty file', Buffer.alloc(0)],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['a JSON file', Buffer.from('{"format":1}')],
    ['a WAV file', toneWav()],
  ];
  for (const [label, bytes] of notZip) {
    cases.push({
      label: `not a zip: ${label}`,
      expectFile: '(pack)',
      build: async (dir) => (writeFileSync(join(dir, 'p.zip'), bytes), join(dir, 'p.zip')),
    });
  }
  for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
    cases.push({
      label: `zip truncated at ${fraction * 100}%`,
      expectFile: '(pack)',
      build: async (dir) => {
        const zip = readFileSync(await zipFolder(await baseFolder(dir), join(dir, 'full.zip')));
        writeFileSync(join(dir, 'p.zip'), zip.subarray(0, Math.floor(zip.length * fraction)));
        return join(dir, 'p.zip');
      },
    });
  }
  cases.push({ label: 'no such path', expectFile: '', build: async (dir) => join(dir, 'nothing-here.zip') });
  cases.push({
    label: 'empty folder',
    expectFile: 'pack-manifest.json',
    build: async (dir) => (mkdirSync(join(dir, 'e')), join(dir, 'e')),
  });
  return cases;
}
