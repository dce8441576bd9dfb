import { useTranslation } from 'react-i18next';
import { picto } from '../../components/pictograms';
import type { ThemeView } from '../../../../common/api/contract';
import { Pictogram } from '../../components/Pictogram';
import { ProcedureList } from '../procedures/ProcedureList';
import { useCall } from '../../api/useCall';
import { CallFailed } from '../../components/CallFailed';
import { EmergencyNumbers, emergencyNumbersId } from '../procedures/EmergencyNumbers';

interface ThemeScreenProps {
  theme: ThemeView;
  onProcedure: (id: string) => void;
  onPlaces: () => void;
}

/** One theme: its procedures as cards (or "ask at the desk" when it has none), and where to go for it. */
export function ThemeScreen({ theme, onProcedure, onPlaces }: ThemeScreenProps) {
  const { t, i18n } = useTranslation();
  const procedures = useCall('listProcedures', { themeId: theme.id, lang: i18n.language });
  if (procedures.state === 'loading') return <main className="screen" data-screen="theme" aria-busy="true" />;
  if (procedures.state === 'failed') return <CallFailed screen="theme" code={procedures.code} />;
  const list = procedures.value;
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
