// The app protocol serves out/renderer and nothing outside it, with the right types and the CSP.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAsset, serveAsset } from '../../../electron/main/assets';
import { tempDir } from '../support/temp-store';

const temp = tempDir('threshold-assets-');
const root = join(temp.dir, 'renderer');
const CSP = "default-src 'none'";

beforeAll(() => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Threshold</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(temp.dir, 'secret.txt'), 'case notes');
  symlinkSync(join(temp.dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
});
afterAll(() => temp.remove());

describe('asset resolution', () => {
  it('serves index.html for the root and for app routes, with the right MIME types', () => {
    expect(resolveAsset('app://threshold/', root)).toMatchObject({ ok: true, path: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAsset('app://threshold', root)).toMatchObject({ ok: true, path: join(root, 'index.html') });
    expect(resolveAsset('app://threshold/cases/42?tab=x#y', root)).toMatchObject({ ok: true, path: join(root, 'index.html') });
    expect(resolveAsset('app://threshold/assets/index-abc.js', root)).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' });
    expect(resolveAsset('app://threshold/assets/index-abc.css', root)).toMatchObject({ ok: true, mimeType: 'text/css; charset=utf-8' });
    expect(resolveAsset('app://threshold/assets/logo.svg', root)).toMatchObject({ ok: true, mimeType: 'image/svg+xml' });
    expect(resolveAsset('app://threshold/assets/font.woff2', root)).toMatchObject({ ok: true, mimeType: 'font/woff2' });
    expect(resolveAsset('app://threshold/assets/blob.xyz', root)).toMatchObject({ ok: true, mimeType: 'application/octet-stream' });
  });

  it.each([
    'app://threshold/../secret.txt',
    'app://threshold/assets/../../secret.txt',
    'app://threshold/%2e%2e/secret.txt',
    'app://threshold/%2E%2E/%2e%2e/secret.txt',
    'app://threshold/..%2fsecret.txt',
    'app://threshold/assets%2f..%2f..%2fsecret.txt',
    'app://threshold/..%5csecret.txt',
    'app://threshold/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://threshold//etc/passwd.txt',
    'app://threshold/%2fetc%2fpasswd.txt',
    'app://threshold/C:%5cWindows%5cwin.ini',
    'app://threshold/index.html%00.js',
    'app://threshold/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAsset(url, root)).toMatchObject({ ok: false, status: expect.toBeOneOf([400, 403]) });
  });
});

describe('asset serving', () => {
  it('answers with the file, its type, nosniff and the CSP', async () => {
    const response = await serveAsset({ url: 'app://threshold/assets/index-abc.js', method: 'GET' }, root, CSP);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses traversal, a missing file, a symbolic link out of the folder and other methods', async () => {
    const status = async (url: string, method = 'GET') => (await serveAsset({ url, method }, root, CSP)).status;
    expect(await status('app://threshold/..%2fsecret.txt')).toBe(403);
    expect(await status('app://threshold/assets/missing.js')).toBe(404);
    expect(await status('app://threshold/assets/link.txt')).toBe(403);
    expect(await status('app://threshold/index.html', 'POST')).toBe(405);
    const refused = await serveAsset({ url: 'app://threshold/assets/link.txt', method: 'GET' }, root, CSP);
    expect(await refused.text()).not.toContain('case notes');
    expect(refused.headers.get('content-security-policy')).toBe(CSP);
  });
});
