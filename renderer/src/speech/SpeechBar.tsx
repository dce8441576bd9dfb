import { useRef, type ReactNode } from 'react';
import { picto } from '../components/pictograms';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../components/Pictogram';
import { languageInfo } from '../../../common/locales';
import { speech } from './engine';
import { repeatScreen, useSpeechState } from './hooks';
import { useReadAll } from './read-all';

/** What the read-all button offers in each state: start, pause, resume. */
const readAllKey = { idle: 'a11y.readAll', reading: 'a11y.pause', paused: 'a11y.resume' } as const;

/**
 * On every screen: a big "listen again", volume down/up with its level, and — when nothing could speak the last
 * phrase in this language — a calm sign that audio is not yet available (pictogram + text, never silence alone).
 * It stays at the bottom of the screen; `children` (e.g. the start screen's confirm button) come first.
 */
export function SpeechBar({
  onRepeat = repeatScreen,
  screenKey,
  children,
}: {
  onRepeat?: () => void;
  /** The screen shown (a visit's navigation entry): a reading paused on another screen is not offered again. */
  screenKey?: string;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const state = useSpeechState();
  const level = Math.round(state.volume * 10);
  const lang = i18n.language;
  const changeVolume = (delta: number, key: 'speech.louder' | 'speech.quieter') => {
    const volume = Math.round(Math.min(Math.max(state.volume + delta, 0), 1) * 10);
    speech.setVolume(state.volume + delta);
    // Heard at the new level, with the level itself, so the visitor knows what changed.
    void speech.speak([
      { text: t(key), key, lang },
      { text: t('speech.volumeLevel', { level: volume }), lang },
    ]);
  };
  const missing = state.missingLang ? languageInfo(state.missingLang) : null;
  const readAllButton = useRef<HTMLButtonElement>(null);
  const readAll = useReadAll(readAllButton, screenKey);

  return (
    // data-speaking lets tests wait for the end of speech instead of guessing its length.
    <footer className="speech-bar" aria-label={t('speech.controlsLabel')} data-speaking={state.speaking ? 'yes' : 'no'}>
      {children}
      <button type="button" className="speech-bar__repeat" onClick={onRepeat} data-testid="listen-again">
        <Pictogram code={picto.hearAgain} size={56} />
        <span>{t('speech.listenAgain')}</span>
      </button>
      <button
        type="button"
        ref={readAllButton}
        className="speech-bar__repeat"
        onClick={readAll.press}
        // Any touch pauses a reading: a first touch on this button while it reads is heard as what it now offers.
        data-speak={readAll.status === 'reading' ? t('a11y.resume') : undefined}
        data-speak-key={readAll.status === 'reading' ? 'a11y.resume' : undefined}
        data-state={readAll.status}
        data-testid="read-all"
      >
        {readAll.status === 'idle' && <Pictogram code={picto.readAll} size={56} />}
        {readAll.status === 'reading' && <Pictogram code={picto.pause} size={56} />}
        {readAll.status === 'paused' && <Pictogram code={picto.resume} size={56} />}
        <span>{t(readAllKey[readAll.status])}</span>
      </button>
      <div className="speech-bar__volume">
        <button
          type="button"
          className="speech-bar__button"
          onClick={() => changeVolume(-0.1, 'speech.quieter')}
          disabled={level <= 0}
          data-testid="volume-down"
        >
          <Pictogram code={picto.volumeDown} size={48} />
          <span>{t('speech.quieter')}</span>
        </button>
        <span
          className="volume-meter"
          data-testid="volume-level"
          data-level={level}
          data-speak={t('speech.volumeLevel', { level })}
        >
          <span className="volume-meter__bars" aria-hidden="true">
            {Array.from({ length: 10 }, (_, i) => (
              <span key={i} className={i < level ? 'volume-meter__bar volume-meter__bar--on' : 'volume-meter__bar'} />
            ))}
          </span>
          <span className="volume-meter__text">{t('speech.volumeLevel', { level })}</span>
        </span>
        <button
          type="button"
          className="speech-bar__button"
          onClick={() => changeVolume(0.1, 'speech.louder')}
          disabled={level >= 10}
          data-testid="volume-up"
        >
          <Pictogram code={picto.volumeUp} size={48} />
          <span>{t('speech.louder')}</span>
        </button>
      </div>
      {state.standIn && (
        <p
          className="speech-bar__missing"
          role="status"
          data-speak-skip=""
          lang={languageInfo(state.standIn.lang).tag}
          dir={languageInfo(state.standIn.lang).dir}
          data-testid="stand-in-voice"
        >
          <Pictogram code={picto.otherVoice} size={56} />
          <span>
            {t('a11y.standInVoice', { lng: state.standIn.lang, voice: languageInfo(state.standIn.voice).endonym })}
          </span>
        </p>
      )}
      {missing && (
        <p
          className="speech-bar__missing"
          role="status"
          data-speak-skip=""
          lang={missing.tag}
          dir={missing.dir}
          data-testid="audio-missing"
        >
          <Pictogram code={picto.audioMissing} size={56} />
          <span>{t('speech.unavailable', { lng: missing.code })}</span>
        </p>
      )}
    </footer>
  );
}
