import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';

/**
 * A small real file system to fill: a tmpfs mounted at `dir` when this machine allows it (root, no sandbox
 * refusal). Returns null when it cannot be mounted; the caller then injects ENOSPC instead.
 */
export function mountSmallDisk(dir: string, megabytes: number): { unmount: () => void } | null {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return { unmount: () => void spawnSync('umount', ['-l', dir]) };
}

/** Writes `file` until the disk refuses (ENOSPC); returns a function that frees the space again. */
export function fillDisk(file: string): () => void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  // The last partial page: small writes until not even one byte fits.
  const fd2 = openSync(file, 'a');
  try {
    for (;;) writeSync(fd2, Buffer.alloc(512, 1));
  } catch {
    // full
  } finally {
    closeSync(fd2);
  }
  return () => rmSync(file, { force: true });
}
