/**
 * A fixture page as a Document for reader tests, in happy-dom with its scripts off: the readers see the markup
 * the real frontend renders (test/fixtures/pages/sites/), not what a script would make of it.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export function documentOf(html: string, url = 'https://app.uniswap.org/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A real-markup fixture page by its path under test/fixtures/pages/sites/. */
export function fixtureDocument(file: string, url?: string): Document {
  const html = readFileSync(new URL(`../../../fixtures/pages/sites/${file}`, import.meta.url), 'utf8');
  return documentOf(html, url);
}
