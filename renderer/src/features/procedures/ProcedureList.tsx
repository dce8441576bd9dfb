import { useTranslation } from 'react-i18next';
import type { ProcedureCard } from '../../../../common/api/contract';
import { Pictogram } from '../../components/Pictogram';
import { Phrase } from './Phrase';

/** A theme's procedures as big pictogram cards. */
export function ProcedureList({
  procedures,
  onChoose,
}: {
  procedures: ProcedureCard[];
  onChoose: (id: string) => void;
}) {
  const { i18n } = useTranslation();
  return (
    <ul className="card-grid" data-testid="procedures">
      {procedures.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className="card-button"
            onClick={() => onChoose(p.id)}
            data-testid={`procedure-${p.id}`}
          >
            <Pictogram code={p.pictogram} size={112} />
            <Phrase phrase={p.title} className="card-button__label" pageLang={i18n.language} />
          </button>
        </li>
      ))}
    </ul>
  );
}
