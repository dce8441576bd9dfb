import { useEffect, useRef, type MouseEvent } from 'react';
import { picto } from '../../components/pictograms';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram';
import { speech } from '../../speech/engine';

/**
 * "Are you still there?", shown and spoken with its countdown (WCAG 2.2.1), over a dimmed page and above both
 * bars. A touch anywhere continues, and the dialog takes that touch: nothing beneath it opens.
 */
export function IdleDialog({ remaining, onContinue }: { remaining: number; onContinue: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const countdownAtStart = useRef(remaining);
  useEffect(() => {
    void speech.speak([
      { text: t('idle.question'), key: 'idle.question', lang },
      { text: t('idle.touchToContinue'), key: 'idle.touchToContinue', lang },
      { text: t('idle.countdown', { count: countdownAtStart.current }), lang },
    ]);
  }, [t, lang]);
  const swallow = (event: MouseEvent) => {
    event.preventDefault();
    event.stopPropagation();
    onContinue();
  };
  return (
    <div className="idle-overlay" onClick={swallow} data-testid="idle-overlay">
      <div
        className="idle-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-question"
        aria-describedby="idle-countdown"
        data-testid="idle-dialog"
      >
        <Pictogram code={picto.idleCountdown} size={120} />
        <h2 id="idle-question" data-speak-key="idle.question">
          {t('idle.question')}
        </h2>
        <p data-speak-key="idle.touchToContinue">{t('idle.touchToContinue')}</p>
        <p className="idle-dialog__countdown" id="idle-countdown" data-testid="idle-countdown">
          <span className="idle-dialog__seconds" aria-hidden="true">
            {remaining}
          </span>
          <span className="idle-dialog__countdown-text">{t('idle.countdown', { count: remaining })}</span>
        </p>
        <button type="button" className="idle-dialog__continue" data-testid="idle-continue">
          <Pictogram code={picto.stillHere} size={64} />
          <span>{t('idle.continue')}</span>
        </button>
      </div>
    </div>
  );
}
