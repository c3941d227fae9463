// The app's own menu commands, declared once: the native menu (main), the preload's check, the
// end-to-end bridge and the renderer's handlers all read this list, so a name cannot drift between
// them. Each command carries the label and shortcut the menu shows; the Keyboard shortcuts dialog
// lists the same ones. No imports: the preload bundles this file and nothing else of the contract.

export const MENU_COMMANDS = [
  'new-record',
  'import',
  'print',
  'export-letter',
  'lock',
  'search',
  'go-home',
  'go-cases',
  'go-dashboard',
  'recent-cases',
  'back',
  'forward',
  'shortcuts',
  'about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The menu a command sits in (About moves to the app menu on macOS; the dialog groups by this). */
export type MenuHeading = 'File' | 'View' | 'Go' | 'Help';

export interface MenuCommandSpec {
  readonly label: string;
  readonly menu: MenuHeading;
  /** Electron's accelerator syntax; CmdOrCtrl is ⌘ on macOS and Ctrl elsewhere. */
  readonly accelerator?: string;
}

export const MENU_COMMAND_SPECS: { readonly [C in MenuCommand]: MenuCommandSpec } = {
  'new-record': { label: 'New record', menu: 'File', accelerator: 'CmdOrCtrl+N' },
  import: { label: 'Import contacts…', menu: 'File' },
  print: { label: 'Print or export review pack…', menu: 'File', accelerator: 'CmdOrCtrl+P' },
  'export-letter': { label: 'Export letter as PDF…', menu: 'File', accelerator: 'CmdOrCtrl+Shift+E' },
  lock: { label: 'Lock', menu: 'File', accelerator: 'CmdOrCtrl+L' },
  // F, not K: it narrows what the screen shows (the chronology's search), as find does in any
  // desktop app; K promises a global command palette, which Threshold does not have.
  search: { label: 'Search', menu: 'View', accelerator: 'CmdOrCtrl+F' },
  'go-home': { label: 'Home', menu: 'Go', accelerator: 'CmdOrCtrl+1' },
  'go-cases': { label: 'Cases', menu: 'Go', accelerator: 'CmdOrCtrl+2' },
  'go-dashboard': { label: 'Dashboard', menu: 'Go', accelerator: 'CmdOrCtrl+3' },
  'recent-cases': { label: 'Recent cases…', menu: 'Go', accelerator: 'CmdOrCtrl+E' },
  back: { label: 'Back', menu: 'Go', accelerator: 'CmdOrCtrl+[' },
  forward: { label: 'Forward', menu: 'Go', accelerator: 'CmdOrCtrl+]' },
  shortcuts: { label: 'Keyboard shortcuts', menu: 'Help', accelerator: 'CmdOrCtrl+/' },
  about: { label: 'About Threshold', menu: 'Help' },
};

/** Anything arriving over IPC is checked with this before a listener sees it. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
