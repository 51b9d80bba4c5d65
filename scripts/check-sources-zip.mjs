// After `npm run zip`: lists the sources zip and fails when something needed to rebuild is missing or
// something that must stay out (tests, builds, dependencies, local state) is in it. Node only: reads the
// zip's central directory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NEEDED_FILES = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'PRIVACY.md'];
const NEEDED_FOLDERS = ['assets/', 'components/', 'core/', 'entrypoints/', 'lib/', 'public/icon/', 'scripts/'];
const FORBIDDEN = [
  /^test\//,
  /^\.output\//,
  /(^|\/)node_modules\//,
  /^test-results\//,
  /^store\//,
  /^\./,
  /\.test\.tsx?$/,
];

/** The names in a zip file, from its central directory. */
function zipEntries(zip) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const zipName = readdirSync('.output').find((name) => name.endsWith('-sources.zip'));
if (!zipName) {
  console.error('No .output/*-sources.zip: run npm run zip');
  process.exit(1);
}
const names = zipEntries(readFileSync(join('.output', zipName)));
const problems = [
  ...NEEDED_FILES.filter((file) => !names.includes(file)).map((file) => `missing ${file}`),
  ...NEEDED_FOLDERS.filter((dir) => !names.some((n) => n.startsWith(dir))).map((dir) => `missing ${dir}`),
  ...names.filter((n) => FORBIDDEN.some((pattern) => pattern.test(n))).map((n) => `must not hold ${n}`),
];
const perTop = new Map();
for (const name of names) {
  const top = name.includes('/') ? `${name.split('/')[0]}/` : name;
  perTop.set(top, (perTop.get(top) ?? 0) + 1);
}
console.log(`.output/${zipName}: ${names.length} files`);
for (const [top, count] of perTop) console.log(`  ${top}${top.endsWith('/') ? ` (${count} files)` : ''}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('The sources zip holds what `npm ci && npm run build` needs, and no tests, builds or dependencies.');
