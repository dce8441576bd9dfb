/** An OpenMoji pictogram from assets/pictograms. Decorative: the text beside it carries the meaning. */
export function Pictogram({ code, size = 96, className }: { code: string; size?: number; className?: string }) {
  return (
    <img
      className={className ?? 'pictogram'}
      src={`/pictograms/${code}.svg`}
      width={size}
      height={size}
      alt=""
      aria-hidden="true"
      draggable={false}
    />
  );
}
