import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationCountsView } from '../../../../common/api/translation-contract';
import { sourceLanguage } from '../../../../common/locales';
import { useStaff } from './context';

/** Each language's visitor strings reviewed by a person, fetched once for the settings' language list. */
export function useReviewedCounts(): Record<string, TranslationCountsView> | null {
  const staff = useStaff();
  const [counts, setCounts] = useState<Record<string, TranslationCountsView> | null>(null);
  useEffect(() => {
    staff.call('staffTranslationSummary', {}).then(setCounts, () => setCounts({}));
  }, [staff]);
  return counts;
}

/**
 * How much of a language a person has reviewed (issue 23), beside the choice to offer it: a site can choose to
 * offer only reviewed languages. French is the source; a language with no count says nothing.
 */
export function ReviewedShare({
  code,
  counts,
}: {
  code: string;
  counts: Record<string, TranslationCountsView> | null;
}) {
  const { t } = useTranslation();
  if (code === sourceLanguage) return <span className="staff-reviewed">{t('staff.settings.sourceLanguage')}</span>;
  const c = counts?.[code];
  if (!c || c.total === 0) return null;
  return (
    <span className="staff-reviewed" data-testid={`settings-reviewed-${code}`}>
      {t('staff.settings.reviewedShare', {
        percent: Math.floor((100 * c.reviewed) / c.total),
        reviewed: c.reviewed,
        total: c.total,
      })}
    </span>
  );
}
