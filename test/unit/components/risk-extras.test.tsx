/**
 * The liquidity-mining view renders its model as headed sections of text: rewards with the stress line,
 * token checks, gas and exit cost, the net and its verdict, then the warnings. A hostile symbol stays text.
 */
import { Window } from 'happy-dom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../core/index';
import { RiskExtras } from '../../../components/RiskExtras';
import { buildExtrasView } from '../../../lib/present/extras-model';
import type { PoolSnapshot } from '../../../lib/messages/pool-data';

const NOW = 1_700_000_000_000;
const EVIL = '<img src=x onerror=alert(1)>';

const snapshot: PoolSnapshot = {
  chain: 'base',
  address: `0x${'c'.repeat(40)}`,
  figures: {
    symbol0: 'USDC',
    symbol1: 'WETH',
    tvlUsd: '1000000',
    feeTier: '0.003',
    gaugeRewards: [{ symbol: EVIL, apr: '0.5', endsAt: null, needsStaking: true, label: 'Aerodrome gauge' }],
  },
  sources: { gaugeRewards: { provider: 'fake', name: 'on-chain (JSON-RPC)', fetchedAt: NOW - 30_000 } },
};

describe('RiskExtras', () => {
  const view = buildExtrasView({
    snapshot,
    depositUsd: new Decimal(1000),
    horizonDays: new Decimal(30),
    now: NOW,
    feeApr: new Decimal('0.1'),
    expectedFeesUsd: new Decimal(8),
    lvrCostUsd: new Decimal(2),
    gasKind: 'uniswap-v3',
  });
  const window = new Window();
  const root = window.document.createElement('div');
  render(<RiskExtras view={view} />, root as unknown as Element);
  const text = (testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent;

  it('has one heading for the view and one per part, in reading order', () => {
    const headings = [...root.querySelectorAll('h2, h3')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings).toEqual([
      'H2 Liquidity mining, net',
      'H3 Fees and rewards',
      'H3 Token checks',
      'H3 Getting in and out',
      'H3 Net over 30 days',
    ]);
  });

  it('puts a warning list passed as children after the net (a lookup without an analysis has no other)', () => {
    const withList = window.document.createElement('div');
    render(
      <RiskExtras view={view}>
        <h2>Warnings</h2>
      </RiskExtras>,
      withList as unknown as Element,
    );
    const headings = [...withList.querySelectorAll('h2, h3')].map((h) => h.textContent);
    expect(headings.slice(-2)).toEqual(['Net over 30 days', 'Warnings']);
  });

  it('says each figure, and what is unknown', () => {
    expect(text('extras-base-apr')).toBe('Base (fee) APR, pool-wide on 24 h volume: 10.00 %');
    // Gauge rewards need staking; staking gas is not measured: unknown, and so is the net's gas.
    expect(text('extras-gas')).toBe('Gas: unknown (no measured gas units for this pool type)');
    expect(text('extras-exit-cost')).toBe("Exit cost: unknown (the pool's reserves were not read)");
    expect(text('extras-verdict')).toBe('No verdict: gas, exit cost unknown.');
    expect(root.querySelector('[data-testid="extras-token-checks"] li')?.textContent).toBe(
      'Token checks: unknown (no answer from the token security source)',
    );
  });

  it('renders a hostile symbol as text, never markup', () => {
    expect(root.querySelector('img')).toBeNull();
    expect(text('extras-reward')).toContain(
      'rewards: 50.00 % APR (no end given; needs staking; Aerodrome gauge; on-chain (JSON-RPC), 30 s ago)',
    );
    expect(text('extras-stress')).toMatch(/^If .+ falls 50 % over 30 days, the total APR becomes 47\.50 %/);
  });
});
