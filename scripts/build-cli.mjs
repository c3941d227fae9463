// Builds the command line into one file, out/cli/threshold.mjs, runnable with plain Node 22.12+
// (`node out/cli/threshold.mjs --help`); another output path can be given as the argument. esbuild is already installed (vite and tsx are built on
// it), so this adds no package. The store module is native and stays outside the bundle: it is
// loaded from node_modules at run time, as in the app.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'out/cli/threshold.mjs';
await build({
  entryPoints: ['electron/cli/index.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22.12',
  external: ['better-sqlite3-multiple-ciphers'],
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
process.stdout.write(`Built ${outfile}\n`);
