import { useTranslation } from 'react-i18next';
import { picto } from './pictograms';
import type { CallError } from '../../../common/api/contract';
import { Pictogram } from './Pictogram';

/** Each code its own message: a request the host does not know is not a content error, nor a missing staff session. */
const messageKey: Record<CallError['code'], string> = {
  failed: 'errors.call.failed',
  'bad-input': 'errors.call.badInput',
  'bad-call': 'errors.call.badCall',
  denied: 'errors.call.denied',
  // Only staff calls change what is stored: a visitor's screen never meets these, and would say "ask at the desk".
  'disk-full': 'errors.call.failed',
  busy: 'errors.call.failed',
};

/** A failed call told by its code: "ask at the desk" by pictogram, and the code's own message, read aloud. */
export function CallFailedNotice({
  code,
  className,
  testId,
}: {
  code: CallError['code'];
  className: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <p className={className} role="alert" data-error-code={code} data-testid={testId}>
      <Pictogram code={picto.askDesk} size={64} />
      <span>{t(messageKey[code])}</span>
    </p>
  );
}

/** A screen whose data could not be loaded. */
export function CallFailed({ screen, code }: { screen: string; code: CallError['code'] }) {
  return (
    <main className="screen" data-screen={screen}>
      <CallFailedNotice code={code} className="screen__instruction" />
    </main>
  );
}
