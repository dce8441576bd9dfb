import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFlags } from '../../../main/args';
import { commands } from '../../../main/cli/commands/index';
import { shippedCommands } from '../../../main/cli/commands/shipped';
import { setCliDefaults } from '../../../main/cli/defaults';
import { runCli as runInProcess } from '../../../main/cli/run';
import { projectRoot } from '../../../main/paths';
import { runCli } from '../../helpers/cli';
import { withTemp } from '../../helpers/temp';

/** The default data folders of a clone, sent into `home`: a command that opens the kiosk would create one there. */
const homeEnv = (home: string) => ({ HOME: home, XDG_DATA_HOME: join(home, 'share'), REPERE_DATA_DIR: '' });

/** What one in-process command line prints and returns (for --help and refusals: no command body runs). */
async function capture(t: test.TestContext, argv: string[], invocation = 'npm run cli --') {
  setCliDefaults({ invocation, contentDir: '/nowhere/content', dataDir: '/nowhere/data' });
  const out: string[] = [];
  const err: string[] = [];
  const log = t.mock.method(console, 'log', (line: string) => out.push(line));
  const error = t.mock.method(console, 'error', (line: string) => err.push(line));
  try {
    const code = await runInProcess(argv[0] === 'repere' ? shippedCommands : commands, argv.slice(1));
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mock.restore();
    error.mock.restore();
  }
}

test('an unknown or misspelt flag exits 2 with the usage and creates nothing', (t) => {
  const home = withTemp(t);
  const r = runCli(['info', '--data-dri', join(home, 'x')], homeEnv(home));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Unknown flag --data-dri \(did you mean --data-dir\?\)/);
  assert.match(r.stderr, /Usage:\n {2}npm run cli -- info /);
  assert.deepEqual(readdirSync(home), [], 'no database in the default folder, no folder named by the flag');
});

test('--flag=value and --flag value name the same data folder', (t) => {
  const home = withTemp(t);
  const spaced = runCli(['info', '--json', '--data-dir', join(home, 'a')], homeEnv(home));
  const joined = runCli(['info', '--json', `--data-dir=${join(home, 'b')}`], homeEnv(home));
  assert.equal(spaced.status, 0, spaced.stderr);
  assert.equal(joined.status, 0, joined.stderr);
  assert.deepEqual(JSON.parse(joined.stdout), JSON.parse(spaced.stdout));
  assert.deepEqual(readdirSync(home).sort(), ['a', 'b'], 'each database where its flag said, none by default');
  assert.ok(existsSync(join(home, 'b', 'repere.db')) || readdirSync(join(home, 'b')).length > 0);
});

test('a boolean flag given a value is refused, and so is a word the command does not take', async (t) => {
  const home = withTemp(t);
  const valued = runCli(['info', '--json=yes', '--data-dir', join(home, 'k')], homeEnv(home));
  assert.equal(valued.status, 2);
  assert.match(valued.stderr, /'--json' does not take an argument/);
  const extra = await capture(t, ['clone', 'info', '--json', 'yes']);
  assert.equal(extra.code, 2);
  assert.match(extra.stderr, /^Unexpected "yes"\.\nUsage:/);
  assert.deepEqual(readdirSync(home), []);
});

test('a flag that needs a value refuses to take the next flag as its value', () => {
  const r = parseFlags(['--out', '--json'], { out: 'string', json: 'boolean' });
  assert.equal(r.ok, false);
  const missing = parseFlags(['--out'], { out: 'string' });
  assert.equal(missing.ok, false);
});

test('parseFlags keeps positional words in order and each flag once', () => {
  const r = parseFlags(
    ['validate', 'a.json', '--content-dir=/c', '--json'],
    { 'content-dir': 'string', json: 'boolean' },
    2,
  );
  assert.ok(r.ok);
  assert.deepEqual(r.args.positional, ['validate', 'a.json']);
  assert.deepEqual(
    [...r.args.flags],
    [
      ['content-dir', '/c'],
      ['json', true],
    ],
  );
  assert.equal(r.help, false);
});

test('every command and subcommand answers --help with its usage, exit 0, in the invocation of its entry', async (t) => {
  const lines: string[][] = [];
  for (const command of commands) {
    const subs = 'subcommands' in command ? Object.keys(command.subcommands) : [];
    lines.push([command.name, '--help']);
    for (const sub of subs) lines.push([command.name, sub, '--help']);
  }
  assert.ok(lines.length > commands.length, 'some commands have subcommands');
  for (const argv of lines) {
    const r = await capture(t, ['clone', ...argv]);
    assert.equal(r.code, 0, argv.join(' '));
    assert.match(r.stdout, new RegExp(`^Usage:\\n {2}npm run cli -- ${argv[0]} `), argv.join(' '));
  }
  const packed = await capture(t, ['repere', 'config', 'validate', '--help'], 'repere --cli');
  assert.equal(packed.code, 0);
  assert.match(packed.stdout, /^ {2}repere --cli config validate <file>/m);
});

test('an unknown subcommand exits 2 with the command usage', async (t) => {
  const r = await capture(t, ['clone', 'config', 'valdate', 'x.json']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Unknown config subcommand "valdate"/);
  assert.match(r.stderr, /npm run cli -- config validate <file>/);
});

test('npm run serve refuses an unknown flag with its usage before starting, and answers --help', (t) => {
  const home = withTemp(t);
  const serve = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'main/host/serve.ts'), ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ...homeEnv(home) },
    });
  const wrong = serve(['--prot', '0']);
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /Unknown flag --prot \(did you mean --port\?\)\.\nUsage: npm run serve -- \[--port N\]/);
  const help = serve(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: npm run serve --/);
  assert.deepEqual(readdirSync(home), []);
});
