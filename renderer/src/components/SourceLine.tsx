import { useTranslation } from 'react-i18next';

/** Stands for the source's name while the sentence around it is translated, then is cut out. */
const slot = '\u0000';

/**
 * "Source: service-public.fr, fiche F33954 (May 2023)": the sentence in the visitor's language, the source's name
 * (written in French, as its documents are) marked lang="fr", so a touch or "read all" says it with the French
 * voice and the rest with the visitor's. "Read all" leaves it out (a reference for staff, long and in French).
 */
export function SourceLine({ source, date, className }: { source: string; date: string; className?: string }) {
  const { t } = useTranslation();
  const [before = '', after = ''] = t('truth.sourceDated', { source: slot, date }).split(slot);
  return (
    <p className={className} data-read-all-skip="">
      {before}
      <span lang="fr" dir="ltr">
        {source}
      </span>
      {after}
    </p>
  );
}
