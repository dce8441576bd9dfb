import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../../main/api/contract';
import { Pictogram } from '../components/Pictogram';

/** One theme. Its procedures come with the content of later releases; until then, the desk helps. */
export function ThemeScreen({ theme, onPlaces }: { theme: ThemeView; onPlaces: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="screen theme-screen" data-screen="theme">
      <Pictogram code={theme.pictogram} size={160} />
      <p className="screen__instruction">{t('theme.askDesk')}</p>
      <button type="button" className="wide-button" onClick={onPlaces} data-testid="theme-places">
        <Pictogram code="1F4CD" size={72} />
        <span>{t('places.whereToGo')}</span>
      </button>
    </main>
  );
}
