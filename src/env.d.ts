// Ambient types for the renderer: the bridge the preload exposes, and single-file components.
import type { ThresholdBridge } from '../electron/core/contract';

declare global {
  interface Window {
    /** The one way into the core: typed by the contract, exposed by the preload (or the e2e bridge). */
    readonly threshold: ThresholdBridge;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

// Vite's `?url` import: the emitted file's address (pdf.js's worker is loaded from one).
declare module '*?url' {
  const url: string;
  export default url;
}

export {};
