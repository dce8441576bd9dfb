import type { Playable } from './output';
import type { Phrase } from './phrase';

/** What plays a phrase, and the bridge-language phrase it says instead when it is bridged. */
export type Bridged = Playable & { said?: Phrase };

/** A phrase's audio: here now, to wait for, or none. */
export type Resolved = Bridged | null | Promise<Bridged | null>;

/**
 * Never silent (issue 26): a phrase in a language no clip or voice can say is said in a bridge language its
 * speakers are likely to understand, with that language's own text (renderer/src/bridge translates it).
 */
export class BridgeRoute {
  private translate: (phrase: Phrase) => Phrase | null = () => null;

  /** `ownVoice`: whether anything but a clip speaks a phrase's language; `voiced`: whether a language has a voice. */
  constructor(
    private readonly ownVoice: (lang: string) => boolean,
    private readonly voiced: (lang: string) => boolean,
  ) {}

  /** Who translates a voiceless language's phrase into its bridge language. */
  set(translate: (phrase: Phrase) => Phrase | null): void {
    this.translate = translate;
  }

  /** The phrase in its bridge language, when nothing can speak its own language and a voice speaks the bridge. */
  of(phrase: Phrase): Phrase | null {
    if (this.ownVoice(phrase.lang)) return null;
    const said = this.translate(phrase);
    return said && said.lang !== phrase.lang && this.voiced(said.lang) ? said : null;
  }

  /** What `find` plays for the bridge phrase (at once or once it has waited), marked with it; null without one. */
  via(phrase: Phrase, find: (said: Phrase) => Resolved): Resolved {
    const said = this.of(phrase);
    if (!said) return null;
    const mark = (found: Bridged | null): Bridged | null => (found ? { ...found, said } : null);
    const found = find(said);
    return found instanceof Promise ? found.then(mark) : mark(found);
  }
}
