// electron-builder's entry for `npm run dist:test`: the release build with the Node inspector fuse
// left on, so Playwright can launch it. Never to be distributed; it lands in release/test-build.
import { packagingConfig } from './build/packaging';
import { azureSigningFromEnv } from './build/signing';

export default () => packagingConfig({ testBuild: true, azureSigning: azureSigningFromEnv(process.env) });
