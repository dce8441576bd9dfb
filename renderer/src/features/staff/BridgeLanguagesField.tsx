import { useTranslation } from 'react-i18next';
import { languageInfo, supportedLocales } from '../../../../common/locales';
import { espeakVoiceFor } from '../../../../common/speech/espeak-engine';

const voiceless = supportedLocales.filter((code) => !espeakVoiceFor(code));
const voiced = supportedLocales.filter((code) => espeakVoiceFor(code));

/**
 * Per language without a voice (ps, ff): the language its phrases are said in where no clip exists, or none.
 * Sent whole as the `bridgeLanguages` setting (null for a language staff turned off).
 */
export function BridgeLanguagesField(props: {
  value: Partial<Record<string, string | null>>;
  onChange: (value: Partial<Record<string, string | null>>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('staff.settings.bridgeLanguages')}</legend>
      {voiceless.map((code) => {
        const info = languageInfo(code);
        return (
          <label key={code}>
            <span lang={info.tag} dir={info.dir}>
              {info.endonym}
            </span>{' '}
            ({code})
            <select
              value={props.value[code] ?? ''}
              onChange={(e) => props.onChange({ ...props.value, [code]: e.target.value || null })}
              data-testid={`settings-bridge-${code}`}
            >
              <option value="">{t('staff.settings.noBridge')}</option>
              {voiced.map((bridge) => (
                <option key={bridge} value={bridge}>
                  {languageInfo(bridge).endonym} ({bridge})
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
