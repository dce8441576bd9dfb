// Answers computed from the shipped seed rows, in a real SQLite file, for fixed Martinique wall times.
// Run in-process by seed-hours.test.ts and again in a child process under TZ=Asia/Tokyo.
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { listTerritories } from '../../../main/services/content-store';
import { ensureFreshIntervals, openState } from '../../../main/services/structure-store';
import { isoWithOffset, parseWall, wallToUtc } from '../../../main/hours/zoned';
import { tempDir } from '../../helpers/temp';

export const questions: [structure: string, martiniqueWallTime: string][] = [
  ['fs-lamentin-bourg', '2026-12-07T11:00'], // split Monday, morning
  ['fs-lamentin-bourg', '2026-12-07T12:30'], // split Monday, lunch break
  ['fs-psp-fort-de-france', '2026-12-08T10:00'], // 2nd Tuesday morning (must not be lost)
  ['fs-psp-fort-de-france', '2026-12-08T15:00'], // 2nd Tuesday afternoon
  ['fs-psp-fort-de-france', '2026-12-01T15:00'], // 1st Tuesday afternoon: closed
  ['fs-psp-fort-de-france', '2026-11-24T15:00'], // 4th Tuesday afternoon
  ['fs-psp-fort-de-france', '2026-12-09T15:00'], // 2nd Wednesday afternoon
  ['fs-psp-fort-de-france', '2026-12-16T15:00'], // 3rd Wednesday afternoon: closed
  ['fs-psp-fort-de-france', '2026-11-27T15:00'], // 4th Friday afternoon
  ['fs-psp-fort-de-france', '2026-11-20T15:00'], // 3rd Friday afternoon: closed
  ['fs-le-precheur', '2026-12-12T09:00'], // Saturday morning
  ['fs-le-precheur', '2026-12-12T11:45'], // Saturday, after 11:30
  ['fs-le-precheur', '2026-05-22T10:00'], // 22 May, Martinique's abolition day
  ['fs-le-precheur', '2026-12-25T10:00'], // Christmas
  ['fs-floreal', '2026-12-08T10:00'], // closed after a disaster, no reopening date
];

export function seedAnswers(): string[] {
  const temp = tempDir('repere-hours-');
  const kiosk = openKiosk(
    { contentDir: defaultContentDir, dataDir: join(temp.dir, 'data') },
    () => new Date('2026-11-01T12:00:00Z'),
  );
  try {
    // The questions are all about Martinique: only its intervals need computing for each asked day.
    const territories = listTerritories(kiosk.db).filter((t) => t.id === '972');
    return questions.map(([id, wall]) => {
      const at = wallToUtc(parseWall(wall)!, 'America/Martinique');
      ensureFreshIntervals(kiosk.db, territories, new Date(at));
      const s = openState(kiosk.db, id, at);
      const change = s.open ? s.closesAt : s.opensAt;
      return `${id} ${wall} ${s.open ? 'open' : 'closed'} ${change === null ? '-' : isoWithOffset(change, 'America/Martinique')}`;
    });
  } finally {
    kiosk.close();
    temp.cleanup();
  }
}

if (process.argv.includes('--print')) console.log(JSON.stringify(seedAnswers()));
