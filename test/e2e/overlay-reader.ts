/**
 * Reads the overlay from tests. The overlay lives in a closed shadow root so that page scripts cannot read
 * or rewrite it; Playwright's locators pierce open roots only, so this goes through the Chrome DevTools
 * Protocol instead:
 *   1. find the last `<lp-risk-lens>` host (the content script appends it last to <body>),
 *   2. `DOM.describeNode` with `pierce` reports its shadow root, closed or not,
 *   3. `DOM.resolveNode` turns that root into an object in an isolated world of the test's own (not the
 *      page's main world: page scripts cannot patch that world's prototypes, so a hostile page cannot lie
 *      to the test), and `Runtime.callFunctionOn` runs a small function against it.
 * Object ids belong to one execution context, which a navigation destroys: every call resolves afresh, so
 * navigations, reloads and a re-mounted overlay need no special care.
 *
 * Reads (`text`, `attr`, `count`, `visible`, `textVisible`, `exists`) answer at once, with null / 0 / false
 * while there is no overlay: use them with `expect.poll`. Actions (`click`, `focus`, `evaluate`) wait for
 * their element, like Playwright's locator actions. A test id that matches more than one element throws,
 * like Playwright's strict mode.
 *
 * In-page code is kept in strings: the benchmark runs under tsx, which would wrap named helpers of a
 * serialised function in `__name()`, a helper the page does not have.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

const HOST = 'lp-risk-lens';
/** The isolated world the reader works in (one per frame; Chromium reuses it by name). */
const WORLD = 'lp-risk-lens-test-reader';
const GROUP = 'lp-risk-lens-test-reader';
const ACTION_TIMEOUT_MS = 10_000;
/** Retry intervals of an action waiting for its element (Playwright's own are 0, 20, 100, 100, 500). */
const RETRY_MS = [0, 20, 50, 100, 100, 250, 500];

/** Protocol errors that mean "the page moved under us" (navigation, re-mount): resolve again. */
const TRANSIENT =
  /Cannot find context|context was destroyed|No node with given id|Could not find node|No frame|Frame .*not found|Node is detached|Inspected target navigated|Cannot find default execution context|Node with given id does not belong/i;

const FIND_HOST = `(() => { const all = document.querySelectorAll(${JSON.stringify(HOST)}); return all.length ? all[all.length - 1] : null; })()`;

/** Resolves true when the host is in the page (checked each frame), false after `ms`. */
const WAIT_FOR_HOST = (ms: number) => `new Promise((resolve) => {
  const until = performance.now() + ${ms};
  const check = () => {
    if (document.querySelector(${JSON.stringify(HOST)})) resolve(true);
    else if (performance.now() > until) resolve(false);
    else requestAnimationFrame(check);
  };
  check();
})`;

/**
 * Helpers every in-page function starts with. `textOf` is Playwright's own element text (what `toHaveText`
 * compares): text nodes in order, skipping <script>, <style> and <noscript>, into open shadow roots;
 * `normalize` is its whitespace normalisation; `visible` its visibility test.
 */
const HELPERS = `
  const SKIP = ['SCRIPT', 'NOSCRIPT', 'STYLE', 'HEAD'];
  const textOf = (node) => {
    if (node.nodeType === 1 && SKIP.includes(node.nodeName)) return '';
    let out = '';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) out += textOf(child);
      else if (child.nodeType === 3) out += child.nodeValue || '';
    }
    if (node.nodeType === 1 && node.shadowRoot) out += textOf(node.shadowRoot);
    return out;
  };
  const normalize = (s) => s.replace(/[\\u200b\\u00ad]/g, '').trim().replace(/\\s+/g, ' ');
  const visible = (el) => {
    if (!el.isConnected || !el.checkVisibility()) return false;
    if (getComputedStyle(el).visibility !== 'visible') return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const byTestId = (root, testId) => testId === null ? [root] : [...root.querySelectorAll('[data-testid="' + CSS.escape(testId) + '"]')];
`;

/** `this` is the shadow root; answers { n: matches, value } for the one element with that test id. */
const READ = `function (op, testId, arg) {
  ${HELPERS}
  const root = this;
  if (op === 'text-visible') {
    // Playwright's getByText(text): the deepest elements whose text contains it, case-insensitively.
    const needle = normalize(arg).toLowerCase();
    const has = (el) => !SKIP.includes(el.nodeName) && normalize(textOf(el)).toLowerCase().includes(needle);
    const hits = [...root.querySelectorAll('*')].filter((el) => has(el) && ![...el.children].some(has));
    return { n: hits.length, value: hits.length === 1 && visible(hits[0]) };
  }
  const all = byTestId(root, testId);
  if (op === 'count' || all.length !== 1) return { n: all.length, value: all.length };
  const el = all[0];
  switch (op) {
    case 'text': return { n: 1, value: normalize(textOf(el)) };
    case 'attr': return { n: 1, value: el.getAttribute(arg) };
    case 'visible': return { n: 1, value: visible(el) };
    case 'focus': el.focus(); return { n: 1, value: root.activeElement === el };
    case 'box': {
      // Where to click, and whether the element itself would receive the click there.
      if (!visible(el)) return { n: 1, value: null };
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const rect = el.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const hit = root.elementFromPoint(x, y);
      return { n: 1, value: hit && (hit === el || el.contains(hit)) ? { x, y } : null };
    }
  }
  throw new Error('overlay reader: unknown op ' + op);
}`;

/** Runs a test's own function against the element with that test id (or the root, for null). */
const evaluateSource = (fn: string) => `async function (testId, arg) {
  ${HELPERS}
  const all = byTestId(this, testId);
  if (all.length !== 1) return { n: all.length, value: null };
  return { n: 1, value: await (${fn})(all[0], arg) };
}`;

/** How one axe-core rule came out on the overlay. */
export interface AxeRuleSummary {
  id: string;
  impact: string | null;
  nodes: number;
}
export interface AxeSummary {
  violations: AxeRuleSummary[];
  passes: AxeRuleSummary[];
  incomplete: AxeRuleSummary[];
}

/**
 * Runs axe-core on the rendered overlay where it is, in the page. axe walks shadow trees through
 * `element.shadowRoot`, which is null for a closed root; in the reader's isolated world (and only there:
 * the page and the content script have their own prototypes) `shadowRoot` answers the overlay's root for
 * its host for the length of the run. So axe sees the real layout, colours and names, colour contrast
 * included (it reads the stacking order with elementsFromPoint, through the same getter).
 */
const RUN_AXE = `async function (host) {
  const root = this;
  const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
  Object.defineProperty(Element.prototype, 'shadowRoot', {
    configurable: true,
    enumerable: own.enumerable,
    get() { return this === host ? root : own.get.call(this); },
  });
  try {
    const results = await axe.run(host, {});
    const summary = (rules) => rules.map((rule) => ({ id: rule.id, impact: rule.impact ?? null, nodes: rule.nodes.length }));
    return { violations: summary(results.violations), passes: summary(results.passes), incomplete: summary(results.incomplete) };
  } finally {
    Object.defineProperty(Element.prototype, 'shadowRoot', own);
  }
}`;

let axeSource: string | undefined;
/** axe-core as @axe-core/playwright (the popup's check) resolves it: one axe version for both checks. */
function loadAxeSource(): string {
  if (axeSource === undefined) {
    const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
    axeSource = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

interface Resolved {
  session: CDPSession;
  contextId: number;
  hostId: string;
  rootId: string | null;
}

interface Answer<T> {
  n: number;
  value: T;
}

export class OverlayReader {
  private sessionPromise: Promise<CDPSession> | null = null;

  constructor(private readonly page: Page) {}

  /** Whether the page has the overlay's host with its shadow root. */
  async exists(): Promise<boolean> {
    return (await this.withRoot((r) => Promise.resolve(r.rootId !== null))) ?? false;
  }

  /** Text of the element with this test id (of the whole overlay for null), whitespace normalised like toHaveText. */
  async text(testId: string | null = null): Promise<string | null> {
    return this.read<string | null>('text', testId, null, null);
  }

  async attr(testId: string, name: string): Promise<string | null> {
    return this.read<string | null>('attr', testId, name, null);
  }

  /** How many elements have this test id (0 without an overlay). */
  async count(testId: string): Promise<number> {
    return this.read<number>('count', testId, null, 0);
  }

  /** Like toBeVisible: attached, not hidden by style, a non-empty box. */
  async visible(testId: string): Promise<boolean> {
    return this.read<boolean>('visible', testId, null, false);
  }

  /** Like `expect(page.getByText(text)).toBeVisible()` inside the overlay: one deepest match, and visible. */
  async textVisible(text: string): Promise<boolean> {
    return this.read<boolean>('text-visible', null, text, false);
  }

  /** A real mouse click at the element's centre, once it is visible and would receive the click. */
  async click(testId: string): Promise<void> {
    const point = await this.until(`a clickable [data-testid="${testId}"]`, () =>
      this.read<{ x: number; y: number } | null>('box', testId, null, null),
    );
    await this.page.mouse.click(point.x, point.y);
  }

  /** Focuses the element (keyboard input then goes to it). */
  async focus(testId: string): Promise<void> {
    await this.until(`a focusable [data-testid="${testId}"]`, async () =>
      (await this.read<boolean>('focus', testId, null, false)) ? true : null,
    );
  }

  /**
   * Runs `fn(element, arg)` in the page against the element with this test id (the shadow root for null),
   * once it exists; returns its (JSON-serialisable) result. `fn` must not use anything from its closure.
   */
  async evaluate<R, A = undefined>(
    testId: null,
    fn: ((root: ShadowRoot, arg: A) => R | Promise<R>) | string,
    arg?: A,
  ): Promise<R>;
  async evaluate<R, A = undefined>(
    testId: string,
    fn: ((el: HTMLElement, arg: A) => R | Promise<R>) | string,
    arg?: A,
  ): Promise<R>;
  async evaluate<R, A>(
    testId: string | null,
    fn: ((node: never, arg: A) => R | Promise<R>) | string,
    arg?: A,
  ): Promise<R> {
    const source = evaluateSource(typeof fn === 'string' ? fn : fn.toString());
    const answer = await this.until(`[data-testid="${testId}"]`, async () => {
      const got = await this.withRoot((r) => this.call<Answer<R>>(r, source, [testId, arg ?? null]));
      return got && got.n === 1 ? got : this.strict(got, testId, null);
    });
    return answer.value;
  }

  /**
   * Resolves once the page has the overlay's host, watching from inside the page (each frame), so what
   * follows starts within a few protocol round trips of the host's arrival. For timing measurements.
   */
  async waitForHost(timeout = ACTION_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const session = await this.session();
      try {
        const { frameTree } = await session.send('Page.getFrameTree');
        const { executionContextId: contextId } = await session.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: WORLD,
        });
        const left = Math.max(0, deadline - Date.now());
        const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
          expression: WAIT_FOR_HOST(left),
          contextId,
          awaitPromise: true,
          returnByValue: true,
        });
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        if (result.value === true) return;
        throw new Error(`overlay reader: no <${HOST}> within ${timeout} ms`);
      } catch (error) {
        if (!(error instanceof Error) || !TRANSIENT.test(error.message) || Date.now() >= deadline) throw error;
      }
    }
  }

  /** axe-core on the overlay as rendered, in its closed root (see RUN_AXE). Waits for the overlay. */
  async axe(): Promise<AxeSummary> {
    return this.until('the overlay', () =>
      this.withRoot(async (r) => {
        if (r.rootId === null) return null;
        const loaded = await r.session.send('Runtime.evaluate', {
          expression: 'typeof axe',
          contextId: r.contextId,
          returnByValue: true,
        });
        if (loaded.result.value !== 'object') {
          const injected = await r.session.send('Runtime.evaluate', {
            expression: loadAxeSource(),
            contextId: r.contextId,
          });
          if (injected.exceptionDetails)
            throw new Error(`overlay reader: injecting axe-core failed: ${injected.exceptionDetails.text}`);
        }
        return this.call<AxeSummary>(r, RUN_AXE, [], [r.hostId]);
      }),
    );
  }

  /** The CDP session of this page (made once). */
  private session(): Promise<CDPSession> {
    this.sessionPromise ??= this.page.context().newCDPSession(this.page);
    return this.sessionPromise;
  }

  private async read<T>(op: string, testId: string | null, arg: unknown, absent: T): Promise<T> {
    const got = await this.withRoot((r) =>
      r.rootId === null ? Promise.resolve(null) : this.call<Answer<T>>(r, READ, [op, testId, arg]),
    );
    if (!got) return absent;
    if (op === 'count') return got.value;
    if (got.n !== 1) return this.strict(got, testId, absent);
    return got.value;
  }

  /** No element is "absent"; more than one is a mistake in the test (Playwright's strict mode). */
  private strict<T>(got: { n: number } | null, testId: string | null, absent: T): T {
    if (got && got.n > 1)
      throw new Error(`overlay reader: strict mode: ${got.n} elements match [data-testid="${testId}"]`);
    return absent;
  }

  /** Resolves host and root afresh, runs `use`, releases the objects; null when there is no host. */
  private async withRoot<T>(use: (r: Resolved) => Promise<T>): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      const session = await this.session();
      try {
        const { frameTree } = await session.send('Page.getFrameTree');
        const { executionContextId: contextId } = await session.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: WORLD,
        });
        const found = await session.send('Runtime.evaluate', { expression: FIND_HOST, contextId, objectGroup: GROUP });
        if (found.exceptionDetails) throw new Error(`overlay reader: ${found.exceptionDetails.text}`);
        const hostId = found.result.objectId;
        if (!hostId) return null;
        const { node } = await session.send('DOM.describeNode', { objectId: hostId, depth: 0, pierce: true });
        const shadow = node.shadowRoots?.[0];
        let rootId: string | null = null;
        if (shadow) {
          const { object } = await session.send('DOM.resolveNode', {
            backendNodeId: shadow.backendNodeId,
            executionContextId: contextId,
            objectGroup: GROUP,
          });
          rootId = object.objectId ?? null;
        }
        return await use({ session, contextId, hostId, rootId });
      } catch (error) {
        // A navigation or re-mount between two protocol calls: try again with fresh objects.
        if (!(error instanceof Error) || !TRANSIENT.test(error.message)) throw error;
        if (attempt >= 4) return null;
      } finally {
        await session.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
      }
    }
  }

  /** Calls an in-page function with the shadow root as `this`; plain values as arguments, then object ids. */
  private async call<T>(
    r: Resolved,
    functionDeclaration: string,
    values: unknown[],
    objectIds: string[] = [],
  ): Promise<T> {
    const { result, exceptionDetails } = await r.session.send('Runtime.callFunctionOn', {
      objectId: r.rootId!,
      functionDeclaration,
      arguments: [...objectIds.map((objectId) => ({ objectId })), ...values.map((value) => ({ value }))],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      const message = exceptionDetails.exception?.description ?? exceptionDetails.text;
      // An exception from a destroyed context is a navigation, not a failure of the function.
      if (TRANSIENT.test(message)) throw new Error(message);
      throw new Error(`overlay reader: in-page error: ${message}`);
    }
    return result.value as T;
  }

  /** Retries `attempt` until it gives a value (actions wait for their element, as Playwright's do). */
  private async until<T>(what: string, attempt: () => Promise<T | null>, timeout = ACTION_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeout;
    for (let i = 0; ; i++) {
      const value = await attempt();
      if (value !== null) return value;
      if (Date.now() >= deadline) throw new Error(`overlay reader: ${what} in the overlay within ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(i, RETRY_MS.length - 1)]));
    }
  }
}

const readers = new WeakMap<Page, OverlayReader>();

/** The overlay of this page, read through CDP (see the top of this file); one reader (one CDP session) per page. */
export function overlayReader(page: Page): OverlayReader {
  let reader = readers.get(page);
  if (!reader) {
    reader = new OverlayReader(page);
    readers.set(page, reader);
  }
  return reader;
}
