// Loads the encryption-capable SQLite module only after checking the runtime can host it: its
// N-API 10 binary segfaults on Node 20 instead of failing, so the check must come first.
import { createRequire } from 'node:module';
import type DatabaseConstructor from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../errors';

export const REQUIRED_NODE = '22.12';
const REQUIRED_NAPI = 10;

export function runtimeProblem(versions: NodeJS.ProcessVersions = process.versions): string | null {
  const [major = 0, minor = 0] = versions.node.split('.').map(Number);
  const napi = Number(versions.napi ?? 0);
  if (major < 22 || (major === 22 && minor < 12) || napi < REQUIRED_NAPI) {
    return `Threshold needs Node.js ${REQUIRED_NODE} or newer (N-API ${REQUIRED_NAPI}); this runtime is Node.js ${versions.node} with N-API ${napi}.`;
  }
  return null;
}

let cached: typeof DatabaseConstructor | undefined;

export function loadSqlite(): typeof DatabaseConstructor {
  if (cached) return cached;
  const problem = runtimeProblem();
  if (problem) throw new CoreError('runtime_unsupported', problem);
  const require = createRequire(import.meta.url);
  cached = require('better-sqlite3-multiple-ciphers') as typeof DatabaseConstructor;
  return cached;
}

export type Database = DatabaseConstructor.Database;
