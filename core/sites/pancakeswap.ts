/**
 * PancakeSwap, pancakeswap.finance (the site answers on the bare host only; `BASE_URL` in
 * apps/web/src/config/index.ts).
 *
 * Source: pancakeswap/pancake-frontend, read from the snapshot of its fork chef-ryan/pancake-frontend at
 * commit 6b74beeec0bc6a3ddc4bc1272642ffe628e62565 (2025-10-01, upstream PR #12403), Next.js pages router:
 * - routes: apps/web/src/pages/** (listed again in apps/web/_next-typesafe-url_.d.ts), redirects in
 *   apps/web/next.config.mjs;
 * - route parameters of the new liquidity pages: apps/web/src/dynamicRoute.ts (`PoolIdRoute`,
 *   `PositionIdRoute`) and apps/web/src/hooks/dynamicRoute/*.ts;
 * - links the app builds: apps/web/src/utils/getPoolLink.ts, apps/web/src/config/constants/liquidity.ts,
 *   apps/web/src/views/Liquidity/LiquidityView.tsx (`/increase`, `/remove`), apps/web/src/pages/stable/[address].tsx;
 * - chain names: packages/chains/src/chainNames.ts (`chainNames`, the `?chain=` and `/liquidity/add/{chain}`
 *   spelling, read case-blind by `getChainId` in apps/web/src/config/chains.ts) and
 *   apps/web/src/state/info/constant.ts `multiChainPaths` + `useChainNameByQuery` in
 *   apps/web/src/state/info/hooks.ts (the spelling of `/liquidity/pool/{chainName}` and `/info[/…]/{chainName}`).
 *
 * Two chain spellings, then: paths of pool and info pages write `bsc`, `eth`, `arb`, `zksync`, `linea`, `base`,
 * `opbnb`, `solana`; `?chain=` and `/liquidity/add/{chain}` write `bsc`, `eth`, `arb`, `zkSync`, `linea`,
 * `opBNB`, `base`, `sol` (or the EIP-155 number). The info hook maps any other path name to BSC, so
 * `/liquidity/pool/ethereum/…` shows a BSC pool: such names are not read as a chain here (no result).
 *
 * Testnets (`bsc-testnet`, `bscTestnet`, `sepolia`, `baseSepolia`, …) are pages of the site, but a ref cannot
 * carry "testnet, no live data" (`chain: null` means "the URL names no chain"), so they are detected as
 * negatives. Pages whose URL gives no chain (`?chain=` absent) take the wallet's chain: `chain: null`.
 */
import { chainNames, type ChainId, type ChainLookup } from './chains';
import {
  addressPool,
  defineSite,
  found,
  pairPool,
  parseBytes32,
  parseEvmAddress,
  parseIntegerInRange,
  parseSolanaAddress,
  poolIdPool,
  poolOnChain,
  positionPool,
  route,
  type PageContext,
} from './common';
import type { PoolIdentifier, SiteExamples } from './types';

const SITE = 'pancakeswap';

/**
 * `chainNames` of packages/chains (EVM mainnets), for `?chain=` and `/liquidity/add/{chain}/…`. Its `sol` is
 * left out: the pages that read `?chain=` render nothing on Solana (`/liquidity/[tokenId]` checks `isEvm`), and
 * Solana's add form names tokens by mint, which a pair ref cannot hold.
 */
const queryChain: ChainLookup = chainNames(['bsc', 'linea', 'base'], {
  eth: 'ethereum',
  arb: 'arbitrum',
  zkSync: 'zksync',
  opBNB: 'opbnb',
});

/** `useChainNameByQuery` (state/info/hooks.ts): the path spelling of pool-detail and info pages. */
const pathChain: ChainLookup = chainNames(['bsc', 'zksync', 'linea', 'base', 'opbnb', 'solana'], {
  eth: 'ethereum',
  arb: 'arbitrum',
});

/** `zChainId` of dynamicRoute.ts: the EVM `ChainId` enum of packages/chains (mainnets only). */
const CHAIN_NUMBERS: Readonly<Record<string, ChainId>> = {
  '1': 'ethereum',
  '56': 'bsc',
  '324': 'zksync',
  '204': 'opbnb',
  '42161': 'arbitrum',
  '59144': 'linea',
  '8453': 'base',
};

/** `zNetwork`: a chain name or its number. */
function networkChain(name: string): ChainId | undefined {
  return Object.hasOwn(CHAIN_NUMBERS, name) ? CHAIN_NUMBERS[name] : queryChain(name);
}

/** Without `?chain=` the app uses the wallet's chain (BSC when none): the URL does not say. */
function chainFromQuery(page: PageContext): ChainId | null | undefined {
  const name = page.query.get('chain');
  return name === null ? null : queryChain(name);
}

/** `FeeAmount` of @pancakeswap/v3-sdk; `useFeeAmountFromQuery` ignores any other number in `/add/a/b/{fee}`. */
const V3_FEE_TIERS = new Set([100, 500, 2500, 10_000]);

/** A decimal position id (`zTokenId`, and the `/^\d+$/` checks of `/liquidity/[tokenId]`, `/remove`). */
const POSITION_ACTIONS = new Set(['increase', 'decrease']);

/** Infinity pool ids are 32 bytes (`zInfinityPoolId`); the id alone does not say CL or Bin. */
function infinityPool(id: string): PoolIdentifier | null {
  return parseBytes32(id) === null ? null : poolIdPool(id);
}

function solanaPosition(pool: string, positionMint: string): PoolIdentifier | null {
  const poolAddress = parseSolanaAddress(pool);
  const mint = parseSolanaAddress(positionMint);
  if (poolAddress === null || mint === null) return null;
  return { type: 'solana-position', pool: poolAddress, positionMint: mint };
}

/** Info pages of v2 pairs also show StableSwap pools, told apart by `?type=stableSwap` (getPoolLink.ts). */
function v2InfoVersion(page: PageContext): string {
  return page.query.get('type') === 'stableSwap' ? 'stableSwap' : 'v2';
}

export const pancakeswap = defineSite({
  id: SITE,
  hosts: ['pancakeswap.finance'],
  routes: [
    // pages/liquidity/pool/[chainName]/[id].tsx: v2/v3/StableSwap pools by contract, Infinity by pool id,
    // Solana by pool account (getPoolDetailPageLink).
    route('liquidity/pool/:chain/:id', ({ chain, id }) => {
      const chainId = pathChain(chain);
      const pool = poolOnChain(chainId, id);
      return found({ kind: 'pool', chain: chainId, pool, version: pool?.type === 'pool-id' ? 'infinity' : undefined });
    }),
    // pages/liquidity/position/[[...positionId]].tsx, `PositionIdRoute`: Infinity CL by NFT id, Infinity Bin by
    // pool id (a Bin position is the account's share of the pool), each with an optional increase/decrease form.
    route('liquidity/position/infinityCl/:tokenId/:action?', ({ tokenId, action }, page) => {
      if (action !== undefined && !POSITION_ACTIONS.has(action)) return null;
      return found({
        kind: action === 'increase' ? 'add-liquidity' : 'position',
        chain: chainFromQuery(page),
        pool: positionPool(tokenId, { protocolVersion: 'infinityCl' }),
        version: 'infinityCl',
      });
    }),
    route('liquidity/position/infinityBin/:poolId/:action?', ({ poolId, action }, page) => {
      if (action !== undefined && !POSITION_ACTIONS.has(action)) return null;
      return found({
        kind: action === 'increase' ? 'add-liquidity' : 'position',
        chain: chainFromQuery(page),
        pool: infinityPool(poolId),
        version: 'infinityBin',
      });
    }),
    route('liquidity/position/v3/solana/:pool/:positionMint', ({ pool, positionMint }) =>
      found({ kind: 'position', chain: 'solana', pool: solanaPosition(pool, positionMint), version: 'v3' }),
    ),
    // pages/liquidity/add/[[...poolId]].tsx, `PoolIdRoute`: [network, 'infinity', poolId] (the links the app
    // builds, getAddInfinityLiquidityURL), [network, 'v3', tokenA, tokenB, fee], [network, v2|stableSwap|v3, address].
    route('liquidity/add/:chain/infinity/:poolId', ({ chain, poolId }) =>
      found({ kind: 'add-liquidity', chain: networkChain(chain), pool: infinityPool(poolId), version: 'infinity' }),
    ),
    route('liquidity/add/:chain/v3/:tokenA/:tokenB/:fee', ({ chain, tokenA, tokenB, fee }) => {
      const feeTier = parseIntegerInRange(fee, 1, 999_999);
      if (feeTier === null || parseEvmAddress(tokenA) === null || parseEvmAddress(tokenB) === null) return null;
      const pool = pairPool(tokenA, tokenB, { fee: feeTier });
      return found({ kind: 'add-liquidity', chain: networkChain(chain), pool, version: 'v3' });
    }),
    route('liquidity/add/:chain/:protocol/:address', ({ chain, protocol, address }) =>
      ['v2', 'v3', 'stableSwap'].includes(protocol)
        ? found({ kind: 'add-liquidity', chain: networkChain(chain), pool: addressPool(address), version: protocol })
        : null,
    ),
    // pages/liquidity/[tokenId].tsx: a v3 position (LiquidityView); non-numeric ids are sent to /add.
    route('liquidity/:tokenId', ({ tokenId }, page) =>
      found({
        kind: 'position',
        chain: chainFromQuery(page),
        pool: positionPool(tokenId, { protocolVersion: 'v3' }),
        version: 'v3',
      }),
    ),
    // pages/increase/[[...currency]].tsx, linked from LiquidityView as /increase/{a}/{b}/{fee}/{tokenId}.
    route('increase/:tokenA/:tokenB/:fee/:tokenId', ({ tokenA, tokenB, fee, tokenId }, page) =>
      pairPool(tokenA, tokenB) !== null && parseIntegerInRange(fee, 1, 999_999) !== null
        ? found({
            kind: 'add-liquidity',
            chain: chainFromQuery(page),
            pool: positionPool(tokenId, { protocolVersion: 'v3' }),
            version: 'v3',
          })
        : null,
    ),
    // pages/remove/[tokenId].tsx: the v3 remove form of one position.
    route('remove/:tokenId', ({ tokenId }, page) =>
      found({
        kind: 'position',
        chain: chainFromQuery(page),
        pool: positionPool(tokenId, { protocolVersion: 'v3' }),
        version: 'v3',
      }),
    ),
    // pages/add/[[...currency]].tsx: one form for v3, StableSwap and v2; a valid fee tier selects v3
    // (`preferredSelectType={!feeAmount ? … : SELECTOR_TYPE.V3}`), any other third segment is ignored.
    route('add/:tokenA/:tokenB/:fee?', ({ tokenA, tokenB, fee }, page) => {
      const feeTier = parseIntegerInRange(fee, 1, 999_999);
      const isV3 = feeTier !== null && V3_FEE_TIERS.has(feeTier);
      const pool = pairPool(tokenA, tokenB, isV3 ? { fee: feeTier } : {});
      return found({ kind: 'add-liquidity', chain: chainFromQuery(page), pool, version: isV3 ? 'v3' : undefined });
    }),
    // pages/v2/{add,pair,remove}/[[...currency]].tsx: a v2 pair named by its two tokens.
    route('v2/add/:tokenA/:tokenB', ({ tokenA, tokenB }, page) =>
      found({ kind: 'add-liquidity', chain: chainFromQuery(page), pool: pairPool(tokenA, tokenB), version: 'v2' }),
    ),
    route('v2/pair/:tokenA/:tokenB', ({ tokenA, tokenB }, page) =>
      found({ kind: 'position', chain: chainFromQuery(page), pool: pairPool(tokenA, tokenB), version: 'v2' }),
    ),
    route('v2/remove/:tokenA/:tokenB', ({ tokenA, tokenB }, page) =>
      found({ kind: 'position', chain: chainFromQuery(page), pool: pairPool(tokenA, tokenB), version: 'v2' }),
    ),
    // pages/stable/add|remove/[[...currency]].tsx (pair) and pages/stable/[address].tsx (the LP token).
    route('stable/add/:tokenA/:tokenB', ({ tokenA, tokenB }, page) =>
      found({
        kind: 'add-liquidity',
        chain: chainFromQuery(page),
        pool: pairPool(tokenA, tokenB),
        version: 'stableSwap',
      }),
    ),
    route('stable/remove/:tokenA/:tokenB', ({ tokenA, tokenB }, page) =>
      found({ kind: 'position', chain: chainFromQuery(page), pool: pairPool(tokenA, tokenB), version: 'stableSwap' }),
    ),
    route('stable/:lpToken', ({ lpToken }, page) =>
      found({ kind: 'position', chain: chainFromQuery(page), pool: addressPool(lpToken), version: 'stableSwap' }),
    ),
    // Info (analytics) pages: pages/info/v3[/[chainName]]/pairs/[address].tsx and
    // pages/info[/[chainName]]/pairs/[address].tsx. BSC has no path name (multiChainPaths[BSC] = ''), so
    // getLinkForPool writes BSC v2 pairs as /info/v2/pairs/{address}, which lands on the [chainName] page.
    route('info/v3/pairs/:address', ({ address }) =>
      found({ kind: 'pool', chain: 'bsc', pool: addressPool(address), version: 'v3' }),
    ),
    route('info/v3/:chain/pairs/:address', ({ chain, address }) =>
      found({ kind: 'pool', chain: pathChain(chain), pool: addressPool(address), version: 'v3' }),
    ),
    route('info/pairs/:address', ({ address }, page) =>
      found({ kind: 'pool', chain: 'bsc', pool: addressPool(address), version: v2InfoVersion(page) }),
    ),
    route('info/:chain/pairs/:address', ({ chain, address }, page) =>
      found({
        kind: 'pool',
        chain: chain === 'v2' ? 'bsc' : pathChain(chain),
        pool: addressPool(address),
        version: v2InfoVersion(page),
      }),
    ),
  ],
});

const USDT_BSC = '0x55d398326f99059ff775485246999027b3197955';
const WBNB = '0xbb4cdb9cbd36b01bd1cbaebf2de08d9173bc095c';
const USDC_ETH = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const WETH = '0xc02aaa39b223fe8d0a0e5c55b8bb8b0e3e5be6c2';
/** PancakeSwap v3 USDT/WBNB 0.01 % and v2 WBNB/USDT on BSC (shared/reference/dex-sites.md). */
const V3_BSC = '0x172fcd41e0913e95784454622d1c3724f546f849';
const V2_BSC = '0x16b9a82891338f9ba80e2d6970fdda79d1eb0dae';
/** Id shape only (not a known Infinity pool): checks the 32-byte branch. */
const INFINITY_ID = '0xab00000000000000000000000000000000000000000000000000000000000001';
const SOL_USDC_RAYDIUM = '58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2';

const address = (value: `0x${string}`) => ({ type: 'address', address: value }) as const;
const position = (tokenId: string, protocolVersion: string) =>
  ({ type: 'position', tokenId, protocolVersion }) as const;

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    // Pool detail, path chain names of multiChainPaths / useChainNameByQuery.
    [
      `https://pancakeswap.finance/liquidity/pool/bsc/${V3_BSC}`,
      { site: SITE, chain: 'bsc', kind: 'pool', pool: address(V3_BSC) },
    ],
    [
      `https://pancakeswap.finance/liquidity/pool/bsc/${V2_BSC}?chain=bsc&persistChain=1`,
      { site: SITE, chain: 'bsc', kind: 'pool', pool: address(V2_BSC) },
    ],
    [
      'https://pancakeswap.finance/liquidity/pool/eth/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: address('0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640') },
    ],
    [
      'https://pancakeswap.finance/liquidity/pool/arb/0xc6962004f452be9203591991d15f6b388e09e8d0',
      { site: SITE, chain: 'arbitrum', kind: 'pool', pool: address('0xc6962004f452be9203591991d15f6b388e09e8d0') },
    ],
    [
      `https://pancakeswap.finance/liquidity/pool/base/${INFINITY_ID.toUpperCase().replace('0X', '0x')}`,
      { site: SITE, chain: 'base', kind: 'pool', pool: { type: 'pool-id', id: INFINITY_ID }, version: 'infinity' },
    ],
    [
      `https://pancakeswap.finance/liquidity/pool/zksync/${V2_BSC}`,
      { site: SITE, chain: 'zksync', kind: 'pool', pool: address(V2_BSC) },
    ],
    [
      `https://pancakeswap.finance/liquidity/pool/linea/${V2_BSC}`,
      { site: SITE, chain: 'linea', kind: 'pool', pool: address(V2_BSC) },
    ],
    [
      `https://pancakeswap.finance/liquidity/pool/opbnb/${V2_BSC}`,
      { site: SITE, chain: 'opbnb', kind: 'pool', pool: address(V2_BSC) },
    ],
    [
      `https://pancakeswap.finance/liquidity/pool/solana/${SOL_USDC_RAYDIUM}`,
      { site: SITE, chain: 'solana', kind: 'pool', pool: { type: 'solana-address', address: SOL_USDC_RAYDIUM } },
    ],
    // Infinity positions (PositionIdRoute), chain from ?chain= (CHAIN_QUERY_NAME).
    [
      'https://pancakeswap.finance/liquidity/position/infinityCl/12345?chain=bsc&persistChain=1',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'position',
        pool: position('12345', 'infinityCl'),
        version: 'infinityCl',
      },
    ],
    [
      'https://pancakeswap.finance/liquidity/position/infinityCl/12345/increase?chain=base',
      {
        site: SITE,
        chain: 'base',
        kind: 'add-liquidity',
        pool: position('12345', 'infinityCl'),
        version: 'infinityCl',
      },
    ],
    [
      'https://pancakeswap.finance/liquidity/position/infinityCl/12345/decrease',
      { site: SITE, chain: null, kind: 'position', pool: position('12345', 'infinityCl'), version: 'infinityCl' },
    ],
    [
      `https://pancakeswap.finance/liquidity/position/infinityBin/${INFINITY_ID}/decrease?chain=bsc&persistChain=1`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'position',
        pool: { type: 'pool-id', id: INFINITY_ID },
        version: 'infinityBin',
      },
    ],
    [
      // Position mint is shape only; the pool is a real Solana SOL/USDC account.
      `https://pancakeswap.finance/liquidity/position/v3/solana/${SOL_USDC_RAYDIUM}/So11111111111111111111111111111111111111112`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'position',
        pool: {
          type: 'solana-position',
          pool: SOL_USDC_RAYDIUM,
          positionMint: 'So11111111111111111111111111111111111111112',
        },
        version: 'v3',
      },
    ],
    // /liquidity/add (PoolIdRoute): chain name or number, then the protocol.
    [
      `https://pancakeswap.finance/liquidity/add/bsc/infinity/${INFINITY_ID}?chain=bsc&persistChain=1`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'add-liquidity',
        pool: { type: 'pool-id', id: INFINITY_ID },
        version: 'infinity',
      },
    ],
    [
      `https://pancakeswap.finance/liquidity/add/56/infinity/${INFINITY_ID}?chain=bsc&persistChain=1`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'add-liquidity',
        pool: { type: 'pool-id', id: INFINITY_ID },
        version: 'infinity',
      },
    ],
    [
      `https://pancakeswap.finance/liquidity/add/eth/v3/${USDC_ETH}/${WETH}/500`,
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: USDC_ETH, token1: WETH, fee: 500 },
        version: 'v3',
      },
    ],
    [
      `https://pancakeswap.finance/liquidity/add/bsc/v2/${V2_BSC}`,
      { site: SITE, chain: 'bsc', kind: 'add-liquidity', pool: address(V2_BSC), version: 'v2' },
    ],
    [
      `https://pancakeswap.finance/liquidity/add/8453/v3/${V3_BSC}`,
      { site: SITE, chain: 'base', kind: 'add-liquidity', pool: address(V3_BSC), version: 'v3' },
    ],
    [
      `https://pancakeswap.finance/liquidity/add/bsc/stableSwap/${V2_BSC}`,
      { site: SITE, chain: 'bsc', kind: 'add-liquidity', pool: address(V2_BSC), version: 'stableSwap' },
    ],
    // v3 positions: /liquidity/{tokenId}, /increase/…/{tokenId}, /remove/{tokenId}; chain from ?chain=.
    [
      'https://pancakeswap.finance/liquidity/123456?chain=eth',
      { site: SITE, chain: 'ethereum', kind: 'position', pool: position('123456', 'v3'), version: 'v3' },
    ],
    [
      'https://pancakeswap.finance/liquidity/123456?chain=zkSync',
      { site: SITE, chain: 'zksync', kind: 'position', pool: position('123456', 'v3'), version: 'v3' },
    ],
    [
      'https://pancakeswap.finance/liquidity/2024?chain=opBNB',
      { site: SITE, chain: 'opbnb', kind: 'position', pool: position('2024', 'v3'), version: 'v3' },
    ],
    [
      'https://pancakeswap.finance/liquidity/2024?chain=arb',
      { site: SITE, chain: 'arbitrum', kind: 'position', pool: position('2024', 'v3'), version: 'v3' },
    ],
    [
      'https://pancakeswap.finance/liquidity/98765',
      { site: SITE, chain: null, kind: 'position', pool: position('98765', 'v3'), version: 'v3' },
    ],
    [
      `https://pancakeswap.finance/increase/BNB/${USDT_BSC}/100/98765?chain=bsc`,
      { site: SITE, chain: 'bsc', kind: 'add-liquidity', pool: position('98765', 'v3'), version: 'v3' },
    ],
    [
      'https://pancakeswap.finance/remove/98765?chain=linea&persistChain=1',
      { site: SITE, chain: 'linea', kind: 'position', pool: position('98765', 'v3'), version: 'v3' },
    ],
    // The universal add form: a valid fee tier selects v3.
    [
      `https://pancakeswap.finance/add/BNB/${USDT_BSC}/100?chain=bsc`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDT_BSC, fee: 100 },
        version: 'v3',
      },
    ],
    [
      `https://pancakeswap.finance/add/${WETH}/${USDC_ETH}/500?chain=eth`,
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC_ETH, fee: 500 },
        version: 'v3',
      },
    ],
    [
      `https://pancakeswap.finance/add/${WBNB}/${USDT_BSC}`,
      { site: SITE, chain: null, kind: 'add-liquidity', pool: { type: 'pair', token0: WBNB, token1: USDT_BSC } },
    ],
    [
      // Not a FeeAmount: the app ignores it and the form picks the pool type itself.
      `https://pancakeswap.finance/add/BNB/${USDT_BSC}/3000?chain=bsc`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDT_BSC },
      },
    ],
    // v2 and StableSwap pages named by the pair's tokens, or by the stable LP token.
    [
      `https://pancakeswap.finance/v2/add/BNB/${USDT_BSC}?chain=bsc&persistChain=1`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDT_BSC },
        version: 'v2',
      },
    ],
    [
      `https://pancakeswap.finance/v2/pair/${WBNB}/${USDT_BSC}?chain=bsc`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'position',
        pool: { type: 'pair', token0: WBNB, token1: USDT_BSC },
        version: 'v2',
      },
    ],
    [
      `https://pancakeswap.finance/v2/remove/${WBNB}/${USDT_BSC}?chain=bsc`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'position',
        pool: { type: 'pair', token0: WBNB, token1: USDT_BSC },
        version: 'v2',
      },
    ],
    [
      `https://pancakeswap.finance/stable/add/${USDT_BSC}/0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d?chain=bsc&persistChain=1`,
      {
        site: SITE,
        chain: 'bsc',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: USDT_BSC, token1: '0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d' },
        version: 'stableSwap',
      },
    ],
    [
      `https://pancakeswap.finance/stable/remove/${USDT_BSC}/0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d`,
      {
        site: SITE,
        chain: null,
        kind: 'position',
        pool: { type: 'pair', token0: USDT_BSC, token1: '0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d' },
        version: 'stableSwap',
      },
    ],
    [
      `https://pancakeswap.finance/stable/${V2_BSC}?chain=bsc`,
      { site: SITE, chain: 'bsc', kind: 'position', pool: address(V2_BSC), version: 'stableSwap' },
    ],
    // Info pages.
    [
      `https://pancakeswap.finance/info/v3/pairs/${V3_BSC}`,
      { site: SITE, chain: 'bsc', kind: 'pool', pool: address(V3_BSC), version: 'v3' },
    ],
    [
      `https://pancakeswap.finance/info/v3/eth/pairs/${V3_BSC}`,
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: address(V3_BSC), version: 'v3' },
    ],
    [
      `https://pancakeswap.finance/info/pairs/${V2_BSC}`,
      { site: SITE, chain: 'bsc', kind: 'pool', pool: address(V2_BSC), version: 'v2' },
    ],
    [
      `https://pancakeswap.finance/info/v2/pairs/${V2_BSC}`,
      { site: SITE, chain: 'bsc', kind: 'pool', pool: address(V2_BSC), version: 'v2' },
    ],
    [
      `https://pancakeswap.finance/info/arb/pairs/${V2_BSC}`,
      { site: SITE, chain: 'arbitrum', kind: 'pool', pool: address(V2_BSC), version: 'v2' },
    ],
    [
      // getLinkForPool writes StableSwap info links as /info/{''}{chainPath}/pairs/…: an empty segment.
      `https://pancakeswap.finance/info//pairs/${V2_BSC}?type=stableSwap`,
      { site: SITE, chain: 'bsc', kind: 'pool', pool: address(V2_BSC), version: 'stableSwap' },
    ],
    [
      `https://pancakeswap.finance/info/eth/pairs/${V2_BSC}?type=stableSwap`,
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: address(V2_BSC), version: 'stableSwap' },
    ],
  ],
  negative: [
    'https://pancakeswap.finance/',
    'https://pancakeswap.finance/swap?chain=bsc',
    'https://pancakeswap.finance/liquidity',
    'https://pancakeswap.finance/liquidity/pools',
    'https://pancakeswap.finance/liquidity/positions',
    'https://pancakeswap.finance/farms',
    'https://pancakeswap.finance/info/v3',
    'https://pancakeswap.finance/info/v3/pairs',
    `https://pancakeswap.finance/info/tokens/${USDT_BSC}`,
    `https://pancakeswap.finance/info/v3/tokens/${USDT_BSC}`,
    'https://pancakeswap.finance/info/infinity/bsc/pairs',
    // Syrup (staking) pools, not liquidity pools.
    'https://pancakeswap.finance/pools/bsc/0x45c54210128a065de780c4b0df3d16664f7f859e',
    // Pickers of a pool to create or to add to: no one pool yet.
    `https://pancakeswap.finance/liquidity/select/bsc/infinity/BNB/${USDT_BSC}`,
    `https://pancakeswap.finance/liquidity/create/bsc/v3/BNB/${USDT_BSC}`,
    // No page in the version read (/info/v3/pools/… was removed; /info/v2/{chain}/pairs/… has no route).
    `https://pancakeswap.finance/info/v3/pools/${V3_BSC}`,
    `https://pancakeswap.finance/info/v2/eth/pairs/${V2_BSC}`,
    'https://pancakeswap.finance/add/BNB',
    `https://pancakeswap.finance/liquidity/pool/bsc/${V3_BSC.slice(0, -1)}g`,
    // Names the app does not read as a chain here (it would fall back to BSC).
    `https://pancakeswap.finance/liquidity/pool/ethereum/${V3_BSC}`,
    `https://pancakeswap.finance/liquidity/pool/fantom/${V3_BSC}`,
    `https://pancakeswap.finance/liquidity/pool/solana/${V3_BSC}`,
    `https://pancakeswap.finance/liquidity/pool/bsc/${SOL_USDC_RAYDIUM}`,
    'https://pancakeswap.finance/liquidity/12345?chain=fantom',
    'https://pancakeswap.finance/liquidity/12345?chain=sol',
    'https://pancakeswap.finance/liquidity/position/infinityCl/12345/close',
    `https://pancakeswap.finance/liquidity/add/bsc/v4/${V2_BSC}`,
    `https://pancakeswap.finance/liquidity/add/10/infinity/${INFINITY_ID}`,
    // Testnets: pages of the site, but no live data and no way to say so in a ref (see the top comment).
    `https://pancakeswap.finance/liquidity/pool/bsc-testnet/${V3_BSC}`,
    `https://pancakeswap.finance/liquidity/pool/bscTestnet/${V3_BSC}`,
    'https://pancakeswap.finance/liquidity/123?chain=bscTestnet',
    `https://pancakeswap.finance/add/BNB/${USDT_BSC}/500?chain=sepolia`,
    `https://pancakeswap.finance/liquidity/add/97/infinity/${INFINITY_ID}`,
    `https://pancakeswap.finance/liquidity/add/baseSepolia/infinity/${INFINITY_ID}`,
  ],
};
