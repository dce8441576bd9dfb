// What the host's thread and the content worker say to each other (structured-cloned messages).
import type { PackManifest, PackProblem } from './rules';
import type { LocalPlace } from '../../content/local-place-schema';

/** workerData: the kiosk's database, or null for a worker that only checks packs. */
export interface WorkerStart {
  dbFile: string | null;
}

export type WorkerJob =
  /** Extract a pack (folder or zip) into `dir` and check it there; the worker keeps the content that passed. */
  | { kind: 'check'; source: string; dir: string; trustedKeys: readonly string[] }
  /** Install in the database, in one transaction: what the last check passed (dir null), or the content in dir. */
  | { kind: 'install'; source: string; now: string; dir: string | null };

export type WorkerAnswer =
  { ok: true; value: unknown } | { ok: false; error: { name: string; message: string; code?: string } };

/** What the host's thread learns of a check run off it: the content itself stays in the worker. */
export type PackCheck =
  | {
      ok: true;
      manifest: PackManifest;
      signedBy: string | null;
      /** Places staff added on other kiosks, which the pack brings: a pack of the active version with new ones is imported. */
      localPlaces: LocalPlace[];
    }
  | { ok: false; problems: PackProblem[] };
