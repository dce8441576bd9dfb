import type { CallError } from './contract';

/**
 * What both hosts answer to every call, over HTTP and over IPC alike: a value, or an error with its code.
 * Nothing is thrown across a process boundary (Electron would keep only the message of a thrown error).
 */
export type CallEnvelope<T = unknown> = { ok: true; value: T } | { ok: false; error: CallError };

const errorCodes: readonly string[] = [
  'bad-call',
  'bad-input',
  'denied',
  'failed',
  'disk-full',
  'busy',
] satisfies CallError['code'][];

export function isCallEnvelope(answer: unknown): answer is CallEnvelope {
  if (typeof answer !== 'object' || answer === null) return false;
  const a = answer as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (a.ok === true) return 'value' in a;
  return (
    a.ok === false &&
    typeof a.error === 'object' &&
    a.error !== null &&
    errorCodes.includes(a.error.code as string) &&
    typeof a.error.message === 'string'
  );
}

export const callFailed = (code: CallError['code'], message: string): CallEnvelope<never> => ({
  ok: false,
  error: { code, message },
});
