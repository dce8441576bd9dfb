import { numberRuns } from '../../../common/text/number-runs';

/**
 * A translated text whose number runs (phones, hours, dates) are each a `<bdi dir="ltr">`: in an Arabic, Persian,
 * Urdu or Pashto sentence "0806 001 620" then stays in the order a visitor dials it.
 */
export function LtrNumbers({ text }: { text: string }) {
  return (
    <>
      {numberRuns(text).map((piece, i) =>
        piece.number ? (
          <bdi key={i} dir="ltr" className="ltr-number">
            {piece.text}
          </bdi>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
