import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appOrigin,
  buildWindowOptions,
  hiddenCursorCss,
  isAllowedNavigation,
  shellPlan,
  startPath,
  windowOpenDecision,
} from '../../../main/electron/window-config';

test('every window, in either mode, passes Electron’s security checklist', () => {
  for (const mode of ['kiosk', 'desk'] as const) {
    const web = buildWindowOptions({ mode, preloadPath: '/app/preload.cjs' }).webPreferences!;
    assert.equal(web.contextIsolation, true, mode);
    assert.equal(web.sandbox, true, mode);
    assert.equal(web.nodeIntegration, false, mode);
    assert.equal(web.nodeIntegrationInWorker, false, mode);
    assert.equal(web.nodeIntegrationInSubFrames, false, mode);
    assert.equal(web.webSecurity, true, mode);
    assert.equal(web.allowRunningInsecureContent, false, mode);
    assert.equal(web.webviewTag, false, mode);
    assert.equal(web.experimentalFeatures, false, mode);
    assert.equal(web.navigateOnDragDrop, false, mode);
    assert.equal(web.preload, '/app/preload.cjs');
    // Speech must start without a gesture: the idle warning is spoken to a visitor who stopped touching.
    assert.equal(web.autoplayPolicy, 'no-user-gesture-required', mode);
  }
});

test('kiosk mode is full screen, frameless and fixed; desk mode is an ordinary window', () => {
  const kiosk = buildWindowOptions({ mode: 'kiosk', preloadPath: 'p' });
  assert.equal(kiosk.kiosk, true);
  assert.equal(kiosk.fullscreen, true);
  assert.equal(kiosk.frame, false);
  assert.equal(kiosk.movable, false);
  assert.equal(kiosk.resizable, false);
  assert.equal(kiosk.minimizable, false);
  const desk = buildWindowOptions({ mode: 'desk', preloadPath: 'p' });
  assert.equal(desk.kiosk, false);
  assert.equal(desk.fullscreen, false);
  assert.equal(desk.frame, true);
});

test('dev tools exist only in development', () => {
  assert.equal(buildWindowOptions({ mode: 'kiosk', preloadPath: 'p' }).webPreferences!.devTools, false);
  assert.equal(buildWindowOptions({ mode: 'kiosk', preloadPath: 'p', dev: false }).webPreferences!.devTools, false);
  assert.equal(buildWindowOptions({ mode: 'desk', preloadPath: 'p', dev: true }).webPreferences!.devTools, true);
  assert.equal(shellPlan({ mode: 'kiosk', hideCursor: true }).devTools, false);
  assert.equal(shellPlan({ mode: 'kiosk', hideCursor: true, dev: true }).devTools, true);
});

test('the shell plan: no menu, display kept awake and no pinch-zoom in kiosk mode, cursor CSS on kiosks that ask', () => {
  const kiosk = shellPlan({ mode: 'kiosk', hideCursor: true });
  assert.equal(kiosk.applicationMenu, null);
  assert.equal(kiosk.powerSaveBlocker, 'prevent-display-sleep');
  assert.deepEqual(kiosk.zoomLimits, [1, 1]);
  assert.equal(kiosk.insertCss, hiddenCursorCss);
  assert.match(hiddenCursorCss, /cursor:\s*none\s*!important/);
  assert.equal(shellPlan({ mode: 'kiosk', hideCursor: false }).insertCss, null);
  assert.equal(shellPlan({ mode: 'desk', hideCursor: true }).insertCss, null, 'a desk keeps its mouse cursor');
  const desk = shellPlan({ mode: 'desk', hideCursor: false });
  assert.equal(desk.applicationMenu, null);
  assert.equal(desk.powerSaveBlocker, null);
  assert.equal(desk.zoomLimits, null);
  assert.equal(desk.insertCss, null);
});

test('only app://repere pages may load; every other navigation and every new window is refused', () => {
  assert.equal(appOrigin, 'app://repere');
  assert.equal(isAllowedNavigation('app://repere/'), true);
  assert.equal(isAllowedNavigation('app://repere/visit/theme?x=1'), true);
  for (const url of [
    'https://example.org/',
    'http://127.0.0.1:8417/',
    'file:///etc/passwd',
    'app://repere.evil/',
    'app://other/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ]) {
    assert.equal(isAllowedNavigation(url), false, url);
  }
  assert.deepEqual(windowOpenDecision(), { action: 'deny' });
});

test('a desk opens staff mode (its PIN pad) directly, in a normal window; a kiosk opens the visitor start screen', () => {
  assert.equal(startPath('desk'), '/desk');
  assert.equal(startPath('kiosk'), '/');
  assert.equal(isAllowedNavigation(`${appOrigin}${startPath('desk')}`), true);
  const desk = buildWindowOptions({ mode: 'desk', preloadPath: '/p.cjs' });
  assert.deepEqual([desk.kiosk, desk.fullscreen, desk.frame, desk.resizable], [false, false, true, true]);
});
