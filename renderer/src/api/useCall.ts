import { useEffect, useState } from 'react';
import type { CallError, CallInput, CallName, CallOutput } from '../../../common/api/contract';
import { call, errorCodeOf } from './client';

export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; code: CallError['code'] } | { state: 'ready'; value: T };

/**
 * Runs one contract call when its input changes (null: no call); a failure becomes a state the screen shows,
 * with the error's code (never a crash, never a bare "failed").
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
      (err: unknown) => live && setResult({ state: 'failed', code: errorCodeOf(err) }),
    );
    return () => {
      live = false;
    };
  }, [name, key]);
  return result;
}
