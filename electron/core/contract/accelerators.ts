// Electron's accelerator strings ("CmdOrCtrl+Shift+E") resolved for one kind of keyboard, so
// that main can check the menu has no shortcut twice, and the renderer can show a shortcut the
// way the platform writes it and recognise it as a key press in a plain browser. No imports.

export interface ResolvedAccelerator {
  /** ⌘ on macOS; the Windows (Super) key elsewhere. */
  readonly command: boolean;
  readonly control: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  /** One character in upper case ("E", "[", "/"), or a key's name ("F11"). */
  readonly key: string;
}

type Modifier = 'command' | 'control' | 'alt' | 'shift';

function modifierOf(part: string, mac: boolean): Modifier | null {
  switch (part.toLowerCase()) {
    case 'cmdorctrl':
    case 'commandorcontrol':
      return mac ? 'command' : 'control';
    case 'cmd':
    case 'command':
    case 'super':
    case 'meta':
      return 'command';
    case 'ctrl':
    case 'control':
      return 'control';
    case 'alt':
    case 'option':
      return 'alt';
    case 'shift':
      return 'shift';
    default:
      return null;
  }
}

/** "Plus" is how an accelerator writes "+", which is also its separator. */
function keyOf(part: string): string {
  if (part.toLowerCase() === 'plus') return '+';
  return part.length === 1 ? part.toUpperCase() : part;
}

export function resolveAccelerator(accelerator: string, mac: boolean): ResolvedAccelerator {
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`The accelerator "${accelerator}" has no key.`);
  const held = new Set<Modifier>();
  for (const part of parts) {
    const modifier = modifierOf(part, mac);
    if (!modifier) throw new Error(`The accelerator "${accelerator}" has an unknown modifier "${part}".`);
    held.add(modifier);
  }
  return { command: held.has('command'), control: held.has('control'), alt: held.has('alt'), shift: held.has('shift'), key: keyOf(key) };
}

/** One spelling per key combination: "CmdOrCtrl+W" and "Ctrl+W" are the same shortcut on Linux. */
export function acceleratorId(accelerator: string, mac: boolean): string {
  const a = resolveAccelerator(accelerator, mac);
  return [a.command && 'Command', a.control && 'Control', a.alt && 'Alt', a.shift && 'Shift', a.key].filter(Boolean).join('+');
}

/** As people read it: "⇧⌘E" on macOS (Apple's order of symbols), "Ctrl+Shift+E" elsewhere. */
export function formatAccelerator(accelerator: string, mac: boolean): string {
  const a = resolveAccelerator(accelerator, mac);
  if (mac) return `${a.control ? '⌃' : ''}${a.alt ? '⌥' : ''}${a.shift ? '⇧' : ''}${a.command ? '⌘' : ''}${a.key}`;
  return [a.control && 'Ctrl', a.alt && 'Alt', a.shift && 'Shift', a.command && 'Super', a.key].filter(Boolean).join('+');
}

/** The parts of a KeyboardEvent a shortcut is recognised by. */
export interface KeyPress {
  readonly key: string;
  readonly metaKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/** Exactly this combination: Ctrl+Shift+N is not Ctrl+N. */
export function matchesKeyPress(accelerator: string, press: KeyPress, mac: boolean): boolean {
  const a = resolveAccelerator(accelerator, mac);
  return press.metaKey === a.command && press.ctrlKey === a.control && press.altKey === a.alt && press.shiftKey === a.shift && keyOf(press.key) === a.key;
}
