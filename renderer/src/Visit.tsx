import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BridgeNotice } from './bridge/BridgeNotice';
import { MachineDraftNotice } from './components/MachineDraftNotice';
import type { ProcedureDetail, ThemeView } from '../../common/api/contract';
import { TopBar } from './components/TopBar';
import { useNavigation, type Screen } from './navigation';
import { useCall, type Loaded } from './api/useCall';
import { useProcedureDetails } from './features/procedures/procedure-details';
import { procedureOf, routeView } from './visit-routes';
import { ScrollArea, ScrollButtons, useScrollArea } from './components/ScrollArea';
import { SpeechBar } from './speech/SpeechBar';
import { afterFrame } from './after-paint';
import { useProcedureLists } from './features/themes/procedure-lists';

interface VisitProps {
  themes: ThemeView[];
  onHome: () => void;
  /** Opened from the start screen's emergency entry: the visit starts on the emergency numbers. */
  opening?: 'themes' | 'emergency';
  /** The language is still all machine drafts: its first screen says so, once. */
  machineDraft?: boolean;
}

const emergencyScreen = { name: 'theme', themeId: 'emergency' } as const;

/**
 * One visitor's journey after choosing a language, laid out as a kiosk: top bar and speech bar fixed, the screen
 * scrolling between them. Unmounting it forgets everything about that visit.
 */
export function Visit({ themes, onHome, opening = 'themes', machineDraft = false }: VisitProps) {
  const { t, i18n } = useTranslation();
  const opened: [Screen, ...Screen[]] =
    opening === 'emergency' ? [{ name: 'themes' }, emergencyScreen] : [{ name: 'themes' }];
  const area = useScrollArea();
  const nav = useNavigation(opened, area.toTop);
  const procedureId = procedureOf(nav.current);
  // A procedure asked for ahead (by its theme screen) is shown at once; else its screen asks for it.
  const details = useProcedureDetails(i18n.language);
  const known = procedureId ? details.get(procedureId) : undefined;
  const fetched = useCall('getProcedure', procedureId && !known ? { id: procedureId, lang: i18n.language } : null);
  const procedure: Loaded<ProcedureDetail> = known ? { state: 'ready', value: known } : fetched;
  const procedureLists = useProcedureLists(
    themes.map((th) => th.id),
    i18n.language,
  );
  // Asked as soon as the visit's first screen is painted (its effects run inside the choosing touch, before that
  // paint): a tap on a theme then opens it without a call.
  useEffect(() => afterFrame(procedureLists.need), [procedureLists]);
  // The route table (visit-routes.tsx) decides the title and body of the screen on top of the stack.
  const { titleKey, title, body } = routeView(nav.current, { t, nav, themes, procedureLists, details, procedure });
  const onEmergencyScreen = nav.current.name === 'theme' && nav.current.themeId === 'emergency';
  // The bridge language is announced once, on the visit's first screen (the themes, or the emergency numbers
  // when opened from the start screen): gone for good once the visitor moves on.
  const screenKey = JSON.stringify(nav.current);
  const [firstScreen] = useState(screenKey);
  const [moved, setMoved] = useState(false);
  useEffect(() => setMoved((m) => m || screenKey !== firstScreen), [screenKey, firstScreen]);
  return (
    <div className="visit">
      <TopBar
        title={title}
        titleKey={titleKey}
        onHome={onHome}
        onBack={nav.canGoBack ? nav.back : undefined}
        onEmergency={onEmergencyScreen ? undefined : () => nav.go(emergencyScreen)}
      />
      <ScrollArea area={area}>{body}</ScrollArea>
      <SpeechBar screenKey={screenKey}>
        {!moved && screenKey === firstScreen && <BridgeNotice />}
        {!moved && screenKey === firstScreen && machineDraft && <MachineDraftNotice />}
        <ScrollButtons area={area} />
      </SpeechBar>
    </div>
  );
}
