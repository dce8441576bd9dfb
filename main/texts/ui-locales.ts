// The UI locale files, bundled into main so the staff review and the CLI read the same texts as the renderer.
// One static import per locale (esbuild has no glob import); a test checks this list against supportedLocales.
import fr from '../../renderer/locales/fr.json';
import en from '../../renderer/locales/en.json';
import ar from '../../renderer/locales/ar.json';
import fa from '../../renderer/locales/fa.json';
import ps from '../../renderer/locales/ps.json';
import ti from '../../renderer/locales/ti.json';
import bn from '../../renderer/locales/bn.json';
import ur from '../../renderer/locales/ur.json';
import ff from '../../renderer/locales/ff.json';
import ht from '../../renderer/locales/ht.json';
import es from '../../renderer/locales/es.json';
import ro from '../../renderer/locales/ro.json';
import zh from '../../renderer/locales/zh.json';
import ru from '../../renderer/locales/ru.json';
import uk from '../../renderer/locales/uk.json';
import pt from '../../renderer/locales/pt.json';
import tr from '../../renderer/locales/tr.json';

export const uiLocaleFiles: Record<string, unknown> = {
  fr,
  en,
  ar,
  fa,
  ps,
  ti,
  bn,
  ur,
  ff,
  ht,
  es,
  ro,
  zh,
  ru,
  uk,
  pt,
  tr,
};
