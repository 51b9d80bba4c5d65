/**
 * Messages between the popup, the content script and the service worker. Every message is validated with a
 * valibot schema on arrival: the other side may be an older version, or (for page facts) hostile text.
 * A pool reference never travels: the receiver re-derives it from the URL with core's detector.
 */
import * as v from 'valibot';
import { MAX_SYMBOL_LENGTH } from '../../core/page-text';
import { SaidSchema } from '../i18n/localized-text';

const PRICE_TEXT = /^\d{1,30}(\.\d{1,30})?$/;
const priceText = v.pipe(v.string(), v.maxLength(61), v.regex(PRICE_TEXT));
/** Same unit as core's parser: v.maxLength counts UTF-16 code units, as textLength() does. */
const symbol = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SYMBOL_LENGTH));

/** What a content script read from its page, already cleaned by core's page-text parsers. */
export const PageFactsSchema = v.object({
  symbol0: v.optional(symbol),
  symbol1: v.optional(symbol),
  /** Fee tier as a decimal fraction string, e.g. "0.0005". */
  feeTier: v.optional(v.pipe(v.string(), v.maxLength(12), v.regex(/^0(\.\d{1,10})?$/))),
  /** Protocol version the page shows (v2, v3, v4). */
  version: v.optional(v.picklist(['v2', 'v3', 'v4'])),
  priceLower: v.optional(priceText),
  priceUpper: v.optional(priceText),
  price: v.optional(priceText),
  /**
   * Where each fact was read on the page, for people: { pair: 'page title', priceLower: 'input under "Min
   * price"' }. A reader records every fact it read; the overlay names the ones it could not read.
   */
  readFrom: v.optional(
    v.record(
      v.picklist(['pair', 'feeTier', 'version', 'priceLower', 'priceUpper', 'price', 'depositAmounts']),
      // A message key with the page's own labels as parameters (said in the UI's language), or plain text.
      SaidSchema,
    ),
  ),
  /** Token amounts typed into an add-liquidity form, with the symbol shown next to each input. */
  depositAmounts: v.optional(v.pipe(v.array(v.object({ symbol, amount: priceText })), v.minLength(1), v.maxLength(2))),
});
export type PageFacts = v.InferOutput<typeof PageFactsSchema>;

export const GetPagePoolRequestSchema = v.object({ type: v.literal('lens:get-page-pool') });
export type GetPagePoolRequest = v.InferOutput<typeof GetPagePoolRequestSchema>;

export const PagePoolResponseSchema = v.object({
  type: v.literal('lens:page-pool'),
  url: v.pipe(v.string(), v.maxLength(4096)),
  facts: PageFactsSchema,
});
export type PagePoolResponse = v.InferOutput<typeof PagePoolResponseSchema>;

export const getPagePoolRequest = (): GetPagePoolRequest => ({ type: 'lens:get-page-pool' });
