/**
 * A PO file is refused before it is parsed when it is beyond what a language needs (issue 25: a 40 MB file made
 * the CLI peak at 1.6 GB before refusing it), or when two entries share a msgctxt (the parser kept the last one
 * silently). One language is about 1,200 entries and 300 KB.
 */
export const maxPoBytes = 4 * 1024 * 1024;
export const maxPoEntries = 10_000;

/** The quoted strings that follow `keyword` at the start of a line, continued on the lines after, joined. */
function valuesOf(text: string, keyword: string): string[] {
  const pattern = new RegExp(`^${keyword}[ \\t]+((?:"(?:[^"\\\\\\n]|\\\\.)*"[ \\t]*(?:\\r?\\n|$))+)`, 'gm');
  return [...text.matchAll(pattern)].map((m) =>
    [...m[1]!.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((q) => q[1]).join(''),
  );
}

/** Why the file is refused, naming the entry when one is at fault; null when it may be parsed. */
export function poFileRefusal(text: string): string | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxPoBytes) return `the file is ${bytes} bytes, over the ${maxPoBytes} a language needs`;
  const entries = (text.match(/^msgid[ \t]/gm) ?? []).length;
  if (entries > maxPoEntries) return `the file has ${entries} entries, over the ${maxPoEntries} a language needs`;
  const seen = new Set<string>();
  for (const ctx of valuesOf(text, 'msgctxt')) {
    if (seen.has(ctx)) return `entry "${ctx.slice(0, 80)}" appears twice (msgctxt): which one is meant?`;
    seen.add(ctx);
  }
  return null;
}
