import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A change to a valid folder pack and the file its rejection must name. */
export interface Mutation {
  label: string;
  file: string;
  mutate: (dir: string) => void;
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
export function contentMutations(): Mutation[] {
  const out: Mutation[] = [];
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
export function manifestMutations(): Mutation[] {
  const m = (dir: string) => readJ(dir, 'pack-manifest.json') as Json & { files: Record<string, string> };
  const put = (dir: string, v: unknown) => writeJ(dir, 'pack-manifest.json', v);
  const out: Mutation[] = [];
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
