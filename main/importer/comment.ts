/**
 * The national list's free comment: kept whole as the structure's note (French, shown as "information from
 * the national list"), and read for the few patterns that can be recognised safely. Nothing here makes hours.
 */
export interface CommentReading {
  /** The note to keep; null when the comment only repeats the row's own e-mail. */
  note: string | null;
  /** A closure of the whole place with no reopening date ("Espace fermé suite à une dégradation des locaux"). */
  closed: boolean;
  /** 'only': appointments only; 'some-days': appointments only on some days or half-days. */
  appointmentsOnly: 'only' | 'some-days' | null;
  /** How the comment was handled, for the import report. */
  handling: string[];
}

const placeClosed =
  /\b(espace|structure|site|france services|maison)\b[^.]{0,40}\bferm[ée]e?s?\s+(suite|temporairement|jusqu|pour travaux|définitivement)/i;
const appointmentOnly =
  /(uniquement|exclusivement|seulement)\s+sur\s+(rdv|rendez[- ]vous)|sur\s+(rdv|rendez[- ]vous)\s+uniquement|(rdv|rendez[- ]vous)\s+uniquement|^sur\s+(rdv|rendez[- ]vous)\.?$/i;
/** "lundi et jeudi sur RDV", "Sur RDV le Lundi et Mardi après-midi": appointments only on the days named. */
const appointmentDays =
  /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi)s?(\s+(matin|après[- ]midi)s?)?((\s*,\s*|\s+et\s+)(lundi|mardi|mercredi|jeudi|vendredi|samedi)s?(\s+(matin|après[- ]midi)s?)?)*\s+(uniquement\s+)?sur\s+(rdv|rendez[- ]vous)|sur\s+(rdv|rendez[- ]vous)\s+(le|les)\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi)/i;
const dayOrHalfDay = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|matin|après[- ]midi)s?\b/i;
const bareEmail = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const barePhone = /^0\d([ .]?\d\d){4}$/;

/** Some comments were exported with escape codes ("Le\\x20bus\\x20dessert"): read them as the characters they mean. */
export const decodeEscapes = (raw: string): string =>
  raw.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function readComment(raw: string, rowEmail: string): CommentReading {
  const text = decodeEscapes(raw).replace(/\s+/g, ' ').trim();
  const out: CommentReading = { note: null, closed: false, appointmentsOnly: null, handling: [] };
  if (text === '') return out;
  if (bareEmail.test(text) && text.toLowerCase() === rowEmail.trim().toLowerCase()) {
    out.handling.push("comment is only the row's own e-mail: dropped as a repeat");
    return out;
  }
  out.note = text;
  if (decodeEscapes(raw) !== raw) out.handling.push('escape codes (\\x20…) decoded into the characters they mean');
  if (bareEmail.test(text)) out.handling.push("comment is a bare e-mail (not the row's): kept as the note");
  else if (barePhone.test(text)) out.handling.push('comment is a bare phone number: kept as the note');
  else out.handling.push('kept as the note (information from the national list)');
  if (placeClosed.test(text)) {
    out.closed = true;
    out.handling.push('recognised a closure of the place with no reopening date: shown as temporarily closed');
  }
  if (appointmentOnly.test(text) || appointmentDays.test(text)) {
    out.appointmentsOnly = dayOrHalfDay.test(text) ? 'some-days' : 'only';
    out.handling.push(
      out.appointmentsOnly === 'only'
        ? 'recognised appointments only'
        : 'recognised appointments only on some days: the note says which',
    );
  }
  return out;
}
