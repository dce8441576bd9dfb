import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../../main/api/contract';
import { Pictogram } from '../components/Pictogram';
import { ProcedureList } from '../procedures/ProcedureList';
import { useCall } from '../procedures/useCall';

/** One theme: its procedures as cards; a theme without procedures sends the visitor to the desk. */
export function ThemeScreen({ theme, onProcedure }: { theme: ThemeView; onProcedure: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const procedures = useCall('listProcedures', { themeId: theme.id, lang: i18n.language });
  if (procedures.state === 'loading') return <main className="screen" data-screen="theme" aria-busy="true" />;
  const list = procedures.state === 'ready' ? procedures.value : [];
  if (list.length === 0) {
    return (
      <main className="screen theme-screen" data-screen="theme">
        <Pictogram code={theme.pictogram} size={160} />
        <p className="screen__instruction">{t('theme.askDesk')}</p>
      </main>
    );
  }
  return (
    <main className="screen" data-screen="theme">
      <p className="screen__instruction">{t('procedure.listInstruction')}</p>
      <ProcedureList procedures={list} onChoose={onProcedure} />
    </main>
  );
}
