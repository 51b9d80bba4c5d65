/**
 * The content script runs on every page of every DEX host: its module graph must not reach the math core
 * (decimal.js) or the providers. All math runs in the service worker.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/^(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (spec!.startsWith('.')) {
        const base = resolve(dirname(file), spec!);
        const found = ['', '.ts', '.tsx', '/index.ts']
          .map((ext) => base + ext)
          .find((p) => existsSync(p) && !p.endsWith('.css') && /\.tsx?$/.test(p));
        if (found) visit(found);
      } else seen.add(`package:${spec}`);
    }
  };
  visit(entry);
  return new Set([...seen].map((p) => (p.startsWith('package:') ? p : relative(ROOT, p))));
}

describe('content script imports', () => {
  it('reaches neither decimal.js, the math core nor the worker', () => {
    const files = graph(join(ROOT, 'entrypoints/dex.content/index.tsx'));
    expect(files.has('entrypoints/dex.content/page-session.tsx')).toBe(true);
    expect(
      [...files].filter(
        (f) =>
          f === 'package:decimal.js' ||
          f === 'core/index.ts' ||
          f === 'core/numbers.ts' ||
          f.startsWith('entrypoints/background/'),
      ),
    ).toEqual([]);
  });
});
