/**
 * The popup's lookup of a Curve pool of three coins shows the same depeg IL table as the overlay: one coin
 * leaving the peg, from A and the coin count, with its basis.
 */
import { Window } from 'happy-dom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { detectPoolPage } from '../../../core/index';
import { LiveResult } from '../../../components/LiveResult';

const NOW = 1_700_000_000_000;
const rpc = { provider: 'rpc', name: 'on-chain (JSON-RPC)', fetchedAt: NOW - 30_000 };

describe('popup: a Curve pool of three coins', () => {
  it('shows the depeg IL table with its basis', () => {
    const window = new Window();
    const root = window.document.createElement('div');
    render(
      <LiveResult
        response={{
          type: 'lens:pool-lookup',
          status: 'ok',
          snapshot: {
            chain: 'ethereum',
            address: '0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7',
            figures: { amplification: '2000', coinCount: 3 },
            sources: { amplification: rpc, coinCount: rpc },
          },
          notes: [],
        }}
        depositUsd="1000"
        page={{ ref: detectPoolPage('https://curve.finance/dex/ethereum/pools/3pool/deposit') }}
        now={NOW}
      />,
      root as unknown as Element,
    );
    const table = root.querySelector('[data-testid="lookup-depeg"]')!;
    expect(table.textContent).toContain('if the price of one coin against the other 2 moves, for 3 coins, A 2000');
    // core's ilStableswapN(A 2000, 3 coins, one coin at 0.95): 3 (0.95 x 0.9033248 + 2 x 0.0496408) / 2.95 - 1
    // = -0.026332 -> "-2.63 %".
    expect(root.querySelector('[data-testid="lookup-depeg--0.05"]')!.textContent).toBe('-2.63 %');
  });
});
