// electron-builder's entry for `npm run dist`: the release build, signed when the environment
// carries credentials. electron-builder 26 loads a .ts config itself (through jiti) and calls a
// default-exported function, so the environment is read at build time, not at import.
import { packagingConfig } from './build/packaging';
import { azureSigningFromEnv } from './build/signing';

export default () => packagingConfig({ testBuild: false, azureSigning: azureSigningFromEnv(process.env) });
