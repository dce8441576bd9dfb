import type { Db } from '../../main/db/open';
import { hashPin } from '../../main/services/pin';
import { storePinHash } from '../../main/services/staff/pin-store';

/**
 * Sets a staff PIN with a cheap scrypt cost (N = 1024), for tests that enter it many times: the kiosk's own
 * cost (scryptParams) takes a good part of a second per check, on purpose. Verification reads the cost from
 * the stored hash, so everything else is the real code path.
 */
export async function setQuickPin(db: Db, pin: string): Promise<void> {
  storePinHash(db, await hashPin(pin, { N: 1024, r: 8, p: 1 }));
}
