// npm run scan:electron: the static Electron security scan. The work is in TypeScript
// (scripts/security-scan/, type-checked with the rest), loaded here through tsx's loader.
import { tsImport } from 'tsx/esm/api';

await tsImport('./security-scan/main.ts', import.meta.url);
