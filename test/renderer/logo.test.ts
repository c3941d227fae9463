import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, logoProblem, readAsDataUrl } from '../../src/components/letterhead/logo';

describe('the letterhead logo', () => {
  it('takes a PNG or JPEG of at most 512 KB', () => {
    expect(logoProblem({ type: 'image/png', size: 1000 })).toBeNull();
    expect(logoProblem({ type: 'image/jpeg', size: LOGO_MAX_BYTES })).toBeNull();
  });

  it('refuses another kind of file, or a larger one, saying why', () => {
    expect(logoProblem({ type: 'image/svg+xml', size: 10 })).toBe('Choose a PNG or JPEG image');
    expect(logoProblem({ type: 'image/png', size: LOGO_MAX_BYTES + 1 })).toBe('The image is 513 KB: choose one of at most 512 KB');
  });

  it('reads the image as the data URL the contract takes', async () => {
    const url = await readAsDataUrl(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }));
    expect(url).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
  });
});
