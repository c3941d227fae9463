import type { bundleMethods } from '../contract/bundle';
import type { DomainHandlers } from '../services';
import { exportBundle } from './bundle-export';
import { importBundle } from './bundle-import';

export const bundleHandlers: DomainHandlers<typeof bundleMethods> = ({ writer }) => ({
  'bundles.export': (input) => exportBundle(writer(), input),
  'bundles.import': (input) => importBundle(writer(), input.bundle),
});
