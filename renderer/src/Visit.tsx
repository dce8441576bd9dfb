import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../main/api/contract';
import { TopBar } from './components/TopBar';
import { useNavigation, type Screen } from './navigation';
import { MapScreen } from './screens/MapScreen';
import { PlaceScreen } from './screens/PlaceScreen';
import { PlacesScreen } from './screens/PlacesScreen';
import { ThemeScreen } from './screens/ThemeScreen';
import { ThemesScreen } from './screens/ThemesScreen';

interface VisitProps {
  themes: ThemeView[];
  onHome: () => void;
}

/** Only the filter fields of a places or map screen (exactOptionalPropertyTypes keeps absent keys absent). */
function filterOf(screen: { procedureId?: string; themeId?: string }) {
  return {
    ...(screen.procedureId ? { procedureId: screen.procedureId } : {}),
    ...(screen.themeId ? { themeId: screen.themeId } : {}),
  };
}

/** One visitor's journey after choosing a language. Unmounting it forgets everything about that visit. */
export function Visit({ themes, onHome }: VisitProps) {
  const { t } = useTranslation();
  const nav = useNavigation({ name: 'themes' });
  const screen: Screen = nav.current;
  const theme = screen.name === 'theme' ? themes.find((th) => th.id === screen.themeId) : undefined;
  const title =
    screen.name === 'places'
      ? t('places.title')
      : screen.name === 'map'
        ? t('places.mapTitle')
        : screen.name === 'place'
          ? t('places.placeTitle')
          : theme
            ? t(`theme.${theme.id}`)
            : t('themes.title');
  const openPlace = (placeId: string) => nav.go({ name: 'place', placeId });
  return (
    <div className="visit">
      <TopBar title={title} onHome={onHome} onBack={nav.canGoBack ? nav.back : undefined} />
      {screen.name === 'places' ? (
        <PlacesScreen
          filter={filterOf(screen)}
          onOpen={openPlace}
          onMap={() => nav.go({ name: 'map', ...filterOf(screen) })}
        />
      ) : screen.name === 'map' ? (
        <MapScreen filter={filterOf(screen)} onOpen={openPlace} />
      ) : screen.name === 'place' ? (
        <PlaceScreen placeId={screen.placeId} />
      ) : theme ? (
        <ThemeScreen theme={theme} onPlaces={() => nav.go({ name: 'places', themeId: theme.id })} />
      ) : (
        <ThemesScreen themes={themes} onChoose={(id) => nav.go({ name: 'theme', themeId: id })} />
      )}
    </div>
  );
}
