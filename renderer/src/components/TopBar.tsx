import { useTranslation } from 'react-i18next';
import { picto } from './pictograms';
import { Pictogram } from './Pictogram';
import { EmergencyButton } from './EmergencyButton';

interface TopBarProps {
  title: string;
  /** The title's i18n key, so a recorded clip can speak it. */
  titleKey?: string;
  onHome: () => void;
  onBack?: () => void;
  /** Opens the emergency numbers; absent on the emergency screen itself. */
  onEmergency?: (() => void) | undefined;
}

/** Home and back stay in the same place on every screen (the inline start, so mirrored in RTL). */
export function TopBar({ title, titleKey, onHome, onBack, onEmergency }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <nav className="top-bar__nav" aria-label={t('nav.label')}>
        <button type="button" className="nav-button" onClick={onHome} data-testid="nav-home">
          <Pictogram code={picto.home} size={56} />
          <span>{t('nav.home')}</span>
        </button>
        <button
          type="button"
          className="nav-button"
          onClick={onBack}
          disabled={!onBack}
          aria-hidden={!onBack}
          tabIndex={onBack ? 0 : -1}
          data-testid="nav-back"
        >
          <Pictogram code={picto.back} size={56} className="pictogram pictogram--directional" />
          <span>{t('nav.back')}</span>
        </button>
      </nav>
      <h1 className="top-bar__title" data-speak-key={titleKey}>
        {title}
      </h1>
      {onEmergency && <EmergencyButton onOpen={onEmergency} testId="nav-emergency" />}
    </header>
  );
}
