/**
 * What Electron does to values crossing between the page and main: a structured clone (functions, class
 * prototypes and symbols do not survive; what cannot be cloned fails), and a thrown error reaches the
 * other side as a new Error carrying its message only.
 */
export function cloneAcrossIpc<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    throw new Error('An object could not be cloned.');
  }
}

/** The error ipcRenderer.invoke rejects with when the main-side handler threw (Electron's own wording). */
export function remoteMethodError(channel: string, thrown: unknown): Error {
  return new Error(`Error invoking remote method '${channel}': ${String(thrown)}`);
}

/**
 * contextBridge copies what it exposes and freezes the copy. Functions are proxied: their arguments pass as
 * they are (what IPC cannot clone fails later, in ipcRenderer.invoke), their results come back copied.
 */
export function bridgeCopy(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => {
      const result = fn(...args);
      if (result instanceof Promise) {
        return result.then(cloneAcrossIpc, (err: unknown) => {
          throw new Error(err instanceof Error ? err.message : String(err));
        });
      }
      return cloneAcrossIpc(result);
    };
  }
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = bridgeCopy(v);
  return Object.freeze(copy);
}
