// First: virtual lists need a ResizeObserver that reports a size (see the file).
import './support/resize-observer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../e2e/support/core-host-types';
import { contact, ok, seedCase, type SeededCase } from './support/case-seed';
import { byTestId, click, feedbackFor, mountApp, submitFormOf, typeInto, type MountedApp } from './support/mount-app';
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

const text = (testId: string) => byTestId(testId)?.textContent?.trim() ?? '';
const versions = () => [...document.querySelectorAll<HTMLElement>('[data-testid="version"]')].map((v) => v.textContent ?? '');

describe('a record and its history', () => {
  it('shows fact and analysis apart with labelled details, and a correction as a new version with its reason', { timeout: 30_000 }, async () => {
    await ok(host, 'records.create', contact(seed, '2026-10-01T16:30:00Z', 'Parent phoned twice about homework.', { analysis: 'Seems anxious about the exam.' }));
    app = await mountApp(`/cases/${seed.kase.id}?tab=chronology`, { realTransitions: true });
    await vi.waitFor(() => expect(byTestId('chronology-open')).not.toBeNull());
    click('chronology-open');

    await vi.waitFor(() => expect(text('record-fact-text')).toBe('Parent phoned twice about homework.'));
    expect(text('record-analysis-text')).toBe('Seems anxious about the exam.');
    expect(text('record-when')).toBe('Thu 1 Oct 2026, 17:30');
    expect(text('detail-medium')).toBe('Phone call');
    expect(text('detail-direction')).toBe('From the client side');
    expect(text('detail-clientParties')).toBe('Amira Haddad · Client');
    expect(text('detail-withinAllocatedTimes')).toBe('Yes');
    expect(text('record-recorded')).toContain('Recorded by Margaret Okafor');
    expect(versions()).toHaveLength(1);

    click('record-correct');
    await vi.waitFor(() => expect(byTestId<HTMLTextAreaElement>('record-fact')?.value).toBe('Parent phoned twice about homework.'));
    typeInto('record-fact', 'Parent phoned three times about homework.');
    // The reason is the core's to require, beside its field; what was typed stays.
    submitFormOf('record-submit');
    await vi.waitFor(() => expect(feedbackFor('record-reason')).toBe('Is required: say why the record is corrected'));
    expect(byTestId<HTMLTextAreaElement>('record-fact')?.value).toBe('Parent phoned three times about homework.');
    typeInto('record-reason', 'The call log shows a third call.');
    submitFormOf('record-submit');

    await vi.waitFor(() => expect(versions()).toHaveLength(2));
    expect(text('record-fact-text')).toBe('Parent phoned three times about homework.');
    const [newest, oldest] = versions();
    expect(newest).toContain('Version 2 · corrected');
    expect(newest).toContain('Reason: The call log shows a third call.');
    expect(newest).toContain('Margaret Okafor');
    expect(oldest).toContain('Version 1 · recorded');
    expect(oldest).toContain('Parent phoned twice about homework.');
    expect(text('record-recorded')).toContain('last corrected by Margaret Okafor');
    // The list shows the corrected fact and marks the row as corrected.
    await vi.waitFor(() => expect(document.querySelector('[data-testid="chronology-row"]')?.textContent).toContain('Corrected (v2)'));
  });
});
