/** A bad machine config as the shell reports it: the IT error page's tests (unit and e2e) render this. */
export const sampleConfigFailure = {
  kind: 'config' as const,
  file: '/etc/repere/config.json',
  problems: [
    { field: 'mode', message: 'Invalid option: expected one of "kiosk"|"desk"' },
    { field: 'idleTimeout', message: 'unknown field (misspelt?)' },
  ],
  logFile: '/home/kiosk/.config/Repère/logs/main.log',
};
