/**
 * A value kept outside React state, with listeners, for useSyncExternalStore: when it changes, only the
 * components that read it render again, not the component that owns it and its whole subtree. Setting a value
 * `same` as the current one notifies no one.
 */
export interface ValueStore<T> {
  get: () => T;
  set: (next: T) => void;
  /** Tells `listener` when the value changes; answers the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

export function valueStore<T>(initial: T, same: (a: T, b: T) => boolean = Object.is): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (same(value, next)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
