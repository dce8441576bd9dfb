import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationProblemView, TranslationStringView } from '../../../../common/api/contract';
import { languageInfo } from '../../../../common/locales';
import { speech, type SpeechSource } from '../../speech/engine';
import { useStaff } from './context';

// Status is never told by colour alone: a sign and a word.
const signs: Record<TranslationStringView['status'], string> = {
  reviewed: '✓',
  'machine-draft': '✎',
  outdated: '⟳',
};

export function StatusBadge({ status }: { status: TranslationStringView['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`translation-status translation-status--${status}`} data-status={status}>
      <span aria-hidden="true">{signs[status]}</span> {t(`staff.translations.status.${status}`)}
    </span>
  );
}

/** The key without its domain: the clip name a recorded voice for this string has (see services/clips). */
const clipKey = (key: string) => key.slice(key.indexOf(':') + 1);

/** About where the string appears, drawn at the kiosk's own sizes: a big button, a heading or a sentence. */
function Preview({ string, text, lang }: { string: TranslationStringView; text: string; lang: string }) {
  const info = languageInfo(lang);
  const kind = string.context.kind;
  return (
    <div className="translation-preview" lang={info.tag} dir={info.dir} data-testid="translation-preview">
      {kind === 'button' ? (
        <span className="translation-preview__button">{text}</span>
      ) : kind === 'title' ? (
        <span className="translation-preview__title">{text}</span>
      ) : (
        <span className="translation-preview__text">{text}</span>
      )}
    </div>
  );
}

type Outcome =
  { kind: 'idle' } | { kind: 'saved' } | { kind: 'refused'; problems: TranslationProblemView[] } | { kind: 'failed' };

/** One string under review: French, context, preview, spoken form; mark it correct or type a correction. */
export function TranslationReview(props: {
  lang: string;
  string: TranslationStringView;
  reviewer: string;
  onSaved: (s: TranslationStringView) => void;
}) {
  const { t } = useTranslation();
  const staff = useStaff();
  const { lang, string: s } = props;
  const info = languageInfo(lang);
  const [draft, setDraft] = useState(s.text);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [heard, setHeard] = useState<SpeechSource | null>(null);
  const signed = props.reviewer.trim().length >= 3;
  // Opened from a long list below: bring the review into view.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.scrollIntoView({ block: 'start' });
  }, []);

  const listen = () => {
    speech.unlock();
    // The text as typed: a correction is heard before it is saved. Unchanged, a recorded clip may play.
    const phrase = draft === s.text ? { text: draft, lang, key: clipKey(s.key) } : { text: draft, lang };
    void speech.speak([phrase]).then((sources) => setHeard(sources[0] ?? 'none'));
  };
  const save = (text: string | null) => {
    staff.call('staffReviewTranslation', { lang, key: s.key, text, reviewer: props.reviewer.trim() }).then(
      (r) => {
        if (!r.ok) return setOutcome({ kind: 'refused', problems: r.problems });
        setOutcome({ kind: 'saved' });
        props.onSaved(r.string);
      },
      () => setOutcome({ kind: 'failed' }),
    );
  };
  const c = s.context;
  return (
    <section
      ref={section}
      className="translation-review"
      aria-labelledby="translation-review-title"
      data-testid="translation-review"
    >
      <h2 id="translation-review-title">
        {t('staff.translations.reviewTitle')} <StatusBadge status={s.status} />
      </h2>
      <p className="translations-item__key">{s.key}</p>
      <dl className="translation-facts">
        <dt>{t('staff.translations.french')}</dt>
        <dd lang="fr" dir="ltr" data-testid="translation-french">
          {s.fr}
        </dd>
        <dt>{t('staff.translations.where')}</dt>
        <dd data-testid="translation-where">
          {t(`staff.translations.areas.${c.area}`)}
          {c.spoken && ` — ${t('staff.translations.spoken')}`}
          {c.printed && ` — ${t('staff.translations.printed')}`}
          {c.maxLength !== null && ` — ${t('staff.translations.maxLength', { count: c.maxLength })}`}
        </dd>
        {c.source && (
          <>
            <dt>{t('staff.translations.source')}</dt>
            <dd>{c.source}</dd>
          </>
        )}
        {s.reviewedBy && (
          <>
            <dt>{t('staff.translations.reviewedBy')}</dt>
            <dd>
              {s.reviewedBy}, {s.reviewedOn}
            </dd>
          </>
        )}
      </dl>
      <Preview string={s} text={draft} lang={lang} />
      <div className="staff-form">
        <label>
          {t('staff.translations.text')}
          <textarea
            value={draft}
            onChange={(e) => (setDraft(e.target.value), setOutcome({ kind: 'idle' }))}
            lang={info.tag}
            dir={info.dir}
            rows={3}
            data-testid="translation-text"
          />
        </label>
      </div>
      <div className="staff-form staff-form--inline">
        <button type="button" className="staff-button" onClick={listen} data-testid="translation-listen">
          <span aria-hidden="true">🔊</span> {t('staff.translations.listen')}
        </button>
        <button
          type="button"
          className="staff-button"
          disabled={!signed || draft !== s.text}
          onClick={() => save(null)}
          data-testid="translation-correct"
        >
          <span aria-hidden="true">✓</span> {t('staff.translations.correct')}
        </button>
        <button
          type="button"
          className="staff-button"
          disabled={!signed || draft === s.text}
          onClick={() => save(draft)}
          data-testid="translation-save"
        >
          <span aria-hidden="true">✎</span> {t('staff.translations.save')}
        </button>
      </div>
      {!signed && <p data-testid="translation-sign">{t('staff.translations.signFirst')}</p>}
      <p role="status" data-testid="translation-heard">
        {heard && t(`staff.translations.heard.${heard}`)}
      </p>
      <div role="alert" data-testid="translation-outcome">
        {outcome.kind === 'saved' && <p>{t('staff.translations.saved')}</p>}
        {outcome.kind === 'failed' && <p>{t('staff.translations.failed')}</p>}
        {outcome.kind === 'refused' && (
          <>
            <p>{t('staff.translations.refused')}</p>
            <ul>
              {outcome.problems.map((p) => (
                <li key={`${p.key}:${p.code}`} data-problem={p.code}>
                  {p.key} : {t(`staff.translations.problems.${p.code}`, p.values ?? {})}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
