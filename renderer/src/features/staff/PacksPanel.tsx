import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacksView, ProblemView } from '../../../../common/api/contract';
import { useStaff } from './context';
import { staffFailureKey } from './failure';

type Outcome =
  | { kind: 'busy' }
  | { kind: 'exported'; name: string }
  | { kind: 'valid'; name: string; version: string; signedBy: string | null }
  | { kind: 'imported'; version: string; signedBy: string | null }
  | { kind: 'older'; name: string; installed: string; pack: string }
  | { kind: 'restored'; version: string }
  | { kind: 'invalid'; name: string; problems: ProblemView[] }
  | { kind: 'failed'; key: string };

/**
 * Content packs found in the kiosk's packs folder (<data dir>/packs: IT copies them there). Import is all
 * or nothing and keeps the previous content as a backup; export writes the active content to that folder.
 */
export function PacksPanel() {
  const { t } = useTranslation();
  const staff = useStaff();
  const [view, setView] = useState<PacksView | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const refresh = useCallback(() => {
    staff
      .call('staffListPacks', {})
      .then(setView, (err: unknown) => setOutcome({ kind: 'failed', key: staffFailureKey(err) }));
  }, [staff]);
  useEffect(refresh, [refresh]);

  const run = <T,>(work: Promise<T>, done: (value: T) => Outcome) => {
    setOutcome({ kind: 'busy' });
    work.then(
      (v) => (setOutcome(done(v)), refresh()),
      (err: unknown) => setOutcome({ kind: 'failed', key: staffFailureKey(err) }),
    );
  };
  const validate = (name: string) =>
    run(staff.call('staffValidatePack', { name }), (r) =>
      r.ok
        ? { kind: 'valid', name, version: r.contentVersion, signedBy: r.signedBy }
        : { kind: 'invalid', name, problems: r.problems },
    );
  // An older pack is imported only after staff confirm it (going back on purpose, never a replayed pack).
  const importPack = (name: string, allowDowngrade = false) =>
    run(staff.call('staffImportPack', { name, allowDowngrade }), (r) =>
      r.ok
        ? { kind: 'imported', version: r.contentVersion, signedBy: r.signedBy }
        : r.downgrade
          ? { kind: 'older', name, ...r.downgrade }
          : { kind: 'invalid', name, problems: r.problems },
    );
  const signature = (signedBy: string | null) => (
    <p data-testid="packs-signature">
      {signedBy ? t('reliability.signed', { key: `${signedBy.slice(0, 16)}…` }) : t('reliability.unsigned')}
    </p>
  );

  return (
    <>
      <p className="screen__instruction">{t('staff.packs.instruction')}</p>
      {view && (
        <p data-testid="packs-current">
          {t('staff.packs.current', { version: view.contentVersion })}{' '}
          {view.current === 'bundled' ? t('staff.packs.bundled') : t('staff.packs.imported')}
        </p>
      )}
      <div className="staff-form staff-form--inline">
        <button
          type="button"
          className="staff-button"
          onClick={() => run(staff.call('staffExportPack', {}), (r) => ({ kind: 'exported', name: r.name }))}
          data-testid="packs-export"
        >
          {t('staff.packs.export')}
        </button>
        <button
          type="button"
          className="staff-button"
          disabled={!view || view.backup === null}
          onClick={() =>
            run(staff.call('staffRestoreBackup', {}), (r) => ({ kind: 'restored', version: r.contentVersion }))
          }
          data-testid="packs-restore"
        >
          {t('staff.packs.restore')}
        </button>
      </div>
      <h2>{t('staff.packs.files')}</h2>
      {view && view.files.length === 0 && <p>{t('staff.packs.none')}</p>}
      <ul className="staff-list">
        {view?.files.map((f) => (
          <li key={f.name}>
            <span className="staff-list__name">{f.name}</span> ({Math.ceil(f.bytes / 1024)} Kio)
            <button
              type="button"
              className="staff-small"
              onClick={() => validate(f.name)}
              data-testid={`pack-validate-${f.name}`}
            >
              {t('staff.packs.validate')}
            </button>
            <button
              type="button"
              className="staff-small"
              onClick={() => importPack(f.name)}
              data-testid={`pack-import-${f.name}`}
            >
              {t('staff.packs.import')}
            </button>
          </li>
        ))}
      </ul>
      <div role="status" data-testid="packs-outcome">
        {outcome?.kind === 'busy' && <p>{t('staff.packs.busy')}</p>}
        {outcome?.kind === 'exported' && <p>{t('staff.packs.exported', { name: outcome.name })}</p>}
        {outcome?.kind === 'valid' && (
          <>
            <p>{t('staff.packs.valid', { name: outcome.name, version: outcome.version })}</p>
            {signature(outcome.signedBy)}
          </>
        )}
        {outcome?.kind === 'imported' && (
          <>
            <p>{t('staff.packs.importedOk', { version: outcome.version })}</p>
            {signature(outcome.signedBy)}
          </>
        )}
        {outcome?.kind === 'older' && (
          <>
            <p>{t('reliability.downgradeQuestion', { pack: outcome.pack, installed: outcome.installed })}</p>
            <button
              type="button"
              className="staff-button"
              onClick={() => importPack(outcome.name, true)}
              data-testid="packs-downgrade-confirm"
            >
              {t('reliability.downgradeConfirm')}
            </button>
          </>
        )}
        {outcome?.kind === 'restored' && <p>{t('staff.packs.restored', { version: outcome.version })}</p>}
        {outcome?.kind === 'failed' && <p data-testid="packs-failed">{t(outcome.key)}</p>}
        {outcome?.kind === 'invalid' && (
          <>
            <p>{t('staff.packs.invalid', { name: outcome.name })}</p>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  {p.file} {p.field && `(${p.field})`} : {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
