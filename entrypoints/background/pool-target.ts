/**
 * Which pool the worker fetches: the pool's identity as the detectors parsed it, kept typed from the URL (or
 * the popup's typed address) to the providers, so no provider re-checks a plain string.
 */
import {
  CHAIN_IDS,
  parseBytes32,
  parseEvmAddress,
  parseSolanaAddress,
  type Bytes32,
  type ChainId,
  type HexAddress,
  type PoolPageRef,
  type SiteId,
  type SolanaAddress,
} from '../../core/index';
import { t } from '../../lib/i18n/index';
import type { CurveRegistryId } from './providers/curve-api';
import { lt, type Said } from '../../lib/i18n/localized-text';

export type PoolTarget =
  /** A pool contract on an EVM chain: what on-chain reads and both APIs take. */
  | {
      readonly chain: ChainId;
      readonly type: 'address';
      readonly address: HexAddress;
      /** A Curve pool found by its name through Curve's API: the registry that lists it, which the API is asked by. */
      readonly curveRegistry?: CurveRegistryId;
      /**
       * The DEX whose page named the pool (absent for an address typed in the popup): providers of one DEX's own
       * contracts (Aerodrome gauges, PancakeSwap farms) are asked only for that DEX's pages or typed addresses.
       */
      readonly site?: SiteId;
    }
  /** A Uniswap v4 / PancakeSwap Infinity pool id: the APIs index those pools by it; it embeds no contract. */
  | {
      readonly chain: ChainId;
      readonly type: 'pool-id';
      readonly address: Bytes32;
      /** The DEX whose page named the id: Uniswap v4 and PancakeSwap Infinity ids look alike (Base has both). */
      readonly site?: SiteId;
    }
  | { readonly chain: ChainId; readonly type: 'solana-address'; readonly address: SolanaAddress };

export type TargetResolution =
  | { ok: true; target: PoolTarget }
  /** A pair or a position page: the pool can still be found on chain (see PoolService.resolve). */
  | { ok: false; reason: Said };

/** Which pool to fetch for a detected page, or a plain reason why the URL alone cannot say. */
export function targetFromPage(ref: PoolPageRef): TargetResolution {
  if (ref.chain === null) return { ok: false, reason: lt('worker.reason.urlNoChain') };
  const chain = ref.chain;
  const pool = ref.pool;
  switch (pool.type) {
    case 'address':
      return { ok: true, target: { chain, type: 'address', address: pool.address } };
    case 'pool-id':
      // A Balancer v2 id embeds the pool contract; v4 / Infinity ids are what the APIs index those pools by.
      return {
        ok: true,
        target: pool.address
          ? { chain, type: 'address', address: pool.address }
          : { chain, type: 'pool-id', address: pool.id },
      };
    case 'solana-address':
      return { ok: true, target: { chain, type: 'solana-address', address: pool.address } };
    case 'position':
      return pool.pool
        ? { ok: true, target: { chain, type: 'address', address: pool.pool } }
        : {
            ok: false,
            reason: lt('worker.reason.positionPageNoPool'),
          };
    case 'curve-name':
      return {
        ok: false,
        reason: lt('worker.reason.curveName', { name: pool.name }),
      };
    case 'pair':
      return { ok: false, reason: lt('worker.reason.pairPage') };
    case 'solana-address-lowercased':
      return {
        ok: false,
        reason: lt('worker.reason.solanaLowercase'),
      };
    case 'solana-position':
      return { ok: false, reason: lt('worker.reason.solanaPosition') };
  }
}

/** A chain and an address typed in the popup, checked with the detectors' own id parsers. */
export function targetFromTyped(chainText: string, addressText: string): TargetResolution {
  if (!(CHAIN_IDS as readonly string[]).includes(chainText)) return { ok: false, reason: t('lookup.unknownChain') };
  const chain = chainText as ChainId;
  const text = addressText.trim();
  if (chain === 'solana') {
    const address = parseSolanaAddress(text);
    return address
      ? { ok: true, target: { chain, type: 'solana-address', address } }
      : { ok: false, reason: t('lookup.notSolana') };
  }
  const address = parseEvmAddress(text);
  if (address) return { ok: true, target: { chain, type: 'address', address } };
  const id = parseBytes32(text);
  if (id) return { ok: true, target: { chain, type: 'pool-id', address: id } };
  return { ok: false, reason: t('lookup.notAnAddress') };
}
