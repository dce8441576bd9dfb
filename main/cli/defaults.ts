/**
 * What a command uses when no flag says otherwise, set once by the entry that started the CLI: from a clone
 * (main/cli/index.ts) the repository's data/ and the XDG data folder; from the installed program (`repere --cli`,
 * main/cli/packed.ts) the app's resources/data and the kiosk's own userData folder.
 */
export interface CliDefaults {
  /** How a person starts this CLI, for usage lines: `npm run cli --` or `repere --cli`. */
  invocation: string;
  contentDir: string;
  dataDir: string;
}

let current: CliDefaults | null = null;

export function setCliDefaults(defaults: CliDefaults): void {
  current = defaults;
}

export function cliDefaults(): CliDefaults {
  if (!current) throw new Error('CLI defaults not set: start the CLI through main/cli/index.ts or packed.ts');
  return current;
}
