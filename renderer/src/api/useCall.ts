import { useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../common/api/contract';
import { call } from './client';

export type Loaded<T> = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; value: T };

/**
 * Runs one contract call when its input changes (null: no call); a failure becomes a state the screen shows,
 * never a crash.
 */
export function useCall<K extends CallName>(name: K, input: CallInput<K> | null): Loaded<CallOutput<K>> {
  const [result, setResult] = useState<Loaded<CallOutput<K>>>({ state: 'loading' });
  const key = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    if (key === 'null') return;
    call(name, JSON.parse(key) as CallInput<K>).then(
      (value) => live && setResult({ state: 'ready', value }),
      () => live && setResult({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [name, key]);
  return result;
}
