/**
 * Curve's API on its real host: the Ethereum main registry's pool list (recorded-shape fixture, see
 * test/fixtures/api/README.md) for `GET /v1/getPools/ethereum/main`; every other registry is empty, as the
 * real API answers for a registry without pools.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FakeHost } from './types';

const MAIN = readFileSync(
  fileURLToPath(new URL('../../fixtures/api/curve/getpools-ethereum-main.json', import.meta.url)),
  'utf8',
);

export const curveApi: FakeHost = {
  host: 'api.curve.finance',
  body: (path) =>
    path.startsWith('/v1/getPools/ethereum/main')
      ? MAIN
      : JSON.stringify({ success: true, data: { poolData: [], tvlAll: 0 } }),
};
