import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../common/api/contract';
import { TopBar } from './components/TopBar';
import { useNavigation } from './navigation';
import { useCall } from './api/useCall';
import { procedureOf, routeView } from './visit-routes';
import { ScrollArea, ScrollButtons, useScrollArea } from './components/ScrollArea';
import { SpeechBar } from './speech/SpeechBar';

interface VisitProps {
  themes: ThemeView[];
  onHome: () => void;
}

/**
 * One visitor's journey after choosing a language, laid out as a kiosk: top bar and speech bar fixed, the screen
 * scrolling between them. Unmounting it forgets everything about that visit.
 */
export function Visit({ themes, onHome }: VisitProps) {
  const { t, i18n } = useTranslation();
  const nav = useNavigation({ name: 'themes' });
  const area = useScrollArea(JSON.stringify(nav.current));
  const procedureId = procedureOf(nav.current);
  const procedure = useCall('getProcedure', procedureId ? { id: procedureId, lang: i18n.language } : null);
  // The route table (visit-routes.tsx) decides the title and body of the screen on top of the stack.
  const { titleKey, title, body } = routeView(nav.current, { t, nav, themes, procedure });
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
