import { useTranslation } from 'react-i18next';
import { DialNumbers } from './DialNumbers';
import { isDialNumber } from './dial';
import { useCall } from '../../api/useCall';

/** The content procedure holding the emergency numbers (data/procedures.json), shown first in its theme. */
export const emergencyNumbersId = 'emergency-numbers';

/** The emergency theme opens on the numbers themselves: a person in danger should not have to look for them. */
export function EmergencyNumbers() {
  const { t, i18n } = useTranslation();
  const numbers = useCall('getProcedure', { id: emergencyNumbersId, lang: i18n.language });
  if (numbers.state !== 'ready') return null;
  return <DialNumbers numbers={numbers.value.numbers.filter(isDialNumber)} title={t('truth.emergencyTitle')} />;
}
