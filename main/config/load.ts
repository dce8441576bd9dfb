import { NotRegularFileError, readRegularFile } from '../security/regular-file';
import { machineConfigSchema, type MachineConfig } from './schema';
import type { ConfigLocation } from './paths';

/** One thing wrong in the config file: the field (dotted path, empty for the whole file) and why. */
export interface ConfigProblem {
  field: string;
  message: string;
}

export type ConfigResult =
  | { status: 'absent'; path: string }
  | { status: 'ok'; path: string; config: MachineConfig }
  | { status: 'invalid'; path: string; problems: ConfigProblem[] };

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Validates config text. Messages name the field and the rule, never the value found: a config may hold a PIN
 * hash, and a PIN typed by mistake in its place must not end up in a log or on screen.
 */
export function parseMachineConfig(text: string): { config: MachineConfig } | { problems: ConfigProblem[] } {
  let raw: unknown;
  try {
    // Notepad on Windows may save UTF-8 with a byte order mark.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problems: [{ field: '', message: 'not valid JSON (check commas, quotes and braces)' }] };
  }
  const result = machineConfigSchema.safeParse(raw);
  if (result.success) return { config: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      field:
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((k) => fieldPath([...issue.path, k])).join(', ')
          : fieldPath(issue.path),
      message: issue.code === 'unrecognized_keys' ? 'unknown field (misspelt?)' : issue.message,
    })),
  };
}

/** Reads the config at `location`; a missing file is "absent" unless REPERE_CONFIG named it explicitly. */
export function loadMachineConfig(
  location: ConfigLocation,
  read = (p: string) => readRegularFile(p, 'utf8'),
): ConfigResult {
  let text: string;
  try {
    text = read(location.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !location.explicit) return { status: 'absent', path: location.path };
    const why =
      code === 'ENOENT'
        ? 'file is missing (named by REPERE_CONFIG)'
        : err instanceof NotRegularFileError
          ? `is a ${err.kind}, not a regular file`
          : `file cannot be read (${code ?? 'error'})`;
    return { status: 'invalid', path: location.path, problems: [{ field: '', message: why }] };
  }
  const parsed = parseMachineConfig(text);
  return 'config' in parsed
    ? { status: 'ok', path: location.path, config: parsed.config }
    : { status: 'invalid', path: location.path, problems: parsed.problems };
}

/** One line per problem, `file: field: message`, as the CLI prints them and the error screen lists them. */
export function formatConfigProblems(path: string, problems: readonly ConfigProblem[]): string[] {
  return problems.map((p) => `${path}: ${p.field || '(file)'}: ${p.message}`);
}
