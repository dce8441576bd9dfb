import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { picto } from './pictograms';
import { useTranslation } from 'react-i18next';
import { Pictogram } from './Pictogram';
import { valueStore } from '../value-store';
import { reveal, revealAdded, revealSettleMs } from './reveal';

interface More {
  above: boolean;
  below: boolean;
}

/**
 * The content between the fixed top bar and the fixed speech bar scrolls on its own. This hook watches it: whether
 * there is more above or below, and it brings into view anything a touch makes appear (a result, an alert, a
 * selected pin's cards). `toTop` is called before the screen changes: a new screen starts at its top.
 */
export function useScrollArea() {
  const scroller = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  // Whether there is more to scroll is read by the scroll buttons alone: kept out of the visit's state, a change
  // (most screen changes make one) renders those buttons again, not the whole visit a second time.
  const [more] = useState(() =>
    valueStore<More>({ above: false, below: false }, (a, b) => a.above === b.above && a.below === b.below),
  );

  // A new screen starts at its top. Scrolled after the new screen is committed, the scroller (even read) forces
  // that screen's layout inside the tap (6 ms of a tap on a theme at 4× slower CPU, laid out again before the
  // paint); scrolled before, it is the screen being left, laid out already. A scroller at its top (a new one, one
  // never scrolled) is not touched at all: the scroll events say when it leaves its top, and a scroll the page
  // asks for counts as one until its event comes.
  const offTop = useRef(false);
  const toTop = useCallback(() => {
    if (!offTop.current) return;
    scroller.current?.scrollTo({ top: 0, behavior: 'instant' });
    offTop.current = false;
  }, []);

  useEffect(() => {
    const el = scroller.current;
    if (!el || !inner.current) return;
    let pending: ReturnType<typeof setTimeout> | undefined;
    // One pixel of tolerance: fractional layouts never end exactly at scrollHeight.
    const measure = () => {
      pending = undefined;
      const next = { above: el.scrollTop > 1, below: el.scrollTop + el.clientHeight < el.scrollHeight - 1 };
      more.set(next);
    };
    // Resizes and scrolls are reported inside a frame, before its paint. Told there, the scroll buttons would render
    // again in that frame, React would first run every effect still pending from the screen just committed (a
    // visit's first screen: 20-50 ms at 4× slower CPU), and the frame would lay out again: the new screen would
    // wait for all three. So they are told in a task of their own, which runs once the frame is painted. Whether the
    // area has left its top is kept at once: every change of scrollTop comes with a scroll event that passes here.
    const measureAfterPaint = () => {
      offTop.current = el.scrollTop !== 0;
      pending ??= setTimeout(measure, 0);
    };
    // What was last brought into view, and when: a resize just after keeps it in view.
    let revealed: { target: Element; at: number } | null = null;
    const resized = new ResizeObserver(() => {
      measureAfterPaint();
      if (revealed && revealed.target.isConnected && Date.now() - revealed.at < revealSettleMs) {
        offTop.current = true;
        reveal(revealed.target, el);
      }
    });
    resized.observe(el);
    resized.observe(inner.current);
    // What more there is to scroll is measured by the observers above (a change of content changes the inner size)
    // and on scroll: measuring here too would force a layout right after each commit, before the frame's own.
    const changed = new MutationObserver((records) => {
      const target = revealAdded(records, el);
      if (target) {
        offTop.current = true;
        revealed = { target, at: Date.now() };
      }
    });
    changed.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'data-reveal'] });
    el.addEventListener('scroll', measureAfterPaint, { passive: true });
    // No first measure here: the observer's first report comes once the screen is laid out, where reading its
    // sizes costs nothing; read now, they would force that layout inside the tap's commit.
    return () => {
      resized.disconnect();
      changed.disconnect();
      el.removeEventListener('scroll', measureAfterPaint);
      clearTimeout(pending);
    };
  }, [more]);

  const page = (direction: 1 | -1) => {
    const el = scroller.current;
    offTop.current = true;
    if (el) el.scrollBy({ top: direction * el.clientHeight * 0.75 });
  };
  return { scroller, inner, more, page, toTop };
}

/** The scrolling content itself. */
export function ScrollArea({ area, children }: { area: ReturnType<typeof useScrollArea>; children: ReactNode }) {
  return (
    // Focusable, so a keyboard (a staff member, a switch device) can scroll it too.
    <div className="scroll-area" ref={area.scroller} tabIndex={0} data-testid="scroll-area">
      <div ref={area.inner}>{children}</div>
    </div>
  );
}

/**
 * Big "more above" / "more below" buttons (pictogram + words), in the speech bar so they never cover content.
 * One with nothing left in its direction is hidden but keeps its place, on every screen: the speech bar's own
 * buttons stay where they are whether a screen scrolls or fits, and do not move when these change, just after a
 * new screen is painted (measureAfterPaint).
 */
export function ScrollButtons({ area }: { area: ReturnType<typeof useScrollArea> }) {
  const { t } = useTranslation();
  const more = useSyncExternalStore(area.more.subscribe, area.more.get);
  const { page } = area;
  return (
    <div className="scroll-buttons">
      <button
        type="button"
        className="scroll-button"
        onClick={() => page(-1)}
        disabled={!more.above}
        aria-hidden={!more.above}
        tabIndex={more.above ? 0 : -1}
        data-testid="more-above"
      >
        <Pictogram code={picto.moreAbove} size={48} />
        <span>{t('a11y.moreAbove')}</span>
      </button>
      <button
        type="button"
        className="scroll-button"
        onClick={() => page(1)}
        disabled={!more.below}
        aria-hidden={!more.below}
        tabIndex={more.below ? 0 : -1}
        data-testid="more-below"
      >
        <Pictogram code={picto.moreBelow} size={48} />
        <span>{t('a11y.moreBelow')}</span>
      </button>
    </div>
  );
}
