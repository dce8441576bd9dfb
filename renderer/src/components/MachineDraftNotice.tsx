import { useTranslation } from 'react-i18next';
import { picto } from './pictograms';
import { Pictogram } from './Pictogram';

/**
 * On a visit's first screen in a language no person has reviewed yet (issue 23): "these texts were translated by
 * a machine; ask at the desk if something is unclear", in that language, with the robot, said before the screen's
 * title (`data-screen-preface`, see speech/phrases.ts). The visitor then knows to ask rather than trust a word.
 */
export function MachineDraftNotice() {
  const { t } = useTranslation();
  return (
    <p className="speech-bar__missing" data-screen-preface="" data-testid="machine-draft-notice">
      <Pictogram code={picto.machineTranslated} size={56} />
      <span>{t('a11y.machineTranslated')}</span>
    </p>
  );
}
