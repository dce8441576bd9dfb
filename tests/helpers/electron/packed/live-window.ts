import type { BrowserContext, Page } from 'playwright-core';
import { FakeBrowserWindow } from '../stand-in';
import { FakeWebContents } from '../web-contents';

/** What a window needs from the launcher: the Chromium context, where app:// is served, and the preload's API. */
export interface LiveHost {
  /** The Chromium context every window opens in (started with the first window). */
  context(): Promise<BrowserContext>;
  /** http://127.0.0.1:port: app://repere/ as Chromium reaches it (see app-server.ts). */
  origin: string;
  /** Runs the app's preload for a new window; resolves to what it exposed as window.repere. */
  runPreload(path: string): { invoke(name: string, input: unknown): Promise<unknown> } | null;
}

const toHttp = (url: string, origin: string) => url.replace(/^app:\/\/repere/, origin);

/** WebContents backed by a real Chromium page: scripts run, sheets print to real PDFs, events fire on load. */
export class LiveWebContents extends FakeWebContents {
  constructor(private readonly page: Promise<Page>) {
    super();
  }
  /** Electron injects the sheet as the browser, past the page's CSP: an inspector style sheet does the same. */
  override async insertCSS(css: string): Promise<string> {
    this.insertedCss.push(css);
    const page = await this.page;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { styleSheetId } = await cdp.send('CSS.createStyleSheet', { frameId: frameTree.frame.id });
    await cdp.send('CSS.setStyleSheetText', { styleSheetId, text: css });
    await cdp.detach();
    return 'key';
  }
  override async executeJavaScript(code?: string): Promise<unknown> {
    return (await this.page).evaluate(code ?? 'undefined');
  }
  override getPrintersAsync(): Promise<{ name: string }[]> {
    // Chromium's own printer list is the Windows path's; on Linux the shell prints through CUPS.
    return Promise.resolve([]);
  }
  override async printToPDF(): Promise<Buffer> {
    return (await this.page).pdf({ preferCSSPageSize: true, printBackground: true });
  }
}

/** A BrowserWindow whose page is a real Chromium page in the launcher's context. */
export class LiveBrowserWindow extends FakeBrowserWindow {
  private readonly page: Promise<Page>;
  override readonly webContents: LiveWebContents;

  constructor(
    options: Record<string, unknown>,
    private readonly host: LiveHost,
  ) {
    super(options);
    this.page = this.openPage();
    this.webContents = new LiveWebContents(this.page);
  }

  private async openPage(): Promise<Page> {
    const page = await (await this.host.context()).newPage();
    const prefs = (this.options.webPreferences ?? {}) as { preload?: string };
    const bridge = prefs.preload ? this.host.runPreload(prefs.preload) : null;
    if (bridge) {
      // contextBridge's window.repere: the page calls the preload's invoke, which goes over ipcRenderer to main.
      await page.exposeBinding('__repereIpc', (_source, name: string, input: unknown) => bridge.invoke(name, input));
      await page.addInitScript(
        'window.repere = Object.freeze({ invoke: (name, input) => window.__repereIpc(name, input) });',
      );
    }
    page.on('crash', () => this.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 }));
    return page;
  }

  /** The Playwright page behind this window (the launcher reports the main window's URL to the test). */
  pageNow(): Promise<Page> {
    return this.page;
  }

  override async loadURL(url: string): Promise<void> {
    this.loads.push(url);
    this.webContents.url = url;
    const page = await this.page;
    await page.goto(toHttp(url, this.host.origin), { waitUntil: 'load' });
    this.webContents.emit('dom-ready');
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
  }

  override destroy(): void {
    this.destroyed = true;
    void this.page.then((p) => p.close()).catch(() => undefined);
  }
}
