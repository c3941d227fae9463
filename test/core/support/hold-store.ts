// Child process for the two-process lock test: opens a store, says so, and holds it until killed.
import { openCore } from '../../../electron/core';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hold-store <store folder>');
openCore({ storeDir: dir });
process.stdout.write('holding\n');
setInterval(() => {}, 1000);
