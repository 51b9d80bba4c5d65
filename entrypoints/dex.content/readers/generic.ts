/**
 * The page reader most DEX apps fit: the pair and fee tier from the main heading or the title, a range being
 * typed from inputs labelled min/max price, and the current price from a "Current price" line. Every string
 * goes through core's page-text parsers; nothing is kept that does not parse.
 */
import { parseFeeTierText, parsePairLabel, parsePriceText, parseTokenSymbol } from '../../../core/page-text';
import type { PageFacts } from '../../../lib/messages/page';
import { lt, type Said } from '../../../lib/i18n/localized-text';

/** Visible text read for the price line is capped: the reader must stay cheap on huge pages. */
const MAX_TEXT_SCANNED = 20_000;

export function readPairFacts(doc: Document, candidates: (string | null | undefined)[] = []): PageFacts {
  const texts: [string | null | undefined, Said][] = [
    ...candidates.map((text) => [text, lt('pageRead.where.page')] as [string | null | undefined, Said]),
    [doc.querySelector('h1')?.textContent, lt('pageRead.where.mainHeading')],
    [doc.title.split('|')[0], lt('pageRead.where.pageTitle')],
  ];
  for (const [text, where] of texts) {
    const label = text ? parsePairLabel(text) : null;
    if (label) {
      return {
        symbol0: label.symbol0,
        symbol1: label.symbol1,
        ...(label.feeTier ? { feeTier: label.feeTier } : {}),
        readFrom: { pair: where, ...(label.feeTier ? { feeTier: where } : {}) },
      };
    }
  }
  return {};
}

function inputValue(doc: Document, pattern: RegExp): string | undefined {
  for (const input of doc.querySelectorAll<HTMLInputElement>('input[aria-label]')) {
    if (pattern.test(input.getAttribute('aria-label') ?? '')) {
      const price = parsePriceText(input.value);
      return price ?? undefined;
    }
  }
  return undefined;
}

export function readRangeFacts(doc: Document): PageFacts {
  const priceLower = inputValue(doc, /\b(min(imum)?|low(er)?)\s+price\b/i);
  const priceUpper = inputValue(doc, /\b(max(imum)?|high(er)?|upper)\s+price\b/i);
  // innerText, not textContent: script and hidden text must not pass for the price the user sees. It costs a
  // layout, which is why reads are bounded (route change, three retries, debounced typing).
  // biome-ignore lint/performance/useDomNodeTextContent: only rendered text may count, as said above.
  const text = (doc.body?.innerText ?? '').slice(0, MAX_TEXT_SCANNED);
  const currentMatch = /current price[:\s]+([\d,]+(?:\.\d+)?)/i.exec(text);
  const price = currentMatch ? (parsePriceText(currentMatch[1]!) ?? undefined) : undefined;
  const inputs = lt('pageRead.where.minMaxInputs');
  return {
    ...(priceLower ? { priceLower } : {}),
    ...(priceUpper ? { priceUpper } : {}),
    ...(price ? { price } : {}),
    readFrom: {
      ...(priceLower ? { priceLower: inputs } : {}),
      ...(priceUpper ? { priceUpper: inputs } : {}),
      ...(price ? { price: lt('pageRead.where.line', { label: 'Current price' }) } : {}),
    },
  };
}

export function readFeeTierText(doc: Document, selector: string): PageFacts {
  for (const el of doc.querySelectorAll(selector)) {
    const fee = parseFeeTierText(el.textContent ?? '');
    if (fee) return { feeTier: fee };
  }
  return {};
}

/**
 * The amounts typed into an add-liquidity form. Uniswap's interface and its forks (PancakeSwap, SushiSwap v2)
 * render each side as a CurrencyInputPanel with id "add-liquidity-input-tokena" / "-tokenb" (Uniswap/interface
 * src/pages/AddLiquidity/index.tsx), holding the symbol in ".token-symbol-container" and the amount in
 * "input.token-amount-input" (src/components/CurrencyInputPanel/index.tsx). A side left empty or zero is not
 * read; a form with one side typed is a one-sided deposit, which a range outside the price allows.
 */
export function readDepositAmounts(doc: Document): PageFacts {
  const amounts: NonNullable<PageFacts['depositAmounts']> = [];
  for (const id of ['add-liquidity-input-tokena', 'add-liquidity-input-tokenb']) {
    const panel = doc.getElementById(id);
    const symbol = parseTokenSymbol(panel?.querySelector('.token-symbol-container')?.textContent ?? '');
    const amount = parsePriceText(panel?.querySelector<HTMLInputElement>('input.token-amount-input')?.value ?? '');
    if (symbol && amount) amounts.push({ symbol, amount });
  }
  return amounts.length > 0
    ? { depositAmounts: amounts, readFrom: { depositAmounts: lt('pageRead.where.addLiquidityForm') } }
    : {};
}

/** Several readers' facts as one, their readFrom notes merged (a plain spread would keep only the last). */
export function mergeFacts(...parts: PageFacts[]): PageFacts {
  const readFrom = Object.assign({}, ...parts.map((part) => part.readFrom ?? {}));
  const merged: PageFacts = Object.assign({}, ...parts);
  delete merged.readFrom;
  return Object.keys(readFrom).length > 0 ? { ...merged, readFrom } : merged;
}

export function readGenericFacts(doc: Document): PageFacts {
  return mergeFacts(readPairFacts(doc), readRangeFacts(doc), readDepositAmounts(doc));
}
