/**
 * npm run bench: median time of one full analysis (all metrics + the price grid + break-even + warnings)
 * per pool kind. Targets from the foundation issue: < 1 ms for constant product and concentrated,
 * < 5 ms for stableswap. Timings only; nothing here passes or fails a test.
 */
import { analyzePosition, type AnalysisInput } from '../../core/index';

const common = {
  feeTier: '0.003',
  tvlUsd: '10000000',
  volume24hUsd: '5000000',
  depositUsd: '10000',
  horizonDays: '30',
  volatility: '0.8',
  gasCostUsd: '20',
  poolAgeDays: '400',
};

export const BENCH_CASES: Record<string, AnalysisInput> = {
  'constant product': { ...common, pool: { kind: 'constant-product' } },
  'concentrated ±25 %': {
    ...common,
    pool: { kind: 'concentrated', price: '2000', priceLower: '1500', priceUpper: '2500' },
  },
  'weighted 80/20': { ...common, pool: { kind: 'weighted', weights: ['0.8', '0.2'] } },
  'stableswap A=200': {
    ...common,
    feeTier: '0.0004',
    volatility: '0.02',
    pool: { kind: 'stableswap', amplification: '200', price: '1.001' },
  },
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeAnalysis(input: AnalysisInput, runs: number): number {
  for (let i = 0; i < 50; i++) analyzePosition(input); // warm the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyzePosition(input);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const targets: Record<string, number | undefined> = {
  'constant product': 1,
  'concentrated ±25 %': 1,
  'stableswap A=200': 5,
};
function runAnalysisBench(): void {
  console.log(`Full analysis, median of 300 runs (Node ${process.version}):`);
  for (const [name, input] of Object.entries(BENCH_CASES)) {
    const ms = timeAnalysis(input, 300);
    const target = targets[name];
    const verdict =
      target === undefined
        ? '(no target)'
        : ms < target
          ? `(target < ${target} ms: met)`
          : `(target < ${target} ms: MISSED)`;
    console.log(`  ${name.padEnd(22)} ${ms.toFixed(3)} ms ${verdict}`);
  }
}

// Run only as the bench script itself, not when another bench imports its helpers.
if (import.meta.url === `file://${process.argv[1]}`) runAnalysisBench();
