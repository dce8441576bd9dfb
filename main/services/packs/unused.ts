import type { Content } from '../../content/schema';
import { packManifestFile, packSignatureFile, type PackProblem } from './rules';

/**
 * Files of a pack that nothing in the kiosk reads are refused: a pack carries content, never a stowaway
 * (a script, a document with personal data, a file an older version read). Used: what the content loader
 * read, the territories' map outlines (services/territory-map.ts), recorded clips, the pack's own files, and
 * translations/status.json (the review record of the content translations, kept with them for translators) and
 * translations/terms.json (the termbase, read by the translation checks and the PO export).
 */
const records = ['translations/status.json', 'translations/terms.json'];
export function unusedFileProblems(files: string[], content: Content, readByLoader: Set<string>): PackProblem[] {
  const used = new Set([packManifestFile, packSignatureFile, ...records, ...readByLoader]);
  for (const t of content.territories) used.add(`maps/${t.id}.json`);
  return files
    .filter((f) => !used.has(f) && !f.startsWith('audio/'))
    .map((file) => ({ file, field: '', message: 'not used by the kiosk (nothing reads this file): remove it' }));
}
