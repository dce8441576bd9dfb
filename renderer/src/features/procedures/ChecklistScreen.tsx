import { useState } from 'react';
import { picto } from '../../components/pictograms';
import { useTranslation } from 'react-i18next';
import type { CallError, PrintOutcome, ProcedureDetail } from '../../../../common/api/contract';
import { call, errorCodeOf } from '../../api/client';
import { CallFailedNotice } from '../../components/CallFailed';
import { Pictogram } from '../../components/Pictogram';
import { FrenchLine, Phrase } from './Phrase';
import { segmentsOf } from './groups';
import { AgentCard } from './AgentCard';
import { askDeskPictogram, checklistLead } from './checklist-lead';

type ChecklistItem = ProcedureDetail['checklist'][number];

/** One document to bring: pictogram, label in the visitor's language, the French, a note, how it is needed. */
function Item({ item, lang }: { item: ChecklistItem; lang: string }) {
  const { t } = useTranslation();
  return (
    <li
      className="check-list__item"
      data-testid={`item-${item.id}`}
      data-need={item.need}
      data-speak={[item.label.text, item.note?.text, item.need !== 'one-of' ? t(needKey[item.need]) : null]
        .filter(Boolean)
        .join(' ')}
    >
      <Pictogram code={item.pictogram} size={88} />
      <span className="falc-list__text">
        <Phrase phrase={item.label} pageLang={lang} className="check-list__label" />
        <FrenchLine phrase={item.label} pageLang={lang} />
        {item.note && <Phrase phrase={item.note} pageLang={lang} className="check-list__note" />}
      </span>
      {item.need !== 'one-of' && <span className="need-badge">{t(needKey[item.need])}</span>}
    </li>
  );
}

type PrintState =
  | { state: 'idle' }
  | { state: 'printing' }
  | { state: 'done'; outcome: PrintOutcome }
  // The call itself failed (the printer was never reached): told by the call's error code, not as a printer fault.
  | { state: 'call-failed'; code: CallError['code'] };

const needKey = {
  required: 'checklist.required',
  'one-of': 'checklist.oneOf',
  'if-available': 'checklist.ifAvailable',
};

/** What to bring, with pictograms, and a big print button. Printing never moves the visitor elsewhere. */
export function ChecklistScreen({ procedure }: { procedure: ProcedureDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [print, setPrint] = useState<PrintState>({ state: 'idle' });
  const [agentCard, setAgentCard] = useState(false);
  const lead = checklistLead(procedure);
  const doPrint = () => {
    setPrint({ state: 'printing' });
    call('printChecklist', { id: procedure.id, lang }).then(
      (outcome) => setPrint({ state: 'done', outcome }),
      (err: unknown) => setPrint({ state: 'call-failed', code: errorCodeOf(err) }),
    );
  };
  return (
    <main className="screen checklist-screen" data-screen="checklist">
      <p className="screen__instruction" data-testid="checklist-lead" data-lead={lead} data-speak-key={lead}>
        {lead === 'checklist.askDesk' && <Pictogram code={askDeskPictogram} size={88} />}
        <span>{t(lead)}</span>
      </p>
      <ul className="check-list">
        {segmentsOf(procedure.checklist).map((segment) =>
          segment.kind === 'single' ? (
            <Item key={segment.item.id} item={segment.item} lang={lang} />
          ) : (
            <li key={segment.group} className="check-group" data-testid={`group-${segment.group}`}>
              <p className="check-group__title">{t('checklist.oneOf')}</p>
              <ul className="check-list">
                {segment.items.map((item) => (
                  <Item key={item.id} item={item} lang={lang} />
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
      {procedure.notRequired.length > 0 && (
        <section aria-label={t('checklist.notRequired')}>
          <h2 className="section-title">{t('checklist.notRequired')}</h2>
          <ul className="check-list">
            {procedure.notRequired.map((n) => (
              <li
                key={n.id}
                className="check-list__item check-list__item--not"
                data-testid={`not-${n.id}`}
                data-speak={n.text.text}
                data-speak-key={n.text.key}
              >
                <Pictogram code={n.pictogram} size={72} />
                <span className="falc-list__text">
                  <Phrase phrase={n.text} pageLang={lang} />
                  <FrenchLine phrase={n.text} pageLang={lang} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Both actions always in view, at the bottom where a seated or short visitor reaches, apart from each other. */}
      <div className="checklist-actions" data-testid="checklist-actions">
        <PrintStatus print={print} />
        <div className="checklist-actions__row">
          <button
            type="button"
            className="print-button"
            onClick={doPrint}
            disabled={print.state === 'printing'}
            data-testid="print"
          >
            <Pictogram code={picto.print} size={88} />
            <span>{t('checklist.print')}</span>
          </button>
          {procedure.checklist.length > 0 && (
            <button type="button" className="print-button" onClick={() => setAgentCard(true)} data-testid="show-agent">
              <Pictogram code={picto.showAgent} size={88} />
              <span>{t('a11y.showAgent')}</span>
            </button>
          )}
        </div>
      </div>
      {agentCard && <AgentCard procedure={procedure} onClose={() => setAgentCard(false)} />}
    </main>
  );
}

const failureKey = {
  'no-printer': 'print.noPrinter',
  'out-of-paper': 'print.outOfPaper',
  'paper-jam': 'printer.paperJam',
  'printer-error': 'print.failed',
};

/** The result, by pictogram and text (the speech layer reads role=alert/status text aloud). */
function PrintStatus({ print }: { print: PrintState }) {
  const { t } = useTranslation();
  if (print.state === 'idle') return null;
  if (print.state === 'call-failed')
    return <CallFailedNotice code={print.code} className="print-status print-status--failed" testId="print-status" />;
  if (print.state === 'printing') {
    return (
      <p className="print-status" role="status" data-testid="print-status">
        <Pictogram code={picto.wait} size={64} />
        <span>{t('print.printing')}</span>
      </p>
    );
  }
  const { outcome } = print;
  return outcome.ok ? (
    <p className="print-status" role="status" data-testid="print-status" data-result="ok">
      <Pictogram code={picto.printDone} size={64} />
      <span>{t('print.done')}</span>
    </p>
  ) : (
    <p
      className="print-status print-status--failed"
      role="alert"
      data-testid="print-status"
      data-result={outcome.reason}
    >
      {/* A jammed sheet (page with curl) beside "ask at the desk". */}
      {outcome.reason === 'paper-jam' && <Pictogram code={picto.paperJam} size={64} />}
      <Pictogram code={picto.askDesk} size={64} />
      <span>{t(failureKey[outcome.reason])}</span>
    </p>
  );
}
