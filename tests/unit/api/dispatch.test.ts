import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { callNames, contract } from '../../../common/api/contract';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { tempDir } from '../../helpers/temp';

function withHandlers(use: (h: ReturnType<typeof createHandlers>) => Promise<void>) {
  return async () => {
    const t = tempDir();
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
    try {
      await use(createHandlers(kiosk));
    } finally {
      kiosk.close();
      t.cleanup();
    }
  };
}

test(
  'the handlers implement exactly the contract',
  withHandlers(async (h) => {
    assert.deepEqual(Object.keys(h).sort(), [...callNames].sort());
    assert.deepEqual(Object.keys(contract).sort(), [...callNames].sort());
  }),
);

test(
  'an unknown call and prototype names are refused before any service runs',
  withHandlers(async (h) => {
    for (const name of ['dropTables', '__proto__', 'constructor', 42]) {
      await assert.rejects(
        dispatch(h, name, {}),
        (e: unknown) => e instanceof CallFailure && e.error.code === 'bad-call',
      );
    }
  }),
);

test(
  'input is validated: extra keys and wrong types are refused with the field named',
  withHandlers(async (h) => {
    await assert.rejects(
      dispatch(h, 'listThemes', { sql: 'DROP TABLE themes' }),
      (e: unknown) => e instanceof CallFailure && e.error.code === 'bad-input' && /sql/.test(e.error.message),
    );
    await assert.rejects(dispatch(h, 'listThemes', 'x'), (e: unknown) => e instanceof CallFailure);
    const themes = (await dispatch(h, 'listThemes', {})) as { id: string }[];
    assert.ok(themes.length > 0);
  }),
);
