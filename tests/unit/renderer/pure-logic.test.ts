import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentsOf } from '../../../renderer/src/features/procedures/groups';
import {
  formatSlot,
  formatTime,
  intlLocale,
  weekdayKeyAt,
  weekdayKeyOfDate,
} from '../../../renderer/src/features/places/format';
import { parsePrintRoute } from '../../../renderer/src/features/print/print-route';
import { idlePhase, questionAwaitsClick } from '../../../renderer/src/features/idle/countdown';
import { chooseSource, voiceFor } from '../../../renderer/src/speech/source';

test('checklist segments: consecutive items of one group are one "one of these" segment', () => {
  const items = [
    { id: 'passport', group: 'identity' },
    { id: 'id-card', group: 'identity' },
    { id: 'photo', group: null },
    { id: 'bill', group: 'address' },
    { id: 'lease', group: 'identity' },
  ];
  const shape = segmentsOf(items).map((s) =>
    s.kind === 'group' ? `${s.group}:${s.items.map((i) => i.id).join('+')}` : s.item.id,
  );
  assert.deepEqual(shape, ['identity:passport+id-card', 'photo', 'address:bill', 'identity:lease']);
  assert.deepEqual(segmentsOf([]), []);
});

test('place formatting: times in the territory zone and the visitor language, French when Intl lacks it', () => {
  // 12:30 UTC is 8:30 in Martinique (UTC-4), whatever the machine's zone; ICU versions differ on a leading 0.
  assert.match(formatTime('2026-12-08T12:30:00Z', 'fr', 'America/Martinique'), /^0?8:30$/);
  assert.match(formatTime('2026-12-08T12:30:00Z', 'en', 'America/Martinique'), /^8:30\s?AM$/u);
  // Weekday names come from the locale files (days.*): the functions give the key.
  assert.equal(weekdayKeyOfDate('2026-12-08'), 'days.tuesday');
  assert.equal(weekdayKeyAt('2026-12-08T03:30:00Z', 'America/Martinique'), 'days.monday', "the territory's day");
  assert.equal(formatSlot('24:00', 'fr'), '23:59', 'midnight at the end of a day stays in that day');
  assert.equal(intlLocale('xx'), 'fr', 'a language Intl does not know');
  assert.equal(intlLocale('ar'), 'ar');
});

test('print route: procedure, language and paper from the URL; anything else is not a print route', () => {
  const at = (pathname: string, search = '') => parsePrintRoute({ pathname, search });
  assert.deepEqual(at('/print/checklist/ame-first-request', '?lang=ti&format=receipt'), {
    id: 'ame-first-request',
    lang: 'ti',
    format: 'receipt',
  });
  assert.deepEqual(at('/print/checklist/ame', '?lang=xx&format=a3'), { id: 'ame', lang: 'fr', format: 'a4' });
  for (const path of ['/print/checklist/', '/print/checklist/AME', '/print/checklist/a/b', '/themes', '/print/x'])
    assert.equal(at(path), null, path);
  assert.equal(at(`/print/checklist/${'a'.repeat(65)}`), null, 'longer than a procedure id');
});

test('idle countdown: active, then asking with the seconds left, then over', () => {
  assert.deepEqual(idlePhase(89.9, 90, 30), { kind: 'active' });
  assert.deepEqual(idlePhase(90, 90, 30), { kind: 'asking', seconds: 30 });
  assert.deepEqual(idlePhase(100.2, 90, 30), { kind: 'asking', seconds: 20 });
  assert.deepEqual(idlePhase(119.5, 90, 30), { kind: 'asking', seconds: 1 });
  assert.deepEqual(idlePhase(120, 90, 30), { kind: 'over' });
});

test('idle question: after a touch on it, it waits 2 s for the click, then goes away by itself', () => {
  assert.equal(questionAwaitsClick(0.5), true);
  assert.equal(questionAwaitsClick(2), true);
  assert.equal(questionAwaitsClick(2.25), false);
});

test('speech source: a recorded clip first, then the platform voice, then espeak-ng when audio plays', () => {
  const none = { clip: false, platformVoice: false, espeakVoice: false, audio: true };
  assert.equal(chooseSource({ ...none, clip: true, platformVoice: true, espeakVoice: true }), 'clip');
  assert.equal(chooseSource({ ...none, platformVoice: true, espeakVoice: true }), 'platform');
  assert.equal(chooseSource({ ...none, espeakVoice: true }), 'espeak');
  assert.equal(chooseSource({ ...none, espeakVoice: true, audio: false }), 'none', 'no audio context yet');
  assert.equal(chooseSource(none), 'none', 'Pashto without a clip: nothing speaks it');
});

test('stand-in voice: only a language without a voice of its own takes the one IT chose', () => {
  assert.equal(voiceFor({ ps: 'fa' }, 'ps'), 'fa');
  assert.equal(voiceFor({}, 'ps'), 'ps');
  assert.equal(voiceFor({ ar: 'fa' }, 'ar'), 'ar');
});
