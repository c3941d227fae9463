// The IPC sender check and the navigation/request policies built on the same origin test.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, devServerOriginFrom } from '../../../electron/main/origins';
import { isTrustedFrame, isTrustedSender } from '../../../electron/main/sender';

const prod = { appOrigin: APP_ORIGIN };
const dev = { appOrigin: APP_ORIGIN, devServerOrigin: 'http://localhost:5173' };

describe('IPC sender check', () => {
  it("accepts the app's own pages", () => {
    expect(isTrustedSender('app://threshold/index.html', prod)).toBe(true);
    expect(isTrustedSender('app://threshold/', prod)).toBe(true);
    expect(isTrustedSender('app://threshold/cases/42#chronology', prod)).toBe(true);
  });

  it.each([
    ['file:///home/user/out/renderer/index.html'],
    ['https://example.com/'],
    ['http://localhost:5173/'],
    ['app://evil/index.html'],
    ['app://threshold.evil.com/'],
    ['app://user@threshold/'],
    ['app://threshold:8080/'],
    ['appx://threshold/'],
    ['about:blank'],
    ['data:text/html,<script>1</script>'],
    ['null'],
    [''],
    [null],
    [undefined],
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, prod)).toBe(false);
  });

  it('accepts the dev server only while developing, and only its exact origin', () => {
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/', dev)).toBe(false);
  });

  it('accepts only a top frame: a subframe, even at an app URL, or a vanished frame is refused', () => {
    expect(isTrustedFrame({ url: 'app://threshold/index.html', parent: null }, prod)).toBe(true);
    expect(isTrustedFrame({ url: 'app://threshold/index.html', parent: {} }, prod)).toBe(false);
    expect(isTrustedFrame({ url: 'https://example.com/', parent: null }, prod)).toBe(false);
    expect(isTrustedFrame(null, prod)).toBe(false);
  });
});

describe('dev server origin', () => {
  it('comes from ELECTRON_RENDERER_URL only in an unpackaged app', () => {
    expect(devServerOriginFrom('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOriginFrom('http://localhost:5173/', true)).toBeUndefined();
    expect(devServerOriginFrom(undefined, false)).toBeUndefined();
  });

  it('must be http on this machine: an environment variable cannot point the window at a website', () => {
    expect(() => devServerOriginFrom('https://evil.example/', false)).toThrow(/localhost/);
    expect(() => devServerOriginFrom('http://192.168.1.5:5173/', false)).toThrow(/localhost/);
    expect(() => devServerOriginFrom('not a url', false)).toThrow(/not a URL/);
    expect(devServerOriginFrom('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
  });
});
