import { describe, expect, it } from 'vitest';
import { detectPoolPage } from '../../../core/index';
import { buildOverlayModel } from '../../../components/overlay-model';

const ref = (url: string) => {
  const r = detectPoolPage(url);
  if (!r) throw new Error(`not a pool page: ${url}`);
  return r;
};
const UNI = 'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';

describe('overlay model', () => {
  it('a v2 pair gets exact constant-product IL and names what is missing', () => {
    const m = buildOverlayModel(ref(UNI), { symbol0: 'USDC', symbol1: 'WETH', version: 'v2', feeTier: '0.003' });
    expect(m.pool).toBe('USDC / WETH');
    expect(m.poolKind).toBe('constant-product');
    expect(m.ilRows!.find((r) => r.move.eq(1))!.il.mul(100).toDecimalPlaces(3).toString()).toBe('-5.719');
    expect(m.feeTier!.toString()).toBe('0.003');
    expect(m.missing[0]).toMatch(/TVL and 24 h volume/);
  });
  it('a v3 pool without a range shows no IL figures', () => {
    const m = buildOverlayModel(ref(UNI), { version: 'v3' });
    expect(m.ilRows).toBeNull();
    expect(m.pool).toBe('pool 0x88e6…5640');
    expect(m.missing.join(' ')).toMatch(/depends on its range/);
    expect(m.missing.join(' ')).toMatch(/Fee tier: not shown/);
  });
  it('a typed range gives range IL, and an out-of-range price raises the warning', () => {
    const inRange = buildOverlayModel(ref(UNI), { version: 'v3', price: '2000', priceLower: '1500', priceUpper: '2500' });
    expect(inRange.ilRows).not.toBeNull();
    expect(inRange.warnings).toEqual([]);
    const outside = buildOverlayModel(ref(UNI), { version: 'v3', price: '2000', priceLower: '1500', priceUpper: '1800' });
    expect(outside.warnings.map((w) => `${w.id}:${w.severity}`)).toEqual(['price-out-of-range:danger']);
  });
  it('a half-typed or swapped range is ignored rather than guessed', () => {
    const m = buildOverlayModel(ref(UNI), { version: 'v3', price: '2000', priceLower: '2500', priceUpper: '1500' });
    expect(m.ilRows).toBeNull();
  });
  it('the fee tier in a pair URL is read in hundredths of a basis point', () => {
    const m = buildOverlayModel(ref('https://app.uniswap.org/add/0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48/500'), {});
    expect(m.feeTier?.toString()).toBe('0.0005');
  });
  it('aggregator pages say the pool type is unknown', () => {
    const m = buildOverlayModel(ref('https://dexscreener.com/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640'), {});
    expect(m.poolKind).toBeNull();
    expect(m.missing.join(' ')).toMatch(/pool type .* is not known/);
  });
});
