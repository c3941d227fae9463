// Every entry point (app scripts, command line, tests) runs this first, in syntax any Node can
// parse, so an old Node stops with a clear message instead of the store module's segfault.
'use strict';
var required = [22, 12];
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > required[0] || (parts[0] === required[0] && parts[1] >= required[1]);
if (!ok) {
  process.stderr.write(
    'Threshold needs Node.js ' + required.join('.') + ' or newer; this is Node.js ' +
      process.versions.node + '.\n' +
      'Install a current Node.js (22 LTS or 24 LTS) and run the command again.\n'
  );
  process.exit(1);
}
