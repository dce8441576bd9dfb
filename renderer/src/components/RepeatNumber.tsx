import { useTranslation } from 'react-i18next';
import { picto } from './pictograms';
import { speech } from '../speech/engine';
import { digitByDigit } from '../speech/runs';
import { Pictogram } from './Pictogram';

/** Says a phone number again, digit by digit, in the visitor's language: time to key it in or write it down. */
export function RepeatNumber({ numbers }: { numbers: string[] }) {
  const { t, i18n } = useTranslation();
  const say = () => void speech.speak(numbers.map((n) => ({ text: digitByDigit(n), lang: i18n.language })));
  return (
    <button
      type="button"
      className="repeat-number"
      onClick={say}
      // Its label is heard when touched, not in "read all" (speech/read-all.ts).
      data-read-all-skip=""
      data-testid="repeat-number"
    >
      <Pictogram code={picto.hearAgain} size={40} />
      <span>{t('a11y.repeatNumber')}</span>
    </button>
  );
}
