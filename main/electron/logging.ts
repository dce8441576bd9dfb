import log from 'electron-log/main';
import { app } from 'electron';
import { join } from 'node:path';
import { formatLogLine, rotateLogFiles, type LogFields } from './log-format';

/** Older logs kept beside main.log (main.1.log … main.5.log), 1 MiB each: at most ~6 MiB per kiosk. */
const keptLogFiles = 5;

/** <userData>/logs/main.log: ~/.config/Repère/logs on Linux, %APPDATA%\Repère\logs on Windows. */
export function logFilePath(): string {
  return join(app.getPath('userData'), 'logs', 'main.log');
}

/** electron-log writes to a rotating file; nothing goes to the page (no ipc transport) or, in production, stdout. */
export function setupLogging(dev: boolean): void {
  log.transports.file.resolvePathFn = () => logFilePath();
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.file.archiveLogFn = (oldLog) => rotateLogFiles(oldLog.path, keptLogFiles);
  log.transports.file.format = '[{iso}] [{level}] {text}';
  log.transports.console.level = dev ? 'info' : false;
  log.transports.ipc.level = false;
}

/** The only way the shell logs: an event name and whitelisted fields, formatted by formatLogLine. */
export function logEvent(level: 'info' | 'warn' | 'error', event: string, fields: LogFields = {}): void {
  log[level](formatLogLine(event, fields));
}
