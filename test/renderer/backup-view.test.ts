// The Backup screen through a real core: the director types a new folder's full path, the core
// writes and checks the backup and the screen says what it holds; the core's objections sit
// beside the field; a client manager has no Backup entry and is sent away from the screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase } from './support/case-seed';
import { addUser, signInAs } from './support/flag-seed';
import { byTestId, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;
const made: string[] = [];

// Node's file system, loaded at run time (this folder is type-checked for the browser), only to
// remove the backup folders the tests made outside the store's temporary folder.
interface Fs {
  rmSync(path: string, options: { recursive: boolean; force: boolean }): void;
}
const NODE_FS = 'node:fs';

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  await seedCase(host);
});

afterEach(async () => {
  app?.unmount();
  app = undefined;
  host.dispose();
  const fs = (await import(/* @vite-ignore */ NODE_FS)) as Fs;
  for (const path of made.splice(0)) fs.rmSync(path, { recursive: true, force: true });
});

const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the Backup screen', () => {
  it('writes a verified backup to the folder typed, and shows the core’s objections beside the field', { timeout: 60_000 }, async () => {
    app = await mountApp('/settings/backup');
    expect(byTestId('nav-backup')).not.toBeNull();
    expect(byTestId('backup-forbidden')).toBeNull();

    typeInto('backup-destination', 'backups/monday');
    submitFormOf('backup-destination');
    await vi.waitFor(() => expect(feedbackFor('backup-destination')).toBe('Must be a full path to the new backup folder, such as /media/usb/threshold-backup'));
    expect(byTestId('backup-result')).toBeNull();

    const destination = `${host.dir}-backup`;
    made.push(destination);
    typeInto('backup-destination', destination);
    await vi.waitFor(() => expect(feedbackFor('backup-destination')).toBe('')); // the objection goes as the path changes
    submitFormOf('backup-destination');
    await vi.waitFor(() => expect(byTestId('backup-result')).not.toBeNull(), { timeout: 20_000 });
    expect(text('backup-path')).toBe(destination);
    expect(text('backup-holds')).toMatch(/^1 case\(s\), 0 record\(s\), [\d.]+ MB$/);
    expect(byTestId<HTMLInputElement>('backup-destination')?.value).toBe('');
    // What the screen reported is what is on disk: the core checks the folder again.
    expect(await ok(host, 'backup.verify', { path: destination })).toMatchObject({ path: destination, cases: 1, verified: true });

    typeInto('backup-destination', destination);
    submitFormOf('backup-destination');
    await vi.waitFor(() => expect(feedbackFor('backup-destination')).toMatch(/^Already exists/));
  });

  it('is not offered to a client manager, and its address sends them away', { timeout: 60_000 }, async () => {
    const manager = await addUser(host, 'Priya Nair', 'pnair', 'client_manager');
    await signInAs(host, manager);
    app = await mountApp('/settings/backup');
    await vi.waitFor(() => expect(app?.router.currentRoute.value.name).toBe('cases'));
    expect(byTestId('nav-backup')).toBeNull();
    expect(byTestId('backup-destination')).toBeNull();
  });
});
