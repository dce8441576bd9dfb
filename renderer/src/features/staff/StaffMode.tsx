import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client';
import { PinPad } from './PinPad';
import { StaffContext, useStaff, type Staff } from './context';
import { StatsPanel } from './StatsPanel';
import { SettingsPanel } from './SettingsPanel';
import { PacksPanel } from './PacksPanel';
import { VoiceStudio } from './VoiceStudio';
import { HoursPanel } from './HoursPanel';
import { PlacesPanel } from './PlacesPanel';
import { PrintPanel } from './PrintPanel';
import { StartupNotices } from './StartupNotices';
import { TranslationsPanel } from './TranslationsPanel';
import './staff.css';

/** Staff mode leaves by itself after this long without a touch (main also expires the session). */
export const staffIdleMs = 120_000;
const padIdleMs = 30_000;
const tabs = ['stats', 'hours', 'places', 'print', 'settings', 'packs', 'voice', 'translations'] as const;
type Tab = (typeof tabs)[number];

/** Calls `onIdle` after `ms` without pointer or key activity anywhere on the page. */
function useIdle(ms: number, onIdle: () => void) {
  useEffect(() => {
    let timer = window.setTimeout(onIdle, ms);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, ms);
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const e of events) window.addEventListener(e, reset, true);
    return () => {
      window.clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, reset, true);
    };
  }, [ms, onIdle]);
}

/** Staff mode: the PIN pad, then the staff screens. Leaving (or inactivity) ends the session in main too. */
export function StaffMode({ onExit }: { onExit: () => void }) {
  const [token, setToken] = useState<string | null>(null);
  const tokenRef = useRef<string | null>(null);
  tokenRef.current = token;
  const leave = useCallback(() => {
    const current = tokenRef.current;
    if (current) void call('staffLeave', { token: current }).catch(() => undefined);
    onExit();
  }, [onExit]);
  useIdle(token ? staffIdleMs : padIdleMs, leave);
  const staff = useMemo<Staff | null>(
    () =>
      token
        ? {
            leave,
            call: (name, input) =>
              call(name, { ...input, token } as never).catch((err: unknown) => {
                if (err instanceof ApiError && err.error.code === 'denied') leave();
                throw err;
              }),
          }
        : null,
    [token, leave],
  );
  if (!staff) return <PinPad onEntered={setToken} onCancel={onExit} />;
  return (
    <StaffContext.Provider value={staff}>
      <StaffHome />
    </StaffContext.Provider>
  );
}

function StaffHome() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('stats');
  return (
    <div className="staff-home" data-speak-skip="">
      <header className="staff-bar">
        <h1 className="staff-title">{t(`staff.tabs.${tab}`)}</h1>
        <nav className="staff-tabs" aria-label={t('staff.tabs.label')}>
          {tabs.map((id) => (
            <button
              key={id}
              type="button"
              className="staff-button"
              aria-current={tab === id ? 'page' : undefined}
              onClick={() => setTab(id)}
              data-testid={`staff-tab-${id}`}
            >
              {t(`staff.tabs.${id}`)}
            </button>
          ))}
          <LeaveButton />
        </nav>
      </header>
      <main className="screen staff-screen" data-screen={`staff-${tab}`}>
        <StartupNotices />
        {tab === 'stats' && <StatsPanel />}
        {tab === 'hours' && <HoursPanel />}
        {tab === 'places' && <PlacesPanel />}
        {tab === 'print' && <PrintPanel />}
        {tab === 'settings' && <SettingsPanel />}
        {tab === 'packs' && <PacksPanel />}
        {tab === 'voice' && <VoiceStudio />}
        {tab === 'translations' && <TranslationsPanel />}
      </main>
    </div>
  );
}

function LeaveButton() {
  const { t } = useTranslation();
  const staff = useStaff();
  return (
    <button type="button" className="staff-button staff-button--leave" onClick={staff.leave} data-testid="staff-leave">
      {t('staff.leave')}
    </button>
  );
}
