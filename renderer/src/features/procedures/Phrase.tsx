import type { Bilingual } from '../../../../common/api/contract';
import { languageInfo } from '../../../../common/locales';
import { LtrNumbers } from '../../components/LtrNumbers';

/**
 * A content phrase in the visitor's language. When the translation is missing the French is shown, and the
 * element then says so through its `lang`, so speech and fonts follow the real language of the text. Numbers
 * inside it keep their left-to-right order in right-to-left languages.
 */
export function Phrase({ phrase, className, pageLang }: { phrase: Bilingual; className?: string; pageLang: string }) {
  const info = languageInfo(phrase.lang);
  const differs = phrase.lang !== pageLang;
  return (
    <span className={className} lang={differs ? info.tag : undefined} dir={differs ? info.dir : undefined}>
      <LtrNumbers text={phrase.text} />
    </span>
  );
}

/** The French original under a translated phrase: lets staff and French speakers check the same sheet. */
export function FrenchLine({ phrase, pageLang }: { phrase: Bilingual; pageLang: string }) {
  if (pageLang === 'fr') return null;
  return (
    <span className="phrase-fr" lang="fr" dir="ltr">
      {phrase.fr}
    </span>
  );
}
