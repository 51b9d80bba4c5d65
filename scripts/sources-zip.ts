/**
 * What goes into the sources zip that addons.mozilla.org asks for (`wxt zip -b firefox`): everything needed to
 * rebuild the extension with `npm ci && npm run build`, and nothing else (no tests, builds, screenshots,
 * dependencies or local state). An allowlist, so that a new folder stays out until someone decides it belongs.
 * test/unit/scripts/sources-zip.test.ts checks every tracked file is either listed here or left out on purpose;
 * `npm run zip` checks the zip it made (scripts/check-sources-zip.mjs).
 */
export const SOURCES_INCLUDE = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'README.md',
  'PRIVACY.md',
  'assets/**',
  'components/**',
  'core/**',
  'entrypoints/**',
  'lib/**',
  'locales/**',
  'public/**',
  'scripts/**',
];

/** Never in the sources zip, even inside an included folder (WXT adds node_modules, .output and *.test.ts). */
export const SOURCES_EXCLUDE = ['test/**', '.output/**', 'node_modules/**', 'test-results/**', 'store/**'];
