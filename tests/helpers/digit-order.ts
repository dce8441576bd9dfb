import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultContentDir } from '../../main/paths';
import { readJson } from './content';

/**
 * The test's own idea of a number of several groups ("0806 001 620", "1 000"), independent of the product's:
 * digit groups joined by one space, dot, colon, slash or dash.
 */
export const groupedNumber = /\p{Nd}+(?:[ \u00a0\u202f.:/-]\p{Nd}+)+/gu;

export const phrases = (lang: string) =>
  readJson<Record<string, string>>(join(defaultContentDir, 'translations'), `${lang}.json`);

interface ProcedureData {
  id: string;
  themes: string[];
  sentences: { id: string; territory?: string }[];
  checklist: { id: string }[];
}
const procedures = readJson<ProcedureData[]>(defaultContentDir, 'procedures.json');

/**
 * Phrase keys of a procedure holding a digit in French, by the screen that shows them, on one territory; with
 * `onlyOwn`, only that territory's own sentences (the rest is measured on another territory already).
 */
export function digitPhrases(territory: string, onlyOwn = false) {
  const fr = phrases('fr');
  const withDigit = (key: string) => /\p{Nd}/u.test(fr[key] ?? '');
  return procedures
    .map((p) => ({
      id: p.id,
      theme: p.themes[0]!,
      sentences: p.sentences
        .filter((s) => (onlyOwn ? s.territory === territory : !s.territory || s.territory === territory))
        .map((s) => `${p.id}.s.${s.id}`)
        .filter(withDigit),
      checklist: onlyOwn
        ? []
        : p.checklist.flatMap((i) => [`${p.id}.item.${i.id}`, `${p.id}.item.${i.id}.note`]).filter(withDigit),
    }))
    .filter((p) => p.sentences.length + p.checklist.length > 0);
}

export interface MeasuredRun {
  text: string;
  /** Each digit group of the run, in the order it is written (logical order), with where it is drawn. */
  groups: { group: string; left: number; top: number }[];
}

/**
 * Finds, on the page, the element showing each text, and measures where each digit group of each grouped number
 * in it is drawn (a Range over the group's characters, across the element's text nodes). Null: not shown.
 */
export function measureDigitGroups(page: Page, texts: string[]): Promise<(MeasuredRun[] | null)[]> {
  return page.evaluate(
    ({ texts, source }) => {
      const grouped = new RegExp(source, 'gu');
      const candidates = [...document.querySelectorAll('main span, main p, main li')];
      return texts.map((text) => {
        const el = candidates.find((c) => c.textContent?.trim() === text);
        if (!el) return null;
        const nodes: { node: Text; start: number }[] = [];
        let all = '';
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: all.length });
          all += n.textContent ?? '';
        }
        return [...all.matchAll(grouped)].map((run) => ({
          text: run[0],
          groups: [...run[0].matchAll(/\p{Nd}+/gu)].map((g) => {
            // No named inner function: the test runner's transform would name it with a helper the page lacks.
            const first = run.index + g.index;
            const last = first + g[0].length - 1;
            const from = [...nodes].reverse().find((x) => x.start <= first)!;
            const to = [...nodes].reverse().find((x) => x.start <= last)!;
            const range = document.createRange();
            range.setStart(from.node, first - from.start);
            range.setEnd(to.node, last - to.start + 1);
            const box = range.getBoundingClientRect();
            return { group: g[0], left: box.left, top: box.top };
          }),
        }));
      });
    },
    { texts, source: groupedNumber.source },
  );
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  page: number;
}

/** Every word of a PDF with its position, as pdftotext -bbox finds it (punctuation stuck to a word removed). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/.exec(line);
    if (m) words.push({ xMin: Number(m[1]), yMin: Number(m[2]), text: m[3]!.replace(/^\D+|\D+$/gu, ''), page });
  }
  return words;
}

/**
 * The groups of one grouped number as they stand on each printed line, left to right: on a line where the number
 * is printed once or more (French and the visitor's language), the sequence is the groups in order, repeated.
 */
export function printedGroupOrders(words: PdfWord[], groups: string[]): string[][] {
  const lines = new Map<string, PdfWord[]>();
  for (const w of words.filter((w) => groups.includes(w.text))) {
    const key = `${w.page}:${Math.round(w.yMin)}`;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  return [...lines.values()].map((line) => line.sort((a, b) => a.xMin - b.xMin).map((w) => w.text));
}
