import { describe, expect, it } from 'vitest';
import { base64ToBytes, pageCount, pageLabel, renderScale } from '../../src/components/pdf/pdf-bytes';

describe('PDF preview helpers', () => {
  it('turns the core’s base64 into the bytes pdf.js reads, every byte value intact', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const base64 = btoa(String.fromCharCode(...all));
    expect(base64ToBytes(base64)).toEqual(all);
    expect(new TextDecoder().decode(base64ToBytes(btoa('%PDF-1.7')))).toBe('%PDF-1.7');
    expect(() => base64ToBytes('not base64!')).toThrow();
  });

  it('names each page for a screen reader and counts them', () => {
    expect(pageLabel(1, 3)).toBe('Page 1 of 3');
    expect(pageCount(1)).toBe('1 page');
    expect(pageCount(4)).toBe('4 pages');
  });

  it('draws a page at the width asked, with device pixels for a dense screen (at most 3×)', () => {
    expect(renderScale(595, 595, 1)).toEqual({ css: 1, pixels: 1 });
    expect(renderScale(600, 300, 2)).toEqual({ css: 0.5, pixels: 1 });
    expect(renderScale(600, 600, 8).pixels).toBe(3);
    expect(renderScale(600, 600, 0).pixels).toBe(1);
  });
});
