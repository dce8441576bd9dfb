// What `import log from 'electron-log/main'` gives the shell under test: lines kept in memory to be read.
const slot = globalThis as { __repereLogLines?: string[] };

export function logLines(): string[] {
  return (slot.__repereLogLines ??= []);
}

const write = (level: string) => (text: string) => void logLines().push(`[${level}] ${text}`);

export default {
  transports: {
    file: {} as Record<string, unknown>,
    console: {} as Record<string, unknown>,
    ipc: {} as Record<string, unknown>,
  },
  info: write('info'),
  warn: write('warn'),
  error: write('error'),
};
