import { useTranslation } from 'react-i18next';
import { picto } from '../components/pictograms';
import { Pictogram } from '../components/Pictogram';
import { languageInfo } from '../../../common/locales';
import { bridgeOf } from './bridge';

/**
 * On a visit's first screen in a voiceless language: "the kiosk speaks to you in Dari", in the bridge language
 * and with the speaking head, said before the screen's title (`data-screen-preface`, see speech/phrases.ts).
 */
export function BridgeNotice() {
  const { t, i18n } = useTranslation();
  const bridge = bridgeOf(i18n.language);
  if (!bridge) return null;
  const info = languageInfo(bridge);
  return (
    <p
      className="speech-bar__missing"
      lang={info.tag}
      dir={info.dir}
      data-screen-preface=""
      data-testid="bridge-notice"
    >
      <Pictogram code={picto.otherVoice} size={56} />
      <span>{t('a11y.bridgeLanguage', { lng: bridge, language: info.endonym })}</span>
    </p>
  );
}
