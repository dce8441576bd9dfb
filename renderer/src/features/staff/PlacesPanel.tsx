import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursChangeView } from '../../../../common/api/contract';
import { localPlaceForm, type LocalPlaceInput } from '../../../../common/api/local-place-contract';
import { ChangeLog } from './HoursPanel';
import { blankPlace, PlaceForm } from './PlaceForm';
import { useListWithChanges } from './use-list-with-changes';

const isPlaceChange = (c: HoursChangeView) => c.field === 'place';

/**
 * Places staff know (their own PASS, the préfecture's desk, a partner association): the list, the form, and
 * their changes with undo (the hours-change log, field 'place').
 */
export function PlacesPanel() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<LocalPlaceInput | null>(null);
  const { listing, changes, message, setMessage, failed, refresh, undo } = useListWithChanges(
    'staffListLocalPlaces',
    isPlaceChange,
  );
  const changed = (text: string) => (setEditing(null), void refresh(text));

  return (
    <>
      <p className="screen__instruction">{t('staff.places.instruction')}</p>
      <div role="status" className="staff-message" data-testid="places-message">
        {failed ? t('staff.error') : message}
      </div>
      {editing ? (
        <PlaceForm
          key={editing.id ?? 'new'}
          initial={editing}
          notes={listing?.appointmentNotes ?? []}
          onSaved={changed}
          removable={listing?.places.some((p) => p.id === editing.id && p.removable) ?? false}
          onBack={() => (setEditing(null), setMessage(null))}
        />
      ) : (
        <>
          <button
            type="button"
            className="staff-button"
            onClick={() => (setEditing(blankPlace), setMessage(null))}
            data-testid="place-add"
          >
            {t('staff.places.add')}
          </button>
          <ul className="hours-structures" data-testid="local-places">
            {listing?.places.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="staff-button hours-structure"
                  onClick={() => (setEditing(localPlaceForm(p)), setMessage(null))}
                  data-testid={`local-place-${p.id}`}
                >
                  <strong lang="fr">{p.name}</strong>
                  <code dir="ltr">{p.hours ?? t('staff.hours.unknown')}</code>
                  <span>
                    {t(p.origin === 'pack' ? 'staff.places.fromPack' : 'staff.places.addedOn', { date: p.addedOn })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('staff.hours.log')}</h2>
      <ChangeLog changes={changes} onUndo={(id) => (setEditing(null), void undo(id))} />
    </>
  );
}
