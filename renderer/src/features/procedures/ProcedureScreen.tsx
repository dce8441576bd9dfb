import { useState } from 'react';
import { picto } from '../../components/pictograms';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../../../common/api/contract';
import { Pictogram } from '../../components/Pictogram';
import { FrenchLine, Phrase } from './Phrase';
import { DialNumbers } from './DialNumbers';
import { digitByDigit, isDialNumber } from './dial';
import { RepeatNumber } from '../../components/RepeatNumber';
import { sourceDate } from './source-date';
import { SourceLine } from '../../components/SourceLine';

interface ProcedureScreenProps {
  procedure: ProcedureDetail;
  onChecklist: () => void;
  onPlaces: () => void;
}

/** Easy-to-read sentences, one idea each with its pictogram, then what to bring, where to go, who to call. */
export function ProcedureScreen({ procedure, onChecklist, onPlaces }: ProcedureScreenProps) {
  const { t, i18n } = useTranslation();
  const [showNumbers, setShowNumbers] = useState(false);
  const lang = i18n.language;
  // Short help numbers (3919, 17…) are shown at once as big targets; the full list stays behind its button.
  const dial = procedure.numbers.filter(isDialNumber);
  return (
    <main className="screen procedure-screen" data-screen="procedure">
      <p className="screen__instruction">{t('procedure.instruction')}</p>
      <ul className="falc-list">
        {procedure.sentences.map((s) => (
          <li
            key={s.id}
            className="falc-list__item"
            data-testid={`sentence-${s.id}`}
            data-speak={s.text.text}
            data-speak-key={s.text.key}
          >
            <Pictogram code={s.pictogram} size={88} />
            <span className="falc-list__text">
              <Phrase phrase={s.text} pageLang={lang} />
              <FrenchLine phrase={s.text} pageLang={lang} />
            </span>
          </li>
        ))}
      </ul>
      {dial.length > 0 && <DialNumbers numbers={dial} />}
      <div className="action-row">
        <button type="button" className="action-button" onClick={onChecklist} data-testid="to-checklist">
          <Pictogram code={picto.checklist} size={72} />
          <span>{t('procedure.whatToBring')}</span>
        </button>
        <button type="button" className="action-button" onClick={onPlaces} data-testid="to-places">
          <Pictogram code={picto.whereToGo} size={72} />
          <span>{t('procedure.whereToGo')}</span>
        </button>
        <button
          type="button"
          className="action-button"
          onClick={() => setShowNumbers((v) => !v)}
          aria-expanded={showNumbers}
          data-testid="to-numbers"
        >
          <Pictogram code={picto.usefulNumbers} size={72} />
          <span>{t('procedure.usefulNumbers')}</span>
        </button>
      </div>
      {showNumbers && (
        <section className="numbers" data-testid="numbers" aria-label={t('procedure.usefulNumbers')} data-reveal="">
          {procedure.numbers.length === 0 ? (
            <p>{t('procedure.noNumbers')}</p>
          ) : (
            <ul className="falc-list">
              {procedure.numbers.map((n) => (
                <li
                  key={n.id}
                  className="falc-list__item"
                  data-speak={`${n.label.text} ${isDialNumber(n) ? digitByDigit(n.value) : n.value}`}
                >
                  <Pictogram code={n.pictogram} size={72} />
                  <span className="falc-list__text">
                    <Phrase phrase={n.label} pageLang={lang} />
                    <span className="number-value" dir="ltr">
                      {n.value}
                    </span>
                    <RepeatNumber numbers={[n.value]} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ul className="procedure-sources" data-testid="procedure-sources">
        {procedure.sources.map((line) => (
          // Touched or read, the source's name is said by the French voice (its documents are in French).
          <li key={`${line.source}|${line.date}`}>
            <SourceLine className="dial-numbers__source" source={line.source} date={sourceDate(line.date, lang)} />
          </li>
        ))}
      </ul>
    </main>
  );
}
