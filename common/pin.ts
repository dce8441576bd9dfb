/** A PIN that can still open staff mode (4-digit PINs set before the 6-digit rule keep working). */
export const pinPattern = /^\d{4,8}$/;
/** A PIN that can be set now: at least 6 digits (IT's set-pin, staff's PIN change, config hash-pin). */
export const newPinPattern = /^\d{6,8}$/;
