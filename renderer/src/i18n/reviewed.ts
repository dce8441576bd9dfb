import i18next from 'i18next';
import { call } from '../api/client';

/**
 * Puts the UI texts reviewed on this kiosk (a translator's PO import, or a correction at the desk) over the
 * bundled locale file. A failure keeps the bundled texts: the visitor still gets a page.
 */
export async function applyReviewedTexts(lang: string): Promise<void> {
  try {
    const reviewed = await call('getReviewedTexts', { lang });
    if (Object.keys(reviewed).length > 0) i18next.addResources(lang, 'translation', reviewed);
  } catch {
    // Bundled texts stay in place.
  }
}
