/**
 * GeckoTerminal's answers for the Balancer v2 80BAL/20WETH pool on Ethereum (the pool contract the fake chain's
 * FAKE_BALANCER_POOL answers weights and swap fee for), so its page gets TVL, volume and candles before the
 * weighted IL is worked out. Shapes: the pool body of GET /networks/{network}/pools/{address}?include=base_token,
 * quote_token (docs.coingecko.com/reference/pool-address, as in test/fixtures/api/geckoterminal/pool-eth-*.json)
 * and the ohlcv body of GET .../ohlcv/day (rows `[unix_s, open, high, low, close, volume_usd]`, newest first).
 * Values are round stand-ins: BAL at $2.50 and WETH at $2,500 (0.001 WETH per BAL), $20 M of liquidity.
 */
import type { FakeHost } from './types';

const POOL = '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56';
const BAL = '0xba100000625a3754423978a60c9317c58a424e3d';
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';

const token = (address: string, name: string, symbol: string) => ({
  id: `eth_${address}`,
  type: 'token',
  attributes: { address, name, symbol, decimals: 18, image_url: null, coingecko_coin_id: null },
});

const POOL_BODY = {
  data: {
    id: `eth_${POOL}`,
    type: 'pool',
    attributes: {
      base_token_price_usd: '2.5',
      base_token_price_native_currency: '0.001',
      quote_token_price_usd: '2500',
      quote_token_price_native_currency: '1.0',
      base_token_price_quote_token: '0.001',
      quote_token_price_base_token: '1000.0',
      address: POOL,
      name: 'BAL / WETH',
      pool_name: 'BAL / WETH',
      pool_fee_percentage: '1',
      pool_created_at: '2021-04-20T21:03:38Z',
      fdv_usd: '150000000',
      market_cap_usd: null,
      price_change_percentage: { m5: '0', m15: '0.01', m30: '0.02', h1: '-0.1', h6: '0.4', h24: '1.1' },
      transactions: {
        m5: { buys: 1, sells: 0, buyers: 1, sellers: 0 },
        m15: { buys: 2, sells: 1, buyers: 2, sellers: 1 },
        m30: { buys: 4, sells: 3, buyers: 4, sellers: 3 },
        h1: { buys: 9, sells: 7, buyers: 8, sellers: 6 },
        h6: { buys: 50, sells: 44, buyers: 40, sellers: 35 },
        h24: { buys: 210, sells: 190, buyers: 150, sellers: 140 },
      },
      volume_usd: { m5: '500.5', m15: '2100.25', m30: '5000', h1: '40000', h6: '250000', h24: '1000000' },
      reserve_in_usd: '20000000',
      locked_liquidity_percentage: null,
    },
    relationships: {
      base_token: { data: { id: `eth_${BAL}`, type: 'token' } },
      quote_token: { data: { id: `eth_${WETH}`, type: 'token' } },
      dex: { data: { id: 'balancer_ethereum', type: 'dex' } },
    },
  },
  included: [token(BAL, 'Balancer', 'BAL'), token(WETH, 'Wrapped Ether', 'WETH')],
};

/** 31 daily candles ending with today's, BAL in WETH swinging 1 % a day around 0.001, $1 M traded a day. */
function candles(): string {
  const day = 86_400;
  const today = Math.floor(Date.now() / 1000 / day) * day;
  const rows = Array.from({ length: 31 }, (_, i) => {
    const close = i % 2 === 0 ? 0.001 : 0.00101;
    const open = i % 2 === 0 ? 0.00101 : 0.001;
    return [today - i * day, open, 0.00102, 0.00099, close, 1_000_000];
  });
  return JSON.stringify({
    data: { id: 'balancer-80bal-20weth', type: 'ohlcv_request_response', attributes: { ohlcv_list: rows } },
  });
}

export const geckoTerminalBalancer: FakeHost = {
  host: 'api.geckoterminal.com',
  body(path) {
    if (path.includes(`/networks/eth/pools/${POOL}/ohlcv/`)) return candles();
    if (path.includes(`/networks/eth/pools/${POOL}`)) return JSON.stringify(POOL_BODY);
    return null;
  },
};
