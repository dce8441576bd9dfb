import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../../../common/api/contract';
import { Pictogram } from '../../components/Pictogram';

interface ThemesScreenProps {
  themes: ThemeView[];
  onChoose: (id: string) => void;
}

/** The needs a visitor can pick from: the seven DiAir themes plus papers and emergency. */
export function ThemesScreen({ themes, onChoose }: ThemesScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="screen" data-screen="themes">
      <p className="screen__instruction" data-speak-key="themes.instruction">
        {t('themes.instruction')}
      </p>
      <ul className="card-grid">
        {themes.map((theme) => (
          <li key={theme.id}>
            <button
              type="button"
              className="card-button"
              onClick={() => onChoose(theme.id)}
              data-testid={`theme-${theme.id}`}
            >
              <Pictogram code={theme.pictogram} size={112} />
              <span className="card-button__label" data-speak-key={`theme.${theme.id}`}>
                {t(`theme.${theme.id}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
