/**
 * Every site's example URLs, keyed by site id, for the shared detector test. Only tests import this file,
 * so the shipped content script carries no fixtures.
 */
import type { SiteExamples, SiteId } from './types';
import { examples as aerodrome } from './aerodrome';
import { examples as balancer } from './balancer';
import { examples as camelot } from './camelot';
import { examples as curve } from './curve';
import { examples as dexscreener } from './dexscreener';
import { examples as geckoterminal } from './geckoterminal';
import { examples as lfj } from './lfj';
import { examples as meteora } from './meteora';
import { examples as orca } from './orca';
import { examples as pancakeswap } from './pancakeswap';
import { examples as raydium } from './raydium';
import { examples as sushiswap } from './sushiswap';
import { examples as uniswap } from './uniswap';
import { examples as uniswapInfo } from './uniswap-info';
import { examples as velodrome } from './velodrome';

export const SITE_EXAMPLES: Readonly<Record<SiteId, SiteExamples>> = {
  uniswap,
  'uniswap-info': uniswapInfo,
  pancakeswap,
  sushiswap,
  curve,
  balancer,
  aerodrome,
  velodrome,
  camelot,
  lfj,
  raydium,
  orca,
  meteora,
  dexscreener,
  geckoterminal,
};
