import { join } from 'node:path';
import { createHandlers } from '../../main/api/handlers';
import { startHost, defaultStaticDir, type RunningHost } from '../../main/host/server';
import { defaultContentDir, projectRoot } from '../../main/paths';
import { clipFile } from '../../main/services/clips';
import { openKiosk, type Kiosk } from '../../main/services/kiosk';
import type { Printer } from '../../main/services/printing';
import { tempDir } from './temp';

export interface TestHost extends RunningHost {
  kiosk: Kiosk;
  dataDir: string;
  stop(): Promise<void>;
}

/** The real browser host over the built renderer, with a database in a fresh temp directory. */
export async function startTestHost(
  options: {
    contentDir?: string;
    clock?: () => Date;
    /** A printer, or one made from the kiosk and the host's URL (known once it listens), e.g. hostPrinting. */
    printer?: Printer | ((kiosk: Kiosk, baseUrl: () => string) => Printer);
  } = {},
): Promise<TestHost> {
  const temp = tempDir('repere-host-');
  const kiosk = openKiosk(
    { contentDir: options.contentDir ?? defaultContentDir, dataDir: join(temp.dir, 'data') },
    options.clock,
  );
  let baseUrl = '';
  const printer = typeof options.printer === 'function' ? options.printer(kiosk, () => baseUrl) : options.printer;
  const host = await startHost({
    handlers: createHandlers(kiosk, { printer: printer ?? null }),
    clipFile: (lang, key) => clipFile(kiosk.paths, lang, key),
    staticDir: defaultStaticDir(projectRoot),
    port: 0,
  });
  baseUrl = host.url;
  return {
    ...host,
    kiosk,
    dataDir: join(temp.dir, 'data'),
    async stop() {
      await host.close();
      kiosk.close();
      temp.cleanup();
    },
  };
}
