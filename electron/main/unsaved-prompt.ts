// Closing the window (or quitting) while a form has unsaved changes. The renderer asks to keep
// the page by setting beforeunload's returnValue; a browser would then ask the user, but Electron
// silently cancels the close, so the window would just refuse to shut. Main asks instead, with
// Stay as the safe answer, and lets the page go only when the user chooses Leave.
import type { MessageBoxSyncOptions } from 'electron';

const LEAVE = 0;
const STAY = 1;

/** The question, for dialog.showMessageBoxSync: Leave and Stay, Stay the default and what Esc means. */
export function unsavedChangesPrompt(): MessageBoxSyncOptions {
  return {
    type: 'warning',
    title: 'Unsaved changes',
    message: 'You have unsaved changes.',
    detail: 'If you leave now, what you typed in the open form is lost. Choose Stay to go back and save it.',
    buttons: ['Leave', 'Stay'],
    defaultId: STAY,
    cancelId: STAY,
    // Windows would otherwise turn the buttons into command links.
    noLink: true,
  };
}

/** The button the user pressed, as showMessageBoxSync reports it: only Leave lets the page go. */
export function choseToLeave(response: number): boolean {
  return response === LEAVE;
}

interface Preventable {
  preventDefault(): void;
}

/** The window's web contents, as far as this uses it (Electron's WebContents satisfies it). */
export interface UnloadingContents {
  on(event: 'will-prevent-unload', listener: (event: Preventable) => void): unknown;
}

/**
 * On will-prevent-unload, asks; preventDefault() there means "ignore the page's objection and
 * unload", which is what Leave asks for. Stay does nothing, so the close stays cancelled.
 */
export function confirmUnsavedChanges(contents: UnloadingContents, ask: (options: MessageBoxSyncOptions) => number): void {
  contents.on('will-prevent-unload', (event) => {
    if (choseToLeave(ask(unsavedChangesPrompt()))) event.preventDefault();
  });
}
