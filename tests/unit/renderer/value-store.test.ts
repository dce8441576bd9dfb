import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueStore } from '../../../renderer/src/value-store';

test('a value store tells its listeners of a change only, and no longer once they unsubscribe', () => {
  const store = valueStore({ above: false, below: false }, (a, b) => a.above === b.above && a.below === b.below);
  const heard: boolean[] = [];
  const unsubscribe = store.subscribe(() => heard.push(store.get().below));
  store.set({ above: false, below: false }); // the same: a screen change that leaves the scroll buttons as they are
  assert.deepEqual(heard, []);
  store.set({ above: false, below: true });
  assert.deepEqual(heard, [true]);
  assert.deepEqual(store.get(), { above: false, below: true });
  unsubscribe();
  store.set({ above: true, below: true });
  assert.deepEqual(heard, [true]);
  assert.equal(store.get().above, true);
});

test('by default a value store compares by identity: a new object is a change', () => {
  const store = valueStore<{ state: string }>({ state: 'loading' });
  let calls = 0;
  store.subscribe(() => calls++);
  const ready = { state: 'ready' };
  store.set(ready);
  store.set(ready);
  store.set({ state: 'ready' });
  assert.equal(calls, 2);
});
