import { useTranslation } from 'react-i18next';
import { Pictogram } from './Pictogram';

/**
 * The way to the emergency numbers, one touch from the start screen and from every screen's bar: the 🆘
 * pictogram (the emergency theme's own) needs no reading; the word is under it.
 */
export function EmergencyButton({ onOpen, testId }: { onOpen: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="nav-button emergency-button" onClick={onOpen} data-testid={testId}>
      <Pictogram code="1F198" size={56} />
      <span>{t('theme.emergency')}</span>
    </button>
  );
}
