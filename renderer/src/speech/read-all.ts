import { useEffect, useRef, useState, type RefObject } from 'react';
import { speech } from './engine';
import type { Phrase } from './phrase';
import { visibleRuns } from './runs';

export type ReadAllStatus = 'idle' | 'reading' | 'paused';

/**
 * Left out of "read all", still heard when touched: a control's own label inside the content ("repeat the number")
 * and a source's citation (a long French reference for staff, not what the visitor came for).
 */
const notRead = '[data-read-all-skip]';

/** The whole screen in reading order: its title, then everything its main area shows, each piece in its language. */
export function screenText(): Phrase[] {
  const title = document.querySelector('h1');
  const main = document.querySelector('main.screen[data-screen]');
  const titleInMain = title && main?.contains(title);
  return [...(title && !titleInMain ? visibleRuns(title, notRead) : []), ...(main ? visibleRuns(main, notRead) : [])];
}

const sameText = (a: Phrase, b: Phrase | undefined) => b !== undefined && a.text === b.text && a.lang === b.lang;

/**
 * "Read all" with pause and resume. Any touch or key pauses the reading (a touch speaks its own target first);
 * the read-all button then resumes from the phrase it stopped in. Progress follows the engine's speech:phrase
 * events; `screenKey` names the screen shown: on another one, a paused reading is forgotten.
 */
export function useReadAll(button: RefObject<HTMLElement | null>, screenKey = '') {
  const [status, setStatus] = useState<ReadAllStatus>('idle');
  const job = useRef<{ phrases: Phrase[]; index: number; screen: string; token: number } | null>(null);
  const statusAtPress = useRef<ReadAllStatus>('idle');
  const token = useRef(0);

  useEffect(() => {
    const interrupt = (event: Event) => {
      if (button.current && event.target instanceof Node && button.current.contains(event.target))
        statusAtPress.current = current();
      pause();
    };
    const onPhrase = (event: Event) => {
      const j = job.current;
      if (!j || j.token !== token.current) return;
      const phrase = (event as CustomEvent<Phrase>).detail;
      // Our next phrase started: progress. Anything else speaking: the reading was interrupted.
      const at = j.phrases.findIndex((p, i) => i >= j.index && sameText(p, phrase));
      if (at >= 0) j.index = at;
      else pause();
    };
    // On the window, so it runs before the touch speech (on the document): the touched control's own words (the
    // button's "resume" included) must not be taken for a phrase of the reading's, which would pause it before
    // the press is judged, and the press would then resume it at once.
    window.addEventListener('pointerdown', interrupt, { capture: true });
    window.addEventListener('keydown', interrupt, { capture: true });
    window.addEventListener('speech:phrase', onPhrase);
    return () => {
      window.removeEventListener('pointerdown', interrupt, { capture: true });
      window.removeEventListener('keydown', interrupt, { capture: true });
      window.removeEventListener('speech:phrase', onPhrase);
    };
  }, [button]);

  // A reading paused on one screen resumes only there: on the next screen nothing was read yet, so the button
  // offers "read all" again, not "resume" (issue 26).
  useEffect(() => {
    if (job.current && job.current.token !== token.current) {
      job.current = null;
      setStatus('idle');
    }
  }, [screenKey]);

  function current(): ReadAllStatus {
    if (!job.current) return 'idle';
    return job.current.token === token.current ? 'reading' : 'paused';
  }

  function pause() {
    if (!job.current || job.current.token !== token.current) return;
    token.current++;
    setStatus('paused');
  }

  function run(from: number) {
    const j = job.current!;
    j.index = from;
    j.token = ++token.current;
    setStatus('reading');
    void speech.speak(j.phrases.slice(from)).then(() =>
      // A touch stops speech in a listener that may run before ours (interrupt): judge once the event is over.
      setTimeout(() => {
        // Still ours and never interrupted: the screen has been read to its end.
        if (job.current === j && j.token === token.current) {
          job.current = null;
          setStatus('idle');
        }
      }, 0),
    );
  }

  /** The read-all button: start, pause or resume, judged by the state when it was pressed. */
  function press() {
    const was = statusAtPress.current;
    statusAtPress.current = 'idle';
    const screen = screenSignature();
    if (was === 'reading') return; // its touch already paused it
    if (was === 'paused' && job.current && job.current.screen === screen) return run(job.current.index);
    job.current = { phrases: screenText(), index: 0, screen, token: 0 };
    run(0);
  }

  return { status, press };
}

function screenSignature(): string {
  const main = document.querySelector('main.screen[data-screen]');
  return `${main?.getAttribute('data-screen') ?? ''}|${document.querySelector('h1')?.textContent ?? ''}`;
}
