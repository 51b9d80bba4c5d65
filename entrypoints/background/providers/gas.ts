/**
 * Gas, live, per chain: what one transaction pays per unit of gas now, and on OP-stack chains the L1 data
 * fee of a typical transaction.
 *
 * Gas price: `eth_feeHistory` over the last 5 blocks with the 50th percentile of priority fees; its
 * `baseFeePerGas` has one entry more than the blocks asked for, the base fee of the next (pending) block
 * (execution-apis, eth_feeHistory). Price = that base fee + the median of the blocks' median tips. When the
 * node does not answer it (pre-London chains), `eth_gasPrice` instead.
 *
 * L1 data fee: the GasPriceOracle predeploy (0x420000000000000000000000000000000000000F) on OP-stack chains,
 * `getL1FeeUpperBound(uint256 unsignedTxSize)` since Fjord (ethereum-optimism/specs
 * specs/protocol/fjord/predeploys.md): an upper bound for 99.99 % of transactions of that size. Before Fjord it
 * reverts, and the figure is left out.
 */
import { decodeFunctionResult, encodeFunctionData, parseAbi, type Hex } from 'viem';
import type { ChainId } from '../../../core/index';
import { lt } from '../../../lib/i18n/localized-text';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import { DEFAULT_RPC_HOSTS } from '../../../lib/settings/rpc-hosts';
import type { JsonClient } from '../http';
import { rpcRequests } from './json-rpc';
import type { PoolDataProvider } from './provider';

const PROVIDER = 'gas';

export const GAS_PRICE_ORACLE = '0x420000000000000000000000000000000000000f';

/**
 * OP-stack chains with the GasPriceOracle predeploy (the Superchain registry's members, and opBNB, whose
 * oracle has the same method).
 */
export const OP_STACK_CHAINS: readonly ChainId[] = [
  'optimism',
  'base',
  'zora',
  'mode',
  'fraxtal',
  'worldchain',
  'soneium',
  'ink',
  'lisk',
  'unichain',
  'metal',
  'swell',
  'opbnb',
];

/**
 * The typical transaction whose L1 fee is quoted: a concentrated-liquidity mint, whose calldata is the selector
 * and eleven 32-byte words (4 + 11 × 32 = 356 bytes), plus about 44 bytes of RLP envelope (nonce, gas fields,
 * recipient, value, chain id). The oracle adds the 68 bytes of a signature itself.
 */
export const TYPICAL_TX_BYTES = 400n;

/** The chain's native coin, the unit gas is paid in. */
const NATIVE_SYMBOL: Partial<Record<ChainId, string>> = {
  ethereum: 'ETH',
  arbitrum: 'ETH',
  optimism: 'ETH',
  base: 'ETH',
  zora: 'ETH',
  mode: 'ETH',
  worldchain: 'ETH',
  soneium: 'ETH',
  ink: 'ETH',
  lisk: 'ETH',
  unichain: 'ETH',
  linea: 'ETH',
  scroll: 'ETH',
  blast: 'ETH',
  zksync: 'ETH',
  bsc: 'BNB',
  opbnb: 'BNB',
  polygon: 'POL',
  avalanche: 'AVAX',
  gnosis: 'xDAI',
};

const ORACLE_ABI = parseAbi(['function getL1FeeUpperBound(uint256 unsignedTxSize) view returns (uint256)']);

/** Above 100,000 gwei per gas no chain is priced: such an answer is broken, not expensive. */
const MAX_GAS_PRICE_WEI = 100_000n * 10n ** 9n;
/** An L1 fee above 1 ETH for one transaction is broken data too. */
const MAX_L1_FEE_WEI = 10n ** 18n;
const HEX_QUANTITY = /^0x[0-9a-fA-F]{1,64}$/;

export const gasPrice: PoolDataProvider = {
  id: PROVIDER,
  name: 'on-chain gas price (JSON-RPC)',
  hosts: DEFAULT_RPC_HOSTS,
  // The same budget as the other chain reads (these hosts are theirs; providers sharing a host share a budget).
  limit: { burst: 20, perMinute: 600, publishedPerMinute: null },
  ttlMs: 60_000,
  covers: (target, { rpcUrl }) => target.type !== 'solana-address' && rpcUrl !== null,
  load: (target, { http, deadline, now, rpcUrl }) => fetchGas(http, target.chain, rpcUrl!, deadline, now),
};

function quantity(value: unknown): bigint | null {
  return typeof value === 'string' && HEX_QUANTITY.test(value) ? BigInt(value) : null;
}

function median(values: bigint[]): bigint {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2n;
}

/**
 * eth_feeHistory's answer -> the pending block's base fee + the median of the blocks' median tips, in wei per
 * gas; null when the answer is not of that shape.
 */
export function gasPriceFromFeeHistory(result: unknown): bigint | null {
  if (typeof result !== 'object' || result === null) return null;
  const { baseFeePerGas, reward } = result as { baseFeePerGas?: unknown; reward?: unknown };
  if (!Array.isArray(baseFeePerGas) || baseFeePerGas.length < 2 || baseFeePerGas.length > 1025) return null;
  const pendingBaseFee = quantity(baseFeePerGas[baseFeePerGas.length - 1]);
  if (pendingBaseFee === null) return null;
  if (!Array.isArray(reward) || reward.length === 0 || reward.length > 1024) return null;
  const tips: bigint[] = [];
  for (const row of reward) {
    const tip = Array.isArray(row) ? quantity(row[0]) : null;
    if (tip === null) return null;
    tips.push(tip);
  }
  return pendingBaseFee + median(tips);
}

export async function fetchGas(
  http: JsonClient,
  chain: ChainId,
  rpcUrl: string,
  deadline: number,
  now: () => number,
): Promise<ProviderResult> {
  const opStack = OP_STACK_CHAINS.includes(chain);
  const oracleCall = {
    to: GAS_PRICE_ORACLE,
    data: encodeFunctionData({ abi: ORACLE_ABI, functionName: 'getL1FeeUpperBound', args: [TYPICAL_TX_BYTES] }),
  };
  const answer = await rpcRequests(
    http,
    rpcUrl,
    [
      { method: 'eth_feeHistory', params: ['0x5', 'latest', [50]] },
      { method: 'eth_gasPrice', params: [] },
      ...(opStack ? [{ method: 'eth_call', params: [oracleCall, 'latest'] }] : []),
    ],
    deadline,
  );
  if (!answer.ok) return { ok: false, provider: PROVIDER, reason: answer.reason };
  const [history, legacy, l1] = answer.results;
  const price = gasPriceFromFeeHistory(history) ?? quantity(legacy);
  if (price === null || price === 0n || price > MAX_GAS_PRICE_WEI)
    return { ok: false, provider: PROVIDER, reason: lt('worker.reason.gasNoPrice') };
  const figures: PoolFigures = { gasPriceWei: price.toString() };
  const symbol = NATIVE_SYMBOL[chain];
  if (symbol) figures.nativeSymbol = symbol;
  const l1Fee = opStack ? l1FeeUpperBound(l1) : null;
  if (l1Fee !== null) figures.l1DataFeeWei = l1Fee.toString();
  return { ok: true, provider: PROVIDER, fetchedAt: now(), figures };
}

function l1FeeUpperBound(result: unknown): bigint | null {
  if (typeof result !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(result)) return null;
  try {
    const fee = decodeFunctionResult({ abi: ORACLE_ABI, functionName: 'getL1FeeUpperBound', data: result as Hex });
    return fee > 0n && fee <= MAX_L1_FEE_WEI ? fee : null;
  } catch {
    return null;
  }
}
