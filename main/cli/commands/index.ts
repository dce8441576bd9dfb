import type { CliCommand } from '../command';
import { speakCommand } from './speak';
import { importFranceServicesCommand } from './import-france-services';
import { translationsCommand } from './translations';
import { shippedCommands } from './shipped';

/**
 * Every CLI command of a clone (`npm run cli --`): the shipped ones, then those that read the repository (its
 * locale sources, the national list under sources/, the translations' PO workflow, espeak-ng's voices).
 */
export const repositoryOnlyCommands: CliCommand[] = [importFranceServicesCommand, speakCommand, translationsCommand];

export const commands: CliCommand[] = [...shippedCommands, ...repositoryOnlyCommands];
