import { useTranslation } from 'react-i18next';
import { picto } from './pictograms';
import { Pictogram } from './Pictogram';

/**
 * The way to the emergency numbers, one touch from the start screen and from every screen's bar: the 🆘
 * pictogram (the emergency theme's own) needs no reading; the word is under it.
 */
export function EmergencyButton({
  onOpen,
  testId,
  atOnce = false,
}: {
  onOpen: () => void;
  testId: string;
  /** Opens on the first touch, outside "explore, then act" (the start screen's, see speech/explore.ts). */
  atOnce?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="nav-button emergency-button"
      onClick={onOpen}
      data-testid={testId}
      data-touch-rule={atOnce ? 'at-once' : undefined}
    >
      <Pictogram code={picto.emergency} size={56} />
      <span>{t('theme.emergency')}</span>
    </button>
  );
}
