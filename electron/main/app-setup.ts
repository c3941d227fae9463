// The two settings main fixes before the app is ready, here so the tests can read them.
import type { CustomScheme } from 'electron';
import { APP_SCHEME } from './origins';

/** The window's session partition. No 'persist:' prefix: its cookies, storage and caches live in memory only. */
export const WINDOW_PARTITION = 'threshold';

/**
 * app:// is standard (an origin, relative URLs) and secure (treated like https), and fetch may
 * read it. Nothing more: it does not bypass the CSP, is not open to other origins' CORS requests,
 * and cannot register service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};
