/**
 * GeckoTerminal's pool answer for the PancakeSwap Infinity CL pool of pancake-infinity-cl.ts (BNB/USDT on BSC,
 * listed by its PoolId), so the Infinity position page has a USD price for its tokens. Shape as
 * geckoterminal-pancake-bsc.ts (docs.coingecko.com/reference/pool-address); the native BNB is listed as WBNB.
 * Prices agree with the fake chain: USDT $1, BNB $625, 625 USDT per BNB; candles as geckoterminal-pancake-bsc.ts's,
 * BNB in USDT swinging 2 % a day around 625 (ohlcv rows `[unix_s, o, h, l, c, volume_usd]`, newest first).
 */
import { INFINITY_CL_POOL } from './pancake-infinity-cl';
import type { FakeHost } from './types';

const USDT = '0x55d398326f99059ff775485246999027b3197955';
const WBNB = '0xbb4cdb9cbd36b01bd1cbea8b45eb96d4d6b7e6ca';

const token = (address: string, name: string, symbol: string) => ({
  id: `bsc_${address}`,
  type: 'token',
  attributes: { address, name, symbol, decimals: 18, image_url: null, coingecko_coin_id: null },
});

const POOL_BODY = {
  data: {
    id: `bsc_${INFINITY_CL_POOL}`,
    type: 'pool',
    attributes: {
      base_token_price_usd: '625',
      base_token_price_native_currency: '1.0',
      quote_token_price_usd: '1.0',
      quote_token_price_native_currency: '0.0016',
      base_token_price_quote_token: '625.0',
      quote_token_price_base_token: '0.0016',
      address: INFINITY_CL_POOL,
      name: 'BNB / USDT',
      pool_name: 'BNB / USDT',
      pool_fee_percentage: null,
      pool_created_at: '2025-04-22T10:11:12Z',
      fdv_usd: null,
      market_cap_usd: null,
      price_change_percentage: { m5: '0', m15: '0', m30: '0', h1: '0', h6: '0', h24: '0.5' },
      transactions: {
        h24: { buys: 1000, sells: 1000, buyers: 500, sellers: 500 },
      },
      volume_usd: { m5: '1000', m15: '3000', m30: '6000', h1: '12000', h6: '70000', h24: '300000' },
      reserve_in_usd: '2000000',
      locked_liquidity_percentage: null,
    },
    relationships: {
      base_token: { data: { id: `bsc_${WBNB}`, type: 'token' } },
      quote_token: { data: { id: `bsc_${USDT}`, type: 'token' } },
      dex: { data: { id: 'pancakeswap-infinity-cl-bsc', type: 'dex' } },
    },
  },
  included: [token(WBNB, 'Wrapped BNB', 'WBNB'), token(USDT, 'Tether USD', 'USDT')],
};

function candles(): string {
  const day = 86_400;
  const today = Math.floor(Date.now() / 1000 / day) * day;
  const rows = Array.from({ length: 31 }, (_, i) => {
    const close = i % 2 === 0 ? 625 : 637.5;
    const open = i % 2 === 0 ? 637.5 : 625;
    return [today - i * day, open, 640, 620, close, 300_000];
  });
  return JSON.stringify({
    data: { id: 'infinity-bnb-usdt', type: 'ohlcv_request_response', attributes: { ohlcv_list: rows } },
  });
}

export const geckoTerminalInfinityBsc: FakeHost = {
  host: 'api.geckoterminal.com',
  body(path) {
    if (path.includes(`/networks/bsc/pools/${INFINITY_CL_POOL}/ohlcv/`)) return candles();
    if (path.includes(`/networks/bsc/pools/${INFINITY_CL_POOL}`)) return JSON.stringify(POOL_BODY);
    return null;
  },
};
