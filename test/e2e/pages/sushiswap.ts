/** Real-markup fixture pages for sushiswap: URL (host + path, no query or trailing slash) -> page. */
import type { FixturePage } from './types';

export const PAGES: Record<string, FixturePage> = {
  // The v3 "New position" form of one pool (sushi-labs/sushiswap pool/v3/[address]/(manage)/create).
  'sushi.com/ethereum/pool/v3/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640/create': {
    title: 'BUY & SELL USDC/WETH | Sushi 🍣',
    file: 'sushiswap/v3-create-position.html',
  },
};
