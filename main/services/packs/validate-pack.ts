import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentWorker } from './content-worker-client';
import type { PackCheck } from './content-worker-jobs';
import type { TrustOptions } from './validate';

/**
 * Validates a pack without keeping anything (the CLI's `validate-pack`, the staff screen's check, the shell's
 * look at its configured pack): extracted and checked in the content worker, off the thread that serves visitors.
 */
export async function validatePack(source: string, options: TrustOptions = {}): Promise<PackCheck> {
  const work = mkdtempSync(join(tmpdir(), 'repere-pack-'));
  const worker = ContentWorker.start(null);
  try {
    return await worker.check(source, work, options.trustedKeys ?? []);
  } finally {
    await worker.close();
    await rm(work, { recursive: true, force: true });
  }
}
