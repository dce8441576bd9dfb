import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeechCoverageView, TranslationStatusView } from '../../../../common/api/contract';
import { call } from '../../api/client';
import { localeStrings } from '../../i18n/index';
import { languageInfo, supportedLocales } from '../../../../common/locales';
import { espeakVoiceFor } from '../../../../common/speech/espeak-engine';
import { flatStrings } from '../../../../common/flat-strings';
import { useStaff } from './context';
import { processCapture, startRecording, toBase64, type Recording } from './audio';
import { SpeechCoverageTable } from './SpeechCoverageTable';

/** Without a human clip, a phrase is silent in a language the bundled espeak-ng has no voice for (ps, ff). */
const hasSynthesis = (lang: string) => espeakVoiceFor(lang) !== null;

/** UI phrases a visitor can hear: every UI string but the staff screens'. */
function phrasesOf(strings: unknown): [string, string][] {
  return flatStrings(strings).filter(([k]) => !k.startsWith('staff.'));
}

const studioLocales = [...supportedLocales].sort();

type Take =
  | { kind: 'idle' }
  | { kind: 'recording' }
  | { kind: 'empty' }
  | { kind: 'ready'; wav: Uint8Array; url: string }
  | { kind: 'saved' }
  | { kind: 'failed' };

export function VoiceStudio() {
  const { t } = useTranslation();
  const staff = useStaff();
  const [lang, setLang] = useState('ps');
  const [human, setHuman] = useState<Set<string>>(new Set());
  const [key, setKey] = useState<string | null>(null);
  const [take, setTake] = useState<Take>({ kind: 'idle' });
  const recording = useRef<Recording | null>(null);
  // UI strings come with the app; content phrases (procedures, places) from the installed content.
  const [contentList, setContentList] = useState<[string, string][]>([]);
  // The language's UI strings are fetched (its locale file's chunk) when it is chosen here.
  const [uiList, setUiList] = useState<{ lang: string; list: [string, string][] } | null>(null);
  useEffect(() => {
    let live = true;
    localeStrings(lang).then(
      (strings) => live && setUiList({ lang, list: phrasesOf(strings) }),
      () => live && setUiList({ lang, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  useEffect(() => {
    staff.call('staffListContentPhrases', { lang }).then(
      (list) => setContentList(list.map((p) => [p.key, p.text])),
      () => setContentList([]),
    );
  }, [staff, lang]);
  // What visitors hear per language; the phrases without a clip come first, the most heard first.
  const [coverage, setCoverage] = useState<SpeechCoverageView[]>([]);
  useEffect(() => {
    staff.call('staffSpeechCoverage', {}).then(setCoverage, () => setCoverage([]));
  }, [staff, human]);
  const mine = coverage.find((c) => c.lang === lang);
  const phrases = useMemo(() => {
    const all = [...(uiList?.lang === lang ? uiList.list : []), ...contentList];
    const rank = new Map(mine?.missing.map((k, i) => [k, i]));
    const order = (k: string) => rank.get(k) ?? rank.size;
    return all.sort(([a], [b]) => order(a) - order(b));
  }, [lang, uiList, contentList, mine]);
  const info = languageInfo(lang);

  const refresh = useCallback(
    () =>
      call('listClips', { langs: [lang] }).then(
        (keys) => setHuman(new Set(keys[lang])),
        () => setHuman(new Set()),
      ),
    [lang],
  );
  useEffect(() => void refresh(), [refresh]);

  // Staff see whether a language's texts are still machine drafts (visitors never do).
  const [translation, setTranslation] = useState<Record<string, TranslationStatusView>>({});
  useEffect(() => {
    call('getTranslationStatus', {}).then(setTranslation, () => setTranslation({}));
  }, []);
  const draft = translation[lang];

  const bridged = (k: string) => !!mine?.bridge && !mine.unheard.includes(k);
  const status = (k: string) =>
    human.has(k) ? 'human' : hasSynthesis(lang) ? 'synth' : bridged(k) ? 'bridge' : 'silent';
  const counts = { human: 0, synth: 0, bridge: 0, silent: 0 };
  for (const [k] of phrases) counts[status(k)]++;

  const record = async () => {
    try {
      recording.current = await startRecording();
      setTake({ kind: 'recording' });
    } catch {
      setTake({ kind: 'failed' });
    }
  };
  const stop = async () => {
    const r = recording.current;
    recording.current = null;
    if (!r) return;
    const wav = processCapture(await r.stop());
    if (!wav) return setTake({ kind: 'empty' });
    setTake({ kind: 'ready', wav, url: URL.createObjectURL(new Blob([wav as BlobPart], { type: 'audio/wav' })) });
  };
  const keep = (wav: Uint8Array) => {
    if (!key) return;
    // "Saved" appears with the counts that include the new clip, never before them.
    staff.call('staffSaveClip', { lang, key, wavBase64: toBase64(wav) }).then(
      () => refresh().then(() => setTake({ kind: 'saved' })),
      () => setTake({ kind: 'failed' }),
    );
  };
  const choose = (k: string) => {
    setKey(k);
    setTake({ kind: 'idle' });
  };

  return (
    <>
      <p className="screen__instruction">{t('staff.voice.instruction')}</p>
      <div className="staff-form staff-form--inline">
        <label>
          {t('staff.voice.language')}
          <select value={lang} onChange={(e) => (setLang(e.target.value), setKey(null))} data-testid="voice-lang">
            {studioLocales.map((code) => (
              <option key={code} value={code}>
                {code} — {languageInfo(code).endonym}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p data-testid="voice-coverage">{t('staff.voice.coverage', counts)}</p>
      <SpeechCoverageTable coverage={coverage} />
      {draft && (
        <p data-testid="voice-translation">
          {t('staff.voice.translation', {
            status: t(`staff.voice.translationStatus.${draft.status}`, { by: draft.reviewedBy ?? '' }),
          })}
        </p>
      )}
      {key && (
        <section className="voice-take" aria-labelledby="voice-take-title">
          <h2 id="voice-take-title">{t('staff.voice.phrase')}</h2>
          <p className="voice-take__text" lang={info.tag} dir={info.dir}>
            {phrases.find(([k]) => k === key)?.[1]}
          </p>
          <p className="voice-take__key">{key}</p>
          <div className="staff-form staff-form--inline">
            {take.kind === 'recording' ? (
              <button type="button" className="staff-button" onClick={() => void stop()} data-testid="voice-stop">
                {t('staff.voice.stop')}
              </button>
            ) : (
              <button type="button" className="staff-button" onClick={() => void record()} data-testid="voice-record">
                {take.kind === 'ready' ? t('staff.voice.redo') : t('staff.voice.record')}
              </button>
            )}
            {take.kind === 'ready' && (
              <>
                <audio controls src={take.url} data-testid="voice-listen" aria-label={t('staff.voice.listen')} />
                <button type="button" className="staff-button" onClick={() => keep(take.wav)} data-testid="voice-keep">
                  {t('staff.voice.keep')}
                </button>
              </>
            )}
          </div>
          <p role="status" data-testid="voice-status">
            {take.kind === 'recording' && t('staff.voice.recording')}
            {take.kind === 'empty' && t('staff.voice.empty')}
            {take.kind === 'saved' && t('staff.voice.saved')}
            {take.kind === 'failed' && t('staff.voice.failed')}
          </p>
        </section>
      )}
      <ul className="staff-list voice-phrases">
        {phrases.map(([k, text]) => (
          <li key={k}>
            <button
              type="button"
              className="staff-small voice-phrase"
              aria-pressed={key === k}
              onClick={() => choose(k)}
              data-testid={`voice-phrase-${k}`}
            >
              <span className="voice-phrase__status">{t(`staff.voice.status.${status(k)}`)}</span>
              <span lang={info.tag} dir={info.dir}>
                {text}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
