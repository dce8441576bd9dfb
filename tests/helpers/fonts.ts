import type { Page } from 'playwright-core';

export interface RenderedFont {
  familyName: string;
  /** True for a web font the page loaded (a bundled @fontsource file), false for a system font. */
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * The fonts Chromium actually used to draw an element's text (DevTools CSS.getPlatformFontsForNode): a glyph
 * level check, so a missing script shows up as a fallback or system font rather than passing as tofu.
 */
export async function renderedFonts(page: Page, selector: string): Promise<RenderedFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element for ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ familyName: f.familyName, isCustomFont: f.isCustomFont, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}
