import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../main/api/contract';
import { TopBar } from './components/TopBar';
import { useNavigation, type Screen } from './navigation';
import { ChecklistScreen } from './procedures/ChecklistScreen';
import { PlacesPlaceholder, ProcedureScreen } from './procedures/ProcedureScreen';
import { useCall } from './procedures/useCall';
import { ThemeScreen } from './screens/ThemeScreen';
import { ThemesScreen } from './screens/ThemesScreen';
import { countEvent } from './staff/count';

interface VisitProps {
  themes: ThemeView[];
  onHome: () => void;
}

const procedureOf = (screen: Screen) => ('procedureId' in screen ? screen.procedureId : '');

/** One visitor's journey after choosing a language. Unmounting it forgets everything about that visit. */
export function Visit({ themes, onHome }: VisitProps) {
  const { t, i18n } = useTranslation();
  const nav = useNavigation({ name: 'themes' });
  const screen = nav.current;
  const procedureId = procedureOf(screen);
  const procedure = useCall('getProcedure', procedureId ? { id: procedureId, lang: i18n.language } : null);
  const detail = procedureId && procedure.state === 'ready' ? procedure.value : null;
  const theme = screen.name === 'theme' ? themes.find((th) => th.id === screen.themeId) : undefined;

  let title = t('themes.title');
  let body = (
    <ThemesScreen
      themes={themes}
      onChoose={(id) => {
        countEvent({ kind: 'theme', id });
        nav.go({ name: 'theme', themeId: id });
      }}
    />
  );
  if (theme) {
    title = t(`theme.${theme.id}`);
    body = <ThemeScreen theme={theme} onProcedure={(id) => nav.go({ name: 'procedure', procedureId: id })} />;
  } else if (procedureId && !detail) {
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
    title = detail.title.text;
    body = (
      <ProcedureScreen
        procedure={detail}
        onChecklist={() => nav.go({ name: 'checklist', procedureId })}
        onPlaces={() => nav.go({ name: 'places', procedureId })}
      />
    );
  } else if (detail && screen.name === 'checklist') {
    title = t('checklist.title');
    body = <ChecklistScreen procedure={detail} />;
  } else if (detail && screen.name === 'places') {
    title = t('procedure.whereToGo');
    body = <PlacesPlaceholder />;
  }
  return (
    <div className="visit">
      <TopBar title={title} onHome={onHome} onBack={nav.canGoBack ? nav.back : undefined} />
      {body}
    </div>
  );
}
