/** The committed icons are what assets/icon.svg gives at every size the manifests list. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('icons', () => {
  it('public/icon/<size>.png are square PNGs of their size', () => {
    for (const size of [16, 32, 48, 96, 128]) {
      const png = readFileSync(`public/icon/${size}.png`);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('match what scripts/make-icons.mjs draws from assets/icon.svg, pixel for pixel', () => {
    const out = execFileSync(process.execPath, ['scripts/make-icons.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toContain('match assets/icon.svg');
  });
});
