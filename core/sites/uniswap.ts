/**
 * Uniswap web app, app.uniswap.org (the only host the app answers on; uniswap.org is the marketing site).
 *
 * Source read (2026-11-26, newest versions in the code index of github.com/Uniswap/interface):
 * - routes: apps/web/src/pages/RouteDefinitions.tsx (the version where `/positions/add/new` is the create form,
 *   `/positions/add/:chainName/:poolAddress` adds to a pool and `/positions/create[/:protocolVersion]` is a
 *   "retired" redirect; commit 9f1cb1bb6aa0 still had `/positions/create` as the form);
 * - apps/web/src/pages/CreatePosition/redirects.test.tsx: `/positions/create/V3?…` → `/positions/add/new?…&
 *   protocolVersion=v3` (version lower-cased, an unknown one dropped, the path wins over the parameter);
 * - apps/web/src/pages/AddLiquidity/poolLinkParams.ts: the form's parameters `currencyA`, `currencyB`, `chain`,
 *   `fee` (JSON FeeData `{"feeAmount":500,"tickSpacing":10,"isDynamic":false}`), `hook`, `protocolVersion`;
 * - apps/web/src/features/Liquidity/parsers/migrations.ts (applyUrlMigrations): legacy `feeTier` (+`isDynamic`)
 *   → `fee`, `currencya`/`currencyb` → `currencyA`/`currencyB`, still migrated on load;
 * - apps/web/src/utils/params/chainParams.ts: a `:chainName` or `?chain=` on the new routes is the chain's
 *   `urlParam` or its decimal chain id (getChainIdFromParam); legacy `?chain=` used `interfaceName` (`mainnet`);
 * - packages/…/chains/chainMetadata.ts (CHAIN_METADATA): every `urlParam`, testnets `ethereum_sepolia` and
 *   `unichain_sepolia`; UniverseChainId for the numbers (sdk-core ChainId);
 * - apps/web/src/pages/AddLiquidityV3/redirects.tsx: legacy `/add/:a/:b[/:fee]` → the create form (v3),
 *   `/add/:a/:b/:fee/:tokenId` → `/positions/v3/{connected chain}/{tokenId}`; LegacyPool/redirects for
 *   `/pool[s]/:tokenId`, `/remove/:tokenId`, `/remove/v2/:a/:b`.
 * Before 2022 the app used a hash router (`/#/add/…`); `/` still redirects a `#/path` hash to that path.
 *
 * Testnets (Sepolia, Unichain Sepolia) have pages here but no live data anywhere in this extension, and a
 * reference cannot carry "testnet" (chain null means "the URL names no chain"): they are detected as negatives.
 */
import { chainFromEvmNumber, chainNames, type ChainId, type ChainLookup } from './chains';
import {
  addressPool,
  defineSite,
  evmPool,
  found,
  pairPool,
  parseFeeTier,
  positionPool,
  route,
  type PageContext,
} from './common';
import type { PageKind, PoolIdentifier, PoolMatch, SiteExamples } from './types';

const SITE = 'uniswap';

/** CHAIN_METADATA's mainnets (Solana has no Uniswap pools: left out), by our id. */
const UNISWAP_CHAINS: ReadonlySet<ChainId> = new Set<ChainId>([
  'ethereum',
  'arbitrum',
  'arc',
  'avalanche',
  'base',
  'blast',
  'bsc',
  'celo',
  'ink',
  'linea',
  'megaeth',
  'monad',
  'optimism',
  'polygon',
  'robinhood',
  'soneium',
  'tempo',
  'unichain',
  'worldchain',
  'x-layer',
  'zksync',
  'zora',
]);

/** Their `urlParam`s: our ids, but `bnb` and `xlayer`. */
const byUrlParam: ChainLookup = chainNames(
  [...UNISWAP_CHAINS].filter((chain) => chain !== 'bsc' && chain !== 'x-layer'),
  { bnb: 'bsc', xlayer: 'x-layer' },
);

/** `urlParam`, or the decimal chain id of one of the same chains (getChainIdFromParam). */
const uniswapChain: ChainLookup = (name) => {
  const chain = byUrlParam(name) ?? chainFromEvmNumber(name);
  return chain !== undefined && UNISWAP_CHAINS.has(chain) ? chain : undefined;
};

/** Legacy `?chain=` spelled the chain's `interfaceName`: the `urlParam` except `mainnet`. */
const legacyChain: ChainLookup = (name) => (name === 'mainnet' ? 'ethereum' : uniswapChain(name));

/** Legacy routes: `?chain=` if given; without it the app uses the connected wallet's chain, so null. */
function chainFromQuery(page: PageContext, lookup: ChainLookup): ChainId | null | undefined {
  const name = page.query.get('chain');
  return name === null ? null : lookup(name);
}

/** A 32-byte id can only be a v4 pool; a 20-byte address is v2 or v3, which the URL does not say. */
function versionOfPool(pool: PoolIdentifier | null): string | undefined {
  return pool?.type === 'pool-id' ? 'v4' : undefined;
}

function poolPage(kind: PageKind, chain: string, pool: string): PoolMatch | null {
  const identifier = evmPool(pool);
  return found({ kind, chain: uniswapChain(chain), pool: identifier, version: versionOfPool(identifier) });
}

const VERSIONS = new Set(['v2', 'v3', 'v4']);

/** `protocolVersion` as the redirect normalises it: lower-cased, anything else dropped. */
function versionLabel(text: string | null | undefined): string | undefined {
  const label = text?.toLowerCase();
  return label !== undefined && VERSIONS.has(label) ? label : undefined;
}

/** The JSON `fee` parameter (FeeData); a dynamic fee has no tier. Legacy `feeTier` is a plain number. */
function feeFromQuery(query: URLSearchParams): number | undefined {
  const json = query.get('fee');
  if (json !== null && json.length <= 200) {
    try {
      const fee: unknown = JSON.parse(json);
      if (typeof fee === 'object' && fee !== null && (fee as { isDynamic?: unknown }).isDynamic !== true) {
        const amount = (fee as { feeAmount?: unknown }).feeAmount;
        if (typeof amount === 'number') return parseFeeTier(String(amount)) ?? undefined;
      }
    } catch {
      // not JSON: ignored, as the app's parser does
    }
    return undefined;
  }
  if (query.get('isDynamic') === 'true') return undefined;
  return parseFeeTier(query.get('feeTier')) ?? undefined;
}

/**
 * The create form, `/positions/add/new` (and the retired `/positions/create[/:version]` that redirects there,
 * whose path version wins). Without both tokens the form has no pool yet: null. Without `chain` the form opens
 * on the app's default chain or the wallet's: null.
 */
function createForm(page: PageContext, pathVersion?: string): PoolMatch | null {
  const { query } = page;
  const version = pathVersion !== undefined ? versionLabel(pathVersion) : versionLabel(query.get('protocolVersion'));
  const fee = feeFromQuery(query);
  const pool = pairPool(
    query.get('currencyA') ?? query.get('currencya'),
    query.get('currencyB') ?? query.get('currencyb'),
    {
      fee,
    },
  );
  return found({ kind: 'add-liquidity', chain: chainFromQuery(page, uniswapChain), pool, version });
}

function legacyV3Position(kind: PageKind, tokenId: string, page: PageContext): PoolMatch | null {
  const pool = positionPool(tokenId, { protocolVersion: 'v3' });
  return found({ kind, chain: chainFromQuery(page, legacyChain), pool, version: 'v3' });
}

function legacyAddForm(version: string, pool: PoolIdentifier | null, page: PageContext): PoolMatch | null {
  return found({ kind: 'add-liquidity', chain: chainFromQuery(page, legacyChain), pool, version });
}

export const uniswap = defineSite({
  id: SITE,
  hosts: ['app.uniswap.org'],
  router: 'path-and-hash',
  routes: [
    // PoolDetails: a v2 pair or v3 pool address, or a v4 pool id.
    route('explore/pools/:chain/:pool', ({ chain, pool }) => poolPage('pool', chain, pool)),
    // V2PositionPage: v2 liquidity is a fungible LP balance, so its position page is named by the pair.
    route('positions/v2/:chain/:pair', ({ chain, pair }) =>
      found({ kind: 'position', chain: uniswapChain(chain), pool: addressPool(pair), version: 'v2' }),
    ),
    route('positions/:version/:chain/:tokenId', ({ version, chain, tokenId }) => {
      if (version !== 'v3' && version !== 'v4') return null;
      const pool = positionPool(tokenId, { protocolVersion: version });
      return found({ kind: 'position', chain: uniswapChain(chain), pool, version });
    }),
    // Migrate pages show a position and the range form of its new home.
    route('migrate/v2/:chain/:pair', ({ chain, pair }) =>
      found({ kind: 'position', chain: uniswapChain(chain), pool: addressPool(pair), version: 'v2' }),
    ),
    route('migrate/v3/:chain/:tokenId', ({ chain, tokenId }) =>
      found({
        kind: 'position',
        chain: uniswapChain(chain),
        pool: positionPool(tokenId, { protocolVersion: 'v3' }),
        version: 'v3',
      }),
    ),
    route('positions/add/new', (_params, page) => createForm(page)),
    route('positions/add/:chain/:pool', ({ chain, pool }) => poolPage('add-liquidity', chain, pool)),
    route('positions/create/:version?', ({ version }, page) => createForm(page, version)),
    // Legacy routes (redirects in the current app).
    route('add/v2/:tokenA/:tokenB', ({ tokenA, tokenB }, page) => legacyAddForm('v2', pairPool(tokenA, tokenB), page)),
    route('add/:tokenA/:tokenB/:fee?', ({ tokenA, tokenB, fee }, page) => {
      const feeTier = fee === undefined ? undefined : parseFeeTier(fee);
      return feeTier === null ? null : legacyAddForm('v3', pairPool(tokenA, tokenB, { fee: feeTier }), page);
    }),
    // `/add/:a/:b/:fee/:tokenId` increases an existing v3 position: the redirect opens its position page.
    route('add/:tokenA/:tokenB/:fee/:tokenId', ({ tokenA, tokenB, fee, tokenId }, page) =>
      pairPool(tokenA, tokenB) !== null && parseFeeTier(fee) !== null
        ? legacyV3Position('position', tokenId, page)
        : null,
    ),
    route('remove/v2/:tokenA/:tokenB', ({ tokenA, tokenB }, page) =>
      found({
        kind: 'position',
        chain: chainFromQuery(page, legacyChain),
        pool: pairPool(tokenA, tokenB),
        version: 'v2',
      }),
    ),
    route('remove/:tokenId', ({ tokenId }, page) => legacyV3Position('position', tokenId, page)),
    route('pool/:tokenId', ({ tokenId }, page) => legacyV3Position('position', tokenId, page)),
    route('pools/:tokenId', ({ tokenId }, page) => legacyV3Position('position', tokenId, page)),
  ],
});

const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const ETH_USDC_005 = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const FEE_500 = encodeURIComponent('{"feeAmount":500,"tickSpacing":10,"isDynamic":false}');

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://app.uniswap.org/explore/pools/ethereum/0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640',
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: { type: 'address', address: ETH_USDC_005 } },
    ],
    [
      'https://app.uniswap.org/explore/pools/ethereum/0x8ad599c3a0ff1de082011efddc58f1908eb6e6d8?utm_source=share',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x8ad599c3a0ff1de082011efddc58f1908eb6e6d8' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/arbitrum/0xc6962004f452be9203591991d15f6b388e09e8d0/',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'pool',
        pool: { type: 'address', address: '0xc6962004f452be9203591991d15f6b388e09e8d0' },
      },
    ],
    [
      // A decimal chain id stands for the chain (getChainIdFromParam).
      'https://app.uniswap.org/explore/pools/8453/0xd0b53d9277642d899df5c87a3966a349a798f224',
      {
        site: SITE,
        chain: 'base',
        kind: 'pool',
        pool: { type: 'address', address: '0xd0b53d9277642d899df5c87a3966a349a798f224' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/bnb/0x47a90a2d92a8367a91efa1906bfc8c1e05bf10c4',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'address', address: '0x47a90a2d92a8367a91efa1906bfc8c1e05bf10c4' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/xlayer/0x1111111111111111111111111111111111111111',
      {
        site: SITE,
        chain: 'x-layer',
        kind: 'pool',
        pool: { type: 'address', address: '0x1111111111111111111111111111111111111111' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/linea/0x2222222222222222222222222222222222222222',
      {
        site: SITE,
        chain: 'linea',
        kind: 'pool',
        pool: { type: 'address', address: '0x2222222222222222222222222222222222222222' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/monad/0x3333333333333333333333333333333333333333',
      {
        site: SITE,
        chain: 'monad',
        kind: 'pool',
        pool: { type: 'address', address: '0x3333333333333333333333333333333333333333' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/ethereum/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'pool-id', id: '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27' },
        version: 'v4',
      },
    ],
    [
      'https://app.uniswap.org/positions/v2/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'position',
        pool: { type: 'address', address: '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc' },
        version: 'v2',
      },
    ],
    [
      'https://app.uniswap.org/positions/v3/ethereum/123456',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'position',
        pool: { type: 'position', tokenId: '123456', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/positions/v4/unichain/98765',
      {
        site: SITE,
        chain: 'unichain',
        kind: 'position',
        pool: { type: 'position', tokenId: '98765', protocolVersion: 'v4' },
        version: 'v4',
      },
    ],
    [
      'https://app.uniswap.org/migrate/v3/arbitrum/4242',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'position',
        pool: { type: 'position', tokenId: '4242', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/migrate/v2/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'position',
        pool: { type: 'address', address: '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc' },
        version: 'v2',
      },
    ],
    [
      'https://app.uniswap.org/positions/add/ethereum/0x88E6A0c2dDD26FEEb64F039a2c41296FcB3f5640',
      { site: SITE, chain: 'ethereum', kind: 'add-liquidity', pool: { type: 'address', address: ETH_USDC_005 } },
    ],
    [
      'https://app.uniswap.org/positions/add/ink/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
      {
        site: SITE,
        chain: 'ink',
        kind: 'add-liquidity',
        pool: { type: 'pool-id', id: '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27' },
        version: 'v4',
      },
    ],
    [
      // The create form as buildPoolSearchParams writes it: JSON `fee`, `protocolVersion`.
      `https://app.uniswap.org/positions/add/new?currencyA=NATIVE&currencyB=0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48&chain=ethereum&fee=${FEE_500}&protocolVersion=v3`,
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDC, fee: 500 },
        version: 'v3',
      },
    ],
    [
      // Legacy names the app still migrates: `currencya`/`currencyb`, `feeTier`; a numeric chain.
      'https://app.uniswap.org/positions/add/new?currencya=ETH&currencyb=0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48&feeTier=3000&chain=42161',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDC, fee: 3000 },
      },
    ],
    [
      // No `chain`: the form opens on the default or the wallet's chain, which the URL does not say.
      `https://app.uniswap.org/positions/add/new?currencyA=NATIVE&currencyB=${USDC}`,
      { site: SITE, chain: null, kind: 'add-liquidity', pool: { type: 'pair', token0: 'native', token1: USDC } },
    ],
    [
      // The retired create route redirects to the form; its path version wins over the parameter.
      `https://app.uniswap.org/positions/create/V2?currencyA=NATIVE&currencyB=${USDC}&chain=base&protocolVersion=v4`,
      {
        site: SITE,
        chain: 'base',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDC },
        version: 'v2',
      },
    ],
    [
      `https://app.uniswap.org/positions/create?currencyA=NATIVE&currencyB=${USDC}&fee=${FEE_500}`,
      {
        site: SITE,
        chain: null,
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDC, fee: 500 },
      },
    ],
    [
      'https://app.uniswap.org/add/ETH/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48/500?chain=mainnet',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDC, fee: 500 },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/#/add/ETH/0xdAC17F958D2ee523a2206206994597C13D831ec7/3000',
      {
        site: SITE,
        chain: null,
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0xdac17f958d2ee523a2206206994597c13d831ec7', fee: 3000 },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/add/v2/ETH/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48?chain=ethereum',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDC },
        version: 'v2',
      },
    ],
    [
      'https://app.uniswap.org/add/ETH/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48/500/123456',
      {
        site: SITE,
        chain: null,
        kind: 'position',
        pool: { type: 'position', tokenId: '123456', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/remove/v2/ETH/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
      {
        site: SITE,
        chain: null,
        kind: 'position',
        pool: { type: 'pair', token0: 'native', token1: USDC },
        version: 'v2',
      },
    ],
    [
      'https://app.uniswap.org/remove/4242?chain=optimism',
      {
        site: SITE,
        chain: 'optimism',
        kind: 'position',
        pool: { type: 'position', tokenId: '4242', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/pool/4242?chain=arbitrum',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'position',
        pool: { type: 'position', tokenId: '4242', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/#/pool/4242',
      {
        site: SITE,
        chain: null,
        kind: 'position',
        pool: { type: 'position', tokenId: '4242', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
  ],
  negative: [
    'https://app.uniswap.org/',
    'https://app.uniswap.org/swap?inputCurrency=ETH&outputCurrency=0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    'https://app.uniswap.org/explore',
    'https://app.uniswap.org/explore/pools',
    'https://app.uniswap.org/explore/pools/ethereum',
    'https://app.uniswap.org/explore/tokens/ethereum/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    'https://app.uniswap.org/explore/auctions/ethereum/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    'https://app.uniswap.org/positions',
    'https://app.uniswap.org/positions/add',
    'https://app.uniswap.org/positions/add/new',
    'https://app.uniswap.org/positions/add/new?currencyA=NATIVE',
    'https://app.uniswap.org/positions/create/v4',
    'https://app.uniswap.org/portfolio',
    'https://app.uniswap.org/pool',
    'https://app.uniswap.org/pools/v2',
    'https://app.uniswap.org/migrate/v2',
    'https://app.uniswap.org/#/swap',
    // testnets: no live data for them (see the top of the file)
    'https://app.uniswap.org/explore/pools/ethereum_sepolia/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/unichain_sepolia/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/11155111/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/positions/v4/ethereum_sepolia/12',
    `https://app.uniswap.org/positions/add/new?currencyA=NATIVE&currencyB=${USDC}&chain=ethereum_sepolia`,
    'https://app.uniswap.org/pool/4242?chain=sepolia',
    // malformed ids, unknown chains, other sites' chain spellings
    'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f564',
    'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640ff',
    'https://app.uniswap.org/explore/pools/ethereum/0xZZe6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/eth/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/mainnet/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/x-layer/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/250/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/solana/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/positions/v3/ethereum/0x12',
    'https://app.uniswap.org/positions/v2/ethereum/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
    'https://app.uniswap.org/positions/v3/ethereum/0123',
    'https://app.uniswap.org/positions/v5/ethereum/123',
    'https://app.uniswap.org/increase/ETH/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48/500/123456',
    'https://app.uniswap.org/pool/4242?chain=atlantis',
    'https://app.uniswap.org/add/ETH/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48/0.3',
  ],
};
