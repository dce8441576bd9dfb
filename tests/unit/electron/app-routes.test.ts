import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeAppRequest } from '../../../main/host/app-routes';
import { withTemp } from '../../helpers/temp';

test('app:// serves renderer files, index.html for app routes, clips by name, and nothing outside', (t) => {
  const dir = withTemp(t);
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), '');
  writeFileSync(join(dir, 'secret.txt'), 'outside');

  // The kiosk's page is index.html, which the host fills with the start screen's data; asked by name, it is a file.
  assert.deepEqual(routeAppRequest('/', root), { kind: 'start', template: join(root, 'index.html') });
  assert.deepEqual(routeAppRequest('/index.html', root), { kind: 'file', path: join(root, 'index.html') });
  assert.deepEqual(routeAppRequest('/assets/app.js', root), { kind: 'file', path: join(root, 'assets', 'app.js') });
  assert.deepEqual(routeAppRequest('/visit/theme', root), { kind: 'start', template: join(root, 'index.html') });
  assert.deepEqual(routeAppRequest('/missing.js', root), { kind: 'not-found' });
  assert.deepEqual(routeAppRequest('/clips/fr/theme.care.wav', root), {
    kind: 'clip',
    lang: 'fr',
    key: 'theme.care',
  });
  for (const escape of [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%00.js',
    '/%E0%A4%A.js',
  ]) {
    assert.deepEqual(routeAppRequest(escape, root), { kind: 'not-found' }, escape);
  }
});
