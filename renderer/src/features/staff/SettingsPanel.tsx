import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../../common/api/contract';
import { languageInfo } from '../../../../common/locales';
import { useStaff } from './context';
import { PinChange } from './PinChange';
import { staffFailureKey } from './failure';
import { PrinterChoice } from './PrinterChoice';
import { ReviewedShare, useReviewedCounts } from './ReviewedShare';
import { BridgeLanguagesField } from './BridgeLanguagesField';

type Loaded = {
  settings: SettingsView;
  territories: { id: string; name: string }[];
  locales: string[];
  bridges: Partial<Record<string, string | null>>;
};
type Result =
  | { kind: 'saved' }
  | { kind: 'refused'; problems: { field: string; message: string }[] }
  | { kind: 'failed'; key: string };

/** Numbers typed by staff: an empty or unreadable field is sent as text so main refuses it with its field name. */
const num = (text: string): number | string =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

/** Kiosk settings. Every value is checked in main (settingsSchema); a refusal names the field and the rule. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const staff = useStaff();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [languages, setLanguages] = useState<string[]>([]);
  const [bridges, setBridges] = useState<Partial<Record<string, string | null>>>({});
  const [result, setResult] = useState<Result | null>(null);
  const reviewed = useReviewedCounts();

  useEffect(() => {
    staff.call('staffGetSettings', {}).then(
      (l) => {
        setLoaded(l);
        const s = l.settings;
        setLanguages(s.languages);
        setBridges(l.bridges);
        setDraft({
          territory: s.territory ?? '',
          lat: s.position ? String(s.position.lat) : '',
          lon: s.position ? String(s.position.lon) : '',
          idleTimeoutSeconds: String(s.idleTimeoutSeconds),
          speechRate: String(s.speechRate),
          volume: String(s.volume),
          printerName: s.printerName ?? '',
          paperFormat: s.paperFormat,
        });
      },
      (err: unknown) => setResult({ kind: 'failed', key: staffFailureKey(err) }),
    );
  }, [staff]);

  if (!loaded) return result?.kind === 'failed' ? <p role="alert">{t(result.key)}</p> : null;
  // An edit makes the last "saved" or "refused" stale: it goes until the next save answers.
  const set = (key: string) => (e: { target: { value: string } }) => {
    setResult(null);
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  };
  const move = (code: string, by: number) => {
    setResult(null);
    setLanguages((list) => {
      const i = list.indexOf(code);
      const j = i + by;
      if (i < 0 || j < 0 || j >= list.length) return list;
      const next = [...list];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  };
  const toggle = (code: string) => {
    setResult(null);
    setLanguages((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]));
  };

  const save = () => {
    const patch: Record<string, unknown> = {
      languages,
      idleTimeoutSeconds: num(draft.idleTimeoutSeconds!),
      speechRate: num(draft.speechRate!),
      volume: num(draft.volume!),
      printerName: draft.printerName!.trim() === '' ? null : draft.printerName!.trim(),
      paperFormat: draft.paperFormat,
      bridgeLanguages: bridges,
    };
    if (draft.territory) patch.territory = draft.territory;
    if (draft.lat!.trim() !== '' || draft.lon!.trim() !== '')
      patch.position = { lat: num(draft.lat!), lon: num(draft.lon!) };
    staff.call('staffSaveSettings', { patch }).then(
      (r) => setResult(r.ok ? { kind: 'saved' } : { kind: 'refused', problems: r.problems }),
      (err: unknown) => setResult({ kind: 'failed', key: staffFailureKey(err) }),
    );
  };
  const fieldLabel = (field: string) => {
    const key = field.split('.')[0]!;
    return [
      'territory',
      'position',
      'languages',
      'idleTimeoutSeconds',
      'speechRate',
      'volume',
      'printerName',
      'paperFormat',
      'bridgeLanguages',
    ].includes(key)
      ? t(`staff.settings.${key}`)
      : field;
  };

  return (
    <>
      <p className="screen__instruction">{t('staff.settings.instruction')}</p>
      <form className="staff-form" onSubmit={(e) => (e.preventDefault(), save())}>
        <label>
          {t('staff.settings.territory')}
          <select value={draft.territory} onChange={set('territory')} data-testid="settings-territory">
            <option value="">{t('staff.settings.defaultTerritory')}</option>
            {loaded.territories.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {tr.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('staff.settings.position')}</legend>
          <NumberField label={t('staff.settings.lat')} value={draft.lat!} onChange={set('lat')} testId="settings-lat" />
          <NumberField label={t('staff.settings.lon')} value={draft.lon!} onChange={set('lon')} testId="settings-lon" />
        </fieldset>
        <NumberField
          label={t('staff.settings.idleTimeoutSeconds')}
          value={draft.idleTimeoutSeconds!}
          onChange={set('idleTimeoutSeconds')}
          testId="settings-idle"
          whole
        />
        <NumberField
          label={t('staff.settings.speechRate')}
          value={draft.speechRate!}
          onChange={set('speechRate')}
          testId="settings-rate"
        />
        <NumberField
          label={t('staff.settings.volume')}
          value={draft.volume!}
          onChange={set('volume')}
          testId="settings-volume"
        />
        <PrinterChoice
          value={draft.printerName!}
          format={draft.paperFormat!}
          onChange={(value) => setDraft((d) => ({ ...d, printerName: value }))}
        />
        <label>
          {t('staff.settings.paperFormat')}
          <select value={draft.paperFormat} onChange={set('paperFormat')} data-testid="settings-paper">
            <option value="a4">{t('staff.settings.a4')}</option>
            <option value="receipt">{t('staff.settings.receipt')}</option>
          </select>
        </label>
        <BridgeLanguagesField value={bridges} onChange={(value) => (setResult(null), setBridges(value))} />
        <fieldset>
          <legend>{t('staff.settings.languages')}</legend>
          <ul className="staff-languages">
            {[...languages, ...loaded.locales.filter((c) => !languages.includes(c))].map((code) => {
              const info = languageInfo(code);
              const on = languages.includes(code);
              return (
                <li key={code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={() => toggle(code)}
                      data-testid={`settings-lang-${code}`}
                    />
                    <span lang={info.tag} dir={info.dir}>
                      {info.endonym}
                    </span>{' '}
                    ({code}) <ReviewedShare code={code} counts={reviewed} />
                  </label>
                  <button type="button" className="staff-small" disabled={!on} onClick={() => move(code, -1)}>
                    {t('staff.settings.up')}
                  </button>
                  <button type="button" className="staff-small" disabled={!on} onClick={() => move(code, 1)}>
                    {t('staff.settings.down')}
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <button type="submit" className="staff-button" data-testid="settings-save">
          {t('staff.settings.save')}
        </button>
      </form>
      <div role="status" data-testid="settings-result">
        {result?.kind === 'saved' && <p>{t('staff.settings.saved')}</p>}
        {result?.kind === 'failed' && <p>{t(result.key)}</p>}
        {result?.kind === 'refused' && (
          <>
            <p>{t('staff.settings.refused')}</p>
            <ul>
              {result.problems.map((p) => (
                <li key={p.field + p.message}>
                  {fieldLabel(p.field)} : {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <PinChange />
    </>
  );
}

/** A number typed on the touch keyboard: main checks it (a field left empty or unreadable is refused by name). */
function NumberField(props: {
  label: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  testId: string;
  whole?: boolean;
}) {
  return (
    <label>
      {props.label}
      <input
        inputMode={props.whole ? 'numeric' : 'decimal'}
        value={props.value}
        onChange={props.onChange}
        data-testid={props.testId}
      />
    </label>
  );
}
