import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram';

const lines = ['software', 'pictograms', 'fonts', 'voice', 'hours', 'sources', 'openData'] as const;

/** Licences and attributions (OpenMoji asks for CC BY-SA 4.0 attribution where its pictograms are shown). */
export function AboutScreen({ contentVersion, onClose }: { contentVersion: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="screen about-screen" data-screen="about">
      <h1 className="about-screen__title">
        <Pictogram code="2139" size={72} />
        <span>{t('about.title')}</span>
      </h1>
      <ul className="about-screen__lines">
        {lines.map((line) => (
          <li key={line} data-speak-key={`about.${line}`} data-testid={`about-${line}`}>
            {t(`about.${line}`)}
          </li>
        ))}
        <li data-testid="about-content">{t('about.content', { version: contentVersion })}</li>
      </ul>
      <button type="button" className="wide-button" onClick={onClose} data-testid="about-close">
        <Pictogram code="2B05" size={72} className="pictogram pictogram--directional" />
        <span>{t('about.close')}</span>
      </button>
    </main>
  );
}
