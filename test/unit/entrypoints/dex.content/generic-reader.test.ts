import { said } from '../../said';
import { describe, expect, it } from 'vitest';
import { readDepositAmounts } from '../../../../entrypoints/dex.content/readers/generic';
import { documentOf } from './fixture-dom';

/** The two CurrencyInputPanels of Uniswap's add-liquidity form (see test/fixtures/pages/dex.html for the source). */
const form = (symbolA: string, amountA: string, symbolB: string, amountB: string) => `
  <div id="add-liquidity-input-tokena">
    <button class="open-currency-select-button"><span class="token-symbol-container">${symbolA}</span></button>
    <input class="token-amount-input" value="${amountA}" />
  </div>
  <div id="add-liquidity-input-tokenb">
    <button class="open-currency-select-button"><span class="token-symbol-container">${symbolB}</span></button>
    <input class="token-amount-input" value="${amountB}" />
  </div>`;

describe('amounts typed into an add-liquidity form', () => {
  it('reads each side with the symbol shown next to it', () => {
    expect(said(readDepositAmounts(documentOf(form('ETH', '0.5', 'USDC', '1,000'))))).toEqual({
      depositAmounts: [
        { symbol: 'ETH', amount: '0.5' },
        { symbol: 'USDC', amount: '1000' },
      ],
      readFrom: { depositAmounts: 'add-liquidity form' },
    });
  });

  it('skips a side left empty or at zero, and text that is not an amount', () => {
    expect(said(readDepositAmounts(documentOf(form('ETH', '', 'USDC', '250'))))).toEqual({
      depositAmounts: [{ symbol: 'USDC', amount: '250' }],
      readFrom: { depositAmounts: 'add-liquidity form' },
    });
    expect(said(readDepositAmounts(documentOf(form('ETH', '0', 'USDC', 'abc'))))).toEqual({});
    expect(said(readDepositAmounts(documentOf('<p>no form</p>')))).toEqual({});
  });
});
