import { readFile } from 'node:fs/promises';
import { bootDataElementId, type BootData } from '../../common/start/boot-block';
import { printDataElementId } from '../../common/print/ready';
import { printPathPattern } from '../../common/ids';
import { dispatch, type Handlers } from './handlers';
import { CallFailure } from './errors';

/** The data block goes in the page's head; "<" is escaped so no text in the data can close the block. */
function withJsonBlock(template: string, id: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return template.replace('</head>', `<script type="application/json" id="${id}">${json}</script></head>`);
}

/**
 * Computes a page's data through the same validated dispatch as a call. Bad input (a CallFailure) gives null: the
 * page then asks itself and shows the failure; any other error does the same, and `unexpected` hears of it (for
 * the host's log).
 */
async function dataOrNull<T>(compute: () => Promise<T>, unexpected: (err: unknown) => void): Promise<T | null> {
  try {
    return await compute();
  } catch (err) {
    if (!(err instanceof CallFailure)) unexpected(err);
    return null;
  }
}

/** print.html with the sheet's data already in it, so the print page needs no call after its script. */
export async function printPageHtml(
  handlers: Handlers,
  template: string,
  url: URL,
  unexpected: (err: unknown) => void,
): Promise<string> {
  const id = printPathPattern.exec(url.pathname)?.[1];
  if (!id) return template;
  const lang = url.searchParams.get('lang') ?? 'fr';
  const data = await dataOrNull(() => dispatch(handlers, 'getPrintableChecklist', { id, lang }), unexpected);
  return data === null ? template : withJsonBlock(template, printDataElementId, data);
}

/**
 * index.html with the start screen's settings and themes already in it: read at each load, so a page loaded after
 * staff changed a setting shows the new one.
 */
export async function startPageHtml(
  handlers: Handlers,
  template: string,
  unexpected: (err: unknown) => void,
): Promise<string> {
  const data = await dataOrNull(
    async (): Promise<BootData> => ({
      config: (await dispatch(handlers, 'getKioskConfig', {})) as BootData['config'],
      themes: (await dispatch(handlers, 'listThemes', {})) as BootData['themes'],
    }),
    unexpected,
  );
  return data === null ? template : withJsonBlock(template, bootDataElementId, data);
}

/** A page the hosts fill with its data before serving it, from its template (a file of the built renderer). */
export type FilledPageRoute = { kind: 'print'; template: string } | { kind: 'start'; template: string };

/** The HTML of a page a host fills (both hosts answer these routes with it). */
export async function filledPageHtml(
  handlers: Handlers,
  route: FilledPageRoute,
  url: URL,
  unexpected: (err: unknown) => void,
): Promise<string> {
  const template = await readFile(route.template, 'utf8');
  return route.kind === 'print'
    ? printPageHtml(handlers, template, url, unexpected)
    : startPageHtml(handlers, template, unexpected);
}
