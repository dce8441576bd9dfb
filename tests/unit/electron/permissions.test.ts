import { test } from 'node:test';
import assert from 'node:assert/strict';
import { permissionDecision, permissionState, setStaffModeActive } from '../../../main/electron/permissions';

const app = 'app://repere/staff/voice';
const staff = { staffMode: true };
const visitor = { staffMode: false };

test('the microphone is allowed only in staff mode, audio only, from the app’s own main frame', () => {
  assert.equal(
    permissionDecision('media', { mediaTypes: ['audio'], requestingUrl: app, isMainFrame: true }, staff),
    true,
  );
  assert.equal(
    permissionDecision('media', { mediaTypes: ['audio'], requestingUrl: app, isMainFrame: true }, visitor),
    false,
  );
  assert.equal(
    permissionDecision('media', { mediaTypes: ['audio', 'video'], requestingUrl: app, isMainFrame: true }, staff),
    false,
    'camera with microphone',
  );
  assert.equal(
    permissionDecision('media', { mediaTypes: ['video'], requestingUrl: app, isMainFrame: true }, staff),
    false,
  );
  assert.equal(permissionDecision('media', { mediaTypes: [], requestingUrl: app, isMainFrame: true }, staff), false);
  assert.equal(permissionDecision('media', { requestingUrl: app, isMainFrame: true }, staff), false, 'kind unknown');
  assert.equal(
    permissionDecision(
      'media',
      { mediaTypes: ['audio'], requestingUrl: 'https://evil.example/', isMainFrame: true },
      staff,
    ),
    false,
  );
  assert.equal(
    permissionDecision('media', { mediaTypes: ['audio'], requestingUrl: app, isMainFrame: false }, staff),
    false,
  );
  // Permission checks give one kind at a time.
  assert.equal(permissionDecision('media', { mediaType: 'audio', requestingUrl: app, isMainFrame: true }, staff), true);
  assert.equal(
    permissionDecision('media', { mediaType: 'video', requestingUrl: app, isMainFrame: true }, staff),
    false,
  );
});

test('every other permission is denied, staff mode or not', () => {
  for (const permission of [
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'window-management',
    'unknown',
  ]) {
    for (const state of [staff, visitor]) {
      assert.equal(
        permissionDecision(permission, { mediaTypes: ['audio'], requestingUrl: app, isMainFrame: true }, state),
        false,
        `${permission} staff=${state.staffMode}`,
      );
    }
  }
});

test('staff mode starts off and is flipped by setStaffModeActive', () => {
  assert.equal(permissionState().staffMode, false);
  setStaffModeActive(true);
  assert.equal(permissionState().staffMode, true);
  setStaffModeActive(false);
  assert.equal(permissionState().staffMode, false);
});
