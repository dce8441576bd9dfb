import { errorCodeOf } from '../../api/client';

/**
 * The message key for a failed staff call: a full disk and content another process is changing are said as such
 * (staff can act on them), anything else is "the operation failed".
 */
export function staffFailureKey(err: unknown): string {
  const code = errorCodeOf(err);
  if (code === 'disk-full') return 'staff.errors.diskFull';
  if (code === 'busy') return 'staff.errors.busy';
  return 'staff.error';
}
