/**
 * Three Balancer pools of three tokens on the fake chain (made-up pool addresses, real token addresses), with
 * the v2 Vault's `getPoolTokens(poolId)` answering for the two v2 pools (Vault address: BALANCER_V2_VAULT in
 * entrypoints/background/providers/rpc.ts, from balancer/balancer-deployments v2/tasks/20210418-vault):
 * - a weighted pool WBTC / USDC / WETH, weights 1/3 each as Balancer stores them (0.333...333, 0.333...333,
 *   0.333...334: normalized weights sum to exactly 1e18), 0.3 % swap fee;
 * - a composable stable pool DAI / USDC / USDT with its own BPT among the Vault's tokens (sorted by address,
 *   as the Vault keeps them), A = 2000 (getAmplificationParameter: value 2,000,000, precision 1,000), 0.01 % fee,
 *   no rate providers (getScalingFactors: rates 1), and the 3pool fake's balances (160M DAI, 170M USDC, 170M USDT), so its depeg table equals Curve's.
 * - a Balancer v3 stable pool sDAI / USDC / USDT (no pool id: the pool forwards getTokenInfo and
 *   getStaticSwapFeePercentage to the v3 Vault), A = 2000, sDAI through a rate provider whose getRate() is 1.25:
 *   128M sDAI x 1.25 = 160M, so the pool's math sees the 3pool's 160M / 170M / 170M.
 * Shapes: balancer/balancer-v2-monorepo pkg/interfaces/contracts/vault/IVault.sol (getPoolTokens), BasePool
 * (getPoolId, getSwapFeePercentage), WeightedPool (getNormalizedWeights), StablePool / ComposableStablePool
 * (getAmplificationParameter). USDC and WETH answer decimals() and symbol() in fake-api.ts, DAI and USDT in
 * curve-3pool.ts; WBTC here.
 */
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import type { FakeChainContract } from './types';

const VAULT = '0xba12222222228d8ba445958a75a0704d566bf2c8';
const WBTC = '0x2260fac5e5542a773aa44fbcfedf7c193bc2c599';
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';
const DAI = '0x6b175474e89094c44da98b954eedeac495271d0f';
const USDT = '0xdac17f958d2ee523a2206206994597c13d831ec7';
const SDAI = '0x83f20f44975d03b1b09e64809b757c47f942beea';
/** A made-up rate provider for sDAI. */
const SDAI_RATE_PROVIDER = '0x7e1e000000000000000000000000000000000001';
const NO_PROVIDER = '0x0000000000000000000000000000000000000000';

export const BALANCER_WEIGHTED_3 = '0xb3a1000000000000000000000000000000000003';
/** Pool id: address, specialization 1 (minimal swap info, n-token weighted pools), nonce 10. */
export const BALANCER_WEIGHTED_3_ID = `${BALANCER_WEIGHTED_3}0001${'a'.padStart(20, '0')}`;
export const BALANCER_STABLE_3 = '0xc5b1000000000000000000000000000000000004';
/** Pool id: address, specialization 0 (general, as composable stable pools register), nonce 11. */
export const BALANCER_STABLE_3_ID = `${BALANCER_STABLE_3}0000${'b'.padStart(20, '0')}`;

export const BALANCER_V3_STABLE = '0xd3a3000000000000000000000000000000000006';

const E18 = 10n ** 18n;
const E6 = 10n ** 6n;
/** A composable stable pool pre-mints its BPT to the Vault: 2^111 of it sits among the balances. */
const PREMINTED_BPT = 2n ** 111n;

const POOL_TOKENS: Record<string, { tokens: string[]; balances: bigint[] }> = {
  [BALANCER_WEIGHTED_3_ID]: {
    tokens: [WBTC, USDC, WETH],
    // 100 WBTC at $60,000, $6M USDC, 2,400 WETH at $2,500: $6M each, as 1/3 weights hold them.
    balances: [100n * 10n ** 8n, 6_000_000n * E6, 2_400n * E18],
  },
  [BALANCER_STABLE_3_ID]: {
    tokens: [DAI, USDC, BALANCER_STABLE_3, USDT],
    balances: [160_000_000n * E18, 170_000_000n * E6, PREMINTED_BPT, 170_000_000n * E6],
  },
};

const uint = (n: bigint) => encodeAbiParameters([{ type: 'uint256' }], [n]);
const bytes32 = (hex: string) => encodeAbiParameters([{ type: 'bytes32' }], [hex as `0x${string}`]);

const SELECTOR = {
  poolId: toFunctionSelector('getPoolId()'),
  swapFee: toFunctionSelector('getSwapFeePercentage()'),
  weights: toFunctionSelector('getNormalizedWeights()'),
  amp: toFunctionSelector('getAmplificationParameter()'),
  scalingFactors: toFunctionSelector('getScalingFactors()'),
  poolTokens: toFunctionSelector('getPoolTokens(bytes32)'),
  tokenInfo: toFunctionSelector('getTokenInfo()'),
  staticSwapFee: toFunctionSelector('getStaticSwapFeePercentage()'),
  getRate: toFunctionSelector('getRate()'),
  decimals: toFunctionSelector('decimals()'),
  symbol: toFunctionSelector('symbol()'),
};

export const balancerNTokens: FakeChainContract = (to, data) => {
  const selector = data.slice(0, 10);
  if (to === VAULT && selector === SELECTOR.poolTokens) {
    const held = POOL_TOKENS[`0x${data.slice(10, 74)}`];
    if (!held) return null;
    return encodeAbiParameters(
      [{ type: 'address[]' }, { type: 'uint256[]' }, { type: 'uint256' }],
      [held.tokens as `0x${string}`[], held.balances, 21_000_000n],
    );
  }
  if (to === BALANCER_WEIGHTED_3) {
    if (selector === SELECTOR.poolId) return bytes32(BALANCER_WEIGHTED_3_ID);
    if (selector === SELECTOR.swapFee) return uint(3n * 10n ** 15n);
    if (selector === SELECTOR.weights)
      return encodeAbiParameters(
        [{ type: 'uint256[]' }],
        [[333_333_333_333_333_333n, 333_333_333_333_333_333n, 333_333_333_333_333_334n]],
      );
    return null;
  }
  if (to === BALANCER_STABLE_3) {
    if (selector === SELECTOR.poolId) return bytes32(BALANCER_STABLE_3_ID);
    if (selector === SELECTOR.swapFee) return uint(10n ** 14n);
    // 1e18 x 10^(18 - decimals) x rate per Vault token, no rate providers: DAI 1e18, USDC 1e30, BPT 1e18, USDT 1e30.
    if (selector === SELECTOR.scalingFactors)
      return encodeAbiParameters([{ type: 'uint256[]' }], [[E18, 10n ** 30n, E18, 10n ** 30n]]);
    if (selector === SELECTOR.amp)
      return encodeAbiParameters(
        [{ type: 'uint256' }, { type: 'bool' }, { type: 'uint256' }],
        [2_000_000n, false, 1_000n],
      );
    return null;
  }
  if (to === BALANCER_V3_STABLE) {
    if (selector === SELECTOR.staticSwapFee) return uint(10n ** 14n);
    if (selector === SELECTOR.amp)
      return encodeAbiParameters(
        [{ type: 'uint256' }, { type: 'bool' }, { type: 'uint256' }],
        [2_000_000n, false, 1_000n],
      );
    if (selector === SELECTOR.tokenInfo) return v3TokenInfo();
    return null;
  }
  if (to === SDAI_RATE_PROVIDER && selector === SELECTOR.getRate) return uint(125n * 10n ** 16n);
  if (to === SDAI) {
    if (selector === SELECTOR.decimals) return uint(18n);
    if (selector === SELECTOR.symbol) return encodeAbiParameters([{ type: 'string' }], ['sDAI']);
  }
  if (to === WBTC) {
    if (selector === SELECTOR.decimals) return uint(8n);
    if (selector === SELECTOR.symbol) return encodeAbiParameters([{ type: 'string' }], ['WBTC']);
  }
  return null;
};

/** v3 getTokenInfo: (tokens, TokenInfo(tokenType, rateProvider, paysYieldFees)[], balancesRaw, lastBalancesLiveScaled18). */
function v3TokenInfo(): string {
  const raw = [128_000_000n * E18, 170_000_000n * E6, 170_000_000n * E6];
  return encodeAbiParameters(
    [
      { type: 'address[]' },
      {
        type: 'tuple[]',
        components: [
          { name: 'tokenType', type: 'uint8' },
          { name: 'rateProvider', type: 'address' },
          { name: 'paysYieldFees', type: 'bool' },
        ],
      },
      { type: 'uint256[]' },
      { type: 'uint256[]' },
    ],
    [
      [SDAI, USDC, USDT],
      [
        { tokenType: 1, rateProvider: SDAI_RATE_PROVIDER, paysYieldFees: true },
        { tokenType: 0, rateProvider: NO_PROVIDER, paysYieldFees: false },
        { tokenType: 0, rateProvider: NO_PROVIDER, paysYieldFees: false },
      ],
      raw,
      [160_000_000n * E18, 170_000_000n * E18, 170_000_000n * E18],
    ],
  );
}
