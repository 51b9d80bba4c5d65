/** Real-markup fixture pages for pancakeswap: URL (host + path + query) -> page. */
import type { FixturePage } from './types';

export const PAGES: Record<string, FixturePage> = {};
