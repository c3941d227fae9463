// Accelerators as each platform reads them: one identity per key combination (for the menu's
// uniqueness check), the platform's way of writing them, and exact matching of a key press.
import { describe, expect, it } from 'vitest';
import { acceleratorId, formatAccelerator, matchesKeyPress, resolveAccelerator } from '../../../electron/core/contract/accelerators';
import { MENU_COMMAND_SPECS } from '../../../electron/core/contract/menu-commands';

const key = (k: string, held: Partial<Record<'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({ key: k, metaKey: false, ctrlKey: false, altKey: false, shiftKey: false, ...held });

describe('accelerators', () => {
  it('resolve CmdOrCtrl to Command on macOS and to Control elsewhere', () => {
    expect(resolveAccelerator('CmdOrCtrl+Shift+e', true)).toEqual({ command: true, control: false, alt: false, shift: true, key: 'E' });
    expect(resolveAccelerator('CommandOrControl+Plus', false)).toEqual({ command: false, control: true, alt: false, shift: false, key: '+' });
  });

  it('give one identity to the same combination however it is spelt', () => {
    expect(acceleratorId('CmdOrCtrl+W', false)).toBe(acceleratorId('Ctrl+W', false));
    expect(acceleratorId('Shift+CmdOrCtrl+Z', true)).toBe(acceleratorId('Command+Shift+z', true));
    expect(acceleratorId('CmdOrCtrl+W', true)).not.toBe(acceleratorId('Ctrl+W', true));
    expect(acceleratorId('Control+Command+F', true)).not.toBe(acceleratorId('CmdOrCtrl+F', true));
  });

  it('refuse a modifier Electron does not know, or no key', () => {
    expect(() => resolveAccelerator('Hyper+L', false)).toThrow(/unknown modifier/);
    expect(() => resolveAccelerator('', false)).toThrow(/no key/);
  });

  it('are written ⌘-style on macOS and Ctrl+ elsewhere', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+E', true)).toBe('⇧⌘E');
    expect(formatAccelerator('Control+Command+F', true)).toBe('⌃⌘F');
    expect(formatAccelerator('CmdOrCtrl+Shift+E', false)).toBe('Ctrl+Shift+E');
    expect(formatAccelerator('CmdOrCtrl+/', false)).toBe('Ctrl+/');
  });

  it('match a key press only with exactly its modifiers', () => {
    expect(matchesKeyPress('CmdOrCtrl+L', key('l', { ctrlKey: true }), false)).toBe(true);
    expect(matchesKeyPress('CmdOrCtrl+L', key('l', { metaKey: true }), true)).toBe(true);
    expect(matchesKeyPress('CmdOrCtrl+L', key('l', { metaKey: true }), false)).toBe(false);
    expect(matchesKeyPress('CmdOrCtrl+L', key('L', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesKeyPress('CmdOrCtrl+Shift+E', key('E', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesKeyPress('CmdOrCtrl+[', key('[', { ctrlKey: true }), false)).toBe(true);
  });

  it('of every app command can be read', () => {
    for (const spec of Object.values(MENU_COMMAND_SPECS)) if (spec.accelerator) expect(() => resolveAccelerator(spec.accelerator ?? '', false)).not.toThrow();
  });
});
