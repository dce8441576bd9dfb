/**
 * Every pictogram the interface draws (OpenMoji codes in assets/pictograms), by what it means: one meaning per
 * pictogram, so a visitor who cannot read learns each one once (tests/unit/assets/pictogram-meanings.test.ts).
 * The content's pictograms (themes, procedures, documents) are in data/; the touch hint is drawn by
 * styles/kiosk-frame.css.
 */
export const picto = {
  // Moving around
  home: '1F3E0',
  back: '2B05',
  moreAbove: '2B06',
  moreBelow: '2B07',
  emergency: '1F198',
  close: '274C',
  touchHint: '1F446',
  // Start screen
  languages: '1F310',
  language: '1F5E3',
  languageSelected: '2611',
  confirm: '2714',
  about: '2139',
  // Speech
  hearAgain: '1F501',
  readAll: '1F4E2',
  pause: '23F8',
  resume: '25B6',
  volumeDown: '1F509',
  volumeUp: '1F50A',
  audioMissing: '1F507',
  otherVoice: '1F5E8',
  machineTranslated: '1F916',
  // A procedure
  checklist: '1F4CB',
  whereToGo: '1F4CD',
  usefulNumbers: '260E',
  print: '1F5A8',
  showAgent: '1F9D1-200D-1F4BC',
  scan: '1F4F1',
  wait: '23F3',
  printDone: '1F4E4',
  paperJam: '1F4C3',
  askDesk: '1F481',
  // Places
  map: '1F5FA',
  youAreHere: '1F9CD',
  address: '1F6AA',
  phone: '1F4DE',
  appointment: '1F4C5',
  hoursNote: '1F552',
  hoursMayHaveChanged: '26A0',
  sourceNote: '1F5D2',
  informationDate: '1F5D3',
  open: '2705',
  closed: '26D4',
  temporarilyClosed: '1F6A7',
  stateUnknown: '2753',
  mobile: '1F690',
  // Places, by category (a pin with several kinds shows categoryMixed)
  categoryFranceServices: '1F3E2',
  categoryPrefecture: '1F3DB',
  categoryHospital: '1F3E5',
  categorySocialSecurity: '1F4B3',
  categoryCaf: '1F46A',
  categoryFranceTravail: '1F4BC',
  categoryOfii: '1F6C2',
  categorySchool: '1F3EB',
  categoryAssociation: '1F91D',
  categoryJustice: '2696',
  categoryStateService: '1F4DC',
  categorySocialService: '1F9D1',
  categoryMixed: '1F6A9',
  // Idle
  idleCountdown: '23F1',
  stillHere: '1F44B',
  // Staff
  startupNotice: '1F6E1',
} as const;

export type PictoMeaning = keyof typeof picto;
