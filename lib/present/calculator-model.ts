/**
 * The popup calculator's form: field definitions, the user's text per field, and the translation into a
 * core AnalysisInput. Every field is checked on its own so each invalid field gets its own inline error;
 * cross-field errors from core (a range whose lower bound is above its upper) land on the field core names.
 */
import {
  Decimal,
  LpInputError,
  analyzePosition,
  detectPoolPage,
  nonNegative,
  positive,
  rawLiquidityToHuman,
  type Analysis,
  type AnalysisInput,
  type PoolKind,
} from '../../core/index';
import type { PageFacts } from '../messages/page';
import type { PoolSnapshot } from '../messages/pool-data';
import { poolKindFor } from './pool-kind';
import { humanInputError } from './input-errors';
import { otherSide, priceOrientation, type TokenSide } from './orientation';
import type { LiveAnalysis } from './live-analysis';
import { t } from '../i18n/index';

export type FieldId =
  | 'feeTierPct'
  | 'protocolFeePct'
  | 'tvlUsd'
  | 'volume24hUsd'
  | 'depositUsd'
  | 'horizonDays'
  | 'volatilityPct'
  | 'price'
  | 'priceLower'
  | 'priceUpper'
  | 'weight0Pct'
  | 'amplification'
  | 'stablePrice'
  | 'rewardAprPct'
  | 'poolAgeDays'
  | 'gasCostUsd';

export interface FieldSpec {
  id: FieldId;
  label: string;
  unit: string;
  optional?: boolean;
  /** Pool kinds that show this field; absent means all. */
  kinds?: PoolKind[];
  hint?: string;
  parse(text: string): Decimal;
}

const percentOf = (check: (value: unknown, field: string) => Decimal, field: string) => (text: string) =>
  check(text, field).div(100);

/** A percentage that must stay below 100 % (a fee tier) or within 0..100 % (a weight, a cut). */
const percentFraction =
  (field: string, { allowZero = true, allowHundred = true } = {}) =>
  (text: string) => {
    const value = nonNegative(text, field);
    const low = allowZero ? value.lt(0) : value.lte(0);
    const high = allowHundred ? value.gt(100) : value.gte(100);
    if (low || high) {
      const range = `${allowZero ? 'at least' : 'more than'} 0 and ${allowHundred ? 'at most' : 'less than'} 100 %`;
      throw new LpInputError(field, 'out-of-range', `must be ${range}`);
    }
    return value.div(100);
  };

/** Stands for the pool's price unit ("USDC per WETH"), which depends on the tokens and the chosen quote. */
export const PRICE_UNIT = '{price unit}';

export const FIELDS: FieldSpec[] = [
  {
    id: 'price',
    label: t('calc.field.price'),
    unit: PRICE_UNIT,
    kinds: ['concentrated'],
    parse: (t) => positive(t, 'price'),
  },
  {
    id: 'priceLower',
    label: t('calc.field.priceLower'),
    unit: PRICE_UNIT,
    kinds: ['concentrated'],
    parse: (t) => positive(t, 'priceLower'),
  },
  {
    id: 'priceUpper',
    label: t('calc.field.priceUpper'),
    unit: PRICE_UNIT,
    kinds: ['concentrated'],
    parse: (t) => positive(t, 'priceUpper'),
  },
  {
    id: 'weight0Pct',
    label: t('calc.field.weight0'),
    unit: '%',
    kinds: ['weighted'],
    hint: t('calc.field.weight0Hint'),
    parse: percentFraction('weight0Pct', { allowZero: false, allowHundred: false }),
  },
  {
    id: 'amplification',
    label: t('calc.field.amplification'),
    unit: t('calc.field.amplificationUnit'),
    kinds: ['stableswap'],
    parse: (t) => positive(t, 'amplification'),
  },
  {
    id: 'stablePrice',
    label: t('calc.field.price'),
    unit: t('calc.field.stablePriceUnit'),
    kinds: ['stableswap'],
    parse: (t) => positive(t, 'stablePrice'),
  },
  {
    id: 'feeTierPct',
    label: t('calc.field.feeTier'),
    unit: '%',
    hint: t('calc.field.feeTierHint'),
    parse: percentFraction('feeTierPct', { allowHundred: false }),
  },
  {
    id: 'protocolFeePct',
    label: t('calc.field.protocolFee'),
    unit: '%',
    optional: true,
    parse: percentFraction('protocolFeePct'),
  },
  { id: 'tvlUsd', label: t('calc.field.tvl'), unit: 'USD', parse: (t) => positive(t, 'tvlUsd') },
  { id: 'volume24hUsd', label: t('calc.field.volume'), unit: 'USD', parse: (t) => nonNegative(t, 'volume24hUsd') },
  { id: 'depositUsd', label: t('calc.field.deposit'), unit: 'USD', parse: (t) => positive(t, 'depositUsd') },
  {
    id: 'horizonDays',
    label: t('calc.field.horizon'),
    unit: t('calc.field.days'),
    parse: (t) => positive(t, 'horizonDays'),
  },
  {
    id: 'volatilityPct',
    label: t('calc.field.volatility'),
    unit: '%',
    hint: t('calc.field.volatilityHint'),
    parse: percentOf(nonNegative, 'volatilityPct'),
  },
  {
    id: 'rewardAprPct',
    label: t('calc.field.rewardApr'),
    unit: '%',
    optional: true,
    parse: percentOf(nonNegative, 'rewardAprPct'),
  },
  {
    id: 'poolAgeDays',
    label: t('calc.field.poolAge'),
    unit: t('calc.field.days'),
    optional: true,
    parse: (t) => nonNegative(t, 'poolAgeDays'),
  },
  {
    id: 'gasCostUsd',
    label: t('calc.field.gas'),
    unit: 'USD',
    optional: true,
    parse: (t) => nonNegative(t, 'gasCostUsd'),
  },
];

export type FormValues = { kind: PoolKind } & Record<FieldId, string> & {
    /** Token symbols when a pool is known; prices are typed in quote per base ("USDC per WETH"). */
    symbol0?: string;
    symbol1?: string;
    quote: TokenSide;
    /** From live data only (never typed): the pool's in-range liquidity and token1's USD price. */
    activeLiquidity?: string;
    token1PriceUsd?: string;
    /** Where the figures come from, said above the result: live data or an example. */
    origin: 'example' | 'page' | 'live';
  };

/** The unit the price fields are typed in. */
export function priceUnit(values: FormValues): string {
  return priceOrientation(values, values.quote).unit;
}

/** Turns the prices round: the typed price and range are converted, so they still mean the same pool state. */
export function flipQuote(values: FormValues): FormValues {
  const inverse = (text: string) => {
    try {
      return new Decimal(1).div(positive(text, 'price')).toSignificantDigits(8).toString();
    } catch {
      return '';
    }
  };
  return {
    ...values,
    quote: otherSide(values.quote),
    price: inverse(values.price),
    priceLower: inverse(values.priceUpper),
    priceUpper: inverse(values.priceLower),
  };
}

/** Volatility defaults per kind: 80 % is typical of ETH/USDC, 2 % of a USD stablecoin pair (a peg that holds). */
export const DEFAULT_VOLATILITY_PCT: Record<PoolKind, string> = {
  'constant-product': '80',
  concentrated: '80',
  weighted: '80',
  stableswap: '2',
};

/** Switching the kind: a volatility still at the old kind's default takes the new kind's. */
export function withKind(values: FormValues, kind: PoolKind): FormValues {
  const untouched = values.volatilityPct === DEFAULT_VOLATILITY_PCT[values.kind];
  return { ...values, kind, ...(untouched ? { volatilityPct: DEFAULT_VOLATILITY_PCT[kind] } : {}) };
}

/** A worked example an LP will recognise: a busy 0.30 % pool, $10k for 30 days at 80 % volatility. */
export const DEFAULT_VALUES: FormValues = {
  kind: 'constant-product',
  quote: 'token1',
  origin: 'example',
  feeTierPct: '0.3',
  protocolFeePct: '',
  tvlUsd: '10000000',
  volume24hUsd: '5000000',
  depositUsd: '10000',
  horizonDays: '30',
  volatilityPct: '80',
  price: '2000',
  priceLower: '1500',
  priceUpper: '2500',
  weight0Pct: '80',
  amplification: '200',
  stablePrice: '1.001',
  rewardAprPct: '',
  poolAgeDays: '',
  gasCostUsd: '',
};

export const visibleFields = (kind: PoolKind) => FIELDS.filter((f) => !f.kinds || f.kinds.includes(kind));

export type CalculatorResult =
  | { ok: true; analysis: Analysis; errors: Partial<Record<FieldId, string>> }
  | { ok: false; errors: Partial<Record<FieldId, string>> };

/** Core field names that map back to a form field, for errors core raises across fields. */
const CORE_FIELD_TO_FORM: Record<string, FieldId> = {
  priceLower: 'priceLower',
  priceUpper: 'priceUpper',
  price: 'price',
  feeTier: 'feeTierPct',
  protocolFeeFraction: 'protocolFeePct',
  tvlUsd: 'tvlUsd',
  volume24hUsd: 'volume24hUsd',
  depositUsd: 'depositUsd',
  horizonDays: 'horizonDays',
  volatility: 'volatilityPct',
  amplification: 'amplification',
  weights: 'weight0Pct',
  rewardApr: 'rewardAprPct',
  poolAgeDays: 'poolAgeDays',
  gasCostUsd: 'gasCostUsd',
};

/** Readable error text: core's message without its field prefix (the label already names the field). */
/** The error said for people, about the field as the form labels it. */
const messageOf = (e: LpInputError, id: FieldId) => {
  const spec = FIELDS.find((field) => field.id === id);
  return humanInputError(e, { name: spec ? spec.label : t('calc.thisValue') });
};

export function calculate(values: FormValues): CalculatorResult {
  const errors: Partial<Record<FieldId, string>> = {};
  const parsed: Partial<Record<FieldId, Decimal>> = {};
  for (const field of visibleFields(values.kind)) {
    const text = values[field.id].trim();
    if (text === '' && field.optional) continue;
    try {
      parsed[field.id] = field.parse(text);
    } catch (e) {
      if (!(e instanceof LpInputError)) throw e;
      errors[field.id] = messageOf(e, field.id);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    return { ok: true, analysis: analyzePosition(toAnalysisInput(values, parsed)), errors };
  } catch (e) {
    if (!(e instanceof LpInputError)) throw e;
    const field =
      CORE_FIELD_TO_FORM[e.field] ?? (values.kind === 'stableswap' && e.field === 'price' ? 'stablePrice' : undefined);
    const id = field ?? 'depositUsd';
    return { ok: false, errors: { [id]: messageOf(e, id) } };
  }
}

function toAnalysisInput(values: FormValues, v: Partial<Record<FieldId, Decimal>>): AnalysisInput {
  const { kind } = values;
  const pool: AnalysisInput['pool'] =
    kind === 'concentrated'
      ? { kind, ...poolPrices(values.quote, v) }
      : kind === 'weighted'
        ? { kind, weights: [v.weight0Pct, new Decimal(1).minus(v.weight0Pct!)] }
        : kind === 'stableswap'
          ? { kind, amplification: v.amplification, price: v.stablePrice }
          : { kind };
  return {
    pool,
    feeTier: v.feeTierPct,
    protocolFeeFraction: v.protocolFeePct,
    tvlUsd: v.tvlUsd,
    volume24hUsd: v.volume24hUsd,
    depositUsd: v.depositUsd,
    horizonDays: v.horizonDays,
    volatility: v.volatilityPct,
    rewardApr: v.rewardAprPct,
    poolAgeDays: v.poolAgeDays,
    gasCostUsd: v.gasCostUsd,
    quote: values.quote,
    ...(kind === 'concentrated' && values.activeLiquidity && values.token1PriceUsd
      ? { activeLiquidity: values.activeLiquidity, token1PriceUsd: values.token1PriceUsd }
      : {}),
  };
}

/** Prices typed in quote per base, as core takes them (token0 in token1): turned round, the bounds swap. */
function poolPrices(quote: TokenSide, v: Partial<Record<FieldId, Decimal>>) {
  if (quote === 'token1') return { price: v.price, priceLower: v.priceLower, priceUpper: v.priceUpper };
  const inverse = (d: Decimal | undefined) => (d === undefined ? undefined : new Decimal(1).div(d));
  return { price: inverse(v.price), priceLower: inverse(v.priceUpper), priceUpper: inverse(v.priceLower) };
}

/** The pool-wide figures only live data can give: left empty for a known pool, never an example's. */
const POOL_FIGURES_UNKNOWN = { tvlUsd: '', volume24hUsd: '', volatilityPct: '' } as const;

/**
 * Pre-fills the calculator with what the tab's URL and page say: the pool kind, fee tier and a typed range.
 * The pool's TVL, volume and volatility are not on the page: they stay empty (the form asks for them),
 * so the example's figures are never shown as this pool's.
 */
export function valuesFromPage(url: string, facts: PageFacts): FormValues {
  const ref = detectPoolPage(url);
  const kind = poolKindFor({ ref, facts }) ?? DEFAULT_VALUES.kind;
  const values: FormValues = {
    ...DEFAULT_VALUES,
    ...POOL_FIGURES_UNKNOWN,
    kind,
    origin: 'page',
    ...(facts.symbol0 ? { symbol0: facts.symbol0 } : {}),
    ...(facts.symbol1 ? { symbol1: facts.symbol1 } : {}),
  };
  if (facts.feeTier) values.feeTierPct = new Decimal(facts.feeTier).mul(100).toString();
  if (facts.price) values.price = facts.price;
  if (facts.priceLower) values.priceLower = facts.priceLower;
  if (facts.priceUpper) values.priceUpper = facts.priceUpper;
  return values;
}

/**
 * The calculator for a pool with live data: it starts from the live figures (the same ones the verdict above
 * it used, projections on the same volume basis), so changing one figure shows what that one change does.
 */
export function valuesFromLive(snapshot: PoolSnapshot, live: LiveAnalysis, depositUsd: string): FormValues {
  const f = snapshot.figures;
  const kind = live.kind ?? DEFAULT_VALUES.kind;
  const percentText = (fraction: string | undefined) =>
    fraction === undefined ? '' : new Decimal(fraction).mul(100).toSignificantDigits(6).toString();
  const analysed = live.analysis;
  const values: FormValues = {
    ...DEFAULT_VALUES,
    kind,
    origin: 'live',
    quote: live.orientation?.quote ?? 'token1',
    ...(f.symbol0 ? { symbol0: f.symbol0 } : {}),
    ...(f.symbol1 ? { symbol1: f.symbol1 } : {}),
    feeTierPct: percentText(f.feeTier),
    tvlUsd: f.tvlUsd ?? '',
    volume24hUsd: live.projectionVolume?.dailyUsd.toSignificantDigits(12).toString() ?? '',
    volatilityPct: percentText(f.volatility),
    depositUsd: analysed ? analysed.depositUsd.toString() : depositUsd,
    ...(f.amplification ? { amplification: f.amplification } : {}),
    ...(kind === 'stableswap' && f.price ? { stablePrice: f.price } : {}),
  };
  if (kind === 'concentrated' && f.price && live.orientation) {
    const quoted = (p: Decimal) => (values.quote === 'token1' ? p : new Decimal(1).div(p));
    values.price = quoted(new Decimal(f.price)).toSignificantDigits(8).toString();
    const model = live.range;
    const low = model ? quoted(values.quote === 'token1' ? model.priceLower : model.priceUpper) : null;
    const high = model ? quoted(values.quote === 'token1' ? model.priceUpper : model.priceLower) : null;
    // No range known: a range of ±20 % around the price, for the user to set (the field says so).
    values.priceLower = (low ?? new Decimal(values.price).mul('0.8')).toSignificantDigits(8).toString();
    values.priceUpper = (high ?? new Decimal(values.price).mul('1.2')).toSignificantDigits(8).toString();
    const { activeLiquidityRaw, decimals0, decimals1, token1PriceUsd } = f;
    if (activeLiquidityRaw !== undefined && decimals0 !== undefined && decimals1 !== undefined && token1PriceUsd) {
      values.activeLiquidity = rawLiquidityToHuman(activeLiquidityRaw, decimals0, decimals1).toString();
      values.token1PriceUsd = token1PriceUsd;
    }
  }
  return values;
}
