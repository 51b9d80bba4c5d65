/**
 * DefiLlama's key-less hosts for the fake pools, on their real names, with recorded-shape bodies
 * (test/fixtures/api/defillama/, shaped as DefiLlama/api-docs documents them; see the providers'
 * headers):
 * - yields.llama.fi `GET /pools`: a small yields list in which Uniswap v3 USDC/WETH 0.05 % on Ethereum
 *   (FAKE_POOL) pays 3.2 % in UNI, beside look-alikes on the 0.3 % tier, on Sushi and on Arbitrum;
 * - coins.llama.fi `GET /prices/current/{coins}` and `GET /chart/{coins}?span=31&period=1d`: ETH at 2,500.1 USD,
 *   UNI at 9.85 USD with 31 daily prices ending today; other coins are absent, as the real API leaves them out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { llamaPricesFake } from './llama-prices';
import type { FakeHost } from './types';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/api/defillama/${name}`, import.meta.url)), 'utf8');

/** The coins named in a path's `{coins}` segment, lower case. */
function coinsIn(path: string, prefix: string): string[] {
  const segment = decodeURIComponent(new URL(path, 'https://coins.llama.fi').pathname.slice(prefix.length));
  return segment.split(',').map((coin) => coin.toLowerCase());
}

function pick(recorded: string, wanted: string[]): Record<string, unknown> {
  const coins = (JSON.parse(recorded) as { coins: Record<string, unknown> }).coins;
  return Object.fromEntries(Object.entries(coins).filter(([key]) => wanted.includes(key.toLowerCase())));
}

export const defiLlamaYieldsHost: FakeHost = {
  host: 'yields.llama.fi',
  body: (path) => (path.split('?')[0] === '/pools' ? fixture('yields-pools.json') : '{"message":"Not Found"}'),
};

export const defiLlamaCoinsHost: FakeHost = {
  host: 'coins.llama.fi',
  body(path) {
    const now = Math.floor(Date.now() / 1000);
    if (path.startsWith('/prices/current/')) {
      // The recorded ETH and UNI, and the gauge's and farm's reward tokens (AERO, CAKE) from their fake.
      const rewards = JSON.parse(llamaPricesFake.body(path, '') ?? '{"coins":{}}') as { coins: object };
      const coins = { ...pick(fixture('coins-current.json'), coinsIn(path, '/prices/current/')), ...rewards.coins };
      for (const coin of Object.values(coins) as { timestamp: number }[]) coin.timestamp = now - 60;
      return JSON.stringify({ coins });
    }
    if (path.startsWith('/chart/')) {
      const coins = pick(fixture('coins-chart.json'), coinsIn(path, '/chart/'));
      // Move the recorded days so the newest is today's, as the live chart ends now.
      for (const coin of Object.values(coins) as { prices: { timestamp: number }[] }[]) {
        const shift = Math.floor(now / 86_400) * 86_400 - Math.max(...coin.prices.map((p) => p.timestamp));
        for (const point of coin.prices) point.timestamp += shift;
      }
      return JSON.stringify({ coins });
    }
    return '{"message":"Not Found"}';
  },
};
