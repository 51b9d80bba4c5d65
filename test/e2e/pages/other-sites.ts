/** Real-markup fixture pages for other sites: URL (host + path + query) -> page. */
import type { FixturePage } from './types';

export const PAGES: Record<string, FixturePage> = {};
