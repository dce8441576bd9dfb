import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  staffClosureReasons,
  type StaffClosureReason,
  type StaffStructureView,
} from '../../../../common/api/staff-contract';
import { useStaff } from './context';

/**
 * A temporary closure: dates and a reason picked from a fixed list. Each reason is a translated visitor phrase,
 * so no free text (untranslated, or personal) can reach a visitor's screen.
 */
export function ClosureForm({
  structure,
  today,
  onChanged,
}: {
  structure: StaffStructureView;
  today: string | null;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const staff = useStaff();
  const current = structure.temporaryClosure;
  const [from, setFrom] = useState(current?.from ?? '');
  const [until, setUntil] = useState(current?.until ?? '');
  const [reason, setReason] = useState<StaffClosureReason>(
    (staffClosureReasons as readonly string[]).includes(current?.reason ?? '')
      ? (current!.reason as StaffClosureReason)
      : 'closure.temporary',
  );
  const [refusal, setRefusal] = useState<string | null>(null);

  const send = (closure: { from: string; until: string | null; reason: StaffClosureReason } | null) => {
    setRefusal(null);
    staff.call('staffSetClosure', { structureId: structure.id, closure }).then(
      (r) =>
        r.ok
          ? onChanged(t(closure ? 'staff.hours.closureSaved' : 'staff.hours.closureCleared', { name: structure.name }))
          : setRefusal(r.message),
      () => setRefusal(t('staff.hours.closureInvalid')),
    );
  };
  const start = from || today || '';
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(start) && (until === '' || until >= start);

  return (
    <fieldset className="staff-form hours-closure" data-testid="hours-closure">
      <legend>{t('staff.hours.closure')}</legend>
      {current ? (
        <p data-testid="hours-closure-current">
          {t('staff.hours.closureCurrent', {
            from: current.from,
            until: current.until ?? t('staff.hours.noEnd'),
          })}{' '}
          ({t(`staff.hours.reasons.${current.reason.replace('closure.', '')}`, { defaultValue: current.reason })})
        </p>
      ) : (
        <p>{t('staff.hours.noClosure')}</p>
      )}
      <div className="staff-form staff-form--inline">
        <label>
          {t('staff.hours.from')}
          <input type="date" value={start} onChange={(e) => setFrom(e.target.value)} data-testid="hours-closure-from" />
        </label>
        <label>
          {t('staff.hours.until')}
          <input
            type="date"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
            data-testid="hours-closure-until"
          />
        </label>
        <label>
          {t('staff.hours.reason')}
          <select
            value={reason}
            onChange={(e) => setReason(e.target.value as StaffClosureReason)}
            data-testid="hours-closure-reason"
          >
            {staffClosureReasons.map((id) => (
              <option key={id} value={id}>
                {t(`staff.hours.reasons.${id.replace('closure.', '')}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="staff-hint">{t('staff.hours.reasonHint')}</p>
      <div className="staff-form staff-form--inline">
        <button
          type="button"
          className="staff-button"
          disabled={!valid}
          onClick={() => send({ from: start, until: until === '' ? null : until, reason })}
          data-testid="hours-closure-set"
        >
          {t('staff.hours.closureSet')}
        </button>
        {current && (
          <button type="button" className="staff-button" onClick={() => send(null)} data-testid="hours-closure-clear">
            {t('staff.hours.closureClear')}
          </button>
        )}
      </div>
      {refusal && (
        <p role="alert" className="staff-message">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}
