// The one API contract: every domain's methods merged into one map. Main, preload, renderer,
// command line and tests all derive their types from it; nothing restates a method by hand.
import type { z } from 'zod';
import type { Progress, Result } from './define';
import type { MenuCommand } from './menu-commands';
import { analysisMethods } from './analysis';
import { backupMethods } from './backup';
import { bundleMethods } from './bundle';
import { chronologyMethods } from './chronology';
import { complaintsMethods } from './complaints';
import { dataProtectionMethods } from './data-protection';
import { decisionsMethods } from './decisions';
import { demoMethods } from './demo';
import { documentsMethods, lettersMethods } from './letter-methods';
import { transferMethods } from './transfer';
import { recordsMethods } from './records';
import { sessionMethods } from './session';
import { systemMethods } from './system';
import { usersMethods } from './users';

export const contract = {
  ...sessionMethods,
  ...usersMethods,
  ...recordsMethods,
  ...chronologyMethods,
  ...analysisMethods,
  ...complaintsMethods,
  ...transferMethods,
  ...bundleMethods,
  ...demoMethods,
  ...systemMethods,
  ...backupMethods,
  ...dataProtectionMethods,
  ...decisionsMethods,
  ...lettersMethods,
  ...documentsMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What the preload exposes as `window.threshold` (and the end-to-end bridge imitates). */
export interface ThresholdBridge {
  invoke<M extends MethodName>(method: M, input: Input<M>, callId?: string): Promise<Result<Output<M>>>;
  cancel(callId: string): void;
  onProgress(listener: (callId: string, progress: Progress) => void): () => void;
  /** The system's save dialog (Electron): the path the user chose, or null. Absent where there is none (the browser test bridge), so the page asks for a path instead. */
  chooseSavePath?(suggestedFileName: string): Promise<string | null>;
  /** Commands from the application menu (Electron): the listener hears only known commands; the returned function stops it. Absent in a plain browser, where the page handles the same shortcuts itself. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
}

export * from './define';
export * from './labels';
export * from './schemas';
export * from './records';
export * from './chronology';
export * from './record-details';
export * from './session';
export * from './system';
export * from './bundle';
export * from './demo';
export * from './analysis';
export * from './complaints';
export * from './data-protection';
export * from './backup';
export * from './casework';
export * from './decisions';
export * from './letters';
export * from './menu-commands';
export * from './accelerators';
