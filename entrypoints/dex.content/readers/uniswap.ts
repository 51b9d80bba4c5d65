/**
 * Uniswap app: a pool page URL does not say v2 or v3 for a 20-byte address; the page shows a version badge
 * ("v2", "v3", "v4") next to the pair. The rest is the generic reader.
 */
import type { PageFacts } from '../../../lib/messages/page';
import { readGenericFacts } from './generic';

const VERSIONS = new Set(['v2', 'v3', 'v4']);

export function readUniswapFacts(doc: Document): PageFacts {
  const facts = readGenericFacts(doc);
  const heading = doc.querySelector('h1')?.parentElement;
  for (const el of heading?.querySelectorAll('span, div') ?? []) {
    const text = (el.textContent ?? '').trim().toLowerCase();
    if (el.children.length === 0 && VERSIONS.has(text)) return { ...facts, version: text as 'v2' | 'v3' | 'v4' };
  }
  return facts;
}
