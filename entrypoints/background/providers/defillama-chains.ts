/**
 * Our chains as DefiLlama names them, and each chain's native coin. The coins API keys a token as
 * `{chain}:{address}` with lower-case chain slugs and a coin by `coingecko:{id}` (DefiLlama/api-docs
 * llms-free.txt, "GET /prices/current/{coins}", example `ethereum:0x…,coingecko:ethereum,bsc:0x…`); the yields
 * list spells chains for people ("Ethereum", "BSC", "zkSync Era"; yield-server src/adaptors/utils.js
 * formatChain capitalises the adapter's name), so those are matched ignoring case against every spelling
 * listed. A chain left out here is one we do not ask DefiLlama about: a note says so, nothing is guessed.
 */
import type { ChainId } from '../../../core/index';

export interface LlamaChain {
  /** The coins API's chain slug. */
  coins: string;
  /** The yields list's `chain` spellings, lower case. */
  yields: readonly string[];
  /** The coin gas is paid in, as the coins API knows it (CoinGecko ids), and its symbol. */
  native: { coin: string; symbol: string };
}

const ETH = { coin: 'coingecko:ethereum', symbol: 'ETH' };
const BNB = { coin: 'coingecko:binancecoin', symbol: 'BNB' };

export const LLAMA_CHAINS: Partial<Record<ChainId, LlamaChain>> = {
  ethereum: { coins: 'ethereum', yields: ['ethereum'], native: ETH },
  arbitrum: { coins: 'arbitrum', yields: ['arbitrum'], native: ETH },
  'arbitrum-nova': { coins: 'arbitrum_nova', yields: ['arbitrum nova', 'arbitrum_nova'], native: ETH },
  optimism: { coins: 'optimism', yields: ['optimism', 'op mainnet'], native: ETH },
  base: { coins: 'base', yields: ['base'], native: ETH },
  polygon: {
    coins: 'polygon',
    yields: ['polygon'],
    native: { coin: 'coingecko:polygon-ecosystem-token', symbol: 'POL' },
  },
  'polygon-zkevm': { coins: 'polygon_zkevm', yields: ['polygon zkevm', 'polygon_zkevm'], native: ETH },
  bsc: { coins: 'bsc', yields: ['bsc', 'binance'], native: BNB },
  opbnb: { coins: 'op_bnb', yields: ['opbnb', 'op_bnb'], native: BNB },
  avalanche: {
    coins: 'avax',
    yields: ['avalanche', 'avax'],
    native: { coin: 'coingecko:avalanche-2', symbol: 'AVAX' },
  },
  zksync: { coins: 'era', yields: ['zksync era', 'era'], native: ETH },
  linea: { coins: 'linea', yields: ['linea'], native: ETH },
  scroll: { coins: 'scroll', yields: ['scroll'], native: ETH },
  celo: { coins: 'celo', yields: ['celo'], native: { coin: 'coingecko:celo', symbol: 'CELO' } },
  gnosis: { coins: 'xdai', yields: ['xdai', 'gnosis'], native: { coin: 'coingecko:xdai', symbol: 'xDAI' } },
  fantom: { coins: 'fantom', yields: ['fantom'], native: { coin: 'coingecko:fantom', symbol: 'FTM' } },
  sonic: { coins: 'sonic', yields: ['sonic'], native: { coin: 'coingecko:sonic-3', symbol: 'S' } },
  mantle: { coins: 'mantle', yields: ['mantle'], native: { coin: 'coingecko:mantle', symbol: 'MNT' } },
  blast: { coins: 'blast', yields: ['blast'], native: ETH },
  unichain: { coins: 'unichain', yields: ['unichain'], native: ETH },
  zora: { coins: 'zora', yields: ['zora'], native: ETH },
  mode: { coins: 'mode', yields: ['mode'], native: ETH },
  taiko: { coins: 'taiko', yields: ['taiko'], native: ETH },
  metis: { coins: 'metis', yields: ['metis'], native: { coin: 'coingecko:metis-token', symbol: 'METIS' } },
  moonbeam: { coins: 'moonbeam', yields: ['moonbeam'], native: { coin: 'coingecko:moonbeam', symbol: 'GLMR' } },
  kava: { coins: 'kava', yields: ['kava'], native: { coin: 'coingecko:kava', symbol: 'KAVA' } },
  cronos: { coins: 'cronos', yields: ['cronos'], native: { coin: 'coingecko:crypto-com-chain', symbol: 'CRO' } },
  berachain: {
    coins: 'berachain',
    yields: ['berachain'],
    native: { coin: 'coingecko:berachain-bera', symbol: 'BERA' },
  },
};

export function llamaChain(chain: ChainId): LlamaChain | null {
  return Object.hasOwn(LLAMA_CHAINS, chain) ? (LLAMA_CHAINS[chain] ?? null) : null;
}

/** Our chain for a yields-list spelling, or null for a chain we do not cover. */
export function chainFromYieldsName(name: string): ChainId | null {
  const lower = name.toLowerCase();
  for (const [chain, entry] of Object.entries(LLAMA_CHAINS) as [ChainId, LlamaChain][]) {
    if (entry.yields.includes(lower)) return chain;
  }
  return null;
}
