// The application menu as each platform gets it: every app command exactly once, no shortcut
// twice, the app menu first on macOS only, Quit and About where each platform looks for them,
// reload and the developer tools only while developing; and a click sends the command to the window.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { acceleratorId } from '../../../electron/core/contract/accelerators';
import { MENU_COMMANDS, MENU_COMMAND_SPECS } from '../../../electron/core/contract/menu-commands';
import { IPC_CHANNELS } from '../../../electron/main/channels';
import { buildMenuTemplate, type MenuEntry, type MenuSection } from '../../../electron/main/menu-template';

const electron = vi.hoisted(() => ({ built: [] as unknown[], installed: [] as unknown[] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => (electron.built.push(template), { template }),
    setApplicationMenu: (menu: unknown) => void electron.installed.push(menu),
  },
}));

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
const template = (platform: NodeJS.Platform, devTools = false) => buildMenuTemplate({ platform, appName: 'Threshold', devTools });
const entries = (sections: readonly MenuSection[]): MenuEntry[] => sections.flatMap((s) => s.entries);
const roles = (sections: readonly MenuSection[]) => entries(sections).flatMap((e) => (e.kind === 'role' ? [e.role] : []));
const section = (sections: readonly MenuSection[], label: string) => sections.find((s) => s.label === label);

describe.each(PLATFORMS)('the menu on %s', (platform) => {
  const mac = platform === 'darwin';

  it.each([false, true])('gives no two entries the same shortcut (developer tools: %s)', (devTools) => {
    const ids = entries(template(platform, devTools)).flatMap((e) => (e.kind !== 'separator' && e.accelerator ? [acceleratorId(e.accelerator, mac)] : []));
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('holds every app command exactly once, with the label and shortcut the contract gives it', () => {
    const commands = entries(template(platform)).flatMap((e) => (e.kind === 'command' ? [e] : []));
    expect(commands.map((e) => e.command).sort()).toEqual([...MENU_COMMANDS].sort());
    for (const entry of commands) expect(entry.accelerator).toBe(MENU_COMMAND_SPECS[entry.command].accelerator);
    expect(commands.find((e) => e.command === 'lock')).toMatchObject({ label: 'Lock', accelerator: 'CmdOrCtrl+L' });
  });

  it('uses the standard roles for editing, zoom and the window', () => {
    expect(section(template(platform), 'Edit')?.entries.flatMap((e) => (e.kind === 'role' ? [e.role] : []))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(template(platform))).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'close']));
  });

  it('has reload and the developer tools only while developing', () => {
    const dev = ['reload', 'forceReload', 'toggleDevTools'] as const;
    expect(roles(template(platform, false)).filter((r) => (dev as readonly string[]).includes(r))).toEqual([]);
    expect(section(template(platform, true), 'View')?.entries).toEqual(expect.arrayContaining(dev.map((role) => expect.objectContaining({ kind: 'role', role }))));
  });

  it('has no empty menu, and never starts or ends a menu with a separator', () => {
    for (const s of template(platform, true)) {
      expect(s.entries.length, s.label).toBeGreaterThan(0);
      expect(s.entries[0]?.kind, s.label).not.toBe('separator');
      expect(s.entries.at(-1)?.kind, s.label).not.toBe('separator');
    }
  });
});

describe('where each platform looks for things', () => {
  it('puts the app menu first on macOS, with About, Hide and Quit, and Close Window under File', () => {
    const mac = template('darwin');
    expect(mac.map((s) => s.label)).toEqual(['Threshold', 'File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    const app = mac[0]?.entries ?? [];
    expect(app[0]).toMatchObject({ kind: 'command', command: 'about', label: 'About Threshold' });
    expect(app.flatMap((e) => (e.kind === 'role' ? [e.role] : []))).toEqual(['hide', 'hideOthers', 'unhide', 'quit']);
    expect(app.at(-1)).toMatchObject({ role: 'quit', accelerator: 'Command+Q' });
    expect(section(mac, 'File')?.entries.at(-1)).toMatchObject({ role: 'close', label: 'Close Window' });
    expect(section(mac, 'Help')?.entries.map((e) => (e.kind === 'command' ? e.command : e.kind))).toEqual(['shortcuts']);
  });

  it.each(['win32', 'linux'] as const)('gives %s no app menu: Quit ends File and About ends Help', (platform) => {
    const menu = template(platform);
    expect(menu.map((s) => s.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    expect(roles(menu)).not.toEqual(expect.arrayContaining(['hide']));
    expect(section(menu, 'File')?.entries.at(-1)).toMatchObject({ kind: 'role', role: 'quit' });
    expect(section(menu, 'Help')?.entries.at(-1)).toMatchObject({ kind: 'command', command: 'about', label: 'About Threshold' });
  });

  it('keeps redo on Ctrl+Y on Windows and on Shift+Ctrl+Z elsewhere, as each platform does', () => {
    const redo = (platform: NodeJS.Platform) => section(template(platform), 'Edit')?.entries.find((e) => e.kind === 'role' && e.role === 'redo');
    expect(redo('win32')).toMatchObject({ accelerator: 'Ctrl+Y' });
    expect(redo('linux')).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z' });
  });
});

describe('installing the menu', () => {
  beforeEach(() => {
    electron.built.length = 0;
    electron.installed.length = 0;
  });

  it('sends a clicked command to the window on the menu channel, and nothing once the window is gone', async () => {
    const { installAppMenu } = await import('../../../electron/main/menu');
    const sent: unknown[][] = [];
    let destroyed = false;
    installAppMenu({ isDestroyed: () => destroyed, webContents: { send: (...args) => void sent.push(args) } }, { platform: 'linux', appName: 'Threshold', devTools: false });
    expect(electron.installed).toHaveLength(1);
    type Item = { label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
    const items = (electron.built[0] as Item[]).flatMap((s) => s.submenu ?? []);
    const lock = items.find((i) => i.label === 'Lock');
    expect(lock).toMatchObject({ accelerator: 'CmdOrCtrl+L' });
    lock?.click?.();
    expect(sent).toEqual([[IPC_CHANNELS.menuCommand, 'lock']]);
    // Roles are left to Electron: no click of ours, the shortcut as the template gives it.
    expect(items.find((i) => i.role === 'copy')).toEqual({ role: 'copy', label: 'Copy', accelerator: 'CmdOrCtrl+C' });
    destroyed = true;
    lock?.click?.();
    expect(sent).toHaveLength(1);
  });
});
