// Loaded with --require into the electronegativity process (via NODE_OPTIONS; the hook touches
// nothing else). The scanner uses `got` for two network requests: its translations, at start-up
// (the English ones ship with the package and are used when the request fails), and Electron's
// release index, for AvailableSecurityFixesGlobalCheck, which the scan excludes. CI reaches only
// the npm registry, and got 11's retry after a failed request throws an uncaught error from a
// timer (sindresorhus/got#1489, "The `onCancel` handler was attached after the promise
// settled"), which kills the scan at a random moment. Here every such request fails at once,
// without a retry, so the scan is offline and deterministic.
'use strict';
const Module = require('node:module');

const load = Module._load;
const offline = () => Promise.reject(new Error('offline: the security scan does not use the network'));
offline.head = offline;
offline.get = offline;

Module._load = function loadWithoutNetwork(request, parent, isMain) {
  if (request === 'got' && parent && /[\\/]@doyensec[\\/]electronegativity[\\/]/.test(parent.filename)) return offline;
  return load.call(this, request, parent, isMain);
};
