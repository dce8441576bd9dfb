import { useCallback, useState } from 'react';

/** The screens a visitor moves through after choosing a language. */
export type Screen =
  | { name: 'themes' }
  | { name: 'theme'; themeId: string }
  | { name: 'procedure'; procedureId: string }
  | { name: 'checklist'; procedureId: string }
  | { name: 'places'; procedureId?: string; themeId?: string }
  | { name: 'place'; placeId: string }
  | { name: 'map'; procedureId?: string; themeId?: string };

export interface Navigation {
  current: Screen;
  canGoBack: boolean;
  go(screen: Screen): void;
  back(): void;
}

/**
 * A history stack; resetting it is part of forgetting a visitor. `leaving` runs before each move, while the screen
 * being left is still the one laid out (the scroll area goes back to its top there, where it costs no layout).
 */
export function useNavigation(first: [Screen, ...Screen[]], leaving?: () => void): Navigation {
  const [stack, setStack] = useState<Screen[]>(first);
  const go = useCallback(
    (screen: Screen) => {
      leaving?.();
      setStack((s) => [...s, screen]);
    },
    [leaving],
  );
  const back = useCallback(() => {
    leaving?.();
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  }, [leaving]);
  return { current: stack[stack.length - 1]!, canGoBack: stack.length > 1, go, back };
}
