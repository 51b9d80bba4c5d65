import type { ChainId } from './chains';

export type { ChainId } from './chains';

/** One id per site; a new DEX adds its id here, its file, and one line in the table in `index.ts`. */
export type SiteId =
  | 'uniswap'
  | 'uniswap-info'
  | 'pancakeswap'
  | 'sushiswap'
  | 'curve'
  | 'balancer'
  | 'aerodrome'
  | 'velodrome'
  | 'camelot'
  | 'lfj'
  | 'raydium'
  | 'orca'
  | 'meteora'
  | 'dexscreener'
  | 'geckoterminal';

/**
 * - `pool`: a page about one pool (stats, chart, its own swap/withdraw tabs).
 * - `position`: one liquidity position (an NFT token id, or a v2 LP balance in one pair).
 * - `add-liquidity`: a form to deposit into one pool, or into a pool chosen by a token pair.
 */
export type PageKind = 'pool' | 'position' | 'add-liquidity';

/** `0x` + 40 hex digits, always lower-cased by the detectors. */
export type HexAddress = `0x${string}`;
/** `0x` + 64 hex digits, lower-cased: Uniswap v4 / PancakeSwap Infinity pool ids, Balancer v2 pool ids. */
export type Bytes32 = `0x${string}`;
/** A Solana public key in base58 (32 to 44 characters), kept exactly as written: base58 is case-sensitive. */
export type SolanaAddress = string;
/** One side of a pair: a token address, or `'native'` for the chain's gas token (ETH, BNB, AVAX... in URLs). */
export type TokenRef = HexAddress | 'native';

/**
 * What the URL says about which pool (or position) the page shows. Some sites put no pool address in the URL
 * (Curve names, LFJ token pairs, Uniswap v4 ids): resolving those to an address is the provider's job.
 */
export type PoolIdentifier =
  /** A pool or pair contract (Uniswap v2/v3, Sushi, Pancake, Curve, Balancer v3 and CoW AMM...). */
  | { readonly type: 'address'; readonly address: HexAddress }
  /**
   * A 32-byte pool id. `address` is set when the id embeds the pool contract: a Balancer v2 poolId is the
   * pool address followed by 12 bytes of specialization and nonce. Uniswap v4 / Pancake Infinity ids are
   * hashes of the pool key and embed nothing.
   */
  | { readonly type: 'pool-id'; readonly id: Bytes32; readonly address?: HexAddress }
  /**
   * An NFT liquidity position: `tokenId` is the decimal token id of the site's position manager, which
   * differs per protocol version, hence `protocolVersion`. `pool` is set when the URL also names the pool.
   */
  | {
      readonly type: 'position';
      readonly tokenId: string;
      readonly protocolVersion?: string;
      readonly pool?: HexAddress;
    }
  /**
   * A pool chosen by its tokens, in the order the URL gives them. The optional fields say which of the pools
   * for that pair: `fee` in hundredths of a basis point (500 = 0.05%), LFJ `binStep`, Solidly-style
   * `stable` (true = stable curve, false = volatile) or concentrated `tickSpacing`.
   */
  | {
      readonly type: 'pair';
      readonly token0: TokenRef;
      readonly token1: TokenRef;
      readonly fee?: number;
      readonly binStep?: number;
      readonly stable?: boolean;
      readonly tickSpacing?: number;
    }
  /** A Curve pool id such as `3pool`, `tricrypto2` or `factory-stable-ng-42`, resolved through Curve's API. */
  | { readonly type: 'curve-name'; readonly name: string }
  /** A Solana pool account (Raydium pool id, Orca whirlpool, Meteora LB pair...). */
  | { readonly type: 'solana-address'; readonly address: SolanaAddress }
  /**
   * A Solana address that the site wrote in lower case (DexScreener lower-cases its links). Base58 is
   * case-sensitive, so the real address has to be looked up on that site's API, which matches case-blind.
   */
  | { readonly type: 'solana-address-lowercased'; readonly lowercased: string }
  /** A Solana CLMM position: the pool account and the position NFT mint. */
  | { readonly type: 'solana-position'; readonly pool: SolanaAddress; readonly positionMint: SolanaAddress };

export interface PoolPageRef {
  readonly site: SiteId;
  /** `null` only when the URL names no chain (the site takes it from the wallet); each site documents when. */
  readonly chain: ChainId | null;
  readonly kind: PageKind;
  readonly pool: PoolIdentifier;
  /**
   * The protocol version as the site labels it, only when the URL says: `v2`, `v3`, `v4`, `cow`,
   * `infinity` (PancakeSwap's v4), `v21`/`v22` (LFJ Liquidity Book), `cl` (Slipstream), `clmm`, `dlmm`...
   */
  readonly version?: string;
}

/** What a route handler finds; `defineSite` adds the site id. */
export type PoolMatch = Omit<PoolPageRef, 'site'>;

export interface SiteExamples {
  /** Real URLs and the reference each must produce. */
  readonly positive: ReadonlyArray<readonly [url: string, expected: PoolPageRef]>;
  /** URLs on the same site that are not pool pages (swap, token, lists, malformed ids...). */
  readonly negative: readonly string[];
}

export interface SiteDetector {
  readonly id: SiteId;
  /** Exact hostnames, compared with `URL.host` (so a non-default port does not match either). */
  readonly hosts: readonly string[];
  /** Returns null for any URL that is not https on one of `hosts`, so detectors never claim each other's pages. */
  readonly detect: (url: URL) => PoolPageRef | null;
}
