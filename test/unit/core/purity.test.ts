import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '../../../core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('core/ stays pure TypeScript', () => {
  const files = sourceFiles(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s imports only decimal.js and core files', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3]);
    const foreign = specifiers.filter((s) => s !== 'decimal.js' && !s!.startsWith('./') && !s!.startsWith('../'));
    expect(foreign).toEqual([]);
    // Relative imports must not climb out of core/.
    for (const s of specifiers.filter((s) => s!.startsWith('.'))) {
      expect(relative(CORE, join(file, '..', s!)).startsWith('..')).toBe(false);
    }
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s uses no browser, DOM or network API', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(browser|chrome|document|window|localStorage|XMLHttpRequest)\s*[.[]/);
    expect(code).not.toMatch(/\bfetch\s*\(/);
  });

  it('the checker itself catches a foreign import', () => {
    const sample = "import { x } from 'viem';\nimport D from 'decimal.js';";
    const specifiers = [...sample.matchAll(importPattern)].map((m) => m[1]);
    expect(specifiers).toEqual(['viem', 'decimal.js']);
  });
});
