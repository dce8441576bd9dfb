import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../common/api/contract';
import { TopBar } from './components/TopBar';
import { useNavigation, type Screen } from './navigation';
import { ChecklistScreen } from './features/procedures/ChecklistScreen';
import { ProcedureScreen } from './features/procedures/ProcedureScreen';
import { useCall } from './api/useCall';
import { MapScreen } from './features/places/MapScreen';
import { PlaceScreen } from './features/places/PlaceScreen';
import { PlacesScreen } from './features/places/PlacesScreen';
import { ThemeScreen } from './features/themes/ThemeScreen';
import { ThemesScreen } from './features/themes/ThemesScreen';
import { countEvent } from './api/count';
import { ScrollArea, ScrollButtons, useScrollArea } from './components/ScrollArea';
import { SpeechBar } from './speech/SpeechBar';

interface VisitProps {
  themes: ThemeView[];
  onHome: () => void;
}

/** The procedure a procedure or checklist screen is about ('' elsewhere). */
const procedureOf = (screen: Screen) =>
  screen.name === 'procedure' || screen.name === 'checklist' ? screen.procedureId : '';

/** Only the filter fields of a places or map screen (exactOptionalPropertyTypes keeps absent keys absent). */
function filterOf(screen: { procedureId?: string; themeId?: string }) {
  return {
    ...(screen.procedureId ? { procedureId: screen.procedureId } : {}),
    ...(screen.themeId ? { themeId: screen.themeId } : {}),
  };
}

/**
 * One visitor's journey after choosing a language, laid out as a kiosk: top bar and speech bar fixed, the screen
 * scrolling between them. Unmounting it forgets everything about that visit.
 */
export function Visit({ themes, onHome }: VisitProps) {
  const { t, i18n } = useTranslation();
  const nav = useNavigation({ name: 'themes' });
  const screen: Screen = nav.current;
  const area = useScrollArea(JSON.stringify(screen));
  const procedureId = procedureOf(screen);
  const procedure = useCall('getProcedure', procedureId ? { id: procedureId, lang: i18n.language } : null);
  const detail = procedureId && procedure.state === 'ready' ? procedure.value : null;
  const theme = screen.name === 'theme' ? themes.find((th) => th.id === screen.themeId) : undefined;
  const openPlace = (placeId: string) => {
    countEvent({ kind: 'structure', id: placeId });
    nav.go({ name: 'place', placeId });
  };
  const openProcedure = (id: string) => {
    countEvent({ kind: 'procedure', id });
    nav.go({ name: 'procedure', procedureId: id });
  };

  // titleKey names the phrase (i18n key or content phrase id) so a recorded clip can speak the title.
  let titleKey: string | undefined = 'themes.title';
  let title = t(titleKey);
  let body = (
    <ThemesScreen
      themes={themes}
      onChoose={(id) => {
        countEvent({ kind: 'theme', id });
        nav.go({ name: 'theme', themeId: id });
      }}
    />
  );
  if (screen.name === 'places') {
    titleKey = 'places.title';
    title = t(titleKey);
    body = (
      <PlacesScreen
        filter={filterOf(screen)}
        onOpen={openPlace}
        onMap={() => nav.go({ name: 'map', ...filterOf(screen) })}
      />
    );
  } else if (screen.name === 'map') {
    titleKey = 'places.mapTitle';
    title = t(titleKey);
    body = <MapScreen filter={filterOf(screen)} onOpen={openPlace} />;
  } else if (screen.name === 'place') {
    titleKey = 'places.placeTitle';
    title = t(titleKey);
    body = <PlaceScreen placeId={screen.placeId} />;
  } else if (theme) {
    titleKey = `theme.${theme.id}`;
    title = t(titleKey);
    body = (
      <ThemeScreen
        theme={theme}
        onProcedure={openProcedure}
        onPlaces={() => nav.go({ name: 'places', themeId: theme.id })}
      />
    );
  } else if (procedureId && !detail) {
    titleKey = undefined;
    title = '';
    body =
      procedure.state === 'failed' ? (
        <main className="screen" data-screen={screen.name} role="alert">
          <p className="screen__instruction">{t('procedure.failed')}</p>
        </main>
      ) : (
        <main className="screen" data-screen={screen.name} aria-busy="true" />
      );
  } else if (detail && screen.name === 'procedure') {
    titleKey = detail.title.key;
    title = detail.title.text;
    body = (
      <ProcedureScreen
        procedure={detail}
        onChecklist={() => nav.go({ name: 'checklist', procedureId })}
        onPlaces={() => nav.go({ name: 'places', procedureId })}
      />
    );
  } else if (detail && screen.name === 'checklist') {
    titleKey = 'checklist.title';
    title = t(titleKey);
    body = <ChecklistScreen procedure={detail} />;
  }
  return (
    <div className="visit">
      <TopBar title={title} titleKey={titleKey} onHome={onHome} onBack={nav.canGoBack ? nav.back : undefined} />
      <ScrollArea area={area}>{body}</ScrollArea>
      <SpeechBar>
        <ScrollButtons area={area} />
      </SpeechBar>
    </div>
  );
}
