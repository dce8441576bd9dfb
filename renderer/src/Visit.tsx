import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../main/api/contract';
import { TopBar } from './components/TopBar';
import { useNavigation } from './navigation';
import { ThemeScreen } from './screens/ThemeScreen';
import { ThemesScreen } from './screens/ThemesScreen';
import { countEvent } from './staff/count';

interface VisitProps {
  themes: ThemeView[];
  onHome: () => void;
}

/** One visitor's journey after choosing a language. Unmounting it forgets everything about that visit. */
export function Visit({ themes, onHome }: VisitProps) {
  const { t } = useTranslation();
  const nav = useNavigation({ name: 'themes' });
  const screen = nav.current;
  const theme = screen.name === 'theme' ? themes.find((th) => th.id === screen.themeId) : undefined;
  const title = theme ? t(`theme.${theme.id}`) : t('themes.title');
  return (
    <div className="visit">
      <TopBar title={title} onHome={onHome} onBack={nav.canGoBack ? nav.back : undefined} />
      {theme ? (
        <ThemeScreen theme={theme} />
      ) : (
        <ThemesScreen
          themes={themes}
          onChoose={(id) => {
            countEvent({ kind: 'theme', id });
            nav.go({ name: 'theme', themeId: id });
          }}
        />
      )}
    </div>
  );
}
