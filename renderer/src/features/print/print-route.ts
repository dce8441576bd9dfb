import { printPathPattern, type PaperFormat } from '../../../../common/id-patterns';
import { languageInfo } from '../../../../common/locales';

export interface PrintRequest {
  id: string;
  lang: string;
  format: PaperFormat;
}

/**
 * /print/checklist/<id>?lang=<code>&format=a4|receipt → what to print; null when the path is not a print route.
 * An unknown language prints in French (the source), an unknown format on A4.
 */
export function parsePrintRoute(location: { pathname: string; search: string }): PrintRequest | null {
  const m = printPathPattern.exec(location.pathname);
  if (!m) return null;
  const q = new URLSearchParams(location.search);
  const lang = languageInfo(q.get('lang') ?? 'fr').code;
  return { id: m[1]!, lang, format: q.get('format') === 'receipt' ? 'receipt' : 'a4' };
}
