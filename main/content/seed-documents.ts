import type { Source } from './schema';

/**
 * The five seed documents as a visitor's sheet names them (in French, like the documents), with the date each
 * one carries. 004 states no date of its own (it cites 2018 work): it stays undated rather than guessed.
 */
export const seedDocuments: Record<string, { title: string; date: string | null }> = {
  '000_20f0a1aaa192821f.txt': {
    title: 'Martinique, réunions État–associations sur l’intégration des femmes migrantes',
    date: '2023-2024',
  },
  '001_40e16c10a27ff00c.txt': {
    title: 'Île-de-France, enquête auprès de 130 travailleurs sociaux sur l’accès des étrangers aux droits sociaux',
    date: '2023',
  },
  '002_3ab0ee06da3c073a.txt': { title: 'CASVP (Ville de Paris), plan d’accueil des migrants', date: '2018' },
  '003_9c691a3fa8d45fcf.txt': { title: 'DiAir, catalogue d’initiatives locales', date: '2019' },
  '004_b0ae052b20449b37.txt': { title: 'Direction générale de la santé, parcours de santé des migrants', date: null },
};

/** One line "where this comes from": the document (or official source) and its date (ISO day, year or span). */
export function sourceLine(source: Source): { source: string; date: string | null } {
  const seed = source.seed === undefined ? undefined : seedDocuments[source.seed];
  if (seed) return { source: seed.title, date: source.date ?? seed.date };
  return { source: source.official ?? source.section ?? source.seed ?? '', date: source.date ?? null };
}
