import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, PrinterQueuesView } from '../../../../common/api/contract';
import { useStaff } from './context';
import { staffFailureKey } from './PrintPanel';

type TestState =
  { kind: 'printing' } | { kind: 'done'; outcome: CallOutput<'staffPrintTestPage'> } | { kind: 'failed' };

/**
 * The printer setting: the machine's CUPS queues to pick from (or the name typed, where queues cannot be
 * listed), and a test page printed on the chosen queue before or after saving it.
 */
export function PrinterChoice(props: { value: string; format: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const staff = useStaff();
  // undefined while main lists the queues (lpstat can take a while), null when it could not.
  const [queues, setQueues] = useState<PrinterQueuesView | null | undefined>(undefined);
  const [test, setTest] = useState<TestState | null>(null);
  useEffect(() => {
    staff.call('staffListPrinters', {}).then(setQueues, () => setQueues(null));
  }, [staff]);

  const printTest = () => {
    setTest({ kind: 'printing' });
    const format = props.format === 'receipt' ? 'receipt' : 'a4';
    staff.call('staffPrintTestPage', { printerName: props.value.trim() || null, format }).then(
      (outcome) => setTest({ kind: 'done', outcome }),
      () => setTest({ kind: 'failed' }),
    );
  };
  const listed = queues?.available ? queues.queues : null;
  const failed = test?.kind === 'failed' || (test?.kind === 'done' && !test.outcome.ok);
  return (
    <div className="printer-choice" aria-busy={queues === undefined}>
      {listed ? (
        <label>
          {t('printer.staff.queue')}
          <select value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid="settings-queue">
            <option value="">
              {t('printer.staff.systemDefault')}
              {queues?.defaultQueue ? ` (${queues.defaultQueue})` : ''}
            </option>
            {[...new Set([...listed, ...(props.value ? [props.value] : [])])].map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label>
          {t('staff.settings.printerName')}
          <input value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid="settings-printer" />
        </label>
      )}
      {listed && listed.length === 0 && <p>{t('printer.staff.noQueues')}</p>}
      {queues && !queues.available && <p>{t('printer.staff.unavailable')}</p>}
      <button
        type="button"
        className="staff-button"
        onClick={printTest}
        disabled={test?.kind === 'printing'}
        data-testid="settings-test-page"
      >
        {t('printer.staff.testPage')}
      </button>
      <div role={failed ? 'alert' : 'status'} data-testid="settings-test-outcome">
        {test?.kind === 'printing' && <p>{t('printer.staff.testPrinting')}</p>}
        {test?.kind === 'failed' && <p>{t('staff.error')}</p>}
        {test?.kind === 'done' && (
          <p data-result={test.outcome.ok ? 'ok' : test.outcome.reason}>
            {test.outcome.ok ? t('printer.staff.testPrinted') : t(staffFailureKey(test.outcome.reason))}
          </p>
        )}
      </div>
    </div>
  );
}
