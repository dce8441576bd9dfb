import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CallError, KioskConfigView, ThemeView } from '../../common/api/contract';
import { afterPaint } from './after-paint';
import { bootData, readyBoot, type BootData } from './boot-calls';
import { IdleDialog } from './features/idle/IdleDialog';
import { useIdle } from './features/idle/useIdle';
import { setUiLanguage, switchUiLanguage } from './i18n/index';
import { reloadReviewedTexts } from './i18n/reviewed';
import { isSupportedLocale, sourceLanguage, supportedLocales } from '../../common/locales';
import { loadFontsFor } from './fonts';
import { StartScreen } from './features/start/StartScreen';
import { prepareLanguage } from './features/start/prepare-language';
import { warmPictograms } from './components/Pictogram';
import { picto } from './components/pictograms';
import { speech } from './speech/engine';
import { useScreenAnnouncer, useTouchSpeech } from './speech/hooks';
import { useExploreFirst } from './speech/explore';
import { StaffCorner } from './features/staff/StaffCorner';
import { countEvent } from './api/count';
import { call, errorCodeOf } from './api/client';
import { CallFailedNotice } from './components/CallFailed';
import { configureBridges, prepareBridge } from './bridge/bridge';
import { useNewContent } from './content-check';

// The visit's screens (themes, procedures, places and the map) are not needed by the start screen. They are
// loaded once it is painted, and awaited with the language's strings when a language is chosen, so the first
// screen renders at once: a lazy() component would suspend on its first render even when its chunk is loaded,
// and React holds a fallback at least 300 ms before showing what replaced it.
type VisitScreen = (typeof import('./Visit'))['Visit'];
// The promise is kept: import() of a module already loaded still answers in a task of its own, which the tap that
// chooses a language waited for behind whatever else was queued (7–35 ms here).
let visitScreen: Promise<VisitScreen> | null = null;
const loadVisit = (): Promise<VisitScreen> =>
  (visitScreen ??= import('./Visit').then(
    (m) => m.Visit,
    (err: unknown) => {
      visitScreen = null; // asked again at the next choice
      throw err;
    },
  ));
// Staff screens (and the sheet preview they include) only when the staff corner opens.
const StaffMode = lazy(() => import('./features/staff/StaffMode').then((m) => ({ default: m.StaffMode })));

/**
 * Which languages are still all machine drafts, asked once the start screen is painted (and again after staff
 * mode, where a review may change it) rather than inside each choice, which then waits for no call.
 */
const machineDrafts = {
  status: null as Promise<Set<string>> | null,
  fetch(): Promise<Set<string>> {
    this.status = call('getTranslationStatus', {}).then(
      (all) => new Set(Object.keys(all).filter((code) => all[code]?.status === 'machine-draft')),
      () => {
        this.status = null; // asked again at the next choice
        return new Set<string>();
      },
    );
    return this.status;
  },
  has(code: string): Promise<boolean> {
    return (this.status ?? this.fetch()).then((drafts) => drafts.has(code));
  },
};

/**
 * What a visit's first screen draws: its cards', its bar's, its scroll arrows' and its machine-translation
 * notice's pictograms.
 */
const firstScreenPictograms = (themes: readonly ThemeView[]): string[] => [
  ...themes.map((theme) => theme.pictogram),
  picto.home,
  picto.back,
  picto.moreAbove,
  picto.moreBelow,
  picto.machineTranslated,
];

const noThemes: ThemeView[] = [];

type Boot =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; config: KioskConfigView; themes: ThemeView[] };

/** Seconds the "are you still there?" question counts down before the visit ends (WCAG 2.2.1: at least 20). */
const idleCountdownSeconds = 30;

/**
 * Applies a start screen's settings, then readies what the visit needs.
 */
function settle({ config, themes }: BootData): void {
  speech.configure({ rate: config.speechRate, volume: config.volume, fallbackVoices: config.fallbackVoices });
  configureBridges(config.bridgeLanguages);
  // Once the start screen is up and idle: the texts reviewed on this kiosk (a language chosen before waits
  // for its own), the visit's screens, then the speech worker and its voices' core, load while the
  // visitor looks at it; nothing of them delays the first screen. Each step is an idle task of its own: as
  // one, they were a task of 130–145 ms at 4× that a touch in those seconds waited behind.
  const steps = [
    // The start screen's text has its faces in the first stylesheet; the visit's need each script's full rules.
    () => void loadFontsFor(config.languages).catch(() => undefined),
    // The first screen's pictograms are parsed before a language is chosen, not in the frames after it.
    () => void warmPictograms(firstScreenPictograms(themes)),
    () => reloadReviewedTexts(config.languages),
    () => {
      void machineDrafts.fetch();
      void loadVisit().catch(() => undefined);
      speech.warm();
    },
  ];
  for (const step of steps) afterPaint(step);
}

export function App() {
  const { t } = useTranslation();
  // The first start screen usually has its data before its first render (the page brought it): no empty frame.
  const [firstBoot] = useState(readyBoot);
  const [boot, setBoot] = useState<Boot>(firstBoot ? { state: 'ready', ...firstBoot } : { state: 'loading' });
  const [language, setLanguage] = useState<string | null>(null);
  const [opening, setOpening] = useState<'themes' | 'emergency'>('themes');
  // Whether the chosen language is still all machine drafts: its first screen says so (issue 23).
  const [machineDraft, setMachineDraft] = useState(false);
  const [Visit, setVisit] = useState<VisitScreen | null>(null);
  const [staff, setStaff] = useState(false);
  // Why the last language chosen could not be opened (its strings or the visit's screens did not load).
  const [chooseFailed, setChooseFailed] = useState<CallError['code'] | null>(null);
  // Leaving staff mode reloads the configuration and themes (settings or content may have changed).
  const [generation, setGeneration] = useState(0);
  useTouchSpeech();
  useScreenAnnouncer();

  useEffect(() => {
    if (generation === 0 && firstBoot) settle(firstBoot);
    else
      bootData().then(
        (data) => {
          settle(data);
          setBoot({ state: 'ready', ...data });
        },
        () => setBoot({ state: 'failed' }),
      );
  }, [generation, firstBoot]);

  // The start screen comes back only with the settings staff may just have changed: never first with the old ones
  // (their languages, their prerendered phrases).
  const leaveStaff = useCallback(() => {
    setStaff(false);
    setBoot({ state: 'loading' });
    setGeneration((g) => g + 1);
  }, []);

  // Content installed while the start screen was up reaches the next visitor from their first touch: its themes
  // (and the About screen's version). The speech settings are left as the visitor may have just set them.
  const newContent = useCallback((data: BootData) => {
    setBoot({ state: 'ready', ...data });
    afterPaint(() => void warmPictograms(firstScreenPictograms(data.themes)));
  }, []);
  useNewContent(language === null && !staff, boot.state === 'ready' ? boot.config.contentVersion : null, newContent);

  const themes = boot.state === 'ready' ? boot.themes : noThemes;
  const choose = useCallback(
    (code: string, first: 'themes' | 'emergency' = 'themes') => {
      countEvent({ kind: 'session', id: 'start' });
      if (isSupportedLocale(code)) countEvent({ kind: 'language', id: code });
      // The language and the first screen change in one render: the start screen is not rendered again in the
      // chosen language just before it goes.
      setChooseFailed(null);
      // A voiceless language's bridge (its strings and content) is ready before the first screen speaks; without
      // it the visit still opens, and its phrases show the missing-audio sign.
      const bridge = prepareBridge(code).catch(() => undefined);
      // Known before the first screen speaks, so its notice is said first; unknown, the visit opens without it.
      const draft = machineDrafts.has(code);
      // Parsed once the start screen was up; a choice quicker than that waits for them (a missing one does not).
      const pictograms = warmPictograms(firstScreenPictograms(themes));
      Promise.all([loadVisit(), prepareLanguage(code), draft, bridge, pictograms]).then(
        ([screen, , isDraft]) => {
          // The touched button goes with the start screen: let go of its focus first, while the page's style is
          // still clean, or removing it makes the browser restyle the whole new page then and there.
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
          switchUiLanguage(code);
          setVisit(() => screen);
          setMachineDraft(isDraft);
          setOpening(first);
          setLanguage(code);
        },
        // The tap is answered even then: the start screen says why, by its code, and another tap tries again.
        (err: unknown) => setChooseFailed(errorCodeOf(err)),
      );
    },
    [themes],
  );

  // Going home ends the visit: language, history (Visit unmounts), audio queue, volume and rate are all dropped.
  // The visit's screen is closed (committed) before the language goes back to French, so it never re-renders,
  // refetches or speaks its title in French after the visitor left.
  const home = useCallback(() => {
    speech.reset();
    flushSync(() => setLanguage(null));
    void setUiLanguage(sourceLanguage);
  }, []);

  const idleSeconds = boot.state === 'ready' ? boot.config.idleTimeoutSeconds : 90;
  const idle = useIdle(language !== null, idleSeconds, idleCountdownSeconds, home);
  useExploreFirst(boot.state === 'ready' && boot.config.exploreFirst && !staff);

  if (staff)
    return (
      <Suspense fallback={<main className="screen screen--centered" aria-busy="true" />}>
        <StaffMode onExit={leaveStaff} />
      </Suspense>
    );
  if (boot.state === 'loading') return <main className="screen screen--centered" aria-busy="true" />;
  if (boot.state === 'failed') {
    return (
      <main className="screen screen--centered" role="alert">
        <p className="screen__instruction">{t('errors.startup')}</p>
      </main>
    );
  }
  if (language === null || Visit === null)
    return (
      <>
        <StartScreen
          languages={boot.config.languages}
          idleTimeoutSeconds={boot.config.idleTimeoutSeconds}
          contentVersion={boot.config.contentVersion}
          onChoose={choose}
          onEmergency={(code) => choose(code, 'emergency')}
        />
        {chooseFailed && <CallFailedNotice code={chooseFailed} className="start-failed" testId="choose-failed" />}
        <StaffCorner
          onOpen={() => {
            // Staff screens name every language in its own script.
            void loadFontsFor(supportedLocales);
            setStaff(true);
          }}
        />
      </>
    );
  return (
    <>
      <Visit key={language} themes={boot.themes} onHome={home} opening={opening} machineDraft={machineDraft} />
      {idle.remaining !== null && <IdleDialog remaining={idle.remaining} onContinue={idle.dismiss} />}
    </>
  );
}
