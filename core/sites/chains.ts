/**
 * The one internal list of chains. Every site names chains its own way (`eth`, `ethereum`, `mainnet`, `1`,
 * `polygon_pos`, `zkSync`...); each site file declares its spelling with `chainNames()` and everything past
 * the detectors only ever sees a `ChainId`.
 */

export const CHAIN_IDS = [
  'ethereum',
  'arbitrum',
  'arbitrum-nova',
  'optimism',
  'base',
  'polygon',
  'polygon-zkevm',
  'bsc',
  'opbnb',
  'avalanche',
  'zksync',
  'linea',
  'scroll',
  'celo',
  'gnosis',
  'fantom',
  'sonic',
  'mantle',
  'blast',
  'unichain',
  'zora',
  'worldchain',
  'soneium',
  'ink',
  'mode',
  'fraxtal',
  'lisk',
  'metis',
  'moonbeam',
  'kava',
  'aurora',
  'cronos',
  'berachain',
  'abstract',
  'taiko',
  'x-layer',
  'hyperevm',
  'katana',
  'solana',
  'monad',
  'megaeth',
  'robinhood',
  'arc',
  'tempo',
  'bob',
  'metal',
  'swell',
  // Sushi pool chains (sushi-labs/sushi src/evm/chain/chains.ts) and Balancer slugs (frontend-monorepo ChainSlug).
  'boba',
  'filecoin',
  'rootstock',
  'hemi',
  'skale-europa',
  'plasma',
] as const;

export type ChainId = (typeof CHAIN_IDS)[number];

/** Chains whose addresses are base58 public keys rather than 0x-prefixed EVM addresses. */
export function isSolanaChain(chain: ChainId): boolean {
  return chain === 'solana';
}

/** EIP-155 numbers, for the sites that put numeric chain ids in URLs (Sushi legacy, Velodrome `chain0`). */
const EVM_CHAIN_NUMBERS: Readonly<Record<string, ChainId>> = {
  '1': 'ethereum',
  '10': 'optimism',
  '25': 'cronos',
  '56': 'bsc',
  '100': 'gnosis',
  '130': 'unichain',
  '137': 'polygon',
  '146': 'sonic',
  '196': 'x-layer',
  '204': 'opbnb',
  '250': 'fantom',
  '252': 'fraxtal',
  '324': 'zksync',
  '480': 'worldchain',
  '999': 'hyperevm',
  '1088': 'metis',
  '1101': 'polygon-zkevm',
  '1135': 'lisk',
  '1284': 'moonbeam',
  '1868': 'soneium',
  '2222': 'kava',
  '2741': 'abstract',
  '5000': 'mantle',
  '8453': 'base',
  '34443': 'mode',
  '42161': 'arbitrum',
  '42170': 'arbitrum-nova',
  '42220': 'celo',
  '43114': 'avalanche',
  '57073': 'ink',
  '59144': 'linea',
  '80094': 'berachain',
  '81457': 'blast',
  '167000': 'taiko',
  '534352': 'scroll',
  '747474': 'katana',
  '7777777': 'zora',
  '1313161554': 'aurora',
  '143': 'monad',
  '4217': 'tempo',
  '4326': 'megaeth',
  '4663': 'robinhood',
  '5042': 'arc',
  '60808': 'bob',
  '1750': 'metal',
  '1923': 'swell',
  // EIP-155 numbers as viem/chains gives them (boba, filecoin, rootstock, hemi, skaleEuropa, robinhood, plasma, monad).
  '288': 'boba',
  '314': 'filecoin',
  '30': 'rootstock',
  '43111': 'hemi',
  '2046399126': 'skale-europa',
  '9745': 'plasma',
};

/**
 * Chain lookups return `undefined` for a name the site does not use (or we do not support): the URL names a
 * chain, we just cannot place it, so the page is not one we can describe. `null` is reserved for URLs that
 * name no chain at all.
 */
export type ChainLookup = (name: string) => ChainId | undefined;

/** Chain from an EIP-155 number written in decimal, e.g. `'8453'` -> `'base'`. */
export const chainFromEvmNumber: ChainLookup = (name) =>
  Object.hasOwn(EVM_CHAIN_NUMBERS, name) ? EVM_CHAIN_NUMBERS[name] : undefined;

/**
 * A site's chain spelling. `same` lists the names the site writes exactly like our ids; `renamed` maps its
 * other spellings. Matching ignores letter case (PancakeSwap writes `zkSync`, `opBNB`, `polygonZkEVM`).
 */
export function chainNames(same: readonly ChainId[], renamed: Readonly<Record<string, ChainId>> = {}): ChainLookup {
  const byName = new Map<string, ChainId>();
  for (const chain of same) byName.set(chain, chain);
  for (const [name, chain] of Object.entries(renamed)) byName.set(name.toLowerCase(), chain);
  return (name) => byName.get(name.toLowerCase());
}

/** A chain's EIP-155 number (what `eth_chainId` answers), or null for a chain that has none (Solana). */
export function evmChainNumber(chain: ChainId): number | null {
  const entry = Object.entries(EVM_CHAIN_NUMBERS).find(([, id]) => id === chain);
  return entry ? Number(entry[0]) : null;
}
