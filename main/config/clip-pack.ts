import type { Kiosk } from '../services/kiosk';
import { importClipPack, type ClipImportResult } from '../services/packs/clip-pack-import';
import type { MachineConfig } from './schema';

/**
 * The machine config's `clipPack`, at each start: imported only when it is newer than the last clip pack this
 * kiosk imported (so a restart never imports it again), signed by one of `contentPublicKeys` when those are
 * set. A refused pack changes no clip. Null when the config names no clip pack.
 */
export function importConfiguredClipPack(
  kiosk: Kiosk,
  config: Pick<MachineConfig, 'clipPack' | 'contentPublicKeys'>,
): Promise<ClipImportResult | null> {
  if (!config.clipPack) return Promise.resolve(null);
  return importClipPack(kiosk, config.clipPack, { trustedKeys: config.contentPublicKeys ?? [], onlyIfNewer: true });
}
