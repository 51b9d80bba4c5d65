/**
 * PancakeSwap's pages (pancakeswap/pancake-frontend, read from the fork chef-ryan/pancake-frontend at commit
 * 6b74beee, 2025-10-01; fixture test/fixtures/pages/sites/pancakeswap/add-v3.html cites the components):
 * - the pool header (apps/web/src/components/PoolInfoHeader/index.tsx, on add-liquidity and pool-detail pages):
 *   the pair as three texts "USDC" "/" "WETH" in the pool's token order, a fee tier pill "0.05%", a pool type
 *   badge "v3", and "Current Price" above the price and its unit "USDC = 1 WETH";
 * - the v3 range (V3FormView/components/StepCounter.tsx): a title text "Min Price" / "Max Price" above the
 *   row holding the input. The input has no label and no aria-label (its title attribute says "Token Amount"),
 *   so it is found from its title. The quick-range buttons and the "Custom" input below are percentages, and
 *   a card showing a "%" sign is never read as a price;
 * - the fee selector heading "0.05% fee tier" (V3FormView/components/FeeSelector.tsx);
 * - deposits (CurrencyInputPanelSimplify): panels #add-liquidity-input-tokena / -tokenb, the symbol in the
 *   element with id "pair", the amount in input.token-amount-input.
 * Text is read from leaf elements by textContent (styled-components renders each Text as a plain div); scans
 * stop after MAX_ELEMENTS elements.
 */
import { parseFeeTierText, parsePriceText, parseTokenSymbol } from '../../../core/page-text';
import type { PageFacts } from '../../../lib/messages/page';
import { readPairFacts } from './generic';
import { feeTierPercentText, parseDisplayedPrice, parsePanelSymbol, parseUnitLabel } from './pancakeswap-text';
import { lt, type Said } from '../../../lib/i18n/localized-text';

const MAX_ELEMENTS = 4000;
type ReadFrom = NonNullable<PageFacts['readFrom']>;

/** Elements with no element children (bounded), with their trimmed text. */
function leaves(doc: Document, selector: string): { el: Element; text: string }[] {
  const found: { el: Element; text: string }[] = [];
  const all = doc.body?.querySelectorAll(selector) ?? [];
  const count = Math.min(all.length, MAX_ELEMENTS);
  for (let i = 0; i < count; i++) {
    const el = all[i]!;
    if (el.childElementCount === 0) found.push({ el, text: (el.textContent ?? '').trim() });
  }
  return found;
}

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').trim();

/** PoolInfoHeader: "SYM0" "/" "SYM1" as three sibling texts. */
function headerPair(divs: { el: Element; text: string }[]): { symbol0: string; symbol1: string } | null {
  for (const { el, text } of divs) {
    if (text !== '/') continue;
    const symbol0 = parseTokenSymbol(textOf(el.previousElementSibling));
    const symbol1 = parseTokenSymbol(textOf(el.nextElementSibling));
    if (symbol0 && symbol1) return { symbol0, symbol1 };
  }
  return null;
}

/** PoolInfoHeader: the row after "Current Price" holds the price, then its unit "USDC = 1 WETH". */
function headerPrice(divs: { el: Element; text: string }[]): string | null {
  for (const { el, text } of divs) {
    if (!/^current price$/i.test(text)) continue;
    const row = el.parentElement?.nextElementSibling;
    const [value, unit] = [row?.children[0], row?.children[1]];
    if (!parseUnitLabel(textOf(unit))) continue; // the chart legend's "Current Price" has no price after it
    const price = parseDisplayedPrice(textOf(value));
    if (price) return price;
  }
  return null;
}

/** StepCounter: the input in the row after the title; null in a card that shows a percentage sign. */
function boundInput(divs: { el: Element; text: string }[], title: RegExp): string | null {
  for (const { el, text } of divs) {
    if (!title.test(text)) continue;
    const card = el.parentElement;
    const input = el.nextElementSibling?.querySelector('input');
    if (!card || !input) continue;
    const showsPercent = [...card.querySelectorAll('div, span')].some((node) => textOf(node) === '%');
    if (showsPercent || input.value.includes('%')) return null;
    return parsePriceText(input.value);
  }
  return null;
}

function feeTier(doc: Document, divs: { el: Element; text: string }[]): [string, Said] | null {
  for (const { text } of divs) {
    const percent = /fee tier$/i.test(text) ? feeTierPercentText(text) : null;
    const fee = percent ? parseFeeTierText(percent) : null;
    if (fee) return [fee, lt('pageRead.where.feeTierSelector')];
  }
  for (const { el, text } of leaves(doc, 'span')) {
    const percent = el.parentElement?.tagName === 'SPAN' ? feeTierPercentText(text) : null;
    const fee = percent ? parseFeeTierText(percent) : null;
    if (fee) return [fee, lt('pageRead.where.feeTierPill')];
  }
  return null;
}

/** PoolFeaturesBadge: the pool type alone in its badge ("v2", "v3"; Infinity pools say "Infinity | CLAMM"). */
function poolTypeBadge(divs: { el: Element; text: string }[]): 'v2' | 'v3' | null {
  for (const { el, text } of divs) {
    const lower = text.toLowerCase();
    if ((lower === 'v2' || lower === 'v3') && el.parentElement?.childElementCount === 1) return lower;
  }
  return null;
}

function depositAmounts(doc: Document): NonNullable<PageFacts['depositAmounts']> {
  const amounts: NonNullable<PageFacts['depositAmounts']> = [];
  for (const id of ['add-liquidity-input-tokena', 'add-liquidity-input-tokenb']) {
    const panel = doc.getElementById(id);
    const symbol = parsePanelSymbol(textOf(panel?.querySelector('[id="pair"]')));
    const amount = parsePriceText(panel?.querySelector<HTMLInputElement>('input.token-amount-input')?.value ?? '');
    if (symbol && amount) amounts.push({ symbol, amount });
  }
  return amounts;
}

export function readPancakeswapFacts(doc: Document): PageFacts {
  const divs = leaves(doc, 'div');
  const facts: PageFacts = {};
  const readFrom: ReadFrom = {};

  const pair = headerPair(divs);
  const deposits = depositAmounts(doc);
  if (pair) {
    Object.assign(facts, pair);
    readFrom.pair = lt('pageRead.where.headerTokenOrder');
  } else {
    const fallback = readPairFacts(doc);
    if (fallback.symbol0 && fallback.symbol1) {
      Object.assign(facts, { symbol0: fallback.symbol0, symbol1: fallback.symbol1 });
      readFrom.pair = lt('pageRead.where.headingOrTitle');
    }
  }

  const fee = feeTier(doc, divs);
  if (fee) {
    facts.feeTier = fee[0];
    readFrom.feeTier = fee[1];
  }

  const version = poolTypeBadge(divs);
  if (version) {
    facts.version = version;
    readFrom.version = lt('pageRead.where.poolTypeBadge');
  }

  const priceLower = boundInput(divs, /^min price$/i);
  const priceUpper = boundInput(divs, /^max price$/i);
  if (priceLower) {
    facts.priceLower = priceLower;
    readFrom.priceLower = lt('pageRead.where.inputUnder', { label: 'Min Price' });
  }
  if (priceUpper) {
    facts.priceUpper = priceUpper;
    readFrom.priceUpper = lt('pageRead.where.inputUnder', { label: 'Max Price' });
  }

  const price = headerPrice(divs);
  if (price) {
    facts.price = price;
    readFrom.price = lt('pageRead.where.headerUnder', { label: 'Current Price' });
  }

  if (deposits.length > 0) {
    facts.depositAmounts = deposits;
    readFrom.depositAmounts = lt('pageRead.where.depositPanels');
  }
  return Object.keys(readFrom).length > 0 ? { ...facts, readFrom } : facts;
}
