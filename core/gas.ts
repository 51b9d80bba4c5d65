/**
 * Gas: how many gas units a liquidity provider's transactions take, per pool kind and action, each number
 * with the test or report it was measured in, and their cost in USD at a gas price.
 *
 * Only measured numbers are listed. A pool kind or action with no published measurement found is left out
 * of the table, and whoever asks gets "unknown" (null), never a guess. Found and read so far:
 * - Uniswap v3: the NonfungiblePositionManager gas snapshots of Uniswap/v3-periphery (hardhat
 *   `snapshotGasCost`, the transaction's gasUsed, so the 21,000 base cost is in them).
 * - Uniswap v4: the PositionManager gas snapshots of Uniswap/v4-periphery (forge gas snapshots of the call,
 *   which leave out the 21,000 base cost of a transaction: it is added here, `addsBaseCost`).
 * - Not found: Uniswap v2 (its periphery tests assert no gas for add/remove liquidity), Curve stableswap,
 *   Balancer weighted and Solidly (Aerodrome/Velodrome) gauge stake/unstake: unknown.
 * Calldata is measured in none of them; on rollups the L1 data fee is added per transaction when known.
 */
import { Decimal, LpInputError, ZERO, finiteResult, integer, nonNegative } from './numbers';
import { type Usd, asUsd } from './units';

export const GAS_ACTIONS = ['deposit', 'withdraw', 'collect', 'stake', 'unstake'] as const;
export type GasAction = (typeof GAS_ACTIONS)[number];

export const GAS_POOL_KINDS = [
  'uniswap-v2',
  'uniswap-v3',
  'uniswap-v4',
  'curve-stableswap',
  'balancer-weighted',
  'solidly-gauge',
] as const;
export type GasPoolKind = (typeof GAS_POOL_KINDS)[number];

/** The intrinsic cost of any Ethereum transaction (yellow paper, G_transaction). */
export const TX_BASE_GAS = 21_000;

export interface GasEntry {
  /** Gas units of one transaction doing the action, base cost included. */
  units: number;
  /** Where the number was measured: repository, file, commit, and the measurement's name. */
  source: string;
}

const V3_SNAPSHOT =
  'Uniswap/v3-periphery test/__snapshots__/NonfungiblePositionManager.spec.ts.snap @ 02cd0c5a6a295e0df22486343712f52bf21110dc';
const V4_SNAPSHOT = 'Uniswap/v4-periphery snapshots/PosMGasTest.json @ 0d734ce5b01a839c9530c0baecfc6f9ef430a802';

/** A forge snapshot measures the call alone: the transaction's 21,000 base cost is added. */
const addsBaseCost = (callGas: number, name: string): GasEntry => ({
  units: callGas + TX_BASE_GAS,
  source: `${V4_SNAPSHOT}, "${name}": ${callGas} + ${TX_BASE_GAS} base`,
});

export const GAS_UNITS: Readonly<Record<GasPoolKind, Readonly<Partial<Record<GasAction, GasEntry>>>>> = {
  'uniswap-v2': {},
  'uniswap-v3': {
    // A new position usually initialises its ticks: the dearer of the two measured mints (369488 when the
    // ticks are already used).
    deposit: { units: 434_903, source: `${V3_SNAPSHOT}, "#mint gas first mint for ticks"` },
    // decreaseLiquidity + collect + burn in one multicall: how a position is closed.
    withdraw: { units: 178_028, source: `${V3_SNAPSHOT}, "multicall exit gas"` },
    collect: { units: 61_245, source: `${V3_SNAPSHOT}, "#collect gas transfers both"` },
  },
  'uniswap-v4': {
    deposit: addsBaseCost(399_971, 'PositionManager_mint_withClose'),
    withdraw: addsBaseCost(52_363, 'PositionManager_burn_nonEmpty_withClose'),
    collect: addsBaseCost(77_549, 'PositionManager_collect_withClose'),
  },
  'curve-stableswap': {},
  'balancer-weighted': {},
  'solidly-gauge': {},
};

/** One action's gas entry, or null when no measurement was found (unknown). */
export function gasUnitsFor(kind: unknown, action: unknown): GasEntry | null {
  const k = gasPoolKind(kind);
  if (!GAS_ACTIONS.includes(action as GasAction)) {
    throw new LpInputError('action', 'out-of-range', `must be one of ${GAS_ACTIONS.join(', ')}`);
  }
  return GAS_UNITS[k][action as GasAction] ?? null;
}

function gasPoolKind(kind: unknown): GasPoolKind {
  if (!GAS_POOL_KINDS.includes(kind as GasPoolKind)) {
    throw new LpInputError('kind', 'out-of-range', `must be one of ${GAS_POOL_KINDS.join(', ')}`);
  }
  return kind as GasPoolKind;
}

const WEI_PER_NATIVE = new Decimal('1e18');

/**
 * USD cost of transactions: (units * gas price + L1 data fee) in wei, / 1e18, * the native token's USD price.
 * `l1DataFeeWei` is the total L1 data fee of those transactions (rollups), absent on L1.
 */
export function gasCostUsd(units: unknown, gasPriceWei: unknown, nativePriceUsd: unknown, l1DataFeeWei?: unknown): Usd {
  const gas = nonNegative(units, 'units');
  const price = nonNegative(gasPriceWei, 'gasPriceWei');
  const native = nonNegative(nativePriceUsd, 'nativePriceUsd');
  const l1 = l1DataFeeWei === undefined ? ZERO : nonNegative(l1DataFeeWei, 'l1DataFeeWei');
  const wei = gas.mul(price).plus(l1);
  return asUsd(finiteResult(wei.div(WEI_PER_NATIVE).mul(native), 'gasCostUsd'));
}

export interface EnterExitGas {
  /** Units to enter: deposit, then stake when the rewards need it. */
  enterUnits: Decimal;
  /** Units to leave: unstake when staked, then withdraw (which collects the fees too where measured so). */
  exitUnits: Decimal;
  /** Transactions counted (each pays an L1 data fee on rollups). */
  transactions: number;
  /** Each entry's source, in the order counted. */
  sources: string[];
}

/** Gas to enter and leave a pool kind (staked in a gauge or not), or null when any step is unknown. */
export function enterExitGas(kind: unknown, options: { staked?: unknown } = {}): EnterExitGas | null {
  const k = gasPoolKind(kind);
  const staked = options?.staked ?? false;
  if (typeof staked !== 'boolean') throw new LpInputError('staked', 'out-of-range', 'must be true or false');
  const enterSteps: [GasPoolKind, GasAction][] = [[k, 'deposit']];
  const exitSteps: [GasPoolKind, GasAction][] = [[k, 'withdraw']];
  if (staked) {
    enterSteps.push(['solidly-gauge', 'stake']);
    exitSteps.unshift(['solidly-gauge', 'unstake']);
  }
  const entries = [...enterSteps, ...exitSteps].map(([kk, action]) => GAS_UNITS[kk][action]);
  if (entries.some((entry) => entry === undefined)) return null;
  const sum = (list: (GasEntry | undefined)[]) => list.reduce((s, e) => s.plus(e!.units), ZERO);
  return {
    enterUnits: sum(entries.slice(0, enterSteps.length)),
    exitUnits: sum(entries.slice(enterSteps.length)),
    transactions: integer(entries.length, 'transactions', 1, 8),
    sources: entries.map((e) => e!.source),
  };
}
