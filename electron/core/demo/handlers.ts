import type { demoMethods } from '../contract/demo';
import type { DomainHandlers } from '../services';
import { createDemo } from './create';

export const demoHandlers: DomainHandlers<typeof demoMethods> = (s) => ({
  'demo.create': () => createDemo(s),
});
