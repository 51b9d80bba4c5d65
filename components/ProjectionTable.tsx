import { symbolForDisplay, type GridRow } from '../core/index';
import { move, percent, usd } from '../lib/present/format';
import type { PoolTokens } from './AnalysisView';

/** IL and the net result against holding under price moves of token0 in token1. */
export function ProjectionTable({
  rows,
  horizonDays,
  symbols,
}: {
  rows: GridRow[];
  horizonDays: string;
  symbols: PoolTokens;
}) {
  const name = (symbol: string | undefined, fallback: string) => (symbol ? symbolForDisplay(symbol) : fallback);
  return (
    <section class="lens-section" aria-label="Price moves">
      <h2>
        If the price of {name(symbols.symbol0, 'token0')} in {name(symbols.symbol1, 'token1')} moves
      </h2>
      <table class="lens-table" data-testid="grid">
        <thead>
          <tr>
            <th scope="col">Move</th>
            <th scope="col">IL (%)</th>
            <th scope="col">IL (USD)</th>
            <th scope="col">Fees + IL vs hold, {horizonDays} d (USD)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.move.toString()} data-testid={`grid-row-${row.move.toString()}`}>
              <th scope="row">{move(row.move)}</th>
              <td data-testid="grid-il">{percent(row.il)}</td>
              <td>{usd(row.ilUsd)}</td>
              <td class={row.netVsHoldUsd.isNegative() ? 'lens-loss' : 'lens-gain'}>
                {usd(row.netVsHoldUsd, { signed: true })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
