import type { backupMethods } from '../contract/backup';
import type { DomainHandlers } from '../services';
import { createBackup } from './create';
import { restoreBackup } from './restore';
import { verifyBackup } from './verify';

export const backupHandlers: DomainHandlers<typeof backupMethods> = ({ writer, session, clock }) => ({
  'backup.create': (input, ctx) => createBackup(writer(), input.destination, ctx),
  'backup.verify': (input) => verifyBackup(session.require().vault, input.path),
  'backup.restore': (input) => restoreBackup(input, clock.now()),
});
