import { describe, expect, it } from 'vitest';
import { depositFromPage } from '../../../../lib/present/page-deposit';

// The fixture pool: USDC/WETH at 0.0004 WETH per USDC, WETH at $2,500.
const pool = { symbol0: 'USDC', symbol1: 'WETH', price: '0.0004', token1PriceUsd: '2500' };

describe('the deposit typed on an add-liquidity page', () => {
  it('values each amount with the pool prices: 0.5 ETH + 1,000 USDC = $1,250 + $1,000', () => {
    const deposit = depositFromPage(
      {
        depositAmounts: [
          { symbol: 'ETH', amount: '0.5' },
          { symbol: 'USDC', amount: '1000' },
        ],
      },
      pool,
    );
    // USDC: 0.0004 WETH x $2,500 = $1 each.
    expect(deposit!.usd.toString()).toBe('2250');
    expect(deposit!.note).toBe("0.5 ETH + 1000 USDC typed on the page, worth $2,250.00 at the pool's prices");
  });

  it('one side typed (a range outside the price takes one token) counts alone', () => {
    expect(depositFromPage({ depositAmounts: [{ symbol: 'WETH', amount: '2' }] }, pool)!.usd.toString()).toBe('5000');
  });

  it('a symbol the pool does not have, the same token twice or no USD price: the amounts are not used', () => {
    expect(depositFromPage({ depositAmounts: [{ symbol: 'DAI', amount: '5' }] }, pool)).toBeNull();
    expect(
      depositFromPage(
        {
          depositAmounts: [
            { symbol: 'ETH', amount: '1' },
            { symbol: 'WETH', amount: '1' },
          ],
        },
        pool,
      ),
    ).toBeNull();
    expect(
      depositFromPage({ depositAmounts: [{ symbol: 'WETH', amount: '1' }] }, { ...pool, token1PriceUsd: undefined }),
    ).toBeNull();
    expect(depositFromPage({}, pool)).toBeNull();
  });
});
