/** The national list of France Services and the IGN outlines, as copied into sources/ (see the README). */
export const franceServicesDataset = {
  file: 'sources/france-services/liste-fs-20240801.csv',
  date: '2024-08-01',
  name: 'ANCT, « Liste des structures France Services » (data.gouv.fr, dépôt anct-carto/france_services)',
  licence: 'Licence Ouverte 2.0',
};

export const outlinesDataset = {
  file: 'sources/geo/departements.geojson',
  date: '2024',
  name: 'IGN Admin Express, contours des départements (dépôt anct-carto/france_services, data/geom_dep.geojson)',
  licence: 'Licence Ouverte 2.0',
};

/** The source text of one row: dataset, date, licence and row id. */
export function rowSource(idFs: string): string {
  // Short: it is repeated on every row (the README and the About screen give the full reference).
  return `ANCT, liste des France Services, ${franceServicesDataset.date}, Licence Ouverte 2.0, id_fs ${idFs}`;
}

/** Overseas départements' IANA zones; every other département is in Europe/Paris. */
const overseasZones: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '976': 'Indian/Mayotte',
};

export function departementZone(code: string): string {
  return overseasZones[code] ?? 'Europe/Paris';
}

/**
 * The "state" the opening_hours package needs for a département's public holidays. Its French data limits
 * Good Friday and 26 December to "Moselle", "Bas-Rhin", "Haut-Rhin", and each abolition-of-slavery day to its
 * overseas département; any other name gets France's holidays only.
 */
const holidayStates: Record<string, string> = {
  '57': 'Moselle',
  '67': 'Bas-Rhin',
  '68': 'Haut-Rhin',
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '976': 'Mayotte',
};

export function holidayState(code: string, name: string): string {
  return holidayStates[code] ?? name;
}

/** INSEE codes of the départements: 01…95 with 2A/2B for Corsica, and 971–976 (no 975). */
export const departementCode = /^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2A|2B|97[12346])$/;
