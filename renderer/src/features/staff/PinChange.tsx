import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaff } from './context';
import { staffFailureKey } from './failure';
import { newPinPattern, pinPattern } from '../../../../common/pin';

/** PIN change: the current PIN again, then the new one twice. Fields show dots only and are cleared after. */
export function PinChange() {
  const { t } = useTranslation();
  const staff = useStaff();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState('');

  const submit = () => {
    const [c, n, a] = [current, next, again];
    setCurrent('');
    setNext('');
    setAgain('');
    if (!newPinPattern.test(n)) return setMessage(t('staff.pinChange.format'));
    if (n !== a) return setMessage(t('staff.pinChange.mismatch'));
    if (!pinPattern.test(c)) return setMessage(t('staff.pinChange.wrong'));
    staff.call('staffChangePin', { current: c, next: n }).then(
      (r) =>
        setMessage(
          r.ok
            ? t('staff.pinChange.done')
            : r.reason === 'locked'
              ? t('staff.pin.locked', { count: Math.ceil(r.retryAfterSeconds / 60) })
              : t('staff.pinChange.wrong'),
        ),
      (err: unknown) => setMessage(t(staffFailureKey(err))),
    );
  };

  const field = (label: string, value: string, onChange: (v: string) => void, id: string) => (
    <label>
      {label}
      <input
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
        data-testid={id}
      />
    </label>
  );

  return (
    <form className="staff-form" onSubmit={(e) => (e.preventDefault(), submit())} aria-labelledby="pin-change-title">
      <h2 id="pin-change-title">{t('staff.pinChange.title')}</h2>
      {field(t('staff.pinChange.current'), current, setCurrent, 'pin-change-current')}
      {field(t('staff.pinChange.next'), next, setNext, 'pin-change-next')}
      {field(t('staff.pinChange.again'), again, setAgain, 'pin-change-again')}
      <button type="submit" className="staff-button" data-testid="pin-change-save">
        {t('staff.pinChange.save')}
      </button>
      <p role="status" data-testid="pin-change-message">
        {message}
      </p>
    </form>
  );
}
