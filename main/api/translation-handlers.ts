import type { Kiosk } from '../services/kiosk';
import { isSupportedLocale, supportedLocales } from '../../common/locales';
import { applyKioskReviews, reviewedUiTexts, reviewSources } from '../services/translation-reviews';
import { contextReader } from '../translations/context';
import { reviewOne } from '../translations/review';
import { countStrings, listStrings, readLanguageTexts, stringViews } from '../texts/strings';
import { readShippedTexts, sourceLang } from '../texts/catalog';
import type { CallInput, CallOutput } from '../../common/api/contract';
import { byKey } from './by-key';

type TranslationCall =
  'getReviewedTexts' | 'staffTranslationSummary' | 'staffListTranslations' | 'staffReviewTranslation';
type TranslationHandlers = {
  [K in TranslationCall]: (input: CallInput<K>) => CallOutput<K>;
};

/** The translation calls; the staff ones are wrapped by the staff gate in staff-handlers.ts. */
export function createTranslationHandlers(kiosk: Kiosk): TranslationHandlers {
  const views = (lang: string) => {
    const src = reviewSources(kiosk);
    const context = contextReader(src.contentDir);
    return listStrings(src, lang).map((s) => ({ ...s, context: context(s.key, s.fr) }));
  };
  return {
    getReviewedTexts: ({ langs }) =>
      byKey(langs, (lang) => (isSupportedLocale(lang) ? reviewedUiTexts(kiosk, lang) : {})),
    staffTranslationSummary: () => {
      // The French once for the sixteen languages.
      const src = reviewSources(kiosk);
      const french = readShippedTexts(src, sourceLang);
      const count = (l: string) => countStrings(stringViews(readLanguageTexts(src, l, french)));
      return Object.fromEntries(supportedLocales.filter((l) => l !== sourceLang).map((l) => [l, count(l)]));
    },
    staffListTranslations: ({ lang }) => (isSupportedLocale(lang) && lang !== 'fr' ? views(lang) : []),
    staffReviewTranslation: ({ lang, key, text, reviewer }) => {
      if (!isSupportedLocale(lang))
        return { ok: false, problems: [{ key, code: 'not-translatable', reason: `unknown language "${lang}"` }] };
      const r = reviewOne(reviewSources(kiosk), lang, key, text, { name: reviewer, on: kiosk.clock() });
      if (!r.ok) return r;
      applyKioskReviews(kiosk);
      return { ok: true, string: views(lang).find((s) => s.key === key)! };
    },
  };
}
