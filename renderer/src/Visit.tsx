import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../main/api/contract';
import { TopBar } from './components/TopBar';
import { useNavigation } from './navigation';
import { ThemeScreen } from './screens/ThemeScreen';
import { ThemesScreen } from './screens/ThemesScreen';

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
  const titleKey = theme ? `theme.${theme.id}` : 'themes.title';
  const title = t(titleKey);
  return (
    <div className="visit">
      <TopBar title={title} titleKey={titleKey} onHome={onHome} onBack={nav.canGoBack ? nav.back : undefined} />
      {theme ? (
        <ThemeScreen theme={theme} />
      ) : (
        <ThemesScreen themes={themes} onChoose={(id) => nav.go({ name: 'theme', themeId: id })} />
      )}
    </div>
  );
}
