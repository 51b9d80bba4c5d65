/** Real-markup fixture pages for curve balancer: URL (host + path, no query or trailing slash) -> page. */
import type { FixturePage } from './types';

export const PAGES: Record<string, FixturePage> = {};
