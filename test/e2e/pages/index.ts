/**
 * Fixture pages per site, one file each, so that adding a site's pages touches its own file. The generic
 * pages of dex-server.ts come first; a URL listed twice is an error caught by the test below the table.
 */
import { PAGES as uniswap } from './uniswap';
import { PAGES as pancakeswap } from './pancakeswap';
import { PAGES as sushiswap } from './sushiswap';
import { PAGES as curveBalancer } from './curve-balancer';
import { PAGES as otherSites } from './other-sites';
import type { FixturePage } from './types';

export const SITE_PAGES: Record<string, FixturePage> = {
  ...uniswap,
  ...pancakeswap,
  ...sushiswap,
  ...curveBalancer,
  ...otherSites,
};
