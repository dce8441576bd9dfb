import { ContentError } from '../content/load';
import { applyMachineConfig } from '../config/apply';
import { loadMachineConfig, type ConfigProblem } from '../config/load';
import type { ConfigLocation } from '../config/paths';
import type { MachineConfig } from '../config/schema';
import { listTerritories } from '../services/content-store';
import { openKiosk, type Kiosk } from '../services/kiosk';
import { readSettings, type Settings } from '../services/settings';
import type { StartupFailure } from './it-error-page';
import type { KioskMode } from './window-config';

export type Startup =
  | { ok: true; kiosk: Kiosk; config: MachineConfig | null; configPath: string; mode: KioskMode; settings: Settings }
  | { ok: false; failure: Omit<StartupFailure, 'logFile'> };

/**
 * Everything the shell does before showing a window, in plain Node so tests run it on real files:
 * read the machine config, open the database and content, apply the config over the settings.
 * Any failure comes back with the file and fields at fault for the IT error page, and leaves nothing open.
 */
export function prepareStartup(opts: { location: ConfigLocation; contentDir: string; dataDir: string }): Startup {
  const loaded = loadMachineConfig(opts.location);
  if (loaded.status === 'invalid')
    return { ok: false, failure: { kind: 'config', file: loaded.path, problems: loaded.problems } };
  const config = loaded.status === 'ok' ? loaded.config : null;

  let kiosk: Kiosk;
  try {
    kiosk = openKiosk({ contentDir: opts.contentDir, dataDir: opts.dataDir });
  } catch (err) {
    if (err instanceof ContentError) {
      const problems: ConfigProblem[] = err.problems.map((p) => ({
        field: `${p.file}: ${p.field || '(file)'}`,
        message: p.message,
      }));
      return { ok: false, failure: { kind: 'content', file: opts.contentDir, problems } };
    }
    // e.g. a database written by a newer version: its message says so and holds no visitor data.
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, failure: { kind: 'other', file: opts.dataDir, problems: [{ field: '', message }] } };
  }

  let settings = readSettings(kiosk.db);
  if (config) {
    const applied = applyMachineConfig(
      kiosk.db,
      config,
      listTerritories(kiosk.db).map((t) => t.id),
    );
    if ('problems' in applied) {
      kiosk.close();
      return { ok: false, failure: { kind: 'config', file: loaded.path, problems: applied.problems } };
    }
    settings = applied.settings;
  }
  return { ok: true, kiosk, config, configPath: loaded.path, mode: config?.mode ?? 'kiosk', settings };
}
