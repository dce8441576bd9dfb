import { useTranslation } from 'react-i18next';
import { nextSlot, weekdays, type Slot, type WeekSlots, type Weekday } from './week-slots';

const dayKey: Record<Weekday, string> = {
  Mo: 'monday',
  Tu: 'tuesday',
  We: 'wednesday',
  Th: 'thursday',
  Fr: 'friday',
  Sa: 'saturday',
  Su: 'sunday',
};

/** Hours by weekday: each day's open slots (from, to), added and removed with buttons, and "closed on holidays". */
export function WeekSlotsEditor({ week, onChange }: { week: WeekSlots; onChange: (week: WeekSlots) => void }) {
  const { i18n, t } = useTranslation();
  const fr = i18n.getFixedT('fr');
  const setDay = (d: Weekday, slots: Slot[]) => onChange({ ...week, days: { ...week.days, [d]: slots } });
  return (
    <fieldset className="staff-form week-slots" data-testid="place-week">
      <legend>{t('staff.places.hours')}</legend>
      {weekdays.map((d) => (
        <div key={d} className="week-slots__day" data-testid={`place-day-${d}`}>
          <span className="week-slots__name">{fr(`days.${dayKey[d]}`)}</span>
          {week.days[d].length === 0 && <span>{t('staff.hours.closedDay')}</span>}
          {week.days[d].map((slot, i) => (
            <span key={i} className="week-slots__slot">
              <input
                type="time"
                aria-label={t('staff.places.slotFrom', { day: fr(`days.${dayKey[d]}`) })}
                value={slot.from}
                onChange={(e) =>
                  setDay(
                    d,
                    week.days[d].map((s, j) => (j === i ? { ...s, from: e.target.value } : s)),
                  )
                }
                data-testid={`place-slot-${d}-${i}-from`}
              />
              –
              <input
                type="time"
                aria-label={t('staff.places.slotTo', { day: fr(`days.${dayKey[d]}`) })}
                value={slot.to}
                onChange={(e) =>
                  setDay(
                    d,
                    week.days[d].map((s, j) => (j === i ? { ...s, to: e.target.value } : s)),
                  )
                }
                data-testid={`place-slot-${d}-${i}-to`}
              />
              <button
                type="button"
                className="staff-small"
                onClick={() =>
                  setDay(
                    d,
                    week.days[d].filter((_, j) => j !== i),
                  )
                }
                data-testid={`place-slot-${d}-${i}-remove`}
              >
                {t('staff.places.removeSlot')}
              </button>
            </span>
          ))}
          <button
            type="button"
            className="staff-small"
            onClick={() => setDay(d, [...week.days[d], nextSlot(week.days[d])])}
            data-testid={`place-slot-${d}-add`}
          >
            {t('staff.places.addSlot')}
          </button>
        </div>
      ))}
      <label>
        <input
          type="checkbox"
          checked={week.holidaysOff}
          onChange={(e) => onChange({ ...week, holidaysOff: e.target.checked })}
          data-testid="place-holidays-off"
        />
        {t('staff.places.holidaysOff')}
      </label>
    </fieldset>
  );
}
