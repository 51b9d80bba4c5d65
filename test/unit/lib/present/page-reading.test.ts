import { describe, expect, it } from 'vitest';
import { pageReading } from '../../../../lib/present/page-reading';

describe('what the overlay read on the page, and what it could not', () => {
  it('an add-liquidity form of a concentrated pool should give the pair, fee tier, range and price', () => {
    const reading = pageReading(
      {
        symbol0: 'WETH',
        symbol1: 'USDC',
        priceLower: '1500',
        priceUpper: '2500',
        readFrom: { pair: 'page title', priceLower: 'input under "Min price"', priceUpper: 'input under "Max price"' },
      },
      'add-liquidity',
      'concentrated',
    );
    expect(reading).toEqual({
      read: ['pair (page title)', 'range (input under "Min price")'],
      notRead: ['fee tier', 'current price'],
    });
  });

  it('a pool page should give the pair and fee tier; a position page the pair', () => {
    expect(pageReading({}, 'pool', 'constant-product').notRead).toEqual(['pair', 'fee tier']);
    expect(pageReading({ symbol0: 'A', symbol1: 'B' }, 'position', 'concentrated')).toEqual({
      read: ['pair'],
      notRead: [],
    });
  });
});
