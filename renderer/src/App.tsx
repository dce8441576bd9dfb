import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskConfigView, ThemeView } from '../../common/api/contract';
import { call } from './api/client';
import { IdleDialog } from './features/idle/IdleDialog';
import { useIdle } from './features/idle/useIdle';
import { setUiLanguage } from './i18n/index';
import { reloadReviewedTexts } from './i18n/reviewed';
import { sourceLanguage } from '../../common/locales';
import { StartScreen } from './features/start/StartScreen';
import { speech } from './speech/engine';
import { useScreenAnnouncer, useTouchSpeech } from './speech/hooks';
import { useExploreFirst } from './speech/explore';
import { Visit } from './Visit';
import { StaffCorner } from './features/staff/StaffCorner';
import { StaffMode } from './features/staff/StaffMode';
import { countEvent } from './api/count';

type Boot =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; config: KioskConfigView; themes: ThemeView[] };

/** Seconds the "are you still there?" question counts down before the visit ends (WCAG 2.2.1: at least 20). */
const idleCountdownSeconds = 30;

export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [language, setLanguage] = useState<string | null>(null);
  const [staff, setStaff] = useState(false);
  // Leaving staff mode reloads the configuration and themes (settings or content may have changed).
  const [generation, setGeneration] = useState(0);
  useTouchSpeech();
  useScreenAnnouncer();

  useEffect(() => {
    Promise.all([call('getKioskConfig', {}), call('listThemes', {})]).then(
      ([config, themes]) => {
        speech.configure({ rate: config.speechRate, volume: config.volume, fallbackVoices: config.fallbackVoices });
        reloadReviewedTexts(config.languages);
        setBoot({ state: 'ready', config, themes });
        // The polyfill's voices load in their worker while the visitor looks at the start screen.
        setTimeout(() => speech.warm(), 500);
      },
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

  // Going home ends the visit: language, history (Visit unmounts), audio queue, volume and rate are all dropped.
  // The visit unmounts before the page turns French, so none of its screens is announced again in French.
  const home = useCallback(() => {
    speech.reset();
    setLanguage(null);
    void setUiLanguage(sourceLanguage);
  }, []);

  const idleSeconds = boot.state === 'ready' ? boot.config.idleTimeoutSeconds : 90;
  const idle = useIdle(language !== null, idleSeconds, idleCountdownSeconds, home);
  useExploreFirst(boot.state === 'ready' && boot.config.exploreFirst && !staff);

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
        <StartScreen
          languages={boot.config.languages}
          idleTimeoutSeconds={boot.config.idleTimeoutSeconds}
          contentVersion={boot.config.contentVersion}
          onChoose={choose}
        />
        <StaffCorner onOpen={() => setStaff(true)} />
      </>
    );
  return (
    <>
      <Visit key={language} themes={boot.themes} onHome={home} />
      {idle.remaining !== null && <IdleDialog remaining={idle.remaining} onContinue={idle.dismiss} />}
    </>
  );
}
