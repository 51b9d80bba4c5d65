/** Real-markup fixture pages for uniswap: URL (host + path + query) -> page. */
import type { FixturePage } from './types';

export const PAGES: Record<string, FixturePage> = {};
