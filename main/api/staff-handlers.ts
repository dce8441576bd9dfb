import { join } from 'node:path';
import { bridgesPerLanguage } from '../services/bridge-languages';
import { speechCoverage } from '../services/speech-coverage';
import { kioskConfig, type Kiosk } from '../services/kiosk';
import { listTerritories, metaValue } from '../services/content-store';
import { readSettings, settingsNotices, settingsSchema, writeSettings, type Settings } from '../services/settings';
import { supportedLocales } from '../../common/locales';
import { ClipRefused, saveRecordedClip } from '../services/clips';
import { StaffDenied, StaffGate } from '../services/staff/gate';
import { statsBetween } from '../services/staff/stats';
import { listPackFiles, packFilePath, packsDir } from '../services/packs/library';
import { validatePack } from '../services/packs/validate-pack';
import { contentState, importPack, NoBackupError, restoreBackup } from '../services/packs/import';
import { exportPack } from '../services/packs/export';
import type { CallInput, CallOutput } from '../../common/api/contract';
import type { StaffCallName } from '../../common/api/call-names';
import type { Printer } from '../services/printing';
import { createPrinterHandlers } from './staff-printer-handlers';
import { createDeskHandlers } from './staff-desk-handlers';
import { staffFailureOf, withStaffFailures } from './staff-failures';
import { CallFailure } from './errors';
import { contentPhrases } from '../services/procedures';
import { createTranslationHandlers } from './translation-handlers';
import { applyKioskReviews } from '../services/translation-reviews';

type StaffHandlers = { [K in StaffCallName]: (input: CallInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

/** A refusal caused by what the user asked (answered 400 with its own message, never 500). */
const userError = (message: string) => new CallFailure({ code: 'bad-input', message });

function saveSettings(kiosk: Kiosk, patch: Record<string, unknown>): CallOutput<'staffSaveSettings'> {
  const merged = settingsSchema.safeParse({ ...readSettings(kiosk.db), ...patch });
  const problems = merged.success
    ? []
    : merged.error.issues.map((i) => ({ field: i.path.join('.') || '(settings)', message: i.message }));
  const territory = patch.territory;
  if (typeof territory === 'string' && !listTerritories(kiosk.db).some((t) => t.id === territory))
    problems.push({ field: 'territory', message: `"${territory}" is not a territory of the installed content` });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: writeSettings(kiosk.db, patch as Partial<Settings>) };
}

/** The staff calls, each (but status and enter) refusing a missing or expired staff session. */
export function createStaffHandlers(
  kiosk: Kiosk,
  gate = new StaffGate(kiosk.db, kiosk.clock),
  printer: Printer | null = null,
  /** The machine config's contentPublicKeys: packs must be signed by one of them (none: unsigned allowed). */
  trustedKeys: readonly string[] = [],
): StaffHandlers {
  const desk = createDeskHandlers(kiosk, printer);
  const translations = createTranslationHandlers(kiosk);
  const printers = createPrinterHandlers(kiosk, printer);
  const guard =
    <I extends { token: string }, O>(fn: (input: I) => O) =>
    (input: I): O => {
      try {
        gate.require(input.token);
      } catch (err) {
        if (err instanceof StaffDenied) throw new CallFailure({ code: 'denied', message: err.message });
        throw err;
      }
      return withStaffFailures(() => fn(input));
    };
  return {
    staffStatus: () => gate.status(),
    staffEnter: ({ pin }) => gate.enter(pin),
    staffLeave: ({ token }) => (gate.leave(token), null),
    staffChangePin: async ({ token, current, next }) => {
      try {
        return await gate.changePin(token, current, next);
      } catch (err) {
        if (err instanceof StaffDenied) throw new CallFailure({ code: 'denied', message: err.message });
        throw staffFailureOf(err);
      }
    },
    staffStats: guard(({ from, to }) => {
      if (from > to) throw userError(`"from" (${from}) is after "to" (${to}).`);
      return statsBetween(kiosk.db, from, to);
    }),
    staffGetSettings: guard(() => ({
      settings: readSettings(kiosk.db),
      territories: listTerritories(kiosk.db).map(({ id, name }) => ({ id, name })),
      locales: [...supportedLocales],
      bridges: bridgesPerLanguage(readSettings(kiosk.db).bridgeLanguages),
    })),
    staffSaveSettings: guard(({ patch }) => saveSettings(kiosk, patch)),
    staffListPacks: guard(() => ({
      files: listPackFiles(kiosk.paths.dataDir),
      contentVersion: metaValue(kiosk.db, 'content_version') ?? '',
      ...contentState(kiosk),
    })),
    staffExportPack: guard(async () => {
      const version = kioskConfig(kiosk).contentVersion;
      const name = `repere-${version}-${kioskConfig(kiosk).territory}.zip`.replace(/[^A-Za-z0-9._-]/g, '-');
      await exportPack(kiosk, join(packsDir(kiosk.paths.dataDir), name));
      return { name, contentVersion: version };
    }),
    staffValidatePack: guard(async ({ name }) => {
      const r = await validatePack(packFilePath(kiosk.paths.dataDir, name), { trustedKeys });
      return r.ok ? { ok: true as const, contentVersion: r.manifest.contentVersion, signedBy: r.signedBy } : r;
    }),
    staffImportPack: guard(async ({ name, allowDowngrade }) => {
      const r = await importPack(kiosk, packFilePath(kiosk.paths.dataDir, name), { trustedKeys, allowDowngrade });
      applyKioskReviews(kiosk); // the new content's place phrases, with this kiosk's own reviews put back
      return r.ok ? { ok: true as const, contentVersion: r.contentVersion, signedBy: r.signedBy } : r;
    }),
    staffRestoreBackup: guard(async () => {
      try {
        const r = await restoreBackup(kiosk);
        applyKioskReviews(kiosk);
        return r;
      } catch (err) {
        throw err instanceof NoBackupError ? userError(err.message) : err;
      }
    }),
    staffSaveClip: guard(({ lang, key, wavBase64 }) => {
      try {
        saveRecordedClip(kiosk.paths, lang, key, Buffer.from(wavBase64, 'base64'));
      } catch (err) {
        throw err instanceof ClipRefused ? userError(err.message) : err;
      }
      return null;
    }),
    staffListStructures: guard(desk.staffListStructures),
    staffPreviewHours: guard(desk.staffPreviewHours),
    staffSaveHours: guard(desk.staffSaveHours),
    staffSetClosure: guard(desk.staffSetClosure),
    staffListHoursChanges: guard(desk.staffListHoursChanges),
    staffUndoHoursChange: guard(desk.staffUndoHoursChange),
    staffPrintChecklist: guard(desk.staffPrintChecklist),
    staffListContentPhrases: guard(({ lang }) => contentPhrases(kiosk, lang)),
    staffSpeechCoverage: guard(() => speechCoverage(kiosk)),
    staffNotices: guard(() => ({ notices: [...kiosk.notices, ...settingsNotices(kiosk.db)] })),
    staffTranslationSummary: guard(translations.staffTranslationSummary),
    staffListTranslations: guard(translations.staffListTranslations),
    staffReviewTranslation: guard(translations.staffReviewTranslation),
    staffConfirmHours: guard(desk.staffConfirmHours),
    staffListLocalPlaces: guard(desk.staffListLocalPlaces),
    staffSaveLocalPlace: guard(desk.staffSaveLocalPlace),
    staffRemoveLocalPlace: guard(desk.staffRemoveLocalPlace),
    staffListPrinters: guard(printers.staffListPrinters),
    staffPrintTestPage: guard(printers.staffPrintTestPage),
  };
}
