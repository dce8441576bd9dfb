// Logs on both hosts, and messages that must not carry details, hold an error's code: never its message, which may
// quote visitor input or a file's content.
/** An error reduced to a code: its `code` (ENOENT, bad-input) or its class name, never its message. */
export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Za-z0-9_-]{1,60}$/.test(code)) return code;
  if (err instanceof Error && /^[A-Za-z]{1,60}$/.test(err.name)) return err.name;
  return 'unknown';
}
