/** One reader per site where the generic one is not enough; adding a site's reader is one file and one line. */
import type { SiteId } from '../../../core/index';
import { PageFactsSchema, type PageFacts } from '../../../lib/messages/page';
import { parseMessage } from '../../../lib/messages/parse';
import { readGenericFacts } from './generic';
import { readPancakeswapFacts } from './pancakeswap';
import { readSushiswapFacts } from './sushiswap';
import { readUniswapFacts } from './uniswap';

const READERS: Partial<Record<SiteId, (doc: Document) => PageFacts>> = {
  uniswap: readUniswapFacts,
  pancakeswap: readPancakeswapFacts,
  sushiswap: readSushiswapFacts,
};

/** Reads the page's facts for a site; a reader that throws (the DEX changed its DOM) yields no facts. */
export function readPageFacts(site: SiteId, doc: Document): PageFacts {
  try {
    const facts = (READERS[site] ?? readGenericFacts)(doc);
    return parseMessage(PageFactsSchema, facts) ?? {};
  } catch {
    return {};
  }
}
