import { useEffect, useState } from 'react';
import { isLocaleLoaded, loadLocale } from './index';

/**
 * Whether every locale of `codes` is loaded in full (staff screens showing texts in several languages: a sheet's
 * preview, the voice studio); loads the missing ones and renders again when they are there.
 */
export function useLocales(codes: readonly string[]): boolean {
  const wanted = [...new Set(codes)].sort().join(',');
  const [, loadedOne] = useState(0);
  const list = wanted === '' ? [] : wanted.split(',');
  useEffect(() => {
    let live = true;
    for (const code of wanted === '' ? [] : wanted.split(','))
      if (!isLocaleLoaded(code))
        loadLocale(code).then(
          () => live && loadedOne((n) => n + 1),
          () => undefined,
        );
    return () => {
      live = false;
    };
  }, [wanted]);
  return list.every(isLocaleLoaded);
}
