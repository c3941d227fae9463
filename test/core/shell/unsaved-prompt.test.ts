// Closing with unsaved changes: main asks Leave or Stay; only Leave lets the page unload.
import { describe, expect, it } from 'vitest';
import { choseToLeave, confirmUnsavedChanges, unsavedChangesPrompt } from '../../../electron/main/unsaved-prompt';

describe('the unsaved-changes question', () => {
  it('offers Leave and Stay, with Stay the default and the answer to Esc', () => {
    const prompt = unsavedChangesPrompt();
    expect(prompt.message).toBe('You have unsaved changes.');
    expect(prompt.buttons).toEqual(['Leave', 'Stay']);
    expect(prompt.buttons?.[prompt.defaultId ?? -1]).toBe('Stay');
    expect(prompt.buttons?.[prompt.cancelId ?? -1]).toBe('Stay');
  });

  it('reads only the Leave button as leaving', () => {
    expect(choseToLeave(0)).toBe(true);
    expect(choseToLeave(1)).toBe(false);
    expect(choseToLeave(-1)).toBe(false);
  });

  it.each([
    [0, true],
    [1, false],
  ])('on will-prevent-unload, with answer %i, lets the page go: %s', (answer, unloads) => {
    let listener: ((event: { preventDefault(): void }) => void) | undefined;
    const asked: unknown[] = [];
    confirmUnsavedChanges({ on: (_event, l) => (listener = l) }, (options) => (asked.push(options), answer));
    let prevented = false;
    listener?.({ preventDefault: () => (prevented = true) });
    expect(asked).toEqual([unsavedChangesPrompt()]);
    expect(prevented).toBe(unloads);
  });
});
