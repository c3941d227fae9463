import type { demoMethods } from '../contract/demo';
import type { DomainHandlers } from '../services';

export const demoHandlers: DomainHandlers<typeof demoMethods> = () => ({});
