import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  MAX_PAIR_DISPLAY_LENGTH,
  hasLookAlikeCharacters,
  pairForDisplay,
  symbolForDisplay,
} from '../../../core/symbol-text';
import { MAX_SYMBOL_LENGTH, parseTokenSymbol } from '../../../core/page-text';
import { OverlayViewSchema } from '../../../lib/messages/overlay';
import { overlayHeader } from '../../../lib/present/overlay-header';
import { detectPoolPage } from '../../../core/index';

const ref = detectPoolPage(
  'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
)!;

const LOOK_ALIKES: [string, string][] = [
  ['Cyrillic Е (U+0415)', 'W\u0415TH'],
  ['Greek Ε (U+0395)', 'W\u0395TH'],
  ['Cyrillic С in USDС', 'USD\u0421'],
  ['full-width ＷＥＴＨ', 'ＷＥＴＨ'],
  ['mathematical bold 𝐖𝐄𝐓𝐇', '𝐖𝐄𝐓𝐇'],
  ['mathematical sans-serif 𝖶𝖤𝖳𝖧', '𝖶𝖤𝖳𝖧'],
  ['circled Ⓦ', 'ⓌETH'],
  ['small capitals ᴡᴇᴛʜ', 'ᴡᴇᴛʜ'],
  ['a combining mark on an ASCII letter', 'WE\u0336TH'],
  ['regional indicators 🇼🇪🇹🇭 (drawn as letters on some systems)', '🇼🇪🇹🇭'],
  ['Cherokee Ꮃ', '\u13B3ETH'],
  ['the micro sign µ', 'µUSD'],
];

describe('look-alike symbols are flagged', () => {
  it.each(LOOK_ALIKES)('%s', (_name, symbol) => {
    expect(hasLookAlikeCharacters(symbol)).toBe(true);
    expect(symbolForDisplay(symbol)).toBe(`${symbol} (look-alike letters)`);
  });

  it.each(['WETH', 'USDC', 'cbBTC', 'USD+', '$WIF', 'wstETH', 'USDC.e', '🦄', 'PEPE🐸', '❤', '👍🏽', '<b>'])(
    'plain symbol %s is not flagged',
    (symbol) => {
      expect(hasLookAlikeCharacters(symbol)).toBe(false);
      expect(symbolForDisplay(symbol)).toBe(symbol);
    },
  );

  it('any non-ASCII letter is flagged, even in a script with nothing to imitate (conservative)', () => {
    expect(hasLookAlikeCharacters('狗狗')).toBe(true);
  });

  it('a symbol that still carries an invisible character (older cache) is shown cleaned and flagged', () => {
    expect(symbolForDisplay('WE\u2060TH')).toBe('WETH (look-alike letters)');
    expect(symbolForDisplay('US\u202EDC')).toBe('USDC (look-alike letters)');
  });

  it('pairs: "A / B", each side flagged on its own; null unless both are known', () => {
    expect(pairForDisplay('USDC', 'WETH')).toBe('USDC / WETH');
    expect(pairForDisplay('USDC', 'W\u0395TH')).toBe('USDC / W\u0395TH (look-alike letters)');
    expect(pairForDisplay(undefined, 'WETH')).toBeNull();
    expect(pairForDisplay('USDC', '')).toBeNull();
  });

  it('property: a display pair of two parsed symbols fits MAX_PAIR_DISPLAY_LENGTH and the overlay schema', () => {
    const symbol = fc
      .string({
        unit: fc.constantFrom('A', 'z', '9', '$', 'Ж', 'Ｗ', '𝐖', '🦄', '❤️', 'E\u0301', '\u2060'),
        minLength: 1,
        maxLength: MAX_SYMBOL_LENGTH,
      })
      .map(parseTokenSymbol)
      .filter((s): s is string => s !== null);
    fc.assert(
      fc.property(symbol, symbol, (a, b) => {
        const pair = pairForDisplay(a, b)!;
        expect(pair.length).toBeLessThanOrEqual(MAX_PAIR_DISPLAY_LENGTH);
        expect(v.is(OverlayViewSchema.entries.pool, overlayHeader(ref, { symbol0: a, symbol1: b }).pool)).toBe(true);
      }),
    );
    const widest = 'Ж'.repeat(MAX_SYMBOL_LENGTH);
    expect(overlayHeader(ref, { symbol0: widest, symbol1: widest }).pool).toBe(
      `${widest} (look-alike letters) / ${widest} (look-alike letters)`,
    );
  });

  it('the overlay header shows the flag', () => {
    expect(overlayHeader(ref, { symbol0: 'USDC', symbol1: 'ＷＥＴＨ' }).pool).toBe(
      'USDC / ＷＥＴＨ (look-alike letters)',
    );
  });
});
