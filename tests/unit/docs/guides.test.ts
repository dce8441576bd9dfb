import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { commands } from '../../../main/cli/commands/index';
import { shippedCommands } from '../../../main/cli/commands/shipped';
import { projectRoot } from '../../../main/paths';

/** The front door and every guide: the Markdown a reader follows. */
const guides = [
  'README.md',
  ...readdirSync(join(projectRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const text = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

const fence = /^```[^\n]*\n[\s\S]*?^```/gm;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of markdown.replace(fence, '').matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/** Each relative link (and image) outside code: its target file and anchor, as written. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(fence, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?: "[^"]*")?\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

test('anchorsOf follows GitHub: punctuation dropped, accents kept, repeated headings numbered', () => {
  const anchors = anchorsOf('# Deploying Repère (IT)\n## What is verified, and what is not\n## Notes\n## Notes\n');
  assert.deepEqual([...anchors], ['deploying-repère-it', 'what-is-verified-and-what-is-not', 'notes', 'notes-1']);
});

test('every relative link of the README and the guides reaches a file, and a heading when it names one', () => {
  const dead: string[] = [];
  let checked = 0;
  for (const file of guides) {
    for (const link of relativeLinks(text(file))) {
      checked++;
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? file : relative(projectRoot, join(projectRoot, dirname(file), decodeURI(path)));
      if (!existsSync(join(projectRoot, target))) dead.push(`${file}: ${link} (no ${target})`);
      else if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(text(target)).has(anchor))
        dead.push(`${file}: ${link} (no heading #${anchor} in ${target})`);
    }
  }
  assert.ok(guides.length > 5 && checked > guides.length, 'the README and its guides, and their links, are read');
  assert.deepEqual(dead, []);
});

/** `npm run cli -- <command> [<subcommand>]` and `repere --cli …`, in code spans and blocks of the guides. */
function commandsShown(): { line: string[]; packed: boolean; where: string }[] {
  const subcommandsOf = (name: string) => {
    const c = commands.find((x) => x.name === name);
    return c && 'subcommands' in c ? Object.keys(c.subcommands) : [];
  };
  const shown = new Map<string, { line: string[]; packed: boolean; where: string }>();
  for (const file of guides) {
    const code = [...text(file).matchAll(fence), ...text(file).matchAll(/`[^`\n]+`/g)].map((m) => m[0]).join('\n');
    for (const m of code.matchAll(/(npm run cli --|repere --cli) +([a-z][a-z-]*)(?: +([a-z][a-z-]*)(?=[\s`|]|$))?/g)) {
      const [, how, name, next] = m as unknown as [string, string, string, string | undefined];
      const line = next && subcommandsOf(name).includes(next) ? [name, next] : [name];
      const packed = how === 'repere --cli';
      shown.set(`${packed} ${line.join(' ')}`, { line, packed, where: file });
    }
  }
  return [...shown.values()];
}

/**
 * Each line's `--help` through the clone's CLI (the commands and defaults of main/cli/index.ts), all in one
 * process of its own started through tsx, as `npm run cli` is: one start instead of one per command.
 */
function cliHelp(lines: string[][]): Promise<{ line: string[]; code: number; stdout: string }[]> {
  const script = `
    import { commands } from './main/cli/commands/index.ts';
    import { setCliDefaults } from './main/cli/defaults.ts';
    import { runCli } from './main/cli/run.ts';
    setCliDefaults({ invocation: 'npm run cli --', contentDir: 'data', dataDir: 'unused' });
    const results = [];
    const log = console.log;
    for (const line of ${JSON.stringify(lines)}) {
      let stdout = '';
      console.log = (...words) => (stdout += words.join(' ') + '\\n');
      const code = await runCli(commands, [...line, '--help']);
      results.push({ line, code, stdout });
    }
    log(JSON.stringify(results));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}`))));
  });
}

test('every CLI command a guide shows exists, and answers --help with its usage and exit 0', async () => {
  const shown = commandsShown();
  assert.ok(
    shown.some((s) => s.line.length === 2),
    'subcommands such as config validate are read too',
  );
  const shipped = new Set(['help', ...shippedCommands.map((c) => c.name)]);
  const notShipped = shown.filter((s) => s.packed && !shipped.has(s.line[0]!)).map((s) => `${s.where}: ${s.line[0]}`);
  assert.deepEqual(notShipped, [], 'shown as `repere --cli …` but only in a clone');
  const lines = [...new Set(shown.map((s) => s.line.join(' ')))].map((l) => l.split(' '));
  const failed = (await cliHelp(lines))
    .filter((r) => r.code !== 0 || !/^Usage/.test(r.stdout))
    .map((r) => `${r.line.join(' ')}: exit ${r.code}`);
  assert.deepEqual(failed, []);
});
