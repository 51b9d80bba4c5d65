/**
 * The deposit an add-liquidity page is about to make, from the token amounts typed into its form: each
 * amount is matched to one of the pool's tokens by the symbol the form shows next to it, and valued with the
 * pool's own USD prices. Anything that does not match (a symbol the pool does not have, a token without a USD
 * price) means the typed amounts are not used, and the deposit setting stays in force.
 */
import { Decimal, symbolForDisplay } from '../../core/index';
import type { PageFacts } from '../messages/page';
import type { PoolFigures } from '../messages/pool-data';
import { usd } from './format';
import { t } from '../i18n/index';

export interface PageDeposit {
  usd: Decimal;
  /** "1.5 WETH + 4,000 USDC typed on the page". */
  note: string;
}

/** Wrapped and native coin spellings a form may show for the pool's token ("ETH" in the form, WETH in the pool). */
const SAME_COIN: Record<string, string> = { ETH: 'WETH', BNB: 'WBNB', POL: 'WPOL', MATIC: 'WMATIC', AVAX: 'WAVAX' };

const canonical = (symbol: string) => {
  const upper = symbol.trim().toUpperCase();
  return SAME_COIN[upper] ?? upper;
};

export function depositFromPage(facts: PageFacts, figures: PoolFigures): PageDeposit | null {
  const typed = facts.depositAmounts;
  const { symbol0, symbol1, price, token1PriceUsd } = figures;
  if (!typed || !symbol0 || !symbol1 || !price || !token1PriceUsd) return null;
  if (canonical(symbol0) === canonical(symbol1)) return null; // the symbols cannot tell the two tokens apart
  const token1Usd = new Decimal(token1PriceUsd);
  const usdPerToken = { [canonical(symbol0)]: new Decimal(price).mul(token1Usd), [canonical(symbol1)]: token1Usd };
  let total = new Decimal(0);
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const { symbol, amount } of typed) {
    const key = canonical(symbol);
    const unitUsd = usdPerToken[key];
    if (!unitUsd || seen.has(key)) return null;
    seen.add(key);
    const value = new Decimal(amount);
    total = total.plus(value.mul(unitUsd));
    parts.push(`${value.toSignificantDigits(8).toFixed()} ${symbolForDisplay(symbol)}`);
  }
  if (total.lte(0)) return null;
  return { usd: total, note: t('pageDeposit.note', { amounts: parts.join(' + '), usd: usd(total) }) };
}
