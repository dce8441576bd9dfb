import type { Source } from './schema';

/**
 * Parts of the seeds that describe one territory's own practice (a préfecture desk, a local agency's delay, a
 * city's plan): a fact taken from them is true there, not everywhere. A section is named by the start of its
 * `section` text; an entry without a section covers the whole document. Seed 000 also reports national rules
 * stated at the Martinique meetings (AME conditions, the OFII procedure…): those sections are not listed, and
 * the local parts of a mixed table are cited under their own, more precise section name below.
 */
export interface TerritorialSection {
  seed: string;
  /** The start of the section text; absent: the whole document. */
  section?: string;
  territory: string;
  why: string;
}

const martinique = '000_20f0a1aaa192821f.txt';
const paris = '002_3ab0ee06da3c073a.txt';

export const territorialSections: readonly TerritorialSection[] = [
  { seed: martinique, section: 'Annexe 2', territory: '972', why: 'the France Services structures of Martinique' },
  {
    seed: martinique,
    section: 'Annexe, bureau des migrations et de l’intégration : accueil du public',
    territory: '972',
    why: 'the Martinique préfecture’s desk: hours, appointments, medical kit',
  },
  {
    seed: martinique,
    section: 'Annexe, bureau des migrations et de l’intégration : demandes par voie postale',
    territory: '972',
    why: 'requests by post at the Martinique préfecture, "new procedures deployed later"',
  },
  {
    seed: martinique,
    section: 'Bureau des migrations et de l’intégration',
    territory: '972',
    why: 'the Martinique préfecture’s foreigners’ desk',
  },
  {
    seed: martinique,
    section: 'Réunion 1 (15 juin 2023), tableau : e-mail de la préfecture',
    territory: '972',
    why: 'the Martinique préfecture’s e-mail for protection orders',
  },
  {
    seed: martinique,
    section: 'Réunion 1 (15 juin 2023), tableau : point d’accès numérique en préfecture',
    territory: '972',
    why: 'the Martinique préfecture’s digital access point',
  },
  {
    seed: martinique,
    section: 'Réunion 1 (15 juin 2023), tableau : numéro de sécurité sociale et inscription',
    territory: '972',
    why: 'CGSS and France Travail practice in Martinique',
  },
  {
    seed: martinique,
    section: 'Réunion 2 (13 juillet 2023), tableau : permanences PASS',
    territory: '972',
    why: 'the PASS permanences and pharmacy in Martinique',
  },
  {
    seed: martinique,
    section: 'Réunion 3 (8 février 2024), tableau : AME, pratique de la CGSS de la Martinique',
    territory: '972',
    why: 'the CGSS agency in Schœlcher, renewal by post, 28 days',
  },
  {
    seed: martinique,
    section: 'Réunion 3 (8 février 2024), tableau : AME, réponse de la CGSS de la Martinique sur l’OQTF',
    territory: '972',
    why: 'one fund’s answer ("an OQTF ends AME"); seed 001 reports CPAMs demanding an OQTF as an abusive practice',
  },
  {
    seed: martinique,
    section: 'Réunion 3 (8 février 2024), tableau : VAE, AGEFMA et DEETS de la Martinique',
    territory: '972',
    why: 'AGEFMA and the DEETS of Martinique',
  },
  {
    seed: martinique,
    section: 'Réunion 3 (8 février 2024), tableau : garde d’enfants et mobilité',
    territory: '972',
    why: 'childcare and transport in Martinique',
  },
  {
    seed: martinique,
    section: 'Réunion 4 (21 mars 2024) : droit du travail des étrangers',
    territory: '972',
    why: 'work authorisations as the DEETS of Martinique presented them',
  },
  {
    seed: martinique,
    section: 'Réunion 4 (21 mars 2024) : présentation du dispositif OEPRE, les huit établissements',
    territory: '972',
    why: 'the eight OEPRE schools of Martinique',
  },
  { seed: martinique, section: 'Présentation du dispositif OEPRE', territory: '972', why: 'the OEPRE schools' },
  { seed: martinique, section: 'Rencontre', territory: '972', why: 'a Martinique agency named at a meeting' },
  { seed: paris, territory: '75', why: 'the action plan of the Paris CASVP (2018)' },
];

/** Typographic and straight apostrophes, spaces: written both ways in the content. */
const normal = (text: string) => text.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** The territory a source is specific to, or null when it states a rule valid everywhere. */
export function territoryOfSource(source: Source): TerritorialSection | null {
  if (source.seed === undefined) return null;
  const section = normal(source.section ?? '');
  return (
    territorialSections.find(
      (t) => t.seed === source.seed && (t.section === undefined || section.startsWith(normal(t.section))),
    ) ?? null
  );
}

/**
 * Names that tie a text to one territory whatever section it cites: a second net for a local fact cited under a
 * national section. Checked on the French phrase (and a number's value) of every procedure part.
 */
export const territorialNames: readonly { pattern: RegExp; territory: string }[] = [
  {
    pattern: /Martinique|Schœlcher|Fort-de-France|Lamentin|Trinité|Meynard|AGEFMA|martinique\.gouv\.fr|\.mq\b/i,
    territory: '972',
  },
  { pattern: /\bParis\b|\bIle-de-France\b|\bÎle-de-France\b/i, territory: '75' },
];
