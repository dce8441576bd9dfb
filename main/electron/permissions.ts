import { isAllowedNavigation } from './window-config';

/**
 * Every web permission is denied, except the microphone (audio only) while staff mode is active, for the
 * voice studio where staff record clips. Pure, so the rule is tested under Node.
 */
export interface PermissionState {
  staffMode: boolean;
}

/** What Electron passes about a request or check, reduced to what the rule looks at. */
export interface PermissionDetails {
  /** Request handler: the media kinds asked for. */
  mediaTypes?: readonly string[];
  /** Check handler: the one media kind checked. */
  mediaType?: string;
  requestingUrl?: string;
  isMainFrame?: boolean;
}

export function permissionDecision(permission: string, details: PermissionDetails, state: PermissionState): boolean {
  if (permission !== 'media' || !state.staffMode) return false;
  if (details.isMainFrame === false) return false;
  if (!isAllowedNavigation(details.requestingUrl ?? '')) return false;
  const kinds = details.mediaTypes ?? (details.mediaType !== undefined ? [details.mediaType] : []);
  // Audio only: a request that also asks for the camera (or says nothing) is refused as a whole.
  return kinds.length > 0 && kinds.every((k) => k === 'audio');
}

/**
 * Whether staff mode is active. main.ts points this at the staff gate (a live staff session), so the
 * microphone closes by itself when the session expires; setStaffModeActive pins it (recovery, tests).
 */
let staffModeProbe: () => boolean = () => false;

export function setStaffModeProbe(probe: () => boolean): void {
  staffModeProbe = probe;
}

export function setStaffModeActive(active: boolean): void {
  staffModeProbe = () => active;
}

export function permissionState(): Readonly<PermissionState> {
  return { staffMode: staffModeProbe() };
}
