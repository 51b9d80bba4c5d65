/**
 * Pool-page detection: which DEX page a URL is, and which pool it shows. One file per site; this table is the
 * only place that lists them. Adding a DEX = its file, its id in `SiteId`, and one line here.
 */
import { aerodrome } from './aerodrome';
import { balancer } from './balancer';
import { camelot } from './camelot';
import { curve } from './curve';
import { dexscreener } from './dexscreener';
import { geckoterminal } from './geckoterminal';
import { lfj } from './lfj';
import { meteora } from './meteora';
import { orca } from './orca';
import { pancakeswap } from './pancakeswap';
import { raydium } from './raydium';
import { sushiswap } from './sushiswap';
import { uniswap } from './uniswap';
import { uniswapInfo } from './uniswap-info';
import { velodrome } from './velodrome';
import type { PoolPageRef, SiteDetector } from './types';

export { CHAIN_IDS, evmChainNumber, type ChainId } from './chains';
export { parseBytes32, parseEvmAddress, parseSolanaAddress } from './common';
export type {
  Bytes32,
  HexAddress,
  PageKind,
  PoolIdentifier,
  PoolPageRef,
  SiteDetector,
  SiteExamples,
  SiteId,
  SolanaAddress,
  TokenRef,
} from './types';

export const SITE_DETECTORS: readonly SiteDetector[] = [
  uniswap,
  uniswapInfo,
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
];

/** Every host a detector runs on, e.g. for content-script match patterns (`https://${host}/*`). */
export const SITE_HOSTS: readonly string[] = SITE_DETECTORS.flatMap((detector) => detector.hosts);

const DETECTOR_BY_HOST: ReadonlyMap<string, SiteDetector> = new Map(
  SITE_DETECTORS.flatMap((detector) => detector.hosts.map((host) => [host, detector] as const)),
);

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * The pool, position or add-liquidity page a URL shows, or null for anything else: other pages of the same
 * sites, other hosts, look-alike hosts, plain http, malformed URLs or ids. Never throws, even on non-strings.
 */
export function detectPoolPage(url: string): PoolPageRef | null {
  if (typeof url !== 'string') return null;
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  return DETECTOR_BY_HOST.get(parsed.host)?.detect(parsed) ?? null;
}
