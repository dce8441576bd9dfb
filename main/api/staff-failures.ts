import { ContentDiskFullError } from '../services/packs/import';
import { ContentBusyError } from '../services/packs/lock';
import { CallFailure } from './errors';

const diskFullMessage =
  'The disk holding the kiosk’s data is full: nothing was changed. Free some space and try again.';
const busyMessage = 'Another Repère process is changing the kiosk’s data; try again when it has finished.';

/**
 * A staff call that fails for a reason staff can act on says so by its code (issue 25: a full disk and an import
 * already running reached the staff screen as "the operation failed"). Anything else is left as it is.
 */
export function staffFailureOf(err: unknown): unknown {
  if (err instanceof CallFailure) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (err instanceof ContentDiskFullError) return new CallFailure({ code: 'disk-full', message: err.message });
  if (code === 'ENOSPC' || code === 'SQLITE_FULL')
    return new CallFailure({ code: 'disk-full', message: diskFullMessage });
  if (err instanceof ContentBusyError) return new CallFailure({ code: 'busy', message: err.message });
  if (code === 'SQLITE_BUSY') return new CallFailure({ code: 'busy', message: busyMessage });
  return err;
}

/** Runs a staff call, its failures (thrown or rejected) told by staffFailureOf. */
export function withStaffFailures<O>(run: () => O): O {
  let out: O;
  try {
    out = run();
  } catch (err) {
    throw staffFailureOf(err);
  }
  if (out instanceof Promise) return out.catch((err: unknown) => Promise.reject(staffFailureOf(err))) as O;
  return out;
}
