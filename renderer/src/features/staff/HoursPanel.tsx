import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursChangeView } from '../../../../common/api/contract';
import { HoursEditor } from './HoursEditor';
import { useListWithChanges } from './use-list-with-changes';

/** What a logged value reads like for staff: the hours string, or the closure's dates. */
function useValueText() {
  const { t } = useTranslation();
  return (change: HoursChangeView, value: string | null) => {
    if (value === null)
      return t(
        { hours: 'staff.hours.unknown', closure: 'staff.hours.noClosure', place: 'staff.places.none' }[change.field],
      );
    if (change.field === 'hours') return value;
    // A place staff added: its name and hours, enough to tell two versions apart.
    if (change.field === 'place') {
      const p = JSON.parse(value) as { name: string; hours: string | null };
      return `${p.name} · ${p.hours ?? t('staff.hours.unknown')}`;
    }
    const c = JSON.parse(value) as { from: string; until: string | null };
    return t('staff.hours.closureCurrent', { from: c.from, until: c.until ?? t('staff.hours.noEnd') });
  };
}

/** The log of changes, newest first; each change not undone yet can be undone. */
export function ChangeLog({ changes, onUndo }: { changes: HoursChangeView[]; onUndo: (id: number) => void }) {
  const { t } = useTranslation();
  const text = useValueText();
  if (changes.length === 0) return <p>{t('staff.hours.noChanges')}</p>;
  return (
    <ol className="staff-list hours-log" data-testid="hours-log">
      {changes.map((c) => (
        <li key={c.id} data-testid={`hours-change-${c.id}`}>
          <span>
            <strong lang="fr">{c.structureName}</strong> · {new Date(c.at).toLocaleString('fr')} ·{' '}
            {t(`staff.hours.field.${c.field}`)}
            {c.undoOf !== null && ` · ${t('staff.hours.isUndo')}`}
            {c.note && ` · ${t(`staff.hours.note.${c.note}`)}`}
            <br />
            {t('staff.hours.before')} <code dir="ltr">{text(c, c.before)}</code> → {t('staff.hours.after')}{' '}
            <code dir="ltr">{text(c, c.after)}</code>
          </span>
          {c.undoneBy === null ? (
            <button
              type="button"
              className="staff-button"
              onClick={() => onUndo(c.id)}
              data-testid={`hours-undo-${c.id}`}
            >
              {t('staff.hours.undo')}
            </button>
          ) : (
            <span>{t('staff.hours.undone')}</span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Keeping hours true: the territory's structures, one structure's editor, and the log with undo. */
export function HoursPanel() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const { listing, changes, message, setMessage, failed, refresh, undo } = useListWithChanges('staffListStructures');
  const changed = (text: string) => void refresh(text);
  const structure = listing?.structures.find((s) => s.id === selected) ?? null;

  return (
    <>
      <p className="screen__instruction">{t('staff.hours.instruction')}</p>
      <div role="status" className="staff-message" data-testid="hours-message">
        {failed ? t('staff.error') : message}
      </div>
      {structure ? (
        <HoursEditor
          key={`${structure.id}:${structure.hours}:${JSON.stringify(structure.temporaryClosure)}`}
          structure={structure}
          onChanged={changed}
          onBack={() => (setSelected(null), setMessage(null))}
        />
      ) : (
        <ul className="hours-structures">
          {listing?.structures.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="staff-button hours-structure"
                onClick={() => (setSelected(s.id), setMessage(null))}
                data-testid={`hours-structure-${s.id}`}
              >
                <strong lang="fr">{s.name}</strong>
                <code dir="ltr">{s.hours ?? t('staff.hours.unknown')}</code>
                {s.temporaryClosure && <span>{t('staff.hours.closedNow')}</span>}
                {s.edited.length > 0 && <span>{t('staff.hours.edited')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('staff.hours.log')}</h2>
      <ChangeLog changes={structure ? changes.filter((c) => c.structureId === structure.id) : changes} onUndo={undo} />
    </>
  );
}
