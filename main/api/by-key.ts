/**
 * The answer of a call asked for several keys at once (languages, themes, procedures): one entry per key, in the
 * order asked; a key whose answer is null or undefined (an unknown procedure) is left out.
 */
export function byKey<T>(keys: readonly string[], answer: (key: string) => T | null | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of keys) {
    const value = answer(key);
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}
