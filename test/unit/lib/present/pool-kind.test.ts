import { describe, expect, it } from 'vitest';
import { detectPoolPage } from '../../../../core/index';
import type { PoolSnapshot } from '../../../../lib/messages/pool-data';
import { poolKindFor } from '../../../../lib/present/pool-kind';

const snapshot = (figures: PoolSnapshot['figures']): PoolSnapshot => ({
  chain: 'ethereum',
  address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
  figures,
  sources: {},
});
const GECKO = detectPoolPage('https://www.geckoterminal.com/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640');
const UNI = detectPoolPage('https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640');

describe('poolKindFor: one decision for the overlay, the popup and the calculator', () => {
  it('the URL decides first, then the page badge, then the data', () => {
    expect(
      poolKindFor({
        ref: detectPoolPage('https://curve.finance/dex/ethereum/pools/3pool/deposit'),
        snapshot: snapshot({ dex: 'uniswap_v3' }),
      }),
    ).toBe('stableswap');
    expect(poolKindFor({ ref: UNI, facts: { version: 'v2' }, snapshot: snapshot({ activeLiquidityRaw: '1' }) })).toBe(
      'constant-product',
    );
    expect(poolKindFor({ ref: GECKO, facts: {}, snapshot: snapshot({ dex: 'uniswap_v3' }) })).toBe('concentrated');
  });
  it('from the data: on-chain liquidity or a v3-like dex means concentrated, A means stableswap, v2 constant product', () => {
    expect(poolKindFor({ snapshot: snapshot({ activeLiquidityRaw: '1' }) })).toBe('concentrated');
    expect(poolKindFor({ snapshot: snapshot({ dex: 'aerodrome-slipstream' }) })).toBe('concentrated');
    expect(poolKindFor({ snapshot: snapshot({ amplification: '200', coinCount: 2 }) })).toBe('stableswap');
    expect(poolKindFor({ snapshot: snapshot({ dex: 'uniswap_v2' }) })).toBe('constant-product');
    expect(poolKindFor({ snapshot: snapshot({}) })).toBeNull();
    expect(poolKindFor({ ref: GECKO })).toBeNull();
  });
});
