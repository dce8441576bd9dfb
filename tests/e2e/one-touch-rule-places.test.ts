import { oneTouchRuleFixture, walkScreens } from '../helpers/one-touch-walks';

// The longest walks (a card per place, a pin per place on the map), beside the other screens' in
// one-touch-rule.test.ts.
oneTouchRuleFixture();
walkScreens(['places', 'map', 'place']);
