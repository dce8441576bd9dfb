import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalPlaceInput } from '../../../../common/api/local-place-contract';
import { structureCategories, themeIds } from '../../../../common/id-patterns';
import { ApiError } from '../../api/client';
import { useStaff } from './context';
import { staffFailureKey } from './failure';
import { hoursToSlots, slotsToHours, emptyWeek } from './week-slots';
import { WeekSlotsEditor } from './WeekSlotsEditor';
import { PlaceMapPicker } from './PlaceMapPicker';

export const blankPlace: LocalPlaceInput = {
  name: '',
  category: 'association',
  themes: [],
  address: null,
  postcode: null,
  commune: null,
  phones: [],
  mapPoint: null,
  hours: null,
  appointmentNote: null,
};

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * Adding or editing a place staff know. The hours are slots per weekday; the form writes the opening_hours
 * string and shows it. A string the slots cannot show (written elsewhere, e.g. "Tu[2,4]") is kept as it is until
 * staff choose to replace it with slots.
 */
export function PlaceForm({
  initial,
  notes,
  onSaved,
  onBack,
  removable = false,
}: {
  initial: LocalPlaceInput;
  notes: { id: string; text: string }[];
  /** Saved or removed: the message to show with the refreshed list. */
  onSaved: (message: string) => void;
  onBack: () => void;
  /** A place added on this kiosk (not received with the content) can be removed here. */
  removable?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const fr = i18n.getFixedT('fr');
  const staff = useStaff();
  const [place, setPlace] = useState(initial);
  const [phone, setPhone] = useState(initial.phones.join(', '));
  const read = hoursToSlots(initial.hours);
  const [week, setWeek] = useState(read ?? emptyWeek());
  const [keptHours, setKeptHours] = useState(read ? null : initial.hours);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const hours = keptHours ?? slotsToHours(week);
  const set = (patch: Partial<LocalPlaceInput>) => setPlace({ ...place, ...patch });
  const text = (field: 'name' | 'address' | 'postcode' | 'commune', value: string | null) => (
    <label>
      {t(`staff.places.field.${field}`)}
      <input
        value={value ?? ''}
        onChange={(e) => set({ [field]: field === 'name' ? e.target.value : orNull(e.target.value) })}
        data-testid={`place-${field}`}
      />
    </label>
  );
  const save = () => {
    setRefusal(null);
    const phones = phone
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    staff.call('staffSaveLocalPlace', { place: { ...place, name: place.name.trim(), phones, hours } }).then(
      (r) => (r.ok ? onSaved(t('staff.places.saved', { name: place.name.trim() })) : setRefusal(r.message)),
      // A refused field (a phone, a postcode) says which; other failures are said as for every staff call.
      (err: unknown) =>
        setRefusal(
          err instanceof ApiError && err.error.code === 'bad-input' ? err.error.message : t(staffFailureKey(err)),
        ),
    );
  };
  const remove = () => {
    setRefusal(null);
    staff.call('staffRemoveLocalPlace', { id: initial.id! }).then(
      (r) => (r.ok ? onSaved(t('staff.places.removed', { name: initial.name })) : setRefusal(r.message)),
      (err: unknown) => setRefusal(t(staffFailureKey(err))),
    );
  };
  return (
    <section className="place-form" aria-labelledby="place-form-title">
      <button type="button" className="staff-button" onClick={onBack} data-testid="place-back">
        {t('staff.places.back')}
      </button>
      <h2 id="place-form-title">{initial.id ? t('staff.places.edit') : t('staff.places.add')}</h2>
      <div className="staff-form">
        {text('name', place.name)}
        <label>
          {t('staff.places.field.category')}
          <select
            value={place.category}
            onChange={(e) => set({ category: e.target.value as LocalPlaceInput['category'] })}
            data-testid="place-category"
          >
            {structureCategories.map((c) => (
              <option key={c} value={c}>
                {t(`staff.places.category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="staff-form staff-form--inline" data-testid="place-themes">
          <legend>{t('staff.places.field.themes')}</legend>
          {themeIds.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={place.themes.includes(id)}
                onChange={(e) =>
                  set({ themes: e.target.checked ? [...place.themes, id] : place.themes.filter((x) => x !== id) })
                }
                data-testid={`place-theme-${id}`}
              />
              {fr(`theme.${id}`)}
            </label>
          ))}
        </fieldset>
        {text('address', place.address)}
        <div className="staff-form staff-form--inline">
          {text('postcode', place.postcode)}
          {text('commune', place.commune)}
        </div>
        <label>
          {t('staff.places.field.phones')}
          <input value={phone} onChange={(e) => setPhone(e.target.value)} data-testid="place-phones" dir="ltr" />
        </label>
        <label>
          {t('staff.places.field.appointmentNote')}
          <select
            value={place.appointmentNote ?? ''}
            onChange={(e) => set({ appointmentNote: orNull(e.target.value) })}
            data-testid="place-note"
          >
            <option value="">{t('staff.places.noNote')}</option>
            {notes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.text}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PlaceMapPicker point={place.mapPoint} onPick={(mapPoint) => set({ mapPoint })} />
      {keptHours !== null ? (
        <p data-testid="place-hours-kept">
          {t('staff.places.hoursKept')}{' '}
          <button type="button" className="staff-small" onClick={() => setKeptHours(null)}>
            {t('staff.places.hoursReplace')}
          </button>
        </p>
      ) : (
        <WeekSlotsEditor week={week} onChange={setWeek} />
      )}
      <p>
        {t('staff.places.hoursString')}{' '}
        <code dir="ltr" data-testid="place-hours">
          {hours ?? t('staff.hours.unknown')}
        </code>
      </p>
      <p className="staff-hint">{t('staff.places.sourceHint')}</p>
      <button
        type="button"
        className="staff-button"
        disabled={place.name.trim() === '' || place.themes.length === 0}
        onClick={save}
        data-testid="place-save"
      >
        {t('staff.places.save')}
      </button>
      {removable &&
        (confirming ? (
          <div role="group" aria-labelledby="place-remove-question" className="staff-form staff-form--inline">
            <p id="place-remove-question">{t('staff.places.removeConfirm', { name: initial.name })}</p>
            <button type="button" className="staff-button" onClick={remove} data-testid="place-remove-confirm">
              {t('staff.places.removeYes')}
            </button>
            <button type="button" className="staff-button" onClick={() => setConfirming(false)}>
              {t('staff.places.removeNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="staff-button" onClick={() => setConfirming(true)} data-testid="place-remove">
            {t('staff.places.remove')}
          </button>
        ))}
      {refusal && (
        <p role="alert" className="staff-message" data-testid="place-refusal">
          {refusal}
        </p>
      )}
    </section>
  );
}
