// The IPC channels between the preload and main. Shared by both so a renamed channel
// cannot leave one side listening on a name the other no longer uses.
export const IPC_CHANNELS = {
  /** renderer -> main, answered: (method, input, callId?) -> Result */
  invoke: 'threshold:invoke',
  /** renderer -> main, one way: (callId) */
  cancel: 'threshold:cancel',
  /** main -> renderer: (callId, progress) */
  progress: 'threshold:progress',
  /** renderer -> main, answered: (suggestedFileName) -> the path the user chose in the save dialog, or null */
  saveDialog: 'threshold:save-dialog',
  /** main -> renderer: (command) an app command chosen in the application menu, or by its shortcut */
  menuCommand: 'threshold:menu-command',
} as const;
