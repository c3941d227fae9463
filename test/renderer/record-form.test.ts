// First: virtual lists need a ResizeObserver that reports a size (see the file).
import './support/resize-observer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { ok, seedCase, type SeededCase } from './support/case-seed';
import { byTestId, choose, chosenLabel, click, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
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

const inputValue = (testId: string) => byTestId<HTMLInputElement | HTMLTextAreaElement>(testId)?.value;
const entryCount = () => document.querySelectorAll('[data-testid="chronology-row"]').length;

async function openForm(type: string): Promise<void> {
  app = await mountApp(`/cases/${seed.kase.id}?tab=chronology`, { realTransitions: true });
  await vi.waitFor(() => expect(byTestId('add-record')).not.toBeNull());
  click('add-record');
  await vi.waitFor(() => expect(byTestId(`record-type-${type}`)).not.toBeNull());
  click(`record-type-${type}`);
  await vi.waitFor(() => expect(byTestId('record-form')).not.toBeNull());
}

describe('the record form', () => {
  it("shows the core's issue beside the detail field it is about, keeping everything typed", { timeout: 30_000 }, async () => {
    await openForm('session');
    typeInto('record-fact', 'The video link failed after ten minutes.');
    typeInto('record-analysis', 'Probably the home broadband again.');
    await choose('record-worker-id', 'Tom Pascoe · Tutor');
    typeInto('record-kind', 'Maths lesson');
    await choose('record-location', 'Online from home');
    await choose('record-outcome', 'Technology failure');
    // The failure type appears with that outcome; left empty, the core says why beside it.
    await vi.waitFor(() => expect(byTestId('record-technology-failure')).not.toBeNull());
    submitFormOf('record-submit');

    await vi.waitFor(() => expect(feedbackFor('record-technology-failure')).toBe('Is required for a technology failure, and only then'));
    expect(inputValue('record-fact')).toBe('The video link failed after ten minutes.');
    expect(inputValue('record-analysis')).toBe('Probably the home broadband again.');
    expect(chosenLabel('record-outcome')).toBe('Technology failure');
    expect(byTestId('record-alert')).toBeNull(); // every issue sits beside its field

    await choose('record-technology-failure', 'Unstable connection');
    await vi.waitFor(() => expect(feedbackFor('record-technology-failure')).toBe('')); // a changed field drops its message
    submitFormOf('record-submit');
    await vi.waitFor(() => expect(entryCount()).toBe(1));
    await vi.waitFor(() => expect(byTestId('record-form')).toBeNull()); // the dialog closed
    const row = document.querySelector('[data-testid="chronology-row"]');
    expect(row?.textContent).toContain('Maths lesson with Tom Pascoe · technology failure (unstable connection)');
  });

  it('says which choices are still to make before asking the core, and places list issues on the list', { timeout: 30_000 }, async () => {
    await openForm('contact');
    typeInto('record-fact', 'Called the desk.');
    submitFormOf('record-submit');
    await vi.waitFor(() => expect(feedbackFor('record-medium')).toBe('Choose one'));
    await vi.waitFor(() => expect(feedbackFor('record-direction')).toBe('Choose one'));

    await choose('record-medium', 'Phone call');
    await choose('record-line', 'Main desk phone');
    await choose('record-direction', 'From the client side');
    await choose('record-purpose', 'Enquiry');
    submitFormOf('record-submit');
    // No one on the client side: the core's issue for the list sits beside the list.
    await vi.waitFor(() => expect(feedbackFor('record-client-parties')).toBe('Needs at least one person on the client side'));
    expect(await ok(host, 'chronology.list', { caseId: seed.kase.id })).toMatchObject({ total: 0 });
  });
});
