/**
 * The worker's messages: who may ask what, checked before anything is parsed. Pool lookups come from the
 * extension's own pages (the popup); overlay views from its content script on a DEX host, about that page.
 * Every request and answer has a schema (lib/messages); an answer is always a clear state, never a throw.
 */
import { SITE_HOSTS, detectPoolPage } from '../../core/index';
import { parseMessage } from '../../lib/messages/parse';
import { LookupPoolRequestSchema, type LookupPoolRequest, type LookupPoolResponse } from '../../lib/messages/pool-data';
import {
  OverlayViewRequestSchema,
  type OverlayViewRequest,
  type OverlayView,
  type OverlayViewResponse,
} from '../../lib/messages/overlay';
import { buildOverlayView } from '../../lib/present/overlay-model';
import type { RequestContext } from './http';
import type { PageLookup, PoolService } from './pool-service';
import { targetFromTyped } from './pool-target';
import { t } from '../../lib/i18n/index';
import { lt } from '../../lib/i18n/localized-text';

/** What the browser says about who sent a message (the fields of runtime.MessageSender we rely on). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RouterDeps {
  service: Pick<PoolService, 'lookupPage' | 'lookup'>;
  /** The user's deposit for the overlay's figures, already checked. */
  depositUsd(): Promise<string>;
  now(): number;
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  /**
   * A tab's page now shows this overlay (null: not a pool page), for the toolbar badge. Called for a tab's top
   * frame with each live view and each null view, newest question last: an earlier answer that lands late is
   * dropped. The network-free view is left out; its live view follows.
   */
  onTabView?(tabId: number, view: OverlayView | null): void;
}

/** The user's own lookup in the popup is served before the lookups DEX pages make on their own. */
const USER = { priority: 'user' } as const;
const PAGE = { priority: 'page' } as const;

export type Handler = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

export function createRouter(deps: RouterDeps): Handler {
  const pages = new PageLookups();
  const tabViews = new TabViews(deps.onTabView);
  return (message, sender) => {
    if (sender.id !== deps.extensionId) return undefined;
    const lookup = isExtensionPage(sender, deps) ? parseMessage(LookupPoolRequestSchema, message) : null;
    if (lookup) return answerLookup(deps, lookup);
    const overlay = parseMessage(OverlayViewRequestSchema, message);
    if (overlay && isContentScriptOn(sender, overlay.url)) {
      const told = tabViews.asked(sender, overlay);
      return answerOverlay(deps, overlay, pages.start(sender, overlay)).then((answer) => {
        told?.(answer.view);
        return answer;
      });
    }
    return undefined;
  };
}

/** The popup and other pages of this extension: not a tab's content script. */
function isExtensionPage(sender: Sender, deps: RouterDeps): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);
}

/** Our content script in a tab on a DEX host, asking about a page of that same host. */
function isContentScriptOn(sender: Sender, requestUrl: string): boolean {
  if (sender.tab === undefined || typeof sender.url !== 'string') return false;
  const host = hostOf(sender.url);
  return host !== null && SITE_HOSTS.includes(host) && hostOf(requestUrl) === host;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

async function answerLookup(deps: RouterDeps, request: LookupPoolRequest): Promise<LookupPoolResponse> {
  return { type: 'lens:pool-lookup', ...(await safely(() => lookupTarget(deps, request.target))) };
}

async function lookupTarget(deps: RouterDeps, target: LookupPoolRequest['target']): Promise<PageLookup> {
  if ('url' in target) {
    const ref = detectPoolPage(target.url);
    return ref
      ? deps.service.lookupPage(ref, USER)
      : {
          status: 'unresolved',
          reason: t('lookup.notAPoolUrl'),
        };
  }
  const typed = targetFromTyped(target.chain, target.address);
  return typed.ok ? deps.service.lookup(typed.target, USER) : { status: 'unresolved', reason: typed.reason };
}

/**
 * Each tab's live lookup, so that a tab whose page has moved on to another pool cancels what it left queued:
 * a page pushing URL after URL costs one lookup at a time, not one per URL.
 */
class PageLookups {
  private readonly byFrame = new Map<string, { url: string; controller: AbortController }>();

  start(sender: Sender, request: OverlayViewRequest): RequestContext {
    if (!request.live) return PAGE;
    const frame = `${sender.tab?.id}:${sender.frameId ?? 0}`;
    const running = this.byFrame.get(frame);
    if (running && running.url === request.url) return { ...PAGE, signal: running.controller.signal };
    running?.controller.abort();
    const controller = new AbortController();
    this.byFrame.delete(frame);
    this.byFrame.set(frame, { url: request.url, controller });
    // Closed tabs leave their entry: keep the most recent few hundred frames.
    if (this.byFrame.size > 300) this.byFrame.delete(this.byFrame.keys().next().value!);
    return { ...PAGE, signal: controller.signal };
  }
}

/** Passes each tab's latest overlay view on (for the badge), in the order the tab asked. */
class TabViews {
  private readonly latest = new Map<number, number>();
  private asks = 0;

  constructor(private readonly onTabView: RouterDeps['onTabView']) {}

  /** What to call with the answer, or null when this question does not count. */
  asked(sender: Sender, request: OverlayViewRequest): ((view: OverlayView | null) => void) | null {
    const tabId = sender.tab?.id;
    const onTabView = this.onTabView;
    if (!onTabView || tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
    if (!request.live && detectPoolPage(request.url)) return null; // its live view follows
    const ticket = ++this.asks;
    this.latest.delete(tabId);
    this.latest.set(tabId, ticket);
    if (this.latest.size > 300) this.latest.delete(this.latest.keys().next().value!);
    return (view) => {
      if (this.latest.get(tabId) === ticket) onTabView(tabId, view);
    };
  }
}

/** The overlay for a page, worked out here so the content script on the DEX page carries no math. */
async function answerOverlay(
  deps: RouterDeps,
  request: OverlayViewRequest,
  context: RequestContext,
): Promise<OverlayViewResponse> {
  const ref = detectPoolPage(request.url);
  if (!ref) return { type: 'lens:overlay-view', view: null };
  const deposit = deps.depositUsd(); // read while the lookup runs
  const live = request.live
    ? await safely(() => deps.service.lookupPage(ref, context))
    : { status: 'loading' as const };
  const view = buildOverlayView(ref, request.facts, {
    live,
    depositUsd: await deposit,
    now: deps.now(),
    ...(request.quote ? { quote: request.quote } : {}),
  });
  return { type: 'lens:overlay-view', view };
}

/** A bug must still end in a clear state for the UI, never a hanging request. */
async function safely(lookup: () => Promise<PageLookup>): Promise<PageLookup> {
  try {
    return await lookup();
  } catch (error) {
    console.error('pool lookup failed', error);
    return { status: 'unavailable', notes: [lt('worker.note.lookupFailed')] };
  }
}
