import { symbolForDisplay, type GridRow } from '../core/index';
import { move, percent, usd } from '../lib/present/format';
import type { PoolTokens } from './AnalysisView';
import { t } from '../lib/i18n/index';

/** A token's display name: its symbol when known, else "token0" / "token1". */
export function tokenName(symbols: PoolTokens, side: 'token0' | 'token1'): string {
  const symbol = side === 'token0' ? symbols.symbol0 : symbols.symbol1;
  return symbol ? symbolForDisplay(symbol) : side;
}

/** What the position holds at a row's price: both tokens, or only one once the price has left the range. */
function holdings(row: GridRow, symbols: PoolTokens): string {
  const holds = row.composition?.holds;
  if (!holds) return '';
  return holds === 'both' ? t('grid.both') : t('grid.only', { token: tokenName(symbols, holds) });
}

/**
 * IL and the result against holding under moves of one token's price in the other. The moving token is the
 * one the user prices (WETH in USDC); USD figures hold the quote token at its USD price. Fees count only the
 * expected days in range on a path to each row's price, so rows far outside a range earn little or nothing.
 */
export function ProjectionTable({
  rows,
  horizonDays,
  symbols,
}: {
  rows: GridRow[];
  horizonDays: string;
  symbols: PoolTokens;
}) {
  const moving = rows[0]?.movingToken ?? 'token0';
  const movingName = tokenName(symbols, moving);
  const quoteName = tokenName(symbols, moving === 'token0' ? 'token1' : 'token0');
  const hasRange = rows.some((row) => row.composition !== null && row.composition.holds !== 'both');
  return (
    <section class="lens-section" aria-label={t('grid.label')}>
      <h2 data-testid="grid-title">{t('grid.title', { token: movingName, quote: quoteName, days: horizonDays })}</h2>
      <table class="lens-table" data-testid="grid">
        <thead>
          <tr>
            <th scope="col">{t('grid.price', { token: movingName })}</th>
            <th scope="col">{t('grid.il')}</th>
            <th scope="col">{t('grid.fees')}</th>
            <th scope="col">{t('grid.net')}</th>
            {hasRange && <th scope="col">{t('grid.holds')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.move.toString()} data-testid={`grid-row-${row.move.toString()}`}>
              <th scope="row">{move(row.move)}</th>
              <td>
                <span data-testid="grid-il">{percent(row.il)}</span>{' '}
                <small data-testid="grid-il-usd">{usd(row.ilUsd)}</small>
              </td>
              <td data-testid="grid-fees">{usd(row.feesUsd)}</td>
              <td class={row.netVsHoldUsd.isNegative() ? 'lens-loss' : 'lens-gain'} data-testid="grid-net">
                {usd(row.netVsHoldUsd, { signed: true })}
              </td>
              {hasRange && <td data-testid="grid-holds">{holdings(row, symbols)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
