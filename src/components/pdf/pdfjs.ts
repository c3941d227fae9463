// pdf.js, set up once for the app's CSP: its worker is a file of the app's own (a same-origin
// module worker, which script-src 'self' allows), never a blob; no WebAssembly (the CSP has no
// 'wasm-unsafe-eval', and pdfmake's documents hold no JPEG 2000 or JBIG2 image that would need
// it); nothing fetched (every font is embedded). pdf.js 6 has no eval left to switch off.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface OpenPdf {
  readonly document: Promise<PDFDocumentProxy>;
  /** Stops loading or frees a loaded document (the worker's memory with it). */
  close(): Promise<void>;
}

export function openPdf(data: Uint8Array): OpenPdf {
  const task = getDocument({ data, useWasm: false, useWorkerFetch: false, enableXfa: false, useSystemFonts: false, disableFontFace: false, stopAtErrors: true });
  return { document: task.promise, close: () => task.destroy() };
}
