// --store on the command line, among the switches Electron and Chromium add.
import { describe, expect, it } from 'vitest';
import { findStoreArg, parseLaunchArgs } from '../../../electron/main/args';

const defaults = { storeDir: '/home/amy/.config/Threshold/store' };
const argv = (...rest: string[]) => ['/opt/electron/electron', 'out/main/index.js', ...rest];

describe('launch arguments', () => {
  it('takes --store <path> and --store=<path>, resolved to an absolute path', () => {
    expect(parseLaunchArgs(argv('--store', '/tmp/s1'), defaults, '/srv/threshold')).toEqual({ storeDir: '/tmp/s1' });
    expect(parseLaunchArgs(argv('--store=/tmp/s2'), defaults, '/srv/threshold')).toEqual({ storeDir: '/tmp/s2' });
    expect(parseLaunchArgs(argv('--store', 'stores/demo'), defaults, '/srv/threshold')).toEqual({ storeDir: '/srv/threshold/stores/demo' });
    expect(parseLaunchArgs(argv('--store=../x/'), defaults, '/srv/threshold/app')).toEqual({ storeDir: '/srv/threshold/x' });
  });

  it('falls back to the default store folder', () => {
    expect(parseLaunchArgs(argv(), defaults, '/srv/threshold')).toEqual(defaults);
  });

  it('ignores Chromium and Electron switches before and after', () => {
    const args = argv('--no-sandbox', '--inspect=0', '--remote-debugging-port=0', '--store', '/tmp/s', '--enable-logging', '--storeroom=x');
    expect(parseLaunchArgs(args, defaults, '/srv/threshold')).toEqual({ storeDir: '/tmp/s' });
  });

  it('refuses --store with no value, with a clear message', () => {
    for (const bad of [argv('--store'), argv('--store='), argv('--store', '--no-sandbox'), argv('--store', '  ')]) {
      expect(() => findStoreArg(bad, '/srv/threshold')).toThrow('--store needs the path of a store folder');
    }
  });

  it('refuses two store folders rather than picking one', () => {
    expect(() => findStoreArg(argv('--store', '/a', '--store=/b'), '/srv/threshold')).toThrow(/more than once/);
  });
});
