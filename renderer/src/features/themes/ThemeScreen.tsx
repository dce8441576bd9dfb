import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { picto } from '../../components/pictograms';
import type { ThemeView } from '../../../../common/api/contract';
import { Pictogram } from '../../components/Pictogram';
import { ProcedureList } from '../procedures/ProcedureList';
import type { ProcedureLists } from './procedure-lists';
import { CallFailed } from '../../components/CallFailed';
import { EmergencyNumbers, emergencyNumbersId } from '../procedures/EmergencyNumbers';

interface ThemeScreenProps {
  theme: ThemeView;
  /** The visit's procedure lists, every theme's (asked once per visit). */
  lists: ProcedureLists;
  /** Told which procedures its cards open, once they are shown (they are asked for ahead). */
  onCards: (ids: string[]) => void;
  onProcedure: (id: string) => void;
  onPlaces: () => void;
}

/** One theme: its procedures as cards (or "ask at the desk" when it has none), and where to go for it. */
export function ThemeScreen({ theme, lists, onCards, onProcedure, onPlaces }: ThemeScreenProps) {
  const { t } = useTranslation();
  // Usually asked already, as the visit started; asked again here if that call failed.
  const loaded = useSyncExternalStore(lists.subscribe, lists.snapshot);
  useEffect(() => lists.need(), [lists]);
  // The store's list itself: the same array from render to render, so this runs once it is there.
  const cards = loaded.state === 'ready' ? loaded.value[theme.id] : undefined;
  useEffect(() => {
    if (cards && cards.length > 0) onCards(cards.map((p) => p.id));
  }, [cards, onCards]);
  if (loaded.state === 'loading') return <main className="screen" data-screen="theme" aria-busy="true" />;
  if (loaded.state === 'failed') return <CallFailed screen="theme" code={loaded.code} />;
  const list = loaded.value[theme.id] ?? [];
  const placesButton = (
    <button type="button" className="wide-button" onClick={onPlaces} data-testid="theme-places">
      <Pictogram code={picto.whereToGo} size={72} />
      <span>{t('places.whereToGo')}</span>
    </button>
  );
  if (list.length === 0) {
    return (
      <main className="screen theme-screen" data-screen="theme">
        <Pictogram code={theme.pictogram} size={160} />
        <p className="screen__instruction">{t('theme.askDesk')}</p>
        {placesButton}
      </main>
    );
  }
  return (
    <main className="screen" data-screen="theme">
      {theme.id === 'emergency' && <EmergencyNumbers />}
      <p className="screen__instruction">{t('procedure.listInstruction')}</p>
      <ProcedureList procedures={list.filter((p) => p.id !== emergencyNumbersId)} onChoose={onProcedure} />
      {placesButton}
    </main>
  );
}
