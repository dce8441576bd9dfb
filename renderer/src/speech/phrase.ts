/** Something to say: its text, its language (a locale code), and its i18n key or phrase id when it has one. */
export interface Phrase {
  text: string;
  lang: string;
  key?: string;
}
