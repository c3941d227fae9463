// The Content-Security-Policy: scripts from the app only, never eval, nothing remote.
import { describe, expect, it } from 'vitest';
import { buildCsp, withCsp } from '../../../electron/main/csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('content security policy', () => {
  const csp = buildCsp();
  const map = directives(csp);

  it('starts from nothing and allows scripts from the app only', () => {
    expect(map.get('default-src')).toEqual(["'none'"]);
    expect(map.get('script-src')).toEqual(["'self'"]);
  });

  it('never allows eval, inline script or remote origins', () => {
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('wasm-unsafe-eval');
    expect(map.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp).not.toMatch(/https?:|\*|ws:/);
  });

  it('allows inline styles (Naive UI) but images, fonts and connections only from the app', () => {
    expect(map.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(map.get('img-src')).toEqual(["'self'", 'data:']);
    expect(map.get('font-src')).toEqual(["'self'", 'data:']);
    expect(map.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base changes, framing and form posts', () => {
    expect(map.get('object-src')).toEqual(["'none'"]);
    expect(map.get('base-uri')).toEqual(["'none'"]);
    expect(map.get('frame-ancestors')).toEqual(["'none'"]);
    expect(map.get('form-action')).toEqual(["'none'"]);
  });

  it('lets the dev server in for connections (HMR) only while developing, never for scripts', () => {
    const dev = directives(buildCsp({ devServerOrigin: 'http://localhost:5173' }));
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(dev.get('script-src')).toEqual(["'self'"]);
    expect(() => buildCsp({ devServerOrigin: 'https://example.com' })).toThrow();
  });

  it('replaces any policy a response brought with it, whatever the header case', () => {
    const headers = withCsp({ 'content-security-policy': ["script-src *"], 'Content-Type': ['text/html'] }, csp);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [csp] });
    expect(withCsp(undefined, csp)).toEqual({ 'Content-Security-Policy': [csp] });
  });
});
