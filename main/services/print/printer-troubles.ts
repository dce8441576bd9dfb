import type { PrintFailure } from '../printing';

/**
 * What CUPS says about a printer, as the visitor's outcome. IPP keywords may carry a severity suffix
 * (-error, -warning, -report); a "-report" is information only, never a trouble.
 */
function troubles(reasons: readonly string[]): string[] {
  return reasons.filter((r) => r !== 'none' && !r.endsWith('-report'));
}

const base = (reason: string) => reason.replace(/-(error|warning)$/, '');

/** The paper trouble among the printer-state-reasons, if any: out of paper wins over a jam. */
export function paperTrouble(reasons: readonly string[]): 'out-of-paper' | 'paper-jam' | null {
  const found = troubles(reasons).map(base);
  if (found.some((r) => r.startsWith('media-empty') || r.startsWith('media-needed'))) return 'out-of-paper';
  if (found.some((r) => r.startsWith('media-jam'))) return 'paper-jam';
  return null;
}

/** A printer that cannot take the job now: stopped, not accepting, or reporting itself offline. */
export function printerDown(printer: { state: string; accepting: boolean; reasons: readonly string[] }): boolean {
  const offline = troubles(printer.reasons).map(base);
  return (
    printer.state === 'stopped' ||
    !printer.accepting ||
    offline.some((r) => r === 'offline' || r === 'shutdown' || r === 'paused')
  );
}

/** Why a job that ended without printing failed: the paper trouble the printer gave, else a printer error. */
export function failureOf(reasons: readonly string[]): PrintFailure {
  return paperTrouble(reasons) ?? 'printer-error';
}

/** Job states after which nothing more will come out of the printer for this job (IPP job-state). */
export const finishedJobStates = new Set(['completed', 'aborted', 'canceled']);
/** Job states in which the job waits for someone to act on the printer. */
export const stuckJobStates = new Set(['pending-held', 'processing-stopped']);
