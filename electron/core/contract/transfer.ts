// Transfer domain: contact import from CSV and case bundles (import and export).
export const transferMethods = {};
