import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
type Status =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'no-pin' }
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'locked'; minutes: number }
  | { kind: 'failed' };

/**
 * The PIN pad: big digit buttons, the PIN shown only as dots, never spoken (data-speak-skip: the speech
 * layer must skip this subtree) and never kept once checked. The check and the lockout happen in main.
 */
export function PinPad({ onEntered, onCancel }: { onEntered: (token: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'checking' });

  useEffect(() => {
    call('staffStatus', {}).then(
      (s) =>
        setStatus(
          !s.pinSet
            ? { kind: 'no-pin' }
            : s.lockedSeconds > 0
              ? { kind: 'locked', minutes: Math.ceil(s.lockedSeconds / 60) }
              : { kind: 'idle' },
        ),
      () => setStatus({ kind: 'failed' }),
    );
  }, []);

  const submit = () => {
    const entered = pin;
    setPin('');
    setStatus({ kind: 'checking' });
    call('staffEnter', { pin: entered }).then(
      (r) => {
        if (r.ok) return onEntered(r.token);
        if (r.reason === 'no-pin') setStatus({ kind: 'no-pin' });
        else if (r.reason === 'locked') setStatus({ kind: 'locked', minutes: Math.ceil(r.retryAfterSeconds / 60) });
        else setStatus({ kind: 'wrong', attemptsLeft: r.attemptsLeft });
      },
      () => setStatus({ kind: 'failed' }),
    );
  };

  const blocked = status.kind === 'no-pin' || status.kind === 'locked' || status.kind === 'checking';
  const message =
    status.kind === 'no-pin'
      ? t('staff.pin.noPin')
      : status.kind === 'locked'
        ? t('staff.pin.locked', { count: status.minutes })
        : status.kind === 'wrong'
          ? t('staff.pin.wrong', { count: status.attemptsLeft })
          : status.kind === 'failed'
            ? t('staff.error')
            : '';
  const press = (d: string) => setPin((p) => (p.length < 8 ? p + d : p));

  return (
    <main className="screen staff-screen" data-screen="staff-pin" data-speak-skip="">
      <h1 className="staff-title">{t('staff.pin.title')}</h1>
      <p className="screen__instruction">{t('staff.pin.instruction')}</p>
      <div
        className="pin-dots"
        role="img"
        data-testid="pin-dots"
        aria-label={t('staff.pin.count', { count: pin.length })}
      >
        {Array.from({ length: 8 }, (_, i) => (
          <span key={i} className={i < pin.length ? 'pin-dot pin-dot--on' : 'pin-dot'} aria-hidden="true">
            {i < pin.length ? '●' : '○'}
          </span>
        ))}
      </div>
      <p className="staff-message" role="alert" data-testid="pin-message">
        {message}
      </p>
      <div className="pin-pad" role="group" aria-label={t('staff.pin.pad')}>
        {digits.map((d) => (
          <button
            key={d}
            type="button"
            className="pin-key"
            disabled={blocked}
            onClick={() => press(d)}
            data-testid={`pin-${d}`}
          >
            {d}
          </button>
        ))}
        <button
          type="button"
          className="pin-key pin-key--word"
          disabled={blocked}
          onClick={() => setPin('')}
          data-testid="pin-clear"
        >
          {t('staff.pin.clear')}
        </button>
        <button type="button" className="pin-key" disabled={blocked} onClick={() => press('0')} data-testid="pin-0">
          0
        </button>
        <button
          type="button"
          className="pin-key pin-key--word pin-key--ok"
          disabled={blocked || pin.length < 4}
          onClick={submit}
          data-testid="pin-ok"
        >
          {t('staff.pin.ok')}
        </button>
      </div>
      <button type="button" className="staff-button" onClick={onCancel} data-testid="pin-cancel">
        {t('staff.pin.cancel')}
      </button>
    </main>
  );
}
