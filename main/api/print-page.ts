import { printDataElementId } from '../../common/print/ready';
import { printPathPattern } from '../../common/ids';
import { dispatch, type Handlers } from './handlers';
import { CallFailure } from './errors';

/**
 * print.html with the sheet's data already in it (a JSON block, which the CSP allows: it is never run), so
 * the print page needs no call after its script. Computed once per drawing, through the same validated
 * dispatch as a call. Bad input (a CallFailure) leaves the page as it is: it then asks itself and shows the failure;
 * any other error does the same, and `unexpected` hears of it (for the host's log).
 */
export async function printPageHtml(
  handlers: Handlers,
  template: string,
  url: URL,
  unexpected: (err: unknown) => void,
): Promise<string> {
  const id = printPathPattern.exec(url.pathname)?.[1];
  if (!id) return template;
  let data: unknown;
  try {
    data = await dispatch(handlers, 'getPrintableChecklist', { id, lang: url.searchParams.get('lang') ?? 'fr' });
  } catch (err) {
    if (!(err instanceof CallFailure)) unexpected(err);
    return template;
  }
  // "<" escaped so no text in the data can close the block.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return template.replace(
    '</head>',
    `<script type="application/json" id="${printDataElementId}">${json}</script></head>`,
  );
}
