// Navigation, new windows, permissions and requests: everything outside the app is refused.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/origins';
import { denyPermissionCheck, denyPermissionRequest, denyWindowOpen, isAllowedNavigation, isAllowedRequest } from '../../../electron/main/policies';

const prod = { appOrigin: APP_ORIGIN };
const dev = { appOrigin: APP_ORIGIN, devServerOrigin: 'http://localhost:5173' };

describe('window policies', () => {
  it('denies every new window', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      const answers: boolean[] = [];
      denyPermissionRequest({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    }
    expect(denyPermissionCheck()).toBe(false);
  });

  it('allows navigation within the app only', () => {
    expect(isAllowedNavigation('app://threshold/index.html', prod)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', prod)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', prod)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', prod)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', prod)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/#/cases', dev)).toBe(true);
  });

  it('lets the session load only the app, inline data and, while developing, the dev server', () => {
    expect(isAllowedRequest('app://threshold/assets/index.js', prod)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', prod)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', prod)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/@vite/client', prod)).toBe(false);
    expect(isAllowedRequest('file:///home/user/.ssh/id_rsa', prod)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('not a url', prod)).toBe(false);
  });
});
