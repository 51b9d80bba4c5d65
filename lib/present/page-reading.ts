/**
 * What the overlay read on the DEX page and what it could not, so a missing range or fee tier is said out
 * loud instead of silently analysed without. Which facts a page should give depends on its kind: a pool page
 * names the pair and the fee tier, an add-liquidity form of a concentrated pool also the range and the price.
 */
import type { PageKind, PoolKind } from '../../core/index';
import type { PageFacts } from '../messages/page';
import { say, t, type Said } from '../i18n/index';

type Fact = 'pair' | 'feeTier' | 'range' | 'price' | 'depositAmounts';

const FACT_NAMES: Record<Fact, string> = {
  pair: t('pageRead.pair'),
  feeTier: t('pageRead.feeTier'),
  range: t('pageRead.range'),
  price: t('pageRead.price'),
  depositAmounts: t('pageRead.amounts'),
};

function expectedFacts(pageKind: PageKind, poolKind: PoolKind | null): Fact[] {
  if (pageKind === 'position') return ['pair'];
  if (pageKind === 'pool') return ['pair', 'feeTier'];
  return poolKind === 'concentrated' ? ['pair', 'feeTier', 'range', 'price'] : ['pair', 'feeTier'];
}

function hasFact(facts: PageFacts, fact: Fact): boolean {
  switch (fact) {
    case 'pair':
      return facts.symbol0 !== undefined && facts.symbol1 !== undefined;
    case 'range':
      return facts.priceLower !== undefined && facts.priceUpper !== undefined;
    case 'depositAmounts':
      return (facts.depositAmounts?.length ?? 0) > 0;
    default:
      return facts[fact] !== undefined;
  }
}

/** Where a fact came from, as the reader recorded it ("range: inputs under Min price / Max price"). */
function whereFrom(facts: PageFacts, fact: Fact): Said | undefined {
  const from = facts.readFrom;
  if (!from) return undefined;
  if (fact === 'range') return from.priceLower ?? from.priceUpper;
  return from[fact];
}

export interface PageReading {
  /** "pair (page title)", "range (inputs under Min price / Max price)". */
  read: string[];
  /** Facts this kind of page shows that were not found: "fee tier", "current price". */
  notRead: string[];
}

export function pageReading(facts: PageFacts, pageKind: PageKind, poolKind: PoolKind | null): PageReading {
  const read: string[] = [];
  for (const fact of ['pair', 'feeTier', 'range', 'price', 'depositAmounts'] as const) {
    if (!hasFact(facts, fact)) continue;
    const from = whereFrom(facts, fact);
    read.push(from ? t('pageRead.from', { fact: FACT_NAMES[fact], from: say(from) }) : FACT_NAMES[fact]);
  }
  const notRead = expectedFacts(pageKind, poolKind)
    .filter((fact) => !hasFact(facts, fact))
    .map((fact) => FACT_NAMES[fact]);
  return { read, notRead };
}
