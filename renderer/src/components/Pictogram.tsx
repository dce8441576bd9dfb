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

/** Kept, so the browser keeps each one's parsed document for the <img> that shows it later; with its decoding. */
const warmed = new Map<string, { image: HTMLImageElement; decoded: Promise<void> }>();

/**
 * Fetches and parses these pictograms now, once each; the promise answers when all are decoded (a missing file
 * too: it shows as it would anyway, on its screen). Each SVG is a document of its own, parsed on the main thread
 * (5–10 ms each here): the themes screen's first frame waited on about ten of them after a language was chosen.
 */
export function warmPictograms(codes: readonly string[]): Promise<void> {
  return Promise.all(
    codes.map((code) => {
      let entry = warmed.get(code);
      if (!entry) {
        const image = new Image();
        image.src = pictogramUrl(code);
        entry = { image, decoded: image.decode().catch(() => undefined) };
        warmed.set(code, entry);
      }
      return entry.decoded;
    }),
  ).then(() => undefined);
}
