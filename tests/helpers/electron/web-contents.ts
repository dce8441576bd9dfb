import { EventEmitter } from 'node:events';

export interface PrintCall {
  options: Record<string, unknown>;
}

/** A stand-in for Electron's WebContents: records what the shell asks, lets a test fire its events. */
export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  url = '';
  insertedCss: string[] = [];
  zoomLimits: [number, number] | null = null;
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  crashedOnPurpose = 0;
  printCalls: PrintCall[] = [];
  /** What the page answers to executeJavaScript (print.ts asks whether the sheet is laid out). */
  pageAnswer: unknown = 'ready';
  printers: { name: string }[] = [{ name: 'Kiosk printer' }];
  printFailure: string | null = null;

  insertCSS(css: string): Promise<string> {
    this.insertedCss.push(css);
    return Promise.resolve('key');
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.zoomLimits = [min, max];
    return Promise.resolve();
  }
  closeDevTools(): void {}
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  executeJavaScript(): Promise<unknown> {
    return Promise.resolve(this.pageAnswer);
  }
  getPrintersAsync(): Promise<{ name: string }[]> {
    return Promise.resolve(this.printers);
  }
  print(options: Record<string, unknown>, done: (success: boolean, failure: string) => void): void {
    this.printCalls.push({ options });
    queueMicrotask(() => done(this.printFailure === null, this.printFailure ?? ''));
  }
  printToPDF(): Promise<Buffer> {
    return Promise.resolve(Buffer.from('%PDF-stand-in'));
  }
  forcefullyCrashRenderer(): void {
    this.crashedOnPurpose++;
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
  }

  /** Fires will-navigate as Chromium would; true when the shell refused the navigation. */
  tryNavigate(url: string, event = 'will-navigate'): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }

  /** Fires will-attach-webview; true when the shell refused it. */
  tryAttachWebview(): boolean {
    let prevented = false;
    this.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    return prevented;
  }
}
