/**
 * Reads the overlay the way no page script can: its shadow root is closed, so `host.shadowRoot` is null
 * for the page. WebDriver BiDi serializes a returned DOM node with its shadow tree, closed ones included,
 * when asked with `includeShadowTree: 'all'`; this walks that serialization.
 *
 * Puppeteer has no public API for serialization options, so this sends the raw `script.callFunction`
 * command on puppeteer's own BiDi session (internals of puppeteer-core 24.43, pinned in package.json).
 */
import type { Page } from 'puppeteer-core';

/** One element of the overlay that carries a data-testid. */
export interface OverlayElement {
  testId: string;
  tag: string;
  /** Its text content (style and script text left out), whitespace collapsed as Playwright's toHaveText does. */
  text: string;
  attributes: Record<string, string>;
}

export interface OverlaySnapshot {
  /** The host's shadow root mode as the browser reports it. */
  mode: 'open' | 'closed';
  /** Every element inside the shadow tree, by tag name, in document order. */
  tags: string[];
  elements: OverlayElement[];
}

/** The part of a WebDriver BiDi serialized node (script.NodeRemoteValue) this reader uses. */
interface SerializedNode {
  type: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    mode?: 'open' | 'closed';
    attributes?: Record<string, string>;
    children?: SerializedNode[];
    shadowRoot?: SerializedNode | null;
  };
}

interface BidiSession {
  send(
    method: 'script.callFunction',
    params: object,
  ): Promise<{
    result:
      | { type: 'success'; result: { type: string } & SerializedNode }
      | { type: 'exception'; exceptionDetails: { text: string } };
  }>;
}

/** The browsing context id of the page's main frame and the BiDi session that drives it. */
function bidi(page: Page): { context: string; session: BidiSession } {
  const browsingContext = (
    page.mainFrame() as unknown as {
      browsingContext?: { id: string; userContext: { browser: { session: BidiSession } } };
    }
  ).browsingContext;
  const session = browsingContext?.userContext.browser.session;
  if (!browsingContext || typeof session?.send !== 'function') {
    throw new Error(
      'puppeteer-core internals changed: no BiDi browsingContext/session on the page (launch Firefox over WebDriver BiDi)',
    );
  }
  return { context: browsingContext.id, session };
}

const SKIPPED_TEXT = new Set(['style', 'script']);

function textOf(node: SerializedNode): string {
  const value = node.value;
  if (!value) return '';
  if (value.nodeType === 3) return value.nodeValue ?? '';
  if (value.localName && SKIPPED_TEXT.has(value.localName)) return '';
  return (value.children ?? []).map(textOf).join('');
}

function walk(node: SerializedNode, into: OverlaySnapshot): void {
  const value = node.value;
  if (!value) return;
  if (value.nodeType === 1 && value.localName) {
    into.tags.push(value.localName);
    const testId = value.attributes?.['data-testid'];
    if (testId !== undefined) {
      into.elements.push({
        testId,
        tag: value.localName,
        text: textOf(node).replace(/\s+/g, ' ').trim(),
        attributes: value.attributes ?? {},
      });
    }
  }
  if (value.shadowRoot) walk(value.shadowRoot, into);
  for (const child of value.children ?? []) walk(child, into);
}

/** The overlay's shadow tree as it is now, or null when the page has no overlay host. */
export async function readOverlay(page: Page): Promise<OverlaySnapshot | null> {
  const { context, session } = bidi(page);
  const { result } = await session.send('script.callFunction', {
    functionDeclaration: '() => document.querySelector("lp-risk-lens")',
    awaitPromise: false,
    target: { context },
    // maxDomDepth null: the whole subtree (the default, 0, gives the host without children).
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`reading the overlay failed: ${result.exceptionDetails.text}`);
  const host = result.result;
  if (host.type === 'null') return null;
  const root = host.value?.shadowRoot;
  if (host.type !== 'node' || !root?.value)
    throw new Error(`<lp-risk-lens> has no shadow root in the serialization: ${JSON.stringify(host).slice(0, 200)}`);
  const snapshot: OverlaySnapshot = { mode: root.value.mode ?? 'open', tags: [], elements: [] };
  for (const child of root.value.children ?? []) walk(child, snapshot);
  return snapshot;
}

/** The first overlay element with this data-testid, or null (also when there is no overlay). */
export function byTestId(snapshot: OverlaySnapshot | null, testId: string): OverlayElement | null {
  return snapshot?.elements.find((e) => e.testId === testId) ?? null;
}

/** Text of each named element (null when absent): a compact value to poll on with expect.poll. */
export async function overlayTexts(page: Page, testIds: readonly string[]): Promise<Record<string, string | null>> {
  const snapshot = await readOverlay(page);
  return Object.fromEntries(testIds.map((id) => [id, byTestId(snapshot, id)?.text ?? null]));
}
