import { useTranslation } from 'react-i18next';
import { Pictogram } from '../components/Pictogram';
import { languageInfo } from '../i18n/languages';

interface StartScreenProps {
  languages: string[];
  onChoose: (code: string) => void;
}

/** The attract screen: one big button per language, each written in that language and script. */
export function StartScreen({ languages, onChoose }: StartScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="screen start-screen" data-screen="start">
      <div className="start-screen__brand">
        <Pictogram code="1F310" size={120} />
        <h1>{t('app.name')}</h1>
        <p className="start-screen__hint">{t('start.instruction')}</p>
      </div>
      <ul className="language-grid" aria-label={t('start.languagesLabel')}>
        {languages.map((code) => {
          const info = languageInfo(code);
          return (
            <li key={code}>
              <button
                type="button"
                className="language-button"
                lang={info.tag}
                dir={info.dir}
                onClick={() => onChoose(code)}
                data-testid={`language-${code}`}
              >
                <Pictogram code="1F5E3" size={72} />
                <span className="language-button__name">{info.endonym}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
