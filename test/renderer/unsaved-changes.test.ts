// Unsaved changes (issue 9): a record form with something typed asks before Cancel, Esc, a
// change of record type, moving to another screen or another tab, and a window close
// (beforeunload) throw it away; a form left as it opened closes without asking, and a lock
// never waits on the question.
import './support/resize-observer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { DISCARD_TEXTS } from '../../src/composables/unsaved-changes';
import { seedCase, type SeededCase } from './support/case-seed';
import { byTestId, click, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
import { installBridge, openRealCore } from './support/real-core';

let host: CoreHost;
let app: MountedApp | undefined;
let seed: SeededCase;

beforeEach(async () => {
  host = await openRealCore();
  installBridge(host);
  seed = await seedCase(host);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  host.dispose();
});

async function openForm(): Promise<void> {
  app = await mountApp(`/cases/${seed.kase.id}?tab=chronology`, { realTransitions: true });
  await vi.waitFor(() => expect(byTestId('add-record')).not.toBeNull());
  click('add-record');
  await vi.waitFor(() => expect(byTestId('record-type-issue')).not.toBeNull());
  click('record-type-issue');
  await vi.waitFor(() => expect(byTestId('record-form')).not.toBeNull());
}

const prompt = () => [...document.querySelectorAll<HTMLElement>('.n-dialog')].find((d) => d.textContent?.includes(DISCARD_TEXTS.title));
const promptButton = (label: string) => [...(prompt()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent?.trim() === label);
const esc = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
const cancelButton = () => [...(byTestId('record-form')?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent?.trim() === 'Cancel');
const unloadHeld = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('unsaved changes', () => {
  it('a form left as it opened closes at once, and holds no window close', { timeout: 30_000 }, async () => {
    await openForm();
    expect(unloadHeld()).toBe(false);
    cancelButton()?.click();
    await vi.waitFor(() => expect(byTestId('record-form')).toBeNull());
    expect(prompt()).toBeUndefined();
  });

  it('asks before Cancel or Esc lose what was typed: Keep editing keeps it, Discard changes closes', { timeout: 30_000 }, async () => {
    await openForm();
    typeInto('record-fact', 'Mother rang about the timetable.');
    expect(unloadHeld()).toBe(true);
    cancelButton()?.click();
    await vi.waitFor(() => expect(prompt()?.textContent).toContain('This record has not been saved.'));
    promptButton(DISCARD_TEXTS.keep)?.click();
    await vi.waitFor(() => expect(prompt()).toBeUndefined());
    expect(byTestId<HTMLTextAreaElement>('record-fact')?.value).toBe('Mother rang about the timetable.');

    esc();
    await vi.waitFor(() => expect(prompt()).toBeDefined());
    promptButton(DISCARD_TEXTS.discard)?.click();
    await vi.waitFor(() => expect(byTestId('record-form')).toBeNull());
    expect(unloadHeld()).toBe(false);
  });

  it('asks before another screen or another tab of the case replaces the form, and stays when told to', { timeout: 30_000 }, async () => {
    await openForm();
    typeInto('record-fact', 'Tutor reported a late start.');
    const refused = app!.router.push('/cases');
    await vi.waitFor(() => expect(prompt()).toBeDefined());
    promptButton(DISCARD_TEXTS.keep)?.click();
    await refused;
    await vi.waitFor(() => expect(prompt()).toBeUndefined());
    expect(app!.router.currentRoute.value.name).toBe('case');
    expect(byTestId<HTMLTextAreaElement>('record-fact')?.value).toBe('Tutor reported a late start.');

    const moved = app!.router.push(`/cases/${seed.kase.id}?tab=letters`);
    await vi.waitFor(() => expect(prompt()).toBeDefined());
    promptButton(DISCARD_TEXTS.discard)?.click();
    await moved;
    expect(app!.router.currentRoute.value.query['tab']).toBe('letters');
  });

  it('a lock does not wait on the question: the unlock screen comes up and the typing is gone', { timeout: 30_000 }, async () => {
    await openForm();
    typeInto('record-fact', 'Something never saved.');
    click('lock-button');
    await vi.waitFor(() => expect(app!.router.currentRoute.value.name).toBe('unlock'));
    expect(prompt()).toBeUndefined();
    expect(document.body.textContent).not.toContain('Something never saved.');
    expect(unloadHeld()).toBe(false);
  });

  it('the letterhead settings ask before leaving with unsaved typing, and not once it is saved', { timeout: 60_000 }, async () => {
    app = await mountApp('/settings/letterhead');
    await vi.waitFor(() => expect(byTestId('letterhead-form')).not.toBeNull());
    expect(unloadHeld()).toBe(false);
    typeInto('letterhead-phone', '01872 555 010');
    expect(unloadHeld()).toBe(true);
    const refused = app.router.push('/cases');
    await vi.waitFor(() => expect(prompt()?.textContent).toContain('Your changes to the letterhead are not saved.'));
    promptButton(DISCARD_TEXTS.keep)?.click();
    await refused;
    expect(app.router.currentRoute.value.name).toBe('letterhead');
    submitFormOf('letterhead-save');
    await vi.waitFor(() => expect(byTestId('letterhead-saved')).not.toBeNull());
    expect(unloadHeld()).toBe(false);
    await app.router.push('/cases');
    expect(app.router.currentRoute.value.name).toBe('cases');
  });
});
