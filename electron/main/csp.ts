// The Content-Security-Policy for every page and response the window loads. Scripts only from
// the app itself, never eval; nothing may be fetched from, sent to or framed by anywhere else.
import { originOf } from './origins';

export interface CspOptions {
  /** The dev server's origin (`http://localhost:5173`) while developing; its HMR socket needs it. */
  readonly devServerOrigin?: string;
}

export function buildCsp(options: CspOptions = {}): string {
  const connect = ["'self'"];
  if (options.devServerOrigin) {
    const origin = originOf(options.devServerOrigin);
    if (!origin?.startsWith('http://')) throw new Error(`The dev server origin must be http: ${options.devServerOrigin}`);
    connect.push(origin, origin.replace(/^http:/, 'ws:'));
  }
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    // Naive UI injects its component styles at run time (css-render), which needs inline
    // styles. An inline style cannot run script, and since connect-src, img-src and font-src
    // reach only the app itself, an injected style cannot send data anywhere either.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', ...connect],
    // pdf.js draws previews in a module worker loaded from the app's own files; said outright
    // rather than left to fall back to script-src, and never blob: or data:.
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Response headers with our policy in place of any the server sent (header names differ in case). */
export function withCsp(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}
