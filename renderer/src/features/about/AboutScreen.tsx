import { useTranslation } from 'react-i18next';
import { picto } from '../../components/pictograms';
import { Pictogram } from '../../components/Pictogram';
import { languageInfo } from '../../../../common/locales';

const lines = ['software', 'pictograms', 'fonts', 'voice', 'hours', 'sources', 'openData'] as const;

/**
 * Licences and attributions (OpenMoji asks for CC BY-SA 4.0 attribution where its pictograms are shown), in `lang`:
 * the language selected on the start screen when it was opened (its strings loaded), else French.
 */
export function AboutScreen({
  lang,
  contentVersion,
  onClose,
}: {
  lang: string;
  contentVersion: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const info = languageInfo(lang);
  const say = (key: string, values: Record<string, string> = {}) => t(key, { ...values, lng: lang });
  return (
    <main className="screen about-screen" data-screen="about" lang={info.tag} dir={info.dir}>
      <h1 className="about-screen__title" data-speak-key="about.title">
        <Pictogram code={picto.about} size={72} />
        <span>{say('about.title')}</span>
      </h1>
      <ul className="about-screen__lines">
        {lines.map((line) => (
          <li key={line} data-speak-key={`about.${line}`} data-testid={`about-${line}`}>
            {say(`about.${line}`)}
          </li>
        ))}
        <li data-testid="about-content">{say('about.content', { version: contentVersion })}</li>
      </ul>
      <button type="button" className="wide-button" onClick={onClose} data-testid="about-close">
        <Pictogram code={picto.back} size={72} className="pictogram pictogram--directional" />
        <span>{say('about.close')}</span>
      </button>
    </main>
  );
}
