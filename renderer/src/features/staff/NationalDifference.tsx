import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffStructureView } from '../../../../common/api/contract';
import { staffFailureKey } from './failure';
import { useStaff } from './context';

/**
 * Where the content and the national list of France Services disagree for one structure (name, phone, each
 * weekday), and the choice staff make after checking with the structure: keep the content's hours or take
 * the national list's. Confirming removes the visitors' "hours may have changed" warning.
 */
export function NationalDifference({
  structure,
  onChanged,
}: {
  structure: StaffStructureView;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const staff = useStaff();
  const [refusal, setRefusal] = useState<string | null>(null);
  if (structure.national.length === 0) return null;
  const confirm = (version: string) => {
    setRefusal(null);
    staff.call('staffConfirmHours', { structureId: structure.id, version }).then(
      (r) => (r.ok ? onChanged(t('staff.national.confirmed', { date: r.confirmedOn })) : setRefusal(r.message)),
      (err: unknown) => setRefusal(t(staffFailureKey(err))),
    );
  };
  const field = (f: string) => (f === 'name' || f === 'phone' ? t(`staff.national.${f}`) : f);
  return (
    <section
      className="national-difference"
      aria-labelledby="national-difference-title"
      data-testid="national-difference"
    >
      <h3 id="national-difference-title">{t('staff.national.title')}</h3>
      <p data-testid="national-status">
        {structure.hoursConfirmed
          ? structure.confirmedOn
            ? t('staff.national.confirmedOn', { date: structure.confirmedOn })
            : t('staff.national.agree')
          : t('staff.national.differ')}
      </p>
      {structure.national.map((n) => (
        <div key={n.id}>
          <table className="hours-preview" data-testid={`national-${n.id}`}>
            <caption lang="fr">
              {n.name} — {n.source}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.national.field')}</th>
                <th scope="col">{t('staff.national.content')}</th>
                <th scope="col">{t('staff.national.list')}</th>
              </tr>
            </thead>
            <tbody>
              {n.differences.map((d) => (
                <tr key={d.field}>
                  <th scope="row">{field(d.field)}</th>
                  <td dir="ltr">{d.content}</td>
                  <td dir="ltr">{d.national}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {n.hours !== null && n.hours !== structure.hours && (
            <button
              type="button"
              className="staff-button"
              onClick={() => confirm(n.id)}
              data-testid={`national-take-${n.id}`}
            >
              {t('staff.national.take')} <code dir="ltr">{n.hours}</code>
            </button>
          )}
        </div>
      ))}
      {!structure.hoursConfirmed && (
        <button
          type="button"
          className="staff-button"
          onClick={() => confirm('content')}
          data-testid="national-keep-content"
        >
          {t('staff.national.keep')}
        </button>
      )}
      {refusal && (
        <p role="alert" className="staff-message">
          {refusal}
        </p>
      )}
    </section>
  );
}
