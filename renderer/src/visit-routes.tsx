import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { ProcedureDetail, ThemeView } from '../../common/api/contract';
import type { Loaded } from './api/useCall';
import type { Navigation, Screen } from './navigation';
import { ChecklistScreen } from './features/procedures/ChecklistScreen';
import { ProcedureScreen } from './features/procedures/ProcedureScreen';
import { MapScreen } from './features/places/MapScreen';
import { PlaceScreen } from './features/places/PlaceScreen';
import { PlacesScreen } from './features/places/PlacesScreen';
import { ThemeScreen } from './features/themes/ThemeScreen';
import { ThemesScreen } from './features/themes/ThemesScreen';
import type { ProcedureLists } from './features/themes/procedure-lists';
import type { ProcedureDetails } from './features/procedures/procedure-details';
import { countEvent } from './api/count';
import { CallFailed } from './components/CallFailed';

/** What a route shows: its title (with the phrase key a recorded clip can speak it by) and its body. */
export interface RouteView {
  titleKey: string | undefined;
  title: string;
  body: ReactNode;
}

export interface RouteContext {
  t: TFunction;
  nav: Navigation;
  themes: ThemeView[];
  /** Every theme's procedures, asked once per visit. */
  procedureLists: ProcedureLists;
  /** Procedures asked for ahead (a theme screen's, once it is painted). */
  details: ProcedureDetails;
  /** The procedure the procedure and checklist screens are about, as its call stands. */
  procedure: Loaded<ProcedureDetail>;
}

type Route<N extends Screen['name']> = (screen: Extract<Screen, { name: N }>, ctx: RouteContext) => RouteView;

/** The procedure a procedure or checklist screen is about ('' elsewhere). */
export const procedureOf = (screen: Screen) =>
  screen.name === 'procedure' || screen.name === 'checklist' ? screen.procedureId : '';

/** Only the filter fields of a places or map screen (exactOptionalPropertyTypes keeps absent keys absent). */
export function filterOf(screen: { procedureId?: string; themeId?: string }) {
  return {
    ...(screen.procedureId ? { procedureId: screen.procedureId } : {}),
    ...(screen.themeId ? { themeId: screen.themeId } : {}),
  };
}

const titled = (t: TFunction, titleKey: string, body: ReactNode): RouteView => ({ titleKey, title: t(titleKey), body });

function openPlace(nav: Navigation, placeId: string) {
  countEvent({ kind: 'structure', id: placeId });
  nav.go({ name: 'place', placeId });
}

/** While the procedure loads, or when it failed: no title, a busy or alerting screen. */
function procedurePending(screen: Screen, { procedure }: RouteContext): RouteView {
  const body =
    procedure.state === 'failed' ? (
      <CallFailed screen={screen.name} code={procedure.code} />
    ) : (
      <main className="screen" data-screen={screen.name} aria-busy="true" />
    );
  return { titleKey: undefined, title: '', body };
}

const themesRoute: Route<'themes'> = (_screen, { t, nav, themes }) =>
  titled(
    t,
    'themes.title',
    <ThemesScreen
      themes={themes}
      onChoose={(id) => {
        countEvent({ kind: 'theme', id });
        nav.go({ name: 'theme', themeId: id });
      }}
    />,
  );

/** One entry per screen of a visit: Visit renders whichever the navigation stack has on top. */
export const visitRoutes: { [N in Screen['name']]: Route<N> } = {
  themes: themesRoute,
  theme: (screen, ctx) => {
    const theme = ctx.themes.find((th) => th.id === screen.themeId);
    if (!theme) return themesRoute({ name: 'themes' }, ctx);
    const openProcedure = (id: string) => {
      countEvent({ kind: 'procedure', id });
      ctx.nav.go({ name: 'procedure', procedureId: id });
    };
    return titled(
      ctx.t,
      `theme.${theme.id}`,
      <ThemeScreen
        theme={theme}
        lists={ctx.procedureLists}
        onCards={ctx.details.ahead}
        onProcedure={openProcedure}
        onPlaces={() => ctx.nav.go({ name: 'places', themeId: theme.id })}
      />,
    );
  },
  procedure: (screen, ctx) => {
    if (ctx.procedure.state !== 'ready') return procedurePending(screen, ctx);
    const detail = ctx.procedure.value;
    return {
      titleKey: detail.title.key,
      title: detail.title.text,
      body: (
        <ProcedureScreen
          procedure={detail}
          onChecklist={() => ctx.nav.go({ name: 'checklist', procedureId: screen.procedureId })}
          onPlaces={() => ctx.nav.go({ name: 'places', procedureId: screen.procedureId })}
        />
      ),
    };
  },
  checklist: (screen, ctx) =>
    ctx.procedure.state === 'ready'
      ? titled(ctx.t, 'checklist.title', <ChecklistScreen procedure={ctx.procedure.value} />)
      : procedurePending(screen, ctx),
  places: (screen, { t, nav }) =>
    titled(
      t,
      'places.title',
      <PlacesScreen
        filter={filterOf(screen)}
        onOpen={(id) => openPlace(nav, id)}
        onMap={() => nav.go({ name: 'map', ...filterOf(screen) })}
      />,
    ),
  map: (screen, { t, nav }) =>
    titled(t, 'places.mapTitle', <MapScreen filter={filterOf(screen)} onOpen={(id) => openPlace(nav, id)} />),
  place: (screen, { t }) => titled(t, 'places.placeTitle', <PlaceScreen placeId={screen.placeId} />),
};

export function routeView(screen: Screen, ctx: RouteContext): RouteView {
  return (visitRoutes[screen.name] as Route<Screen['name']>)(screen as never, ctx);
}
