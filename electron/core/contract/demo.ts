// Demo domain: a realistic demo organisation for exploring Threshold.
export const demoMethods = {};
