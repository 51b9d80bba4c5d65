/**
 * The sources zip for addons.mozilla.org holds what a rebuild needs and nothing else. Running `wxt zip` here
 * would be too slow for the unit tests; this checks the configuration against the repository instead, so a new
 * file or folder is either put into the zip or left out on purpose. (`npm run zip` checks the real zip.)
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SOURCES_EXCLUDE, SOURCES_INCLUDE } from '../../../scripts/sources-zip';

/** Test, lint and CI configuration: not needed for `npm ci && npm run build`. */
const LEFT_OUT = [
  'test/**',
  '.ci/**',
  'store/**',
  '.gitignore',
  'biome.json',
  'vitest.config.ts',
  'playwright.config.ts',
  'playwright.firefox.config.ts',
  'playwright.screenshots.config.ts',
];

/** The two pattern forms used: an exact path, or `folder/**` for everything under it. */
const matches = (pattern: string, path: string) =>
  pattern.endsWith('/**') ? path.startsWith(pattern.slice(0, -2)) : path === pattern;
const inZip = (path: string) =>
  SOURCES_INCLUDE.some((p) => matches(p, path)) && !SOURCES_EXCLUDE.some((p) => matches(p, path));

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((path) => path !== '');

describe('the sources zip configuration', () => {
  it('uses only exact paths and folder/** patterns (what this test understands)', () => {
    for (const pattern of [...SOURCES_INCLUDE, ...SOURCES_EXCLUDE]) expect(pattern).toMatch(/^[\w.-]+(\/\*\*)?$/);
  });

  it('holds what `npm ci && npm run build` needs', () => {
    const needed = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'PRIVACY.md'];
    for (const path of needed) expect(inZip(path), path).toBe(true);
    for (const folder of ['assets', 'components', 'core', 'entrypoints', 'lib', 'public', 'scripts'])
      expect(
        files.some((path) => path.startsWith(`${folder}/`) && inZip(path)),
        folder,
      ).toBe(true);
    // The build's own script and the icons it ships.
    expect(inZip('scripts/print-build.mjs')).toBe(true);
    expect(inZip('public/icon/128.png')).toBe(true);
  });

  it('leaves out tests, builds, dependencies, screenshots and local state', () => {
    for (const path of [
      'test/e2e/fixtures.ts',
      '.output/chrome-mv3/manifest.json',
      'node_modules/preact/package.json',
      'test-results/playwright/x.png',
      'store/screenshots/1-overlay.png',
      '.wxt/tsconfig.json',
    ])
      expect(inZip(path), path).toBe(false);
  });

  it('every file in the repository is either in the zip or left out on purpose', () => {
    const unsorted = files.filter((path) => !inZip(path) && !LEFT_OUT.some((p) => matches(p, path)));
    expect(unsorted).toEqual([]);
  });
});
