// Serves the built renderer (out/renderer) on the app's own protocol, app://threshold/. Only
// files inside that folder can ever be answered: a request URL is decoded once, every segment is
// checked, and the final real path (symbolic links followed) must still be inside the folder.
import { readFile, realpath } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './origins';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type AssetResolution =
  | { readonly ok: true; readonly path: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

const refuse = (status: 400 | 403 | 404, reason: string): AssetResolution => ({ ok: false, status, reason });

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

// A '.' or '..' segment, with either slash. Checked on the raw URL too, because URL parsing
// (ours and Chromium's) quietly folds literal and %2e dot segments away: a request that tries
// to climb out is refused outright rather than clamped to the folder.
const DOT_SEGMENT = /(^|[/\\])\.\.?([/\\]|$)/;

/** Maps app://threshold/<path> to a file under rootDir, or says why not. Pure: touches no disk. */
export function resolveAsset(requestUrl: string, rootDir: string): AssetResolution {
  const rawPath = decode(requestUrl.split(/[?#]/, 1)[0] ?? '');
  if (rawPath === null) return refuse(400, 'malformed percent-encoding');
  if (DOT_SEGMENT.test(rawPath)) return refuse(403, 'path traversal');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return refuse(403, 'not the app origin');
  }
  const pathname = decode(url.pathname);
  if (pathname === null) return refuse(400, 'malformed percent-encoding');
  if (/[\0\\]/.test(pathname)) return refuse(400, 'forbidden character in path');
  // An empty segment ('//etc', '%2fetc') is an attempt at an absolute path.
  if (pathname.includes('//')) return refuse(403, 'absolute path');
  const segments = pathname.split('/').filter((s) => s !== '');
  // ':' could name a Windows drive or an alternate data stream.
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return refuse(403, 'path traversal');
  const last = segments.at(-1);
  // The entry page for '/', and for app routes (no extension) so a reload on a route still works.
  const relative = last === undefined || extname(last) === '' ? ['index.html'] : segments;
  const root = resolve(rootDir);
  const path = resolve(root, ...relative);
  if (!path.startsWith(root + sep)) return refuse(403, 'outside the app folder');
  return { ok: true, path, mimeType: mimeTypeOf(path) };
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** The protocol handler's answer. CSP rides on every response: webRequest does not see custom protocols. */
export async function serveAsset(request: { url: string; method: string }, rootDir: string, csp: string): Promise<Response> {
  const plain = (status: number, text: string): Response =>
    new Response(text, { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp } });
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const resolved = resolveAsset(request.url, rootDir);
  if (!resolved.ok) return plain(resolved.status, resolved.reason);
  try {
    const [real, realRoot] = await Promise.all([realpath(resolved.path), realpath(rootDir)]);
    if (!real.startsWith(realRoot + sep)) return plain(403, 'outside the app folder');
    const body = await readFile(real);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...BASE_HEADERS, 'Content-Type': resolved.mimeType, 'Content-Security-Policy': csp },
    });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return plain(404, 'not found');
    throw error;
  }
}
