import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursPreviewView, StaffStructureView } from '../../../../common/api/contract';
import { useStaff } from './context';
import { ClosureForm } from './ClosureForm';
import { monthYear } from '../procedures/dial';
import { staffFailureKey } from './failure';
import { NationalDifference } from './NationalDifference';

/** A local date (YYYY-MM-DD) named in French: the preview is for French-speaking staff. */
export function frenchDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('fr', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** The hours string with the part from the error position on marked, as the hours engine reported it. */
function Problem({ hours, message, position }: { hours: string; message: string; position: number | null }) {
  const { t } = useTranslation();
  return (
    <div className="hours-problem" role="alert" data-testid="hours-problem">
      <p>
        <span aria-hidden="true">⚠ </span>
        {position === null ? t('staff.hours.invalid') : t('staff.hours.invalidAt', { position: position + 1 })}{' '}
        <span lang="en">{message}</span>
      </p>
      {position !== null && (
        <code className="hours-problem__text" dir="ltr">
          {hours.slice(0, position)}
          <mark>{hours.slice(position) || ' '}</mark>
        </code>
      )}
    </div>
  );
}

/** Editing one structure: its hours with live validation and a 14-day preview, and its temporary closure. */
export function HoursEditor({
  structure,
  onChanged,
  onBack,
}: {
  structure: StaffStructureView;
  onChanged: (message: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const staff = useStaff();
  const [draft, setDraft] = useState(structure.hours ?? '');
  const [preview, setPreview] = useState<HoursPreviewView | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // Validated as staff type, a little after the last key so each keystroke does not cost a call.
    const timer = window.setTimeout(() => {
      staff.call('staffPreviewHours', { structureId: structure.id, hours: draft }).then(
        (p) => live && setPreview(p),
        () => live && setPreview(null),
      );
    }, 200);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [staff, structure.id, draft, structure.temporaryClosure]);

  const save = () => {
    setRefusal(null);
    staff.call('staffSaveHours', { structureId: structure.id, hours: draft.trim() }).then(
      (r) => (r.ok ? onChanged(t('staff.hours.saved', { name: structure.name })) : setRefusal(r.message)),
      (err: unknown) => setRefusal(t(staffFailureKey(err))),
    );
  };
  const unchanged = draft.trim() === (structure.hours ?? '');

  return (
    <section className="hours-editor" aria-labelledby="hours-editor-title">
      <button type="button" className="staff-button" onClick={onBack} data-testid="hours-back">
        {t('staff.hours.back')}
      </button>
      <h2 id="hours-editor-title" lang="fr">
        {structure.name}
      </h2>
      {structure.informationDate && (
        <p data-testid="hours-information-date">
          {t('truth.informationFrom', { date: monthYear(structure.informationDate, 'fr') })}
        </p>
      )}
      {structure.hoursSeedText && (
        <p>
          {t('staff.hours.seedText')} <q lang="fr">{structure.hoursSeedText}</q>
        </p>
      )}
      <NationalDifference structure={structure} onChanged={onChanged} />
      <div className="staff-form">
        <label>
          {t('staff.hours.input')}
          <input
            type="text"
            dir="ltr"
            spellCheck={false}
            autoComplete="off"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="hours-input"
          />
        </label>
        <p className="staff-hint">{t('staff.hours.syntax')}</p>
      </div>
      {preview && !preview.ok && <Problem hours={draft} message={preview.message} position={preview.position} />}
      {preview?.ok && (
        <table className="hours-preview" data-testid="hours-preview">
          <caption>{t('staff.hours.preview', { zone: preview.timezone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.hours.day')}</th>
              <th scope="col">{t('staff.hours.slots')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.days.map((d) => (
              <tr key={d.date} data-date={d.date}>
                <th scope="row">{frenchDay(d.date)}</th>
                <td>
                  {d.slots.length === 0
                    ? t('staff.hours.closedDay')
                    : d.slots.map((s) => `${s.from}–${s.to}`).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="staff-form staff-form--inline">
        <button
          type="button"
          className="staff-button"
          disabled={!preview?.ok || unchanged}
          onClick={save}
          data-testid="hours-save"
        >
          {t('staff.hours.save')}
        </button>
      </div>
      {refusal && (
        <p role="alert" className="staff-message">
          {refusal}
        </p>
      )}
      <ClosureForm structure={structure} today={preview?.ok ? preview.days[0]!.date : null} onChanged={onChanged} />
    </section>
  );
}
