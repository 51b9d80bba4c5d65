/**
 * Real-markup fixture pages for uniswap: URL (host + path, no query) -> page. The pool's address is written
 * checksummed, as the app's own links write it, so these keys do not clash with the generic bench pages.
 */
import type { FixturePage } from './types';

const POOL = '0x88E6A0c2dDD26FEEb64F039a2c41296FcB3f5640';

export const PAGES: Record<string, FixturePage> = {
  [`app.uniswap.org/explore/pools/ethereum/${POOL}`]: {
    title: 'Uniswap pool details',
    file: 'uniswap/pool-details.html',
  },
  // The same pool page on Base: the fake chain serves the pool there too (issue 11's rewards, token checks, gas).
  [`app.uniswap.org/explore/pools/base/${POOL}`]: {
    title: 'Uniswap pool details (Base)',
    file: 'uniswap/pool-details.html',
  },
  [`app.uniswap.org/positions/add/ethereum/${POOL}`]: {
    title: 'Uniswap add-position form',
    file: 'uniswap/add-position.html',
  },
  'app.uniswap.org/positions/add/new': {
    title: 'Uniswap create form, percentage mode',
    file: 'uniswap/add-position-percentage.html',
  },
};
