import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { awaitPrintReadyScript } from '../../common/print/ready';

/**
 * Renders the print route to a real PDF through Chromium, with the sheet's own @page size. Given a browser, a
 * fresh context (cold cache); given a context, a new page in it (warm, like the shell's long-lived session).
 */
export async function renderChecklistPdf(
  target: Browser | BrowserContext,
  baseUrl: string,
  id: string,
  lang: string,
  format: 'a4' | 'receipt',
): Promise<Buffer> {
  const fresh = 'newContext' in target;
  const context = fresh ? await target.newContext() : target;
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl.replace(/\/$/, '')}/print/checklist/${id}?lang=${lang}&format=${format}`);
    // The page says when it is laid out (an event), as the print backends wait for it.
    const ready: unknown = await page.evaluate(awaitPrintReadyScript);
    if (ready !== 'ready') throw new Error(`print route for ${id}/${lang} did not load (${ready})`);
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await (fresh ? context.close() : page.close());
  }
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): { pages: number; widthPt: number; heightPt: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, widthPt: Number(size?.[1]), heightPt: Number(size?.[2]) };
}

/** Rasterises one page at 200 dpi and decodes every QR code on it with zbarimg. */
export function decodeQr(file: string, dir: string, page = 1): string[] {
  const prefix = join(dir, `page-${page}`);
  execFileSync('pdftoppm', ['-png', '-r', '200', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  try {
    const out = execFileSync('zbarimg', ['--raw', '-q', `${prefix}.png`], { encoding: 'utf8' });
    return out.split('\n').filter((l) => l.trim() !== '');
  } catch {
    return [];
  }
}

export function savePdf(dir: string, name: string, pdf: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
}
