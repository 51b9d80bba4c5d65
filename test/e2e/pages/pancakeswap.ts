/** Real-markup fixture pages for pancakeswap: URL (host + path, no query) -> page. */
import type { FixturePage } from './types';

/** The v3 add form for WETH (base) / USDC (quote) at 0.05 % on Ethereum, opened with `?chain=eth`. */
export const PANCAKE_ADD_V3_PATH =
  '/add/0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48/500';

/** A v3 position page (pages/liquidity/[tokenId].tsx), opened with `?chain=bsc`: position #777001 on BSC. */
export const PANCAKE_POSITION_PATH = '/liquidity/777001';

export const PAGES: Record<string, FixturePage> = {
  [`pancakeswap.finance${PANCAKE_POSITION_PATH}`]: {
    title: 'WBNB-USDT V3 LP #777001 | PancakeSwap',
    file: 'pancakeswap/position-v3.html',
  },
  [`pancakeswap.finance${PANCAKE_ADD_V3_PATH}`]: {
    title: 'Add Liquidity | PancakeSwap',
    file: 'pancakeswap/add-v3.html',
  },
};
