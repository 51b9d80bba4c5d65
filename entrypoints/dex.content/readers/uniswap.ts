/**
 * Uniswap app pages, read from the markup the app renders (fixtures in test/fixtures/pages/sites/uniswap/ cite
 * the source files):
 * - pool details: each symbol is an <h1> inside a link to its token page ("USDC / ", "WETH"), followed by
 *   the info badges ("v3", "0.05%"); an SEO breadcrumb <h1> "USDC / WETH" comes first and is only a fallback;
 * - add-position form: the toolbar's "v3 position", the "Current price" line ("2,500 USDC/WETH"), and the
 *   range inputs `range-input-0` / `range-input-1`, which have no label of their own: the text just before
 *   them says "Min price" / "Max price". In percentage mode a "%" follows the input and the input holds a
 *   difference, never a price; the price is then the line under it ("2000 USDC = 1 WETH").
 * Facts are in the page's order: symbol0 is the base of the shown price, symbol1 its quote.
 */
import { parseFeeTierText, parsePriceText, parseTokenSymbol } from '../../../core/page-text';
import type { PageFacts } from '../../../lib/messages/page';
import { readGenericFacts } from './generic';
import { parseQuotedPrice } from './uniswap-text';
import { lt, type Said } from '../../../lib/i18n/localized-text';

type Version = 'v2' | 'v3' | 'v4';
type ReadFrom = NonNullable<PageFacts['readFrom']>;

const VERSION = /^(v[234])$/i;
const PROTOCOL_LABEL = /^(v[234]) position$/i;
/** Bounds every scan: the header and the form are a few hundred elements. */
const MAX_ELEMENTS = 400;

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Leaf elements (no element children) under `root`, at most MAX_ELEMENTS of them. */
function leaves(root: ParentNode, selector = 'span, div, h1, p'): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll(selector)) {
    if (el.childElementCount === 0) found.push(el);
    if (found.length >= MAX_ELEMENTS) break;
  }
  return found;
}

/** The pool page header: symbols in <h1>s inside token links, then the badges row after their container. */
function readPoolHeader(doc: Document, readFrom: ReadFrom): PageFacts {
  const headings = [...doc.querySelectorAll('a[href*="/explore/tokens/"] > h1')].slice(0, 2);
  if (headings.length < 2) return {};
  const symbol0 = parseTokenSymbol(text(headings[0]).replace(/\s*\/$/, ''));
  const symbol1 = parseTokenSymbol(text(headings[1]));
  if (!symbol0 || !symbol1) return {};
  const facts: PageFacts = { symbol0, symbol1 };
  readFrom.pair = lt('pageRead.where.headerTokenLinks');
  const badges = headings[0]!.parentElement?.parentElement?.nextElementSibling;
  for (const el of badges ? leaves(badges, 'span') : []) {
    const label = text(el);
    const version = VERSION.exec(label)?.[1];
    if (version && !facts.version) {
      facts.version = version.toLowerCase() as Version;
      readFrom.version = lt('pageRead.where.headerBadge');
    }
    const fee = parseFeeTierText(label);
    if (fee && !facts.feeTier) {
      facts.feeTier = fee;
      readFrom.feeTier = lt('pageRead.where.headerBadge');
    }
  }
  return facts;
}

/** The form's protocol dropdown: "v3 position". */
function readProtocolLabel(doc: Document, readFrom: ReadFrom): PageFacts {
  for (const el of leaves(doc, 'span')) {
    const version = PROTOCOL_LABEL.exec(text(el))?.[1];
    if (version) {
      readFrom.version = lt('pageRead.where.protocolMenu', { label: text(el) });
      return { version: version.toLowerCase() as Version };
    }
  }
  return {};
}

/** "Current price" then, in the next element, "2,500 USDC/WETH ($2,500.00)". */
function readCurrentPrice(doc: Document, readFrom: ReadFrom): PageFacts {
  for (const el of leaves(doc, 'span')) {
    if (!/^current price$/i.test(text(el))) continue;
    const quoted = parseQuotedPrice(text(el.nextElementSibling));
    if (!quoted) return {};
    readFrom.price = lt('pageRead.where.line', { label: 'Current price' });
    readFrom.pair = lt('pageRead.where.lineBaseQuote', { label: 'Current price' });
    return { symbol0: quoted.base, symbol1: quoted.quote, price: quoted.price };
  }
  return {};
}

/**
 * One range input: `range-input-N`, labelled by the text before it ("Min price"). Percentage mode (a "%"
 * right after the input): the input is a difference, so the price comes from the line under it, or nothing.
 */
function readRangeInput(doc: Document, index: 0 | 1): { value?: string; from?: string } {
  const input = doc.querySelector<HTMLInputElement>(`input[data-testid="range-input-${index}"]`);
  const row = input?.parentElement;
  const column = row?.parentElement;
  if (!input || !row || !column) return {};
  const label = text(row.previousElementSibling) || (index === 0 ? 'Min price' : 'Max price');
  const percentage = [...row.children].some((child) => child !== input && text(child) === '%');
  if (percentage) {
    const quoted = parseQuotedPrice(text(row.nextElementSibling));
    return quoted ? { value: quoted.price, from: `line under "${label}" (percentage mode)` } : {};
  }
  const value = parsePriceText(input.value);
  return value ? { value, from: `input under "${label}"` } : {};
}

/** Pages not in the app's current markup (older builds, the bench's generic pages): the generic reader's facts. */
function readFallback(doc: Document, readFrom: ReadFrom): PageFacts {
  const facts = readGenericFacts(doc);
  const heading = doc.querySelector('h1')?.parentElement;
  for (const el of heading ? leaves(heading) : []) {
    const version = VERSION.exec(text(el))?.[1];
    if (version) {
      facts.version = version.toLowerCase() as Version;
      break;
    }
  }
  const labels: Partial<Record<keyof ReadFrom, Said>> = {
    pair: lt('pageRead.where.headingOrTitle'),
    feeTier: lt('pageRead.where.headingOrTitle'),
    version: lt('pageRead.where.badgeNextToHeading'),
    priceLower: lt('pageRead.where.inputLabelled', { label: 'Min price' }),
    priceUpper: lt('pageRead.where.inputLabelled', { label: 'Max price' }),
    price: lt('pageRead.where.text', { label: 'Current price' }),
    depositAmounts: lt('pageRead.where.amountInputs'),
  };
  const present: Record<keyof ReadFrom, boolean> = {
    pair: facts.symbol0 !== undefined,
    feeTier: facts.feeTier !== undefined,
    version: facts.version !== undefined,
    priceLower: facts.priceLower !== undefined,
    priceUpper: facts.priceUpper !== undefined,
    price: facts.price !== undefined,
    depositAmounts: facts.depositAmounts !== undefined,
  };
  for (const key of Object.keys(present) as (keyof ReadFrom)[]) {
    if (present[key] && readFrom[key] === undefined) readFrom[key] = labels[key]!;
  }
  return facts;
}

export function readUniswapFacts(doc: Document): PageFacts {
  const readFrom: ReadFrom = {};
  const header = readPoolHeader(doc, readFrom);
  const protocol = header.version ? {} : readProtocolLabel(doc, readFrom);
  const current = readCurrentPrice(doc, readFrom);
  const lower = readRangeInput(doc, 0);
  const upper = readRangeInput(doc, 1);
  if (lower.from) readFrom.priceLower = lower.from;
  if (upper.from) readFrom.priceUpper = upper.from;
  const specific: PageFacts = {
    ...header,
    ...protocol,
    ...current,
    ...(lower.value ? { priceLower: lower.value } : {}),
    ...(upper.value ? { priceUpper: upper.value } : {}),
  };
  // The range inputs exist: their mode decides, so the generic reader's guesses about prices are not wanted.
  const onForm = doc.querySelector('input[data-testid^="range-input-"]') !== null;
  const fallback = readFallback(doc, readFrom);
  if (onForm) {
    for (const key of ['priceLower', 'priceUpper', 'price'] as const) {
      if (specific[key] === undefined) {
        delete fallback[key];
        if (readFrom[key] !== undefined && !(key in specific)) delete readFrom[key];
      }
    }
  }
  const pairFromPage = specific.symbol0 !== undefined;
  const facts: PageFacts = {
    ...(pairFromPage ? withoutPair(fallback) : fallback),
    ...specific,
  };
  return Object.keys(readFrom).length > 0 ? { ...facts, readFrom } : facts;
}

function withoutPair({ symbol0: _0, symbol1: _1, ...rest }: PageFacts): PageFacts {
  return rest;
}
