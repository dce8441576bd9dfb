import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';

/**
 * Files the kiosk reads at start live in folders anyone with the kiosk's account (or a fault) can change: a FIFO
 * or a device there would block `open()` for ever, and the start with it. Each is checked to be a regular file
 * before it is opened, and opened non-blocking and checked again (it could be swapped between the two).
 */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly file: string,
    readonly kind: string,
  ) {
    super(`${file} is a ${kind}, not a regular file: not opened`);
    this.name = 'NotRegularFileError';
  }
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'folder';
  if (s.isFIFO()) return 'named pipe (FIFO)';
  if (s.isSocket()) return 'socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  return 'special file';
}

/** Null when `file` is absent or a regular file (a link to one too); else what it is ("folder", "named pipe (FIFO)", …). */
export function notRegularKind(file: string): string | null {
  let s: Stats;
  try {
    s = statSync(file);
  } catch {
    return null;
  }
  return s.isFile() ? null : kindOf(s);
}

/** Reads a regular file; throws NotRegularFileError for anything else, ENOENT when it is absent. */
export function readRegularFile(file: string): Buffer;
export function readRegularFile(file: string, encoding: BufferEncoding): string;
export function readRegularFile(file: string, encoding?: BufferEncoding): Buffer | string {
  const kind = notRegularKind(file);
  if (kind) throw new NotRegularFileError(file, kind);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new NotRegularFileError(file, kindOf(s));
    return encoding ? readFileSync(fd, encoding) : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
