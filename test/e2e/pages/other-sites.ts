/** Real-markup fixture pages for other sites: URL (host + path, no query or trailing slash) -> page. */
import type { FixturePage } from './types';

export const PAGES: Record<string, FixturePage> = {};
