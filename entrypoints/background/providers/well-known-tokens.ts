/**
 * Well-known tokens per chain: wrapped native coins, the major stablecoins and wrapped BTC, whose contracts
 * are the issuers' own. Token-security findings about them (USDC is mintable and has a blacklist, by design)
 * are not news to an LP, so the UI shows no warning noise for them. Lower case.
 *
 * Sources: Circle, USDC contract addresses (developers.circle.com/stablecoins/usdc-contract-addresses);
 * Tether, supported protocols (tether.to/en/supported-protocols); the OP Stack predeploys spec for WETH at
 * 0x4200…0006 (ethereum-optimism/specs specs/protocol/predeploys.md); Coinbase, cbBTC
 * (docs.cdp.coinbase.com, same address on Ethereum and Base); BNB Chain docs for WBNB; the Uniswap default
 * token list (Uniswap/default-token-list) for the bridged WETH, WBTC and DAI addresses.
 */
import type { ChainId } from '../../../core/index';

const CBBTC = '0xcbb7c0000ab88b473b1f5afd9ef808440eed33bf';
const OP_STACK_WETH = '0x4200000000000000000000000000000000000006';

export const WELL_KNOWN_TOKENS: Partial<Record<ChainId, readonly string[]>> = {
  ethereum: [
    '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2', // WETH
    '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', // USDC
    '0xdac17f958d2ee523a2206206994597c13d831ec7', // USDT
    '0x6b175474e89094c44da98b954eedeac495271d0f', // DAI
    '0x2260fac5e5542a773aa44fbcfedf7c193bc2c599', // WBTC
    CBBTC,
  ],
  base: [
    OP_STACK_WETH,
    '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913', // USDC
    '0x50c5725949a6f0c72e6c4a641f24049a917db0cb', // DAI
    CBBTC,
  ],
  optimism: [
    OP_STACK_WETH,
    '0x0b2c639c533813f4aa9d7837caf62653d097ff85', // USDC
    '0x94b008aa00579c1307b0ef2c499ad98a8ce58e58', // USDT
    '0xda10009cbd5d07dd0cecc66161fc93d7c9000da1', // DAI
    '0x68f180fcce6836688e9084f035309e29bf0a2095', // WBTC
  ],
  arbitrum: [
    '0x82af49447d8a07e3bd95bd0d56f35241523fbab1', // WETH
    '0xaf88d065e77c8cc2239327c5edb3a432268e5831', // USDC
    '0xfd086bc7cd5c481dcc9c85ebe478a1c0b69fcbb9', // USDT
    '0xda10009cbd5d07dd0cecc66161fc93d7c9000da1', // DAI
    '0x2f2a2543b76a4166549f7aab2e75bef0aefc5b0f', // WBTC
  ],
  polygon: [
    '0x7ceb23fd6bc0add59e62ac25578270cff1b9f619', // WETH
    '0x3c499c542cef5e3811e1192ce70d8cc03d5c3359', // USDC
    '0xc2132d05d31c914a87c6611c10748aeb04b58e8f', // USDT
    '0x8f3cf7ad23cd3cadbd9735aff958023239c6a063', // DAI
    '0x1bfd67037b42cf73acf2047067bd4f2c47d9bfd6', // WBTC
    '0x0d500b1d8e8ef31e21c99d1db9a6444d3adf1270', // WPOL
  ],
  bsc: [
    '0xbb4cdb9cbd36b01bd1cbaebf2de08d9173bc095c', // WBNB
    '0x55d398326f99059ff775485246999027b3197955', // USDT
    '0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d', // USDC
    '0x2170ed0880ac9a755fd29b2688956bd959f933f8', // ETH (Binance-Peg)
    '0x7130d2a12b9bcbfae4f2634d864a1ee1ce3ead9c', // BTCB
  ],
};

/** Whether `token` (any case) is one of the chain's well-known tokens. */
export function isWellKnownToken(chain: ChainId, token: string): boolean {
  const list = Object.hasOwn(WELL_KNOWN_TOKENS, chain) ? WELL_KNOWN_TOKENS[chain] : undefined;
  return list?.includes(token.toLowerCase()) ?? false;
}
