import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureCard, StaffPrintView } from '../../../../common/api/contract';
import { call } from '../../api/client';
import { languageInfo } from '../../../../common/locales';
import { paperFormats, type PaperFormat } from '../../../../common/id-patterns';
import { PrintChecklistPage } from '../print/PrintChecklist';
import { useLocales } from '../../i18n/useLocales';
import { useStaff } from './context';

type Outcome = { kind: 'busy' } | { kind: 'done'; view: StaffPrintView } | { kind: 'failed' };

/** Every procedure once, in theme order (a procedure may belong to several themes). */
async function allProcedures(): Promise<ProcedureCard[]> {
  const themes = await call('listThemes', {});
  if (themes.length === 0) return [];
  const lists = await call('listProcedures', { themeIds: themes.map((th) => th.id), lang: 'fr' });
  const seen = new Map<string, ProcedureCard>();
  for (const p of themes.flatMap((th) => lists[th.id] ?? [])) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}

/** Printing for a visitor at the desk: a procedure, one or several languages, a preview, then paper. */
export function PrintPanel() {
  const { t } = useTranslation();
  const staff = useStaff();
  const [procedures, setProcedures] = useState<ProcedureCard[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [id, setId] = useState('');
  const [langs, setLangs] = useState<string[]>([]);
  const [format, setFormat] = useState<PaperFormat>('a4');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    Promise.all([allProcedures(), call('getKioskConfig', {}), staff.call('staffGetSettings', {})]).then(
      ([list, config, settings]) => {
        setProcedures(list);
        setId((current) => current || list[0]?.id || '');
        setLanguages(config.languages);
        setFormat(settings.settings.paperFormat);
      },
      () => setOutcome({ kind: 'failed' }),
    );
  }, [staff]);

  const toggle = (code: string) =>
    setLangs((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code].slice(0, 4)));
  const print = () => {
    setOutcome({ kind: 'busy' });
    staff.call('staffPrintChecklist', { id, langs, format }).then(
      (view) => setOutcome({ kind: 'done', view }),
      () => setOutcome({ kind: 'failed' }),
    );
  };
  const failure = outcome?.kind === 'done' ? outcome.view.results.find((r) => !r.ok) : undefined;

  return (
    <>
      <p className="screen__instruction">{t('staff.print.instruction')}</p>
      <div className="staff-form">
        <label>
          {t('staff.print.procedure')}
          <select value={id} onChange={(e) => setId(e.target.value)} data-testid="print-procedure">
            {procedures.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title.fr}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('staff.print.languages')}</legend>
          <ul className="staff-languages print-languages">
            {languages.map((code) => {
              const info = languageInfo(code);
              return (
                <li key={code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={langs.includes(code)}
                      onChange={() => toggle(code)}
                      data-testid={`print-lang-${code}`}
                    />
                    <span lang={info.tag} dir={info.dir}>
                      {info.endonym}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <fieldset className="staff-form--inline">
          <legend>{t('staff.print.format')}</legend>
          {paperFormats.map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="print-format"
                checked={format === f}
                onChange={() => setFormat(f)}
                data-testid={`print-format-${f}`}
              />
              {t(`staff.print.formats.${f}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <button
        type="button"
        className="staff-button"
        disabled={!id || langs.length === 0 || outcome?.kind === 'busy'}
        onClick={print}
        data-testid="print-go"
      >
        {t('staff.print.print')}
      </button>
      <div role={failure || outcome?.kind === 'failed' ? 'alert' : 'status'} data-testid="print-outcome">
        {outcome?.kind === 'busy' && <p>{t('staff.print.busy')}</p>}
        {outcome?.kind === 'failed' && <p>{t('staff.error')}</p>}
        {outcome?.kind === 'done' && !failure && <p>{t('staff.print.done', { count: outcome.view.results.length })}</p>}
        {failure && <p className="staff-message">{t(staffFailureKey(failure.reason))}</p>}
      </div>
      {id && langs.length === 0 && <p>{t('staff.print.chooseLanguage')}</p>}
      <div className="print-previews">
        {langs.map((lang) => (
          <figure key={`${id}-${lang}-${format}`} className="print-preview" data-testid={`print-preview-${lang}`}>
            <figcaption>
              {t('staff.print.preview')}{' '}
              <span lang={languageInfo(lang).tag} dir={languageInfo(lang).dir}>
                {languageInfo(lang).endonym}
              </span>
            </figcaption>
            <div className={`print-preview__paper print-preview__paper--${format}`}>
              <Preview id={id} lang={lang} format={format} />
            </div>
          </figure>
        ))}
      </div>
    </>
  );
}

/** A sheet's preview, once its language's strings are loaded (each locale file is fetched when first needed). */
function Preview({ id, lang, format }: { id: string; lang: string; format: PaperFormat }) {
  return useLocales(['fr', lang]) ? <PrintChecklistPage request={{ id, lang, format }} /> : null;
}

/** What staff read when a sheet did not come out (a jam has its own words, kept in the printer group). */
export function staffFailureKey(reason: StaffPrintView['results'][number]['reason']): string {
  return reason === 'paper-jam' ? 'printer.staff.paperJam' : `staff.print.failure.${reason ?? 'printer-error'}`;
}
