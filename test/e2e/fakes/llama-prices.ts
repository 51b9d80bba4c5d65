/**
 * DefiLlama's current prices on coins.llama.fi, for the reward tokens the fake gauge and farm pay:
 * `/prices/current/{chain}:{address},...` -> `{ coins: { "{chain}:{address}": { decimals, symbol, price,
 * timestamp, confidence } } }` (DefiLlama/api-docs, /prices/current). An unknown coin is simply absent.
 * Only the /prices/current path: the defillama-coins provider's own paths belong in its own fake.
 */
import type { FakeHost } from './types';

/** AERO on Base (aerodrome-finance/contracts README), CAKE on BNB Chain: USD prices for hand arithmetic. */
export const FAKE_REWARD_PRICES: Record<string, { symbol: string; price: number }> = {
  'base:0x940181a94a35a4569e4529a3cdfb74e38fd98631': { symbol: 'AERO', price: 1.25 },
  'bsc:0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82': { symbol: 'Cake', price: 2 },
};

export const llamaPricesFake: FakeHost = {
  host: 'coins.llama.fi',
  body(path) {
    const match = /^\/prices\/current\/([^?]+)/.exec(path);
    if (!match) return JSON.stringify({ coins: {} });
    const timestamp = Math.floor(Date.now() / 1000) - 60;
    const coins = Object.fromEntries(
      decodeURIComponent(match[1]!)
        .split(',')
        .flatMap((key) => {
          const known = FAKE_REWARD_PRICES[key.toLowerCase()];
          return known ? [[key, { decimals: 18, ...known, timestamp, confidence: 0.99 }]] : [];
        }),
    );
    return JSON.stringify({ coins });
  },
};
