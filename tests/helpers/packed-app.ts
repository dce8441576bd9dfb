import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { projectRoot } from '../../main/paths';
import { packWithStandInElectron } from '../../scripts/packaging/pack-dir';

/**
 * The packed app as IT gets it: electron-builder --dir's linux-unpacked folder (built and packed by pack-dir.ts),
 * copied to `into`, outside the checkout, so nothing it runs can be read from the repository. Its program `repere`
 * is the stand-in Electron launcher (tests/helpers/electron/packed/launcher.ts).
 */
export function packAndCopyOut(workDir: string, into: string): { program: string; dir: string } {
  const { unpacked } = packWithStandInElectron(workDir);
  cpSync(unpacked, into, { recursive: true, verbatimSymlinks: true });
  if (!relative(projectRoot, into).startsWith('..')) throw new Error(`${into} is inside the checkout`);
  return { program: join(into, 'repere'), dir: into };
}

/** How a test reaches a running packed kiosk: its main window's page, seen through Chromium's DevTools port. */
export interface RunningKiosk {
  page: Page;
  browser: Browser;
  child: ChildProcess;
  /** What the process printed (stderr and stdout), for a failure's message. */
  output(): string;
  /** SIGTERM, as a session's end sends it: the app quits cleanly (its database closed). */
  stop(): Promise<number | null>;
}

export interface KioskStart {
  program: string;
  /** The kiosk user's HOME: userData is <home>/.config/Repère. */
  home: string;
  config: string;
  stateFile: string;
  env?: NodeJS.ProcessEnv;
}

async function waitForFile(file: string, child: ChildProcess, output: () => string, ms = 180_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!existsSync(file)) {
    if (child.exitCode !== null) throw new Error(`the packed app exited (${child.exitCode}):\n${output()}`);
    if (Date.now() > deadline) throw new Error(`the packed app showed no window:\n${output()}`);
    await sleep(100);
  }
}

/** Starts the packed program with a machine config and its own HOME; resolves once its first window has loaded. */
export async function startPackedKiosk(start: KioskStart): Promise<RunningKiosk> {
  mkdirSync(start.home, { recursive: true });
  const child = spawn(start.program, [], {
    cwd: start.home,
    env: {
      ...process.env,
      ...start.env,
      HOME: start.home,
      XDG_CONFIG_HOME: join(start.home, '.config'),
      REPERE_CONFIG: start.config,
      REPERE_STANDIN_STATE: start.stateFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (b: Buffer) => (printed += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (printed += b.toString()));
  const output = () => printed;
  await waitForFile(start.stateFile, child, output);
  const state = JSON.parse(readFileSync(start.stateFile, 'utf8')) as { cdp: string; origin: string };
  const browser = await chromium.connectOverCDP(state.cdp);
  // The main window: the page of the app's origin that is not a sheet being drawn for print.
  const page = browser
    .contexts()
    .flatMap((c) => c.pages())
    .find((p) => p.url().startsWith(state.origin) && !new URL(p.url()).pathname.startsWith('/print'));
  if (!page)
    throw new Error(`no main window among ${browser.contexts().flatMap((c) => c.pages().map((p) => p.url()))}`);
  return {
    page,
    browser,
    child,
    output,
    async stop() {
      await browser.close().catch(() => undefined);
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** `repere --cli <args…>` from the packed folder, as IT types it. */
export function packedCli(
  program: string,
  args: readonly string[],
  options: { input?: string; home: string; env?: NodeJS.ProcessEnv },
): { status: number | null; stdout: string; stderr: string } {
  mkdirSync(options.home, { recursive: true });
  const r = spawnSync(program, ['--cli', ...args], {
    cwd: options.home,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env, HOME: options.home, XDG_CONFIG_HOME: join(options.home, '.config') },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A finger's tap on `locator`, sent as Playwright's own tap does (Input.dispatchTouchEvent), over the DevTools
 * connection: a page reached with connectOverCDP does not know the launcher's context has touch.
 */
export async function touch(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' });
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('nothing to touch');
  const page = locator.page();
  const cdp = await page.context().newCDPSession(page);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * A visit control as the shipped kiosk wants it (explore first, on by default): one touch to hear it, a second on
 * the same control to act.
 */
export async function touchTwice(locator: Locator): Promise<void> {
  await touch(locator);
  await touch(locator);
}

/** The start screen's two touches on a language (hear it, then choose it), as a visitor does. */
export async function chooseLanguageByTouch(page: Page, code: string): Promise<void> {
  await touchTwice(page.getByTestId(`language-${code}`));
  await page.locator('[data-screen="themes"]').waitFor();
}
