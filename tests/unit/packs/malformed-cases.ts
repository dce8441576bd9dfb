import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

type Json = Record<string, unknown>;
const readJ = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
const writeJ = (dir: string, f: string, v: unknown) => writeFileSync(join(dir, f), JSON.stringify(v));

const wrongValues: [string, unknown][] = [
  ['number', 42],
  ['null', null],
  ['array', ['x']],
  ['object', { x: 1 }],
  ['empty string', ''],
];

/** Content file mutations, each delivered as a folder and as a zip. */
function contentMutations(): { label: string; file: string; mutate: (dir: string) => void }[] {
  const out: { label: string; file: string; mutate: (dir: string) => void }[] = [];
  const objectFields: [string, string[], boolean][] = [
    ['manifest.json', ['contentVersion', 'date', 'defaultTerritory'], false],
    ['territories.json', ['id', 'name', 'timezone', 'center', 'source'], true],
    ['themes.json', ['id', 'pictogram', 'source'], true],
  ];
  for (const [file, fields, isArray] of objectFields) {
    const target = (dir: string) => {
      const data = readJ(dir, file);
      return { data, item: (isArray ? (data as Json[])[0] : data) as Json };
    };
    for (const field of fields) {
      for (const [kind, value] of wrongValues) {
        out.push({
          label: `${file} ${field} is ${kind}`,
          file,
          mutate: (dir) => {
            const { data, item } = target(dir);
            item[field] = value;
            writeJ(dir, file, data);
          },
        });
      }
      out.push({
        label: `${file} ${field} missing`,
        file,
        mutate: (dir) => {
          const { data, item } = target(dir);
          delete item[field];
          writeJ(dir, file, data);
        },
      });
    }
    out.push({
      label: `${file} unknown field`,
      file,
      mutate: (dir) => {
        const { data, item } = target(dir);
        item.notAField = 'x';
        writeJ(dir, file, data);
      },
    });
    out.push({ label: `${file} is empty`, file, mutate: (dir) => writeFileSync(join(dir, file), '') });
    for (const cut of [1, 7, 20, 0.5]) {
      out.push({
        label: `${file} truncated at ${cut}`,
        file,
        mutate: (dir) => {
          const text = readFileSync(join(dir, file), 'utf8');
          writeFileSync(join(dir, file), text.slice(0, cut < 1 ? Math.floor(text.length * cut) : cut));
        },
      });
    }
    out.push({ label: `${file} is not JSON`, file, mutate: (dir) => writeFileSync(join(dir, file), "{ id: 'x', }") });
    out.push({ label: `${file} is missing`, file, mutate: (dir) => rmSync(join(dir, file)) });
  }
  out.push({
    label: 'themes.json duplicate id',
    file: 'themes.json',
    mutate: (dir) => {
      const t = readJ(dir, 'themes.json') as Json[];
      writeJ(dir, 'themes.json', [...t, t[0]]);
    },
  });
  out.push({
    label: 'manifest.json default territory unknown',
    file: 'manifest.json',
    mutate: (dir) =>
      writeJ(dir, 'manifest.json', { ...(readJ(dir, 'manifest.json') as Json), defaultTerritory: '999' }),
  });
  out.push({
    label: 'audio clip is not a WAV',
    file: 'audio/ps/theme.care.wav',
    mutate: (dir) =>
      writeFileSync(
        join(dir, 'audio/ps/theme.care.wav'),
        'not a wav at all, only some text here padded out to 64 bytes....',
      ),
  });
  return out;
}

/** Pack-manifest mutations: hashes, listing, fields. */
function manifestMutations(): { label: string; file: string; mutate: (dir: string) => void }[] {
  const m = (dir: string) => readJ(dir, 'pack-manifest.json') as Json & { files: Record<string, string> };
  const put = (dir: string, v: unknown) => writeJ(dir, 'pack-manifest.json', v);
  const out: { label: string; file: string; mutate: (dir: string) => void }[] = [];
  for (const f of ['manifest.json', 'territories.json', 'themes.json', 'audio/ps/theme.care.wav']) {
    out.push({
      label: `wrong hash for ${f}`,
      file: f,
      mutate: (dir) => {
        const x = m(dir);
        x.files[f] = '0'.repeat(64);
        put(dir, x);
      },
    });
    out.push({
      label: `${f} not listed`,
      file: f,
      mutate: (dir) => {
        const x = m(dir);
        delete x.files[f];
        put(dir, x);
      },
    });
    out.push({
      label: `${f} altered after hashing`,
      file: f,
      mutate: (dir) => writeFileSync(join(dir, f), Buffer.concat([readFileSync(join(dir, f)), Buffer.from(' ')])),
    });
  }
  const fieldCases: [string, (x: Json) => void][] = [
    ['format 2', (x) => (x.format = 2)],
    ['format missing', (x) => delete x.format],
    ['territory missing', (x) => delete x.territory],
    ['territory lowercase', (x) => (x.territory = 'mq')],
    ['territory unknown', (x) => (x.territory = '999')],
    ['version mismatch', (x) => (x.contentVersion = '2000.01.01-1')],
    ['version bad format', (x) => (x.contentVersion = 'v2')],
    ['date bad', (x) => (x.date = '2026-02-30')],
    ['files not an object', (x) => (x.files = ['themes.json'])],
    ['hash uppercase', (x) => ((x.files as Record<string, string>)['themes.json'] = 'A'.repeat(64))],
    ['unknown field', (x) => (x.signedBy = 'me')],
    ['listed file missing', (x) => ((x.files as Record<string, string>)['extra.json'] = '0'.repeat(64))],
    ['listed hostile path', (x) => ((x.files as Record<string, string>)['../../etc/passwd'] = '0'.repeat(64))],
  ];
  for (const [label, change] of fieldCases) {
    out.push({
      label: `pack manifest ${label}`,
      file: 'pack-manifest.json',
      mutate: (dir) => {
        const x = m(dir);
        change(x);
        put(dir, x);
      },
    });
  }
  out.push({
    label: 'pack manifest missing',
    file: 'pack-manifest.json',
    mutate: (dir) => rmSync(join(dir, 'pack-manifest.json')),
  });
  out.push({
    label: 'pack manifest not JSON',
    file: 'pack-manifest.json',
    mutate: (dir) => writeFileSync(join(dir, 'pack-manifest.json'), '{'),
  });
  out.push({
    label: 'pack manifest is an array',
    file: 'pack-manifest.json',
    mutate: (dir) => writeFileSync(join(dir, 'pack-manifest.json'), '[]'),
  });
  return out;
}

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
  'nested/dir/x.json',
  'évil.json',
  '.hidden.json',
  'run.exe',
  'Themes.JSON',
  'audio/fr/theme.care.mp3',
  'audio/fr/sub/theme.care.wav',
];

async function baseFolder(dir: string): Promise<string> {
  return makeFolderPack(join(dir, 'base'));
}

export function malformedCases(): MalformedCase[] {
  const cases: MalformedCase[] = [];
  for (const c of [...contentMutations(), ...manifestMutations()]) {
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
    'nested/dir/x.json',
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
