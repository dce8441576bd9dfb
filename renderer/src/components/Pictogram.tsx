/** Where an OpenMoji pictogram from assets/pictograms is served. */
const pictogramUrl = (code: string) => `/pictograms/${code}.svg`;

/** An OpenMoji pictogram from assets/pictograms. Decorative: the text beside it carries the meaning. */
export function Pictogram({ code, size = 96, className }: { code: string; size?: number; className?: string }) {
  return (
    <img
      className={className ?? 'pictogram'}
      src={pictogramUrl(code)}
      width={size}
      height={size}
      alt=""
      aria-hidden="true"
      draggable={false}
    />
  );
}

/** Kept, so the browser keeps each one's parsed document for the <img> that shows it later. */
const warmed = new Map<string, HTMLImageElement>();

/**
 * Fetches and parses these pictograms now. Each SVG is a document of its own, parsed on the main thread (5–10 ms
 * each here): the themes screen's first frame waited on about ten of them after a language was chosen.
 */
export function warmPictograms(codes: readonly string[]): void {
  for (const code of codes) {
    if (warmed.has(code)) continue;
    const image = new Image();
    image.src = pictogramUrl(code);
    void image.decode().catch(() => undefined); // a missing file shows as it would anyway, on its screen
    warmed.set(code, image);
  }
}
