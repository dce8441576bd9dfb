import { closeSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { NotRegularFileError, readRegularFile } from '../../security/regular-file';

/**
 * One writer of the content folder at a time, across processes (the CLI, the Electron shell, the browser host):
 * a lock file created exclusively, holding the owner's pid. A lock whose pid is gone (a process killed with -9)
 * is stale and is broken by the next writer. Import, restore and the start-time cleanup all take it.
 */
export const lockFileName = '.lock';
const lockFile = (root: string) => join(root, lockFileName);
const lockSchema = z.object({ pid: z.number().int().positive() });
/** The pid a lock file names; throws when the file is missing, half-written or not a lock. */
const pidIn = (file: string) => lockSchema.parse(JSON.parse(readRegularFile(file, 'utf8'))).pid;

export class ContentBusyError extends Error {
  constructor(readonly pid: number) {
    super(`Another Repère process (pid ${pid}) is changing the content; try again when it has finished.`);
    this.name = 'ContentBusyError';
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file that stays unreadable this long was left half-written (a kill, a full disk): it is stale. */
const unreadableStaleMs = 10_000;

function ownerOf(root: string): number | null {
  try {
    return pidIn(lockFile(root));
  } catch (err) {
    // A FIFO or a folder is no lock any Repère process made (and reading a FIFO would block): stale at once.
    if (err instanceof NotRegularFileError) return -1;
    // Mid-write by its owner, or removed meanwhile: not provably stale, unless it has been so for a while.
    try {
      return Date.now() - statSync(lockFile(root)).mtimeMs > unreadableStaleMs ? -1 : null;
    } catch {
      return null;
    }
  }
}

/** Moves a dead owner's lock aside (rename is atomic, so two breakers cannot both succeed on the same file). */
function breakStale(root: string, pid: number): void {
  const aside = `${lockFile(root)}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(lockFile(root), aside);
  } catch {
    return;
  }
  // Between our read and the rename, another process may have broken it and taken a fresh one: put that back.
  let moved: number | null;
  try {
    moved = pidIn(aside);
  } catch {
    moved = null;
  }
  if (moved !== pid && moved !== null && isAlive(moved)) {
    try {
      linkSync(aside, lockFile(root));
    } catch {
      // A third process took the lock meanwhile; the live owner still finishes its own work.
    }
  }
  rmSync(aside, { recursive: true, force: true });
}

/** Takes the lock once; returns a release function, or the live owner's pid when someone else holds it. */
export function tryLock(root: string): (() => void) | number {
  mkdirSync(root, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockFile(root), 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = ownerOf(root);
      if (pid === null || isAlive(pid)) return pid ?? 0;
      breakStale(root, pid);
      continue;
    }
    try {
      writeSync(fd, JSON.stringify({ pid: process.pid }));
    } catch (err) {
      rmSync(lockFile(root), { force: true });
      throw err;
    } finally {
      closeSync(fd);
    }
    return () => rmSync(lockFile(root), { force: true });
  }
  return ownerOf(root) ?? 0;
}

/** Blocks the thread without spinning (a start has nothing else to do while it waits for the writer). */
const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The lock for synchronous work (the start-time re-sync of the database): waits for another process's lock up
 * to `waitMs`, then a ContentBusyError. Held by this very process (an import awaiting its extraction), it
 * cannot be waited for without blocking that import forever: a ContentBusyError at once.
 */
export function withContentLockSync<T>(root: string, work: () => T, waitMs = 60_000): T {
  const deadline = Date.now() + waitMs;
  let release = tryLock(root);
  while (typeof release === 'number') {
    if (release === process.pid || Date.now() > deadline) throw new ContentBusyError(release);
    sleepSync(50);
    release = tryLock(root);
  }
  try {
    return work();
  } finally {
    release();
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` holding the lock: calls in this process queue one after the other; another process's lock is
 * waited for (polling) up to `waitMs`, then a ContentBusyError names its pid.
 */
export function withContentLock<T>(root: string, work: () => T | Promise<T>, waitMs = 120_000): Promise<T> {
  const run = queue.then(async () => {
    const deadline = Date.now() + waitMs;
    let release = tryLock(root);
    while (typeof release === 'number') {
      if (Date.now() > deadline) throw new ContentBusyError(release);
      await sleep(50);
      release = tryLock(root);
    }
    try {
      return await work();
    } finally {
      release();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
