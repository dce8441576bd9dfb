import i18next from 'i18next';

const monthKeys = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Whether the browser's Intl names months in `lang` (Chromium has none for ti, ps, ff or ht). */
const intlKnows = (lang: string) => Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;

/**
 * "July 2024" from 2024-07-22 in the visitor's language: by Intl where the browser knows the language, else from
 * the locale file's months table (CLDR's Gregorian names, like days.*), never French in a Tigrinya sentence.
 */
export function monthYear(date: string, lang: string): string {
  if (intlKnows(lang))
    return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
  return `${monthIn(date, lang)} ${date.slice(0, 4)}`;
}

/** "22 July 2024", the same way. */
export function longDate(date: string, lang: string): string {
  if (intlKnows(lang))
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  return `${Number(date.slice(8, 10))} ${monthIn(date, lang)} ${date.slice(0, 4)}`;
}

function monthIn(date: string, lang: string): string {
  return i18next.t(`months.${monthKeys[Number(date.slice(5, 7)) - 1]!}`, { lng: lang });
}
