/** Sushiswap's pages: for now the generic reader; the real-markup reader replaces it (issue 9). */
import type { PageFacts } from '../../../lib/messages/page';
import { readGenericFacts } from './generic';

export function readSushiswapFacts(doc: Document): PageFacts {
  return readGenericFacts(doc);
}
