import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskConfigView, ThemeView } from '../../main/api/contract';
import { call } from './api/client';
import { setUiLanguage } from './i18n/index';
import { sourceLanguage } from './i18n/languages';
import { StartScreen } from './screens/StartScreen';
import { Visit } from './Visit';
import { StaffCorner } from './staff/StaffCorner';
import { StaffMode } from './staff/StaffMode';
import { countEvent } from './staff/count';

type Boot =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; config: KioskConfigView; themes: ThemeView[] };

export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [language, setLanguage] = useState<string | null>(null);
  const [staff, setStaff] = useState(false);
  // Leaving staff mode reloads the configuration and themes (settings or content may have changed).
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    Promise.all([call('getKioskConfig', {}), call('listThemes', {})]).then(
      ([config, themes]) => setBoot({ state: 'ready', config, themes }),
      () => setBoot({ state: 'failed' }),
    );
  }, [generation]);

  const leaveStaff = useCallback(() => {
    setStaff(false);
    setGeneration((g) => g + 1);
  }, []);

  const choose = useCallback((code: string) => {
    countEvent({ kind: 'session', id: 'start' });
    countEvent({ kind: 'language', id: code });
    void setUiLanguage(code).then(() => setLanguage(code));
  }, []);

  // Going home ends the visit: the language and the whole history are dropped.
  const home = useCallback(() => {
    void setUiLanguage(sourceLanguage).then(() => setLanguage(null));
  }, []);

  if (staff) return <StaffMode onExit={leaveStaff} />;
  if (boot.state === 'loading') return <main className="screen screen--centered" aria-busy="true" />;
  if (boot.state === 'failed') {
    return (
      <main className="screen screen--centered" role="alert">
        <p className="screen__instruction">{t('errors.startup')}</p>
      </main>
    );
  }
  if (language === null)
    return (
      <>
        <StartScreen languages={boot.config.languages} onChoose={choose} />
        <StaffCorner onOpen={() => setStaff(true)} />
      </>
    );
  return <Visit key={language} themes={boot.themes} onHome={home} />;
}
