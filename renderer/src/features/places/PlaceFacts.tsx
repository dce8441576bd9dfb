import { useTranslation } from 'react-i18next';
import { picto } from '../../components/pictograms';
import type { PlaceView } from '../../../../common/api/contract';
import { Pictogram } from '../../components/Pictogram';
import { longDate } from '../../i18n/months';
import { sourceDate } from '../procedures/source-date';
import { RepeatNumber } from '../../components/RepeatNumber';
import { LtrNumbers } from '../../components/LtrNumbers';

/**
 * Address, phone, appointment note and closure: what a visitor needs to go there. French names keep lang="fr".
 * `repeatable` adds "repeat the number" beside the phone (not inside a card, which is itself a button).
 */
export function PlaceFacts({ place, repeatable = false }: { place: PlaceView; repeatable?: boolean }) {
  const { t, i18n } = useTranslation();
  const verify = (fact: string) => place.toBeVerified.includes(fact);
  const address = [place.address, place.addressComplement, [place.postcode, place.commune].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="place-facts">
      <p className="place-facts__line">
        <Pictogram code={picto.address} size={40} />
        <span>
          {address && <span lang="fr">{address}</span>}
          {verify('address') && <span className="to-verify"> ({t('places.addressToVerify')})</span>}
        </span>
      </p>
      <p className="place-facts__line">
        <Pictogram code={picto.phone} size={40} />
        <span>
          {place.phones.length > 0 ? (
            <>
              <span dir="ltr">{place.phones.join(' · ')}</span> {repeatable && <RepeatNumber numbers={place.phones} />}
            </>
          ) : (
            <span className="to-verify">{t('places.phoneToVerify')}</span>
          )}
        </span>
      </p>
      {place.appointmentNote && (
        <p className="place-facts__line">
          <Pictogram code={picto.appointment} size={40} />
          <span>
            <LtrNumbers text={place.appointmentNote} />
          </span>
        </p>
      )}
      {place.notes.map((n) => (
        <p key={n} className="place-facts__line">
          <Pictogram code={picto.hoursNote} size={40} />
          <span>
            <LtrNumbers text={n} />
          </span>
        </p>
      ))}
      {!place.hoursConfirmed && (
        <p className="place-facts__line place-facts__unsure" data-testid={`unsure-${place.id}`}>
          <Pictogram code={picto.hoursMayHaveChanged} size={40} />
          <span>{t('places.hoursMayHaveChanged')}</span>
        </p>
      )}
      {place.sourceNote && (
        <p className="place-facts__line" data-testid={`source-note-${place.id}`}>
          <Pictogram code={picto.sourceNote} size={40} />
          <span>
            {t('places.nationalListNote', { date: longDate(place.sourceNote.date, i18n.language) })}{' '}
            {/* Its own speakable element: touched, it is read in French, the language it was written in. */}
            <span lang="fr" data-speak={place.sourceNote.text}>
              {place.sourceNote.text}
            </span>
          </span>
        </p>
      )}
      {place.mobile && (
        <p className="place-facts__line">
          <Pictogram code={picto.mobile} size={40} />
          <span>{t('places.mobile')}</span>
        </p>
      )}
      {place.addedByStaff ? (
        // A place staff added: its facts come from the staff of that place, as of that day.
        <p className="place-facts__line" data-testid={`added-by-staff-${place.id}`}>
          <Pictogram code={picto.informationDate} size={40} />
          <span>{t('places.addedByStaff', { date: longDate(place.addedByStaff.date, i18n.language) })}</span>
        </p>
      ) : (
        place.informationDate && (
          <p className="place-facts__line" data-testid={`information-date-${place.id}`}>
            <Pictogram code={picto.informationDate} size={40} />
            <span>{t('truth.informationFrom', { date: sourceDate(place.informationDate, i18n.language) })}</span>
          </p>
        )
      )}
      {place.temporaryClosure && (
        <p className="place-facts__line place-facts__closure" data-testid={`closure-${place.id}`}>
          <Pictogram code={picto.temporarilyClosed} size={40} />
          <span>
            {t('places.temporarilyClosed')}: {place.temporaryClosure.reason}{' '}
            {place.temporaryClosure.until
              ? t('places.closedUntil', { date: longDate(place.temporaryClosure.until, i18n.language) })
              : t('places.noReopeningDate')}
          </span>
        </p>
      )}
    </div>
  );
}
