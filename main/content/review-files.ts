import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problems';
import { reviewFileSchema } from './review-schema';

/**
 * The per-string status files of a content folder (translations/review/<lang>.json), checked with the content so
 * that a pack carrying a broken one is refused with its file and field, like any other content file.
 */
export function checkReviewFiles(
  contentDir: string,
  problems: ContentProblem[],
  onRead: (file: string) => void = () => {},
): void {
  const folder = join(contentDir, 'translations', 'review');
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    const file = `translations/review/${name}`;
    onRead(file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    } catch (err) {
      problems.push({ file, field: '', message: `not valid JSON (${(err as Error).message})` });
      continue;
    }
    const parsed = reviewFileSchema.safeParse(raw);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push({ file, field: issue.path.map(String).join('.'), message: issue.message });
  }
}
