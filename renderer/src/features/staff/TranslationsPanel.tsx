import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationCountsView, TranslationStringView } from '../../../../common/api/contract';
import { languageInfo } from '../../../../common/locales';
import { useStaff } from './context';
import { TranslationReview, StatusBadge } from './TranslationReview';
import './translations.css';

type Filter = 'todo' | 'reviewed' | 'all';
const filters: Filter[] = ['todo', 'reviewed', 'all'];
const keep = (filter: Filter) => (s: TranslationStringView) =>
  filter === 'all' || (filter === 'reviewed') === (s.status === 'reviewed');

/**
 * Translations, per language: how many strings are reviewed, machine drafts and outdated, the list of them, and
 * the review of one string (French, context, spoken form, mark correct or type a correction).
 */
export function TranslationsPanel() {
  const { t } = useTranslation();
  const staff = useStaff();
  const [summary, setSummary] = useState<Record<string, TranslationCountsView>>({});
  const [lang, setLang] = useState<string | null>(null);
  const [strings, setStrings] = useState<TranslationStringView[]>([]);
  const [filter, setFilter] = useState<Filter>('todo');
  const [key, setKey] = useState<string | null>(null);
  const [reviewer, setReviewer] = useState('');

  const loadSummary = useCallback(() => {
    staff.call('staffTranslationSummary', {}).then(setSummary, () => setSummary({}));
  }, [staff]);
  useEffect(loadSummary, [loadSummary]);
  useEffect(() => {
    if (lang) staff.call('staffListTranslations', { lang }).then(setStrings, () => setStrings([]));
  }, [staff, lang]);

  const saved = (s: TranslationStringView) => {
    setStrings((list) => list.map((x) => (x.key === s.key ? s : x)));
    loadSummary();
  };
  const shown = strings.filter(keep(filter));
  const current = strings.find((s) => s.key === key) ?? null;

  return (
    <>
      <p className="screen__instruction">{t('staff.translations.instruction')}</p>
      <div className="staff-form">
        <label>
          {t('staff.translations.reviewer')}
          <input
            value={reviewer}
            onChange={(e) => setReviewer(e.target.value)}
            autoComplete="off"
            data-testid="translations-reviewer"
          />
        </label>
      </div>
      <table className="translations-summary" data-testid="translations-summary">
        <caption>{t('staff.translations.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.translations.language')}</th>
            <th scope="col">{t('staff.translations.status.reviewed')}</th>
            <th scope="col">{t('staff.translations.status.machine-draft')}</th>
            <th scope="col">{t('staff.translations.status.outdated')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(summary).map(([code, c]) => (
            <tr key={code} data-testid={`translations-row-${code}`}>
              <th scope="row">
                <button
                  type="button"
                  className="staff-small"
                  aria-pressed={lang === code}
                  onClick={() => (setLang(code), setKey(null))}
                  data-testid={`translations-lang-${code}`}
                >
                  <span lang={languageInfo(code).tag} dir={languageInfo(code).dir}>
                    {languageInfo(code).endonym}
                  </span>{' '}
                  ({code})
                </button>
              </th>
              <td data-testid={`translations-reviewed-${code}`}>{c.reviewed}</td>
              <td>{c.machineDraft}</td>
              <td>{c.outdated}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lang && current && (
        <TranslationReview
          key={`${lang}:${current.key}`}
          lang={lang}
          string={current}
          reviewer={reviewer}
          onSaved={saved}
        />
      )}
      {lang && (
        <section aria-labelledby="translations-list-title">
          <h2 id="translations-list-title">{t('staff.translations.list', { lang: languageInfo(lang).endonym })}</h2>
          <div className="staff-form staff-form--inline" role="group" aria-label={t('staff.translations.filter')}>
            {filters.map((f) => (
              <button
                key={f}
                type="button"
                className="staff-small"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
                data-testid={`translations-filter-${f}`}
              >
                {t(`staff.translations.filters.${f}`)}
              </button>
            ))}
          </div>
          <ul className="staff-list translations-list">
            {shown.map((s) => (
              <li key={s.key}>
                <button
                  type="button"
                  className="staff-small translations-item"
                  aria-pressed={key === s.key}
                  onClick={() => setKey(s.key)}
                  data-testid={`translations-item-${s.key}`}
                >
                  <StatusBadge status={s.status} />
                  <span lang={languageInfo(lang).tag} dir={languageInfo(lang).dir}>
                    {s.text}
                  </span>
                  <span className="translations-item__key">{s.key}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
