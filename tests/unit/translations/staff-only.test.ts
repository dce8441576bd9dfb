import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultContentDir } from '../../../main/paths';
import { listStrings } from '../../../main/translations/strings';
import { readLocale } from '../../helpers/locales';

test('staff-only strings (French on every kiosk) are not in a language’s list of visitor strings to review', () => {
  const ti = readLocale('ti') as { printer: { staff: Record<string, string> }; reliability: Record<string, string> };
  const staffOnly = [
    ...Object.keys(ti.printer.staff).map((k) => `ui:printer.staff.${k}`),
    ...Object.keys(ti.reliability).map((k) => `ui:reliability.${k}`),
  ];
  assert.ok(staffOnly.length >= 13, 'the locale files have them');
  const listed = new Set(listStrings({ contentDir: defaultContentDir }, 'ti').map((s) => s.key));
  assert.deepEqual(
    staffOnly.filter((k) => listed.has(k)),
    [],
  );
  assert.ok(listed.has('ui:themes.title'), 'visitor strings are still listed');
});
