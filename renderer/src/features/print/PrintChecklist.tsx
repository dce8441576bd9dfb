import { useEffect, useRef } from 'react';
// The i18next instance set up by the entry: all locales in the kiosk, French and one language in print.html.
import i18next from 'i18next';
import { languageInfo } from '../../../../common/locales';
import type { Bilingual, PrintableChecklist } from '../../../../common/api/contract';
import { useCall } from '../../api/useCall';
import { segmentsOf } from '../procedures/groups';
import { askDeskPictogram, checklistLead } from '../procedures/checklist-lead';
import { sourceDate } from '../procedures/source-date';
import type { PrintRequest } from './print-route';
import { printReadyEvent } from '../../../../common/print/ready';
import { LtrNumbers } from '../../components/LtrNumbers';
import { PrintedHours } from './PrintedHours';
import { picto } from '../../components/pictograms';

export { parsePrintRoute, type PrintRequest } from './print-route';

/** The visitor's-language side of a phrase (the French side is `phrase.fr`). */
function Visitor({ phrase }: { phrase: Bilingual }) {
  const info = languageInfo(phrase.lang);
  return (
    <span className="sheet__visitor" lang={info.tag} dir={info.dir}>
      <LtrNumbers text={phrase.text} />
    </span>
  );
}

function Fr({ text }: { text: string }) {
  return (
    <span className="sheet__fr" lang="fr" dir="ltr">
      {text}
    </span>
  );
}

/** One line or row: French beside (A4) or above (receipt) the visitor's language. */
function Pair({ phrase, lang }: { phrase: Bilingual; lang: string }) {
  return (
    <span className="sheet__pair">
      <Fr text={phrase.fr} />
      {lang !== 'fr' && <Visitor phrase={phrase} />}
    </span>
  );
}

function makeLabels(lang: string) {
  const fr = i18next.getFixedT('fr');
  const own = i18next.getFixedT(lang);
  return (key: string) => ({ key, text: own(key), lang, fr: fr(key) });
}

type SheetEntry = PrintableChecklist['checklist'][number];

function SheetItem({ item, lang, label }: { item: SheetEntry; lang: string; label: (key: string) => Bilingual }) {
  return (
    <li className="sheet__row" data-need={item.need}>
      <span className="sheet__box" aria-hidden="true" />
      <img src={`/pictograms/${item.pictogram}.svg`} alt="" className="sheet__picto" />
      <span className="sheet__text">
        <Pair phrase={item.label} lang={lang} />
        {item.need === 'if-available' && (
          <small className="sheet__need">
            <Pair phrase={label('checklist.ifAvailable')} lang={lang} />
          </small>
        )}
        {item.note && (
          <small className="sheet__note">
            <Pair phrase={item.note} lang={lang} />
          </small>
        )}
      </span>
    </li>
  );
}

/** "Source: <document> (<date>)" in French and in the visitor's language, for the sheet's foot. */
function sourcePhrase(line: PrintableChecklist['sources'][number], lang: string): Bilingual {
  const say = (l: string) =>
    i18next.getFixedT(l)('truth.sourceDated', { source: line.source, date: sourceDate(line.date, l) });
  return { key: 'truth.sourceDated', text: say(lang), lang, fr: say('fr') };
}

/** The official page line of the sheet's foot: its name, its address, "to be verified". */
function OfficialPage({
  page,
  label,
  lang,
}: {
  page: NonNullable<PrintableChecklist['officialPage']>;
  label: Bilingual;
  lang: string;
}) {
  return (
    <>
      <Pair phrase={label} lang={lang} />
      <span lang="fr" data-testid="official-page">
        {page.name}
        {page.url && (
          <>
            {' '}
            <span dir="ltr">{page.url}</span>
          </>
        )}
        {page.toBeVerified && ` (${i18next.getFixedT('fr')('print.toBeVerified')})`}
      </span>
    </>
  );
}

/** The printed checklist sheet: A4 (two columns) or 80 mm receipt (one column, black and white). */
export function PrintChecklistPage({
  request,
  initial,
}: {
  request: PrintRequest;
  initial?: PrintableChecklist | null;
}) {
  // Data already in the page (print.html from a host) means no call at all.
  const fetched = useCall('getPrintableChecklist', initial ? null : { id: request.id, lang: request.lang });
  const sheet: typeof fetched = initial ? { state: 'ready', value: initial } : fetched;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sheet.state === 'loading') return;
    // The print backends wait for this flag: fonts laid out and the QR image decoded. A face is only fetched
    // once layout needs it, and an effect can run before the first layout: `fonts.ready` would then resolve
    // before the sheet's script face even starts loading, and the PDF would be laid out in a stand-in font.
    // Asking for the layout here starts those loads first.
    root.current?.getBoundingClientRect();
    const images = [...(root.current?.querySelectorAll('img') ?? [])];
    void Promise.all([document.fonts.ready, ...images.map((i) => i.decode().catch(() => undefined))]).then(() => {
      document.documentElement.dataset.printReady = sheet.state;
      document.dispatchEvent(new Event(printReadyEvent));
    });
  }, [sheet.state]);
  const L = makeLabels(request.lang);
  if (sheet.state !== 'ready') {
    return <div ref={root} className="sheet" role={sheet.state === 'failed' ? 'alert' : undefined} />;
  }
  const c: PrintableChecklist = sheet.value;
  const lang = request.lang;
  const printedOn = new Date(c.printedAt).toISOString().slice(0, 10);
  return (
    <div ref={root} className={`sheet sheet--${request.format}`} data-testid="sheet">
      <header className="sheet__header">
        <img src={`/pictograms/${c.pictogram}.svg`} alt="" className="sheet__picto sheet__picto--big" />
        <h1 className="sheet__title">
          <Pair phrase={c.title} lang={lang} />
        </h1>
      </header>
      <h2 className="sheet__heading">
        <Pair phrase={L('print.toBring')} lang={lang} />
      </h2>
      {c.checklist.length === 0 && (
        <p className="sheet__row" data-testid="sheet-lead" data-lead={checklistLead(c)}>
          {checklistLead(c) === 'checklist.askDesk' && (
            <img src={`/pictograms/${askDeskPictogram}.svg`} alt="" className="sheet__picto" />
          )}
          <span className="sheet__text">
            <Pair phrase={L(checklistLead(c))} lang={lang} />
          </span>
        </p>
      )}
      <ul className="sheet__list">
        {segmentsOf(c.checklist).map((segment) =>
          segment.kind === 'single' ? (
            <SheetItem key={segment.item.id} item={segment.item} lang={lang} label={L} />
          ) : (
            <li key={segment.group} className="sheet__group">
              <strong className="sheet__need">
                <Pair phrase={L('checklist.oneOf')} lang={lang} />
              </strong>
              <ul className="sheet__list">
                {segment.items.map((item) => (
                  <SheetItem key={item.id} item={item} lang={lang} label={L} />
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
      {c.notRequired.length > 0 && (
        <>
          <h2 className="sheet__heading">
            <Pair phrase={L('checklist.notRequired')} lang={lang} />
          </h2>
          <ul className="sheet__list">
            {c.notRequired.map((n) => (
              <li key={n.id} className="sheet__row">
                <img src={`/pictograms/${n.pictogram}.svg`} alt="" className="sheet__picto" />
                <span className="sheet__text">
                  <Pair phrase={n.text} lang={lang} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="sheet__heading">
        <Pair phrase={L('print.toKnow')} lang={lang} />
      </h2>
      <ul className="sheet__list">
        {c.sentences.map((s) => (
          <li key={s.id} className="sheet__row">
            <img src={`/pictograms/${s.pictogram}.svg`} alt="" className="sheet__picto" />
            <span className="sheet__text">
              <Pair phrase={s.text} lang={lang} />
            </span>
          </li>
        ))}
      </ul>
      {c.places.length > 0 && (
        <>
          <h2 className="sheet__heading">
            <Pair phrase={L('procedure.whereToGo')} lang={lang} />
          </h2>
          <ul className="sheet__list" data-testid="places">
            {c.places.map((place) => (
              <li key={`${place.name}-${place.address}`} className="sheet__row">
                <img src={`/pictograms/${picto.whereToGo}.svg`} alt="" className="sheet__picto" />
                <span className="sheet__text" lang="fr">
                  <strong>{place.name}</strong>
                  <span>{place.address}</span>
                  <PrintedHours place={place} lang={lang} />
                  {place.phone && <span dir="ltr">{place.phone}</span>}
                  {/* Under the place's lines, not beside them: beside, it squeezed them to a word a line. */}
                  {!place.hoursConfirmed && (
                    <small className="sheet__need" data-testid="printed-hours-unsure">
                      <Pair phrase={L('places.hoursMayHaveChanged')} lang={lang} />
                    </small>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {c.numbers.length > 0 && (
        <>
          <h2 className="sheet__heading">
            <Pair phrase={L('print.numbers')} lang={lang} />
          </h2>
          <ul className="sheet__list">
            {c.numbers.map((n) => (
              <li key={n.id} className="sheet__row">
                <img src={`/pictograms/${n.pictogram}.svg`} alt="" className="sheet__picto" />
                <span className="sheet__text">
                  <Pair phrase={n.label} lang={lang} />
                  <strong dir="ltr">{n.value}</strong>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <footer className="sheet__footer">
        {c.qrSvg && (
          <img
            className="sheet__qr"
            alt=""
            data-testid="qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.qrSvg)}`}
          />
        )}
        <span className="sheet__meta">
          {c.officialPage && <OfficialPage page={c.officialPage} label={L('print.officialPage')} lang={lang} />}
          {c.sources.map((line) => (
            <span key={`${line.source}|${line.date}`} data-testid="sheet-source">
              <Pair phrase={sourcePhrase(line, lang)} lang={lang} />
            </span>
          ))}
          <span>
            <Pair phrase={L('print.printedOn')} lang={lang} /> <span dir="ltr">{printedOn}</span>
          </span>
          <span>
            <Pair phrase={L('print.contentVersion')} lang={lang} /> <span dir="ltr">{c.contentVersion}</span>
          </span>
        </span>
      </footer>
    </div>
  );
}
