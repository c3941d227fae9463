// happy-dom lays nothing out and its ResizeObserver never reports, so a virtual list there
// believes it has no room and shows no rows. This stand-in reports one fixed size for every
// element observed, as a window of that size would: enough to prove only a window is rendered.
//
// Installed on import, and so imported before anything else in a test file: Naive UI's
// resize delegate picks window.ResizeObserver once, when its module is first evaluated.
export const VIEWPORT = { width: 1100, height: 600 } as const;

type Callback = (entries: ResizeObserverEntry[], observer: ResizeObserver) => void;

class FixedSizeObserver implements ResizeObserver {
  private readonly callback: Callback;

  constructor(callback: Callback) {
    this.callback = callback;
  }

  observe(target: Element): void {
    const rect = DOMRectReadOnly.fromRect({ x: 0, y: 0, ...VIEWPORT });
    const size = [{ inlineSize: VIEWPORT.width, blockSize: VIEWPORT.height }];
    const entry = { target, contentRect: rect, borderBoxSize: size, contentBoxSize: size, devicePixelContentBoxSize: size } satisfies ResizeObserverEntry;
    // Reported after the current task, as a browser reports after layout.
    setTimeout(() => this.callback([entry], this), 0);
  }

  unobserve(): void {}

  disconnect(): void {}
}

Object.defineProperty(window, 'ResizeObserver', { value: FixedSizeObserver, configurable: true, writable: true });
