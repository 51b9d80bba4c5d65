/**
 * GeckoTerminal's answers for PancakeSwap v3 USDT/WBNB 0.01 % on BSC (the pool of the fake position in
 * pancake-v3-position.ts), so the position page gets TVL, volume, USD prices and candles. Shapes as
 * geckoterminal-balancer.ts (docs.coingecko.com/reference/pool-address; ohlcv rows `[unix_s, o, h, l, c, volume_usd]`,
 * newest first). Prices agree with the fake chain: USDT $1, WBNB $625, 0.0016 WBNB per USDT.
 */
import type { FakeHost } from './types';

const POOL = '0x172fcd41e0913e95784454622d1c3724f546f849';
const USDT = '0x55d398326f99059ff775485246999027b3197955';
const WBNB = '0xbb4cdb9cbd36b01bd1cbea8b45eb96d4d6b7e6ca';

const token = (address: string, name: string, symbol: string) => ({
  id: `bsc_${address}`,
  type: 'token',
  attributes: { address, name, symbol, decimals: 18, image_url: null, coingecko_coin_id: null },
});

const POOL_BODY = {
  data: {
    id: `bsc_${POOL}`,
    type: 'pool',
    attributes: {
      base_token_price_usd: '1.0',
      base_token_price_native_currency: '0.0016',
      quote_token_price_usd: '625',
      quote_token_price_native_currency: '1.0',
      base_token_price_quote_token: '0.0016',
      quote_token_price_base_token: '625.0',
      address: POOL,
      name: 'USDT / WBNB 0.01%',
      pool_name: 'USDT / WBNB',
      pool_fee_percentage: '0.01',
      pool_created_at: '2023-04-03T10:11:12Z',
      fdv_usd: '150000000000',
      market_cap_usd: null,
      price_change_percentage: { m5: '0', m15: '0.02', m30: '0.05', h1: '-0.1', h6: '0.3', h24: '0.9' },
      transactions: {
        m5: { buys: 40, sells: 38, buyers: 30, sellers: 29 },
        m15: { buys: 120, sells: 110, buyers: 80, sellers: 75 },
        m30: { buys: 240, sells: 230, buyers: 160, sellers: 150 },
        h1: { buys: 480, sells: 470, buyers: 300, sellers: 290 },
        h6: { buys: 2900, sells: 2800, buyers: 1500, sellers: 1450 },
        h24: { buys: 11500, sells: 11200, buyers: 5200, sellers: 5100 },
      },
      volume_usd: { m5: '250000', m15: '800000', m30: '1600000', h1: '3300000', h6: '20000000', h24: '80000000' },
      reserve_in_usd: '40000000',
      locked_liquidity_percentage: null,
    },
    relationships: {
      base_token: { data: { id: `bsc_${USDT}`, type: 'token' } },
      quote_token: { data: { id: `bsc_${WBNB}`, type: 'token' } },
      dex: { data: { id: 'pancakeswap-v3-bsc', type: 'dex' } },
    },
  },
  included: [token(USDT, 'Tether USD', 'USDT'), token(WBNB, 'Wrapped BNB', 'WBNB')],
};

/** 31 daily candles ending with today's, USDT in WBNB swinging 2 % a day around 0.0016, $80 M traded a day. */
function candles(): string {
  const day = 86_400;
  const today = Math.floor(Date.now() / 1000 / day) * day;
  const rows = Array.from({ length: 31 }, (_, i) => {
    const close = i % 2 === 0 ? 0.0016 : 0.001632;
    const open = i % 2 === 0 ? 0.001632 : 0.0016;
    return [today - i * day, open, 0.00165, 0.00159, close, 80_000_000];
  });
  return JSON.stringify({
    data: { id: 'pancake-usdt-wbnb', type: 'ohlcv_request_response', attributes: { ohlcv_list: rows } },
  });
}

export const geckoTerminalPancakeBsc: FakeHost = {
  host: 'api.geckoterminal.com',
  body(path) {
    if (path.includes(`/networks/bsc/pools/${POOL}/ohlcv/`)) return candles();
    if (path.includes(`/networks/bsc/pools/${POOL}`)) return JSON.stringify(POOL_BODY);
    return null;
  },
};
