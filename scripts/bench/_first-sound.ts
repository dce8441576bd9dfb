// For the speech bench: times a tap's first audible sample on the audio thread itself. The recording probe
// (tests/helpers/audio-probe.ts) is a ScriptProcessor, whose callback runs on the page's main thread: when a tap
// also renders a screen, that callback (and sometimes the block it would have seen) comes late. Here an
// AudioWorklet placed before the speakers notes the frame of the first sample above the threshold, on the
// audio clock, and the page maps it to performance.now() with AudioContext.getOutputTimestamp.
import type { Page } from 'playwright-core';

const processor = `
class FirstSound extends AudioWorkletProcessor {
  constructor() {
    super();
    this.armed = false;
    this.port.onmessage = () => (this.armed = true);
  }
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (this.armed && channel) {
      const i = channel.findIndex((x) => Math.abs(x) > 0.01);
      if (i >= 0) {
        this.armed = false;
        this.port.postMessage((currentFrame + i) / sampleRate);
      }
    }
    return true;
  }
}
registerProcessor('bench-first-sound', FirstSound);
`;

type Window = { __firstSound: { arm: () => void; at: number | null } };

/**
 * Installs the worklet probe before the app loads; `armFirstSound` then starts each measurement. The worklet's
 * module is a blob: URL, which the kiosk's CSP refuses: the page's context must be made with `bypassCSP` (Playwright
 * does not intercept worklet requests, so it cannot be served from the kiosk's origin either).
 */
export async function installFirstSound(page: Page): Promise<void> {
  // Given as source text: tsx would wrap the named functions of a callback in a helper the page does not have.
  await page.addInitScript(`(() => {
    const path = URL.createObjectURL(new Blob([${JSON.stringify(processor)}], { type: 'text/javascript' }));
    const state = { at: null, arm() {} };
    window.__firstSound = state;
    const connect = AudioNode.prototype.connect;
    const probes = new WeakMap();
    AudioNode.prototype.connect = function (...args) {
      const dest = args[0];
      const ctx = this.context;
      if (dest instanceof AudioDestinationNode && !(this instanceof AudioWorkletNode)) {
        let probe = probes.get(ctx);
        if (!probe) {
          probe = { node: null, waiting: [] };
          probes.set(ctx, probe);
          const created = probe;
          ctx.audioWorklet.addModule(path).then(() => {
            const node = new AudioWorkletNode(ctx, 'bench-first-sound');
            // Its output goes nowhere audible: the worklet only listens.
            const sink = ctx.createGain();
            sink.gain.value = 0;
            connect.call(node, sink);
            connect.call(sink, ctx.destination);
            node.port.onmessage = (e) => {
              const stamp = ctx.getOutputTimestamp();
              if (stamp.contextTime !== undefined && stamp.performanceTime !== undefined)
                state.at = stamp.performanceTime + (e.data - stamp.contextTime) * 1000;
            };
            state.arm = () => {
              state.at = null;
              node.port.postMessage('arm');
            };
            for (const source of created.waiting) connect.call(source, node);
            created.node = node;
          });
        }
        if (probe.node) connect.call(this, probe.node);
        else probe.waiting.push(this);
      }
      return connect.apply(this, args);
    };
  })();`);
}

/** Forgets the last first sound and listens for the next one. */
export function armFirstSound(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as Window).__firstSound.arm());
}

/**
 * When the first sample since `armFirstSound` was rendered (performance.now() clock). The worklet reports through
 * a message, so this waits up to `timeoutMs` for it; null if none came (a context whose worklet was not loaded yet).
 */
export function firstSoundAt(page: Page, timeoutMs: number): Promise<number | null> {
  return page
    .waitForFunction(() => (window as unknown as Window).__firstSound.at, undefined, { timeout: timeoutMs })
    .then(
      (handle) => handle.jsonValue(),
      () => null,
    );
}
