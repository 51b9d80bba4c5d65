/**
 * What the overlay can say about a detected page before any live data exists: the pool as the URL and the
 * page name it, IL under price moves where the math needs no pool data, and a plain list of what is missing.
 * Never a figure that needs data we do not have.
 */
import {
  Decimal,
  LpInputError,
  buildPoolModel,
  evaluateWarnings,
  poolKindOf,
  rangeStatus,
  priceRange,
  type PoolKind,
  type PoolPageRef,
  type WarningHit,
} from '../core/index';
import type { PageFacts } from './messages';
import { PAGE_KIND_NAMES, POOL_KIND_NAMES, SITE_NAMES, chainName, poolIdLabel } from './labels';

export const OVERLAY_MOVES = ['-0.5', '-0.25', '-0.1', '0.1', '0.25', '0.5', '1'] as const;

export interface IlRow {
  move: Decimal;
  il: Decimal;
}

export interface OverlayModel {
  site: string;
  chain: string;
  pageKind: string;
  /** "WETH / USDC" when the page shows it, else the URL's id ("pool 0x88e6…5640"). */
  pool: string;
  poolId: string;
  feeTier: Decimal | null;
  poolKind: PoolKind | null;
  poolKindName: string;
  ilRows: IlRow[] | null;
  /** What the IL rows assume, e.g. "full range" or "your range 1500 – 2500". */
  ilBasis: string | null;
  warnings: WarningHit[];
  missing: string[];
}

export function buildOverlayModel(ref: PoolPageRef, facts: PageFacts): OverlayModel {
  const poolKind = kindFor(ref, facts);
  const pair = facts.symbol0 && facts.symbol1 ? `${facts.symbol0} / ${facts.symbol1}` : null;
  const missing: string[] = [
    'Fee APR and your fee share need the pool\'s TVL and 24 h volume: live pool data is not connected yet.',
  ];
  let ilRows: IlRow[] | null = null;
  let ilBasis: string | null = null;
  let warnings: WarningHit[] = [];

  if (poolKind === 'constant-product') {
    ilRows = ilUnder(buildPoolModel({ kind: 'constant-product' }));
    ilBasis = 'any deposit in this pool (constant product: IL depends only on the price move)';
  } else if (poolKind === 'concentrated') {
    const range = rangeFromFacts(facts);
    if (range) {
      ilRows = ilUnder(buildPoolModel({ kind: 'concentrated', ...range }));
      ilBasis = `the range on this page: ${range.priceLower} – ${range.priceUpper}, price ${range.price}`;
      const status = rangeStatus(priceRange(range), new Decimal(range.price));
      warnings = evaluateWarnings({ kind: 'concentrated', outOfRange: status !== 'in-range' }).hits;
    } else {
      missing.push('IL of a concentrated position depends on its range and the current price: set a range on the page, or use the popup calculator.');
    }
  } else if (poolKind === 'weighted') {
    missing.push('IL of a weighted pool depends on its token weights: not read yet.');
  } else if (poolKind === 'stableswap') {
    missing.push("IL of a stableswap pool depends on its amplification A: not read yet.");
  } else {
    missing.push('The pool type (constant product, concentrated, ...) is not known from this page yet.');
  }
  if (!facts.feeTier) missing.push('Fee tier: not shown in the URL or read from the page.');

  return {
    site: SITE_NAMES[ref.site],
    chain: chainName(ref.chain),
    pageKind: PAGE_KIND_NAMES[ref.kind],
    pool: pair ?? poolIdLabel(ref.pool),
    poolId: poolIdLabel(ref.pool),
    feeTier: facts.feeTier ? new Decimal(facts.feeTier) : feeTierFromUrl(ref),
    poolKind,
    poolKindName: poolKind ? POOL_KIND_NAMES[poolKind] : 'unknown pool type',
    ilRows,
    ilBasis,
    warnings,
    missing,
  };
}

function kindFor(ref: PoolPageRef, facts: PageFacts): PoolKind | null {
  const fromUrl = poolKindOf(ref);
  if (fromUrl) return fromUrl;
  if (facts.version === 'v2') return 'constant-product';
  if (facts.version === 'v3' || facts.version === 'v4') return 'concentrated';
  return null;
}

/** Uniswap-style `fee` in the URL is in hundredths of a basis point: 500 = 0.05 %. */
function feeTierFromUrl(ref: PoolPageRef): Decimal | null {
  return ref.pool.type === 'pair' && ref.pool.fee !== undefined ? new Decimal(ref.pool.fee).div(1_000_000) : null;
}

function rangeFromFacts(facts: PageFacts): { price: string; priceLower: string; priceUpper: string } | null {
  if (!facts.price || !facts.priceLower || !facts.priceUpper) return null;
  const range = { price: facts.price, priceLower: facts.priceLower, priceUpper: facts.priceUpper };
  try {
    priceRange(range);
    return range;
  } catch (e) {
    if (e instanceof LpInputError) return null; // a half-typed or swapped range: say nothing rather than guess
    throw e;
  }
}

function ilUnder(model: ReturnType<typeof buildPoolModel>): IlRow[] {
  return OVERLAY_MOVES.map((text) => {
    const move = new Decimal(text);
    return { move, il: model.ilForMove(move.plus(1)) };
  });
}
