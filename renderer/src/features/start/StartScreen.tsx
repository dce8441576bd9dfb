import { useCallback, useEffect, useRef, useState } from 'react';
import { picto } from '../../components/pictograms';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram';
import { EmergencyButton } from '../../components/EmergencyButton';
import { languageInfo } from '../../../../common/locales';
import { loadLocale } from '../../i18n/index';
import { prepareLanguage } from './prepare-language';
import { aheadKeys } from './ahead-keys';
import { speech } from '../../speech/engine';
import { bridgeOf } from '../../bridge/bridge';
import { SpeechBar } from '../../speech/SpeechBar';
import { AboutScreen } from '../about/AboutScreen';

interface StartScreenProps {
  languages: string[];
  /** After this long without a touch, a half-made choice is forgotten (the next visitor starts clean). */
  idleTimeoutSeconds: number;
  /** Shown on the About screen beside the licences. */
  contentVersion: string;
  onChoose: (code: string) => void;
  /** The emergency entry: a visit opened on the emergency numbers, in the selected language (else French). */
  onEmergency: (code: string) => void;
}

/** Seconds each language's invitation stays on screen. */
const inviteSeconds = 5;
/** The voice loop stays quiet this long after a touch (the visitor is busy listening to a language's name). */
const quietAfterTouchSeconds = 12;

/**
 * The attract screen. A calm loop invites in each configured language in turn (voiced once a first touch has
 * unlocked audio). A language button speaks its name in that language on the first touch (the generic touch
 * speech reads its data-speak); a second touch on it, or the confirm button, chooses it: a non-reader finds
 * their language by ear.
 */
export function StartScreen({
  languages,
  idleTimeoutSeconds,
  contentVersion,
  onChoose,
  onEmergency,
}: StartScreenProps) {
  const { t } = useTranslation();
  // The About screen, in the language selected when it was opened (French when none is).
  const [about, setAbout] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const lastTouch = useRef(0);
  const inviting = languageInfo(languages[index % languages.length] ?? 'fr');

  useEffect(() => {
    const timer = setInterval(() => {
      setIndex((i) => (i + 1) % Math.max(languages.length, 1));
      // Someone touched the screen, then left without choosing: forget their choice and their volume.
      if (lastTouch.current > 0 && Date.now() - lastTouch.current > idleTimeoutSeconds * 1000) {
        lastTouch.current = 0;
        setSelected(null);
        speech.reset();
      }
    }, inviteSeconds * 1000);
    const onDown = () => {
      lastTouch.current = Date.now();
    };
    document.addEventListener('pointerdown', onDown, { capture: true });
    return () => {
      clearInterval(timer);
      document.removeEventListener('pointerdown', onDown, { capture: true });
    };
  }, [languages.length, idleTimeoutSeconds]);

  // Every visitor hears the same phrases here: render them ahead, once the screen has settled, so the first
  // touch on a language answers at once. At the default rate they were synthesised when the app was built: the
  // engine reads them from a file and the worker synthesises none. Otherwise one language per task, in order (the
  // engine switches voice, and loads its dictionary, once per language): a touch then waits behind one language's
  // phrases at most, not behind all of them (one task of 90–130 ms at 4×, most of it naming a voiceless language
  // in its bridge's).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const renderAhead = (index: number) => {
      const code = languages[index];
      if (code === undefined) return;
      const phrase = (key: string) => ({ text: t(key, { lng: code }), key, lang: code });
      speech.prerender(aheadKeys.map(phrase));
      timer = setTimeout(() => renderAhead(index + 1), 0);
    };
    timer = setTimeout(() => {
      // Which of these phrases are recorded, in every language and in the bridges some are said in: one call.
      speech.askClips(languages.flatMap((code) => [code, bridgeOf(code) ?? code]));
      renderAhead(0);
    }, 800);
    return () => clearTimeout(timer);
  }, [languages, t]);

  const invite = useCallback(
    (code: string) => {
      const text = t('attract.invite', { lng: code });
      void speech.speak([{ text, key: 'attract.invite', lang: code }]);
    },
    [t],
  );

  // The voice loop: only for someone who touched the screen (audio is then allowed), quiet for a while after each
  // touch, never over another phrase, and for one round of the languages: an empty room stays silent.
  useEffect(() => {
    const since = Date.now() - lastTouch.current;
    const voiced =
      since > quietAfterTouchSeconds * 1000 &&
      since < (quietAfterTouchSeconds + languages.length * inviteSeconds) * 1000;
    if (lastTouch.current > 0 && voiced && speech.unlocked && !speech.snapshot().speaking) invite(inviting.code);
  }, [inviting.code, invite, languages.length]);

  const touchLanguage = (code: string) => {
    if (selected === code) onChoose(code);
    else setSelected(code);
  };

  if (about) return <AboutScreen lang={about} contentVersion={contentVersion} onClose={() => setAbout(null)} />;
  const chosen = selected ? languageInfo(selected) : null;
  // Its label and its page in the selected language: the strings were fetched from the first touch on its button.
  const aboutLang = chosen ?? languageInfo('fr');
  const openAbout = () =>
    loadLocale(aboutLang.code).then(
      () => setAbout(aboutLang.code),
      () => setAbout('fr'),
    );
  return (
    <main className="screen start-screen" data-screen="start">
      <div className="start-screen__head">
        <div className="start-screen__brand">
          <Pictogram code={picto.languages} size={72} />
          <h1>{t('app.name')}</h1>
          <p
            className="start-screen__invite"
            lang={inviting.tag}
            dir={inviting.dir}
            data-speak-key="attract.invite"
            data-testid="attract-invite"
          >
            {t('attract.invite', { lng: inviting.code })}
          </p>
        </div>
        <EmergencyButton onOpen={() => onEmergency(selected ?? 'fr')} testId="start-emergency" atOnce />
        <button
          type="button"
          className="about-button"
          lang={aboutLang.tag}
          dir={aboutLang.dir}
          onClick={() => void openAbout()}
          data-speak-key="about.open"
          data-testid="about-open"
        >
          <Pictogram code={picto.about} size={48} />
          <span>{t('about.open', { lng: aboutLang.code })}</span>
        </button>
      </div>
      <ul className="language-grid" aria-label={t('start.languagesLabel')}>
        {languages.map((code) => {
          const info = languageInfo(code);
          const isSelected = selected === code;
          return (
            <li key={code}>
              <button
                type="button"
                className={isSelected ? 'language-button language-button--selected' : 'language-button'}
                lang={info.tag}
                dir={info.dir}
                aria-pressed={isSelected}
                // The language's strings, its script's font rules and its first screen's faces are fetched from the
                // first touch on its button, before it is chosen (on a busy kiosk, the rules loaded after the first
                // paint may not be).
                onPointerDown={() => prepareLanguage(code).catch(() => undefined)}
                onClick={() => touchLanguage(code)}
                // "Explore, then act" built in: the first touch says and selects, the second chooses.
                data-touch-rule="own"
                data-speak={t('attract.thisLanguage', { lng: code })}
                data-speak-key="attract.thisLanguage"
                data-testid={`language-${code}`}
              >
                {isSelected ? (
                  <Pictogram code={picto.languageSelected} size={56} />
                ) : (
                  <Pictogram code={picto.language} size={56} />
                )}
                <span className="language-button__name">{info.endonym}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <SpeechBar onRepeat={() => (chosen ? speakChoice(chosen.code) : invite(inviting.code))}>
        {chosen && (
          <button
            type="button"
            className="start-screen__confirm"
            lang={chosen.tag}
            dir={chosen.dir}
            onClick={() => onChoose(chosen.code)}
            data-speak-key="attract.choose"
            data-testid="language-confirm"
          >
            <Pictogram code={picto.confirm} size={56} />
            <span>{t('attract.choose', { lng: chosen.code })}</span>
          </button>
        )}
      </SpeechBar>
    </main>
  );

  function speakChoice(code: string) {
    void speech.speak([{ text: t('attract.thisLanguage', { lng: code }), key: 'attract.thisLanguage', lang: code }]);
  }
}
