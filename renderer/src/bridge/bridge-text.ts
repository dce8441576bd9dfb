import { flatStrings } from '../../../common/flat-strings';
import { languageInfo } from '../../../common/locales';
import type { Phrase } from '../speech/phrase';

/** Texts by dotted key: UI strings (flattened) and content phrases of one language. */
export type Texts = Record<string, string>;

/** i18next's nested strings as dotted keys ("speech.louder"), the keys clips and content phrases use. */
export const flatten = (node: unknown): Texts => Object.fromEntries(flatStrings(node));

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A number said digit by digit (Latin, Arabic-Indic or Persian digits): the same in any language. */
const digitsOnly = /^[\d\u0660-\u0669\u06f0-\u06f9 ]+$/u;
const placeholder = /\{\{\s*(\w+)\s*\}\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Template {
  key: string;
  pattern: RegExp;
  names: string[];
}

/** A piece of the visitor's text and what it is in the bridge language. */
interface Piece {
  end: number;
  said: string;
  key?: string;
}

/**
 * Says a phrase of a voiceless language (`own`) in its bridge language (`bridge`): each piece of its text is
 * found among the language's UI strings and content phrases, by key when the phrase has one, else by its text
 * (interpolated strings by their pattern, joined texts piece by piece), and replaced by the same key's text in
 * the bridge language. A number is said as it is; a piece found nowhere is left out. Null when nothing is found.
 */
export class BridgeDictionary {
  private readonly keyOfText = new Map<string, string>();
  /** Own texts, longest first: a joined text is cut into the longest known pieces. */
  private readonly texts: string[];
  private readonly templates: Template[] = [];

  constructor(
    own: Texts,
    private readonly bridge: Texts,
    private readonly bridgeLang: string,
  ) {
    for (const [key, raw] of Object.entries(own)) {
      const text = normalise(raw);
      if (!text) continue;
      const names = [...text.matchAll(placeholder)].map((m) => m[1]!);
      if (names.length === 0) {
        if (!this.keyOfText.has(text)) this.keyOfText.set(text, key);
        continue;
      }
      // A string that is only placeholders would match any word.
      if (text.replace(placeholder, '').trim() === '') continue;
      const pattern = escape(text).replace(/\\\{\\\{\s*\w+\s*\\\}\\\}/g, '(.+?)');
      this.templates.push({ key, names, pattern: new RegExp(`${pattern}(?= |$)`, 'uy') });
    }
    this.texts = [...this.keyOfText.keys()].sort((a, b) => b.length - a.length);
  }

  translate(phrase: Phrase): Phrase | null {
    const text = normalise(phrase.text);
    if (digitsOnly.test(text)) return { text, lang: this.bridgeLang };
    const keyed = phrase.key ? this.textOf(phrase.key, {}) : null;
    if (keyed) return { text: keyed, lang: this.bridgeLang, key: phrase.key! };
    const pieces: Piece[] = [];
    for (let at = 0; at < text.length;) {
      const piece = this.pieceAt(text, at);
      if (piece) pieces.push(piece);
      const next = piece ? piece.end : text.indexOf(' ', at);
      at = next < 0 ? text.length : next + 1;
    }
    if (pieces.length === 0) return null;
    const said = pieces.map((p) => p.said).join(' ');
    const key = pieces.length === 1 ? pieces[0]!.key : undefined;
    return key ? { text: said, lang: this.bridgeLang, key } : { text: said, lang: this.bridgeLang };
  }

  /** The bridge language's text of a key, its placeholders filled; plural forms fall back to `_other`. */
  private textOf(key: string, values: Record<string, string>): string | null {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    const raw = this.bridge[key] ?? this.bridge[`${base}_other`] ?? this.bridge[base];
    return raw ? normalise(raw.replace(placeholder, (_, name: string) => values[name] ?? '')) : null;
  }

  private pieceAt(text: string, at: number): Piece | null {
    const word = text.slice(at).split(' ', 1)[0]!;
    if (digitsOnly.test(word)) return { end: at + word.length, said: word };
    for (const known of this.texts) {
      const end = at + known.length;
      if (!text.startsWith(known, at) || (end < text.length && text[end] !== ' ')) continue;
      const key = this.keyOfText.get(known)!;
      const said = this.textOf(key, {});
      if (said) return { end, said, key };
    }
    for (const template of this.templates) {
      template.pattern.lastIndex = at;
      const match = template.pattern.exec(text);
      if (!match) continue;
      const values = Object.fromEntries(template.names.map((name, i) => [name, match[i + 1]!]));
      const said = this.textOf(template.key, values);
      if (said) return { end: at + match[0].length, said };
    }
    return null;
  }
}

/**
 * The start screen's "this language" and "continue in this language" said in the bridge language must name the
 * visitor's language, not the bridge's: its name, then the bridge's "touch again to choose".
 */
export function namingVisitorLanguage(bridge: Texts, visitorName: string): Texts {
  const touchAgain = bridge['speech.touchAgain'];
  return {
    ...bridge,
    'attract.thisLanguage': touchAgain ? `${visitorName}. ${touchAgain}` : visitorName,
    'attract.choose': visitorName,
  };
}

/** The visitor's language as the bridge language names it (Intl), else by its own name (Chromium lacks "ff"). */
export function visitorLanguageName(lang: string, bridge: string): string {
  const name = new Intl.DisplayNames([languageInfo(bridge).tag], { type: 'language' }).of(lang);
  return name && name !== lang ? name : languageInfo(lang).endonym;
}
