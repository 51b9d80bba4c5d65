/**
 * SushiSwap's pool and v3 add-liquidity pages, read from the markup of sushi-labs/sushiswap at commit 541a02a
 * (2026-08-20), apps/web/src/app/(networks)/(evm)/[chainId]/ (fixture: test/fixtures/pages/sites/sushiswap/):
 * - pair and version: PoolHeader (pool/_ui/pool-header.tsx) renders the pair as a link "USDC/ETH" (pool order,
 *   wrapped native shown unwrapped) followed by a badge "V3" / "V2"; no heading element. Fallback: the title
 *   "BUY & SELL USDC/WETH | Sushi 🍣" (pool/v3/[address]/layout.tsx);
 * - fee tier: the same header's `<span>Fee</span>0.05%`;
 * - range: PriceBlock cards (_ui/select-prices-widget.tsx): a CardTitle "Min Price" / "Max Price", a
 *   CardDescription "{token1} per {token0}", and an unlabelled input (testdata-id "min-price-input" /
 *   "max-price-input"); "0" and "∞" stand for a full-range side and are not prices;
 * - current price: the line "{token0} = {price} {token1} $usd" above the range presets. The site hides it at
 *   the lg breakpoint (`lg:hidden`) but it is the site's own figure, so it is read from the markup; it is kept
 *   only when quoted in the range's unit (after "switch tokens" both change together);
 * - deposit: Web3Input.Currency ids "add-liquidity-token0|1": amount in input[testdata-id="{id}-input"], symbol
 *   in #{id}-button (no token selector) or the #{id} selector button's span.
 * Percentages (the chart's brush labels) are never read: parsePriceText rejects them.
 */
import { parseFeeTierText, parsePairLabel, parsePriceText, parseTokenSymbol } from '../../../core/page-text';
import type { PageFacts } from '../../../lib/messages/page';
import { lt } from '../../../lib/i18n/localized-text';

type ReadFrom = NonNullable<PageFacts['readFrom']>;
const BADGES: Readonly<Record<string, 'v2' | 'v3'>> = { V2: 'v2', V3: 'v3' };
/** Elements looked at per query: the header and form are near the top of a small page. */
const MAX_SCANNED = 200;

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').trim();

function first<T extends Element>(list: NodeListOf<T>, test: (el: T) => boolean): T | undefined {
  const count = Math.min(list.length, MAX_SCANNED);
  for (let i = 0; i < count; i++) if (test(list[i]!)) return list[i];
  return undefined;
}

function readHeader(doc: Document, readFrom: ReadFrom): PageFacts {
  const facts: PageFacts = {};
  const link = first(doc.querySelectorAll('a'), (a) => Object.hasOwn(BADGES, text(a.nextElementSibling)));
  const label = link ? parsePairLabel(text(link)) : null;
  if (link && label) {
    const badge = text(link.nextElementSibling);
    Object.assign(facts, { symbol0: label.symbol0, symbol1: label.symbol1, version: BADGES[badge] });
    readFrom.pair = lt('pageRead.where.headerLinkBeforeBadge', { badge });
    readFrom.version = lt('pageRead.where.headerBadgeNamed', { badge });
  } else {
    const title = /^BUY & SELL (.+)$/.exec(doc.title.split('|')[0]!.trim());
    const fromTitle = title ? parsePairLabel(title[1]!) : null;
    if (fromTitle) {
      Object.assign(facts, { symbol0: fromTitle.symbol0, symbol1: fromTitle.symbol1 });
      readFrom.pair = lt('pageRead.where.pageTitle');
    }
  }
  const feeLabel = first(doc.querySelectorAll('span'), (span) => text(span) === 'Fee');
  const fee = feeLabel ? parseFeeTierText(text(feeLabel.parentElement).slice(3)) : null;
  if (fee) {
    facts.feeTier = fee;
    readFrom.feeTier = lt('pageRead.where.headerNextTo', { label: 'Fee' });
  }
  return facts;
}

/** A PriceBlock: its card holds the title, the "{token1} per {token0}" line and the input. */
function priceBlock(doc: Document, title: string): { value: string | null; unit: [string, string] | null } | null {
  const heading = first(doc.querySelectorAll('h3'), (h) => text(h) === title);
  const card = heading?.parentElement?.parentElement;
  if (!heading || !card) return null;
  const unit = /^(\S+) per (\S+)$/.exec(text(heading.nextElementSibling));
  const symbols = unit ? [parseTokenSymbol(unit[2]!), parseTokenSymbol(unit[1]!)] : [];
  const input = card.querySelector<HTMLInputElement>(
    `input[testdata-id="${title === 'Min Price' ? 'min' : 'max'}-price-input"]`,
  );
  return {
    value: parsePriceText(input?.value ?? ''),
    unit: symbols[0] && symbols[1] ? [symbols[0], symbols[1]] : null,
  };
}

function readRange(doc: Document, readFrom: ReadFrom): PageFacts & { unit?: [string, string] } {
  const min = priceBlock(doc, 'Min Price');
  const max = priceBlock(doc, 'Max Price');
  const facts: PageFacts & { unit?: [string, string] } = {};
  const unit = min?.unit ?? max?.unit;
  if (unit) facts.unit = unit;
  if (min?.value && max?.value) {
    facts.priceLower = min.value;
    facts.priceUpper = max.value;
    readFrom.priceLower = lt('pageRead.where.inputInCard', { label: 'Min Price' });
    readFrom.priceUpper = lt('pageRead.where.inputInCard', { label: 'Max Price' });
  }
  if (!unit) return facts;
  // "USDC = 0.0004 ETH $1.00": the price of the first token in the second, in the range's unit only.
  const line = first(doc.querySelectorAll('div.items-baseline'), (div) => /^\S+ = [\d.,]+ \S+/.test(text(div)));
  const match = line ? /^(\S+) = ([\d.,]+) (\S+)/.exec(text(line)) : null;
  const price = match ? parsePriceText(match[2]!) : null;
  if (match && price && parseTokenSymbol(match[1]!) === unit[0] && parseTokenSymbol(match[3]!) === unit[1]) {
    facts.price = price;
    readFrom.price = lt('pageRead.where.lineAbovePresets', { base: unit[0], quote: unit[1] });
  }
  return facts;
}

function readDeposit(doc: Document, readFrom: ReadFrom): PageFacts {
  const amounts: NonNullable<PageFacts['depositAmounts']> = [];
  for (const id of ['add-liquidity-token0', 'add-liquidity-token1']) {
    const amount = parsePriceText(doc.querySelector<HTMLInputElement>(`input[testdata-id="${id}-input"]`)?.value ?? '');
    const shown = doc.getElementById(`${id}-button`) ?? doc.getElementById(id)?.querySelector('span.text-xl');
    const symbol = parseTokenSymbol(text(shown));
    if (amount && symbol) amounts.push({ symbol, amount });
  }
  if (amounts.length === 0) return {};
  readFrom.depositAmounts = lt('pageRead.where.liquidityInputs', { label: 'Liquidity' });
  return { depositAmounts: amounts };
}

export function readSushiswapFacts(doc: Document): PageFacts {
  const readFrom: ReadFrom = {};
  const header = readHeader(doc, readFrom);
  const { unit, ...range } = readRange(doc, readFrom);
  const facts: PageFacts = { ...header, ...range, ...readDeposit(doc, readFrom) };
  // No header (the /pool/v3/add form): the range's unit still names the pair, in the page's order.
  if (!facts.symbol0 && unit) {
    facts.symbol0 = unit[0];
    facts.symbol1 = unit[1];
    readFrom.pair = lt('pageRead.where.unitUnder', { label: 'Min Price' });
  }
  return Object.keys(readFrom).length > 0 ? { ...facts, readFrom } : facts;
}
