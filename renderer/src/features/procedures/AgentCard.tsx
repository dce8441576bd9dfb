import { useTranslation } from 'react-i18next';
import { picto } from '../../components/pictograms';
import type { ProcedureDetail } from '../../../../common/api/contract';
import { languageInfo } from '../../../../common/locales';
import { Pictogram } from '../../components/Pictogram';
import { checklistText } from './checklist-text';
import { QrCode } from './QrCode';
import { LtrNumbers } from '../../components/LtrNumbers';

const needKey = {
  required: 'checklist.required',
  'if-available': 'checklist.ifAvailable',
  'one-of': 'checklist.oneOf',
};

/**
 * "Show this to the agent", for when there is no printer: the procedure and its checklist in French, large, the
 * visitor's language beside, over the whole screen; and a QR code holding the checklist itself as plain text in
 * the visitor's language then in French (not a link), so any phone camera keeps it with no network.
 */
export function AgentCard({ procedure, onClose }: { procedure: ProcedureDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const visitor = languageInfo(lang);
  const bilingual = lang !== 'fr';
  const fr = (key: string) => t(key, { lng: 'fr' });
  const labels = (lng: string) => ({
    toBring: t('checklist.title', { lng }),
    required: t('checklist.required', { lng }),
    oneOf: t('checklist.oneOf', { lng }),
    ifAvailable: t('checklist.ifAvailable', { lng }),
  });
  // The visitor's list, then the French one for the agent who scans it.
  const text = checklistText(procedure, labels(lang), bilingual ? labels('fr') : undefined);
  return (
    <div
      className="agent-card"
      role="dialog"
      aria-modal="true"
      aria-labelledby="agent-card-title"
      data-testid="agent-card"
    >
      <div className="agent-card__head">
        <div>
          <h2 id="agent-card-title" className="agent-card__title" lang="fr" dir="ltr">
            {procedure.title.fr}
          </h2>
          {bilingual && (
            <p className="agent-card__subtitle" lang={visitor.tag} dir={visitor.dir}>
              {procedure.title.text}
            </p>
          )}
        </div>
        <button type="button" className="agent-card__close" onClick={onClose} data-testid="agent-close">
          <Pictogram code={picto.close} size={56} />
          <span>{t('a11y.close')}</span>
        </button>
      </div>
      <div className="agent-card__body">
        <ul className="agent-card__list">
          <li className="agent-card__row agent-card__row--head">
            <span aria-hidden="true" />
            <span lang="fr" dir="ltr">
              {fr('checklist.title')}
            </span>
            {bilingual && <span>{t('checklist.title')}</span>}
          </li>
          {procedure.checklist.map((item) => (
            <li key={item.id} className="agent-card__row" data-testid={`agent-item-${item.id}`}>
              <Pictogram code={item.pictogram} size={64} />
              <span lang="fr" dir="ltr" className="agent-card__fr">
                {item.label.fr} <small>({fr(needKey[item.need])})</small>
              </span>
              {bilingual && (
                <span lang={visitor.tag} dir={visitor.dir}>
                  <LtrNumbers text={item.label.text} /> <small>({t(needKey[item.need])})</small>
                </span>
              )}
            </li>
          ))}
        </ul>
        <figure className="agent-card__qr">
          <QrCode text={text} size={360} label={t('a11y.qrCaption')} />
          <figcaption>
            <Pictogram code={picto.scan} size={48} />
            <span>{t('a11y.qrCaption')}</span>
          </figcaption>
        </figure>
      </div>
    </div>
  );
}
