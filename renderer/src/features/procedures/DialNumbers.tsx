import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram';
import { digitByDigit, monthYear, type UsefulNumber } from './dial';
import { Phrase } from './Phrase';
import { SourceLine } from '../../components/SourceLine';

/**
 * Emergency and help numbers as big touch targets: the digits large, what the number is for, and on touch the
 * label then the digits one by one in the visitor's language. The kiosk cannot call: it makes the number heard
 * and seen so the visitor (or someone beside them) can dial it. Each source is named with its date.
 */
export function DialNumbers({ numbers, title }: { numbers: UsefulNumber[]; title?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const sources = [...new Map(numbers.map((n) => [`${n.source.official ?? ''}|${n.source.date ?? ''}`, n])).values()];
  return (
    <section className="dial-numbers" data-testid="dial-numbers" aria-labelledby="dial-numbers-title">
      <h2 id="dial-numbers-title">{title ?? t('truth.emergencyTitle')}</h2>
      {/* Not .screen__instruction: the screen's own instruction stays what is announced on entry. */}
      <p className="dial-numbers__instruction">{t('truth.emergencyInstruction')}</p>
      <ul className="dial-numbers__list">
        {numbers.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              className="dial-button"
              data-testid={`dial-${n.value}`}
              // Only heard (speech/explore.ts): no "touch again" after the number.
              data-touch-rule="hear"
              data-speak={`${n.label.text}. ${digitByDigit(n.value)}`}
            >
              <Pictogram code={n.pictogram} size={64} />
              <span className="dial-button__digits" dir="ltr">
                {n.value}
              </span>
              <Phrase phrase={n.label} pageLang={lang} className="dial-button__label" />
            </button>
          </li>
        ))}
      </ul>
      {sources.map(({ id, source }) => (
        <SourceLine
          key={id}
          className="dial-numbers__source"
          source={source.official ?? source.section ?? ''}
          date={source.date ? monthYear(source.date, lang) : '—'}
        />
      ))}
    </section>
  );
}
