import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  MAX_SYMBOL_LENGTH,
  cleanPageText,
  parseFeeTierText,
  parsePairLabel,
  parsePriceText,
  parseTokenSymbol,
  textLength,
} from '../../../core/page-text';
import { PageFactsSchema } from '../../../lib/messages/page';
import { PoolFiguresSchema } from '../../../lib/messages/pool-data';

describe('page text is cleaned and validated', () => {
  it('strips bidi overrides and control characters, folds spaces, caps the length', () => {
    expect(cleanPageText('US\u202EDC\u202C')).toBe('USDC');
    expect(cleanPageText('a\u0000b\n\tc')).toBe('a b c');
    expect(cleanPageText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
  it('token symbols: 1..24 visible characters without separators', () => {
    expect(parseTokenSymbol(' WETH ')).toBe('WETH');
    expect(parseTokenSymbol('<img src=x onerror=alert(1)>')).toBeNull();
    expect(parseTokenSymbol('A'.repeat(25))).toBeNull();
    expect(parseTokenSymbol('')).toBeNull();
    expect(parseTokenSymbol('<b>')).toBe('<b>'); // kept as text: views render text, never HTML
  });
  it('fee tiers', () => {
    expect(parseFeeTierText('0.05%')).toBe('0.0005');
    expect(parseFeeTierText('0.3 %')).toBe('0.003');
    expect(parseFeeTierText('10%')).toBe('0.1');
    expect(parseFeeTierText('0.01%')).toBe('0.0001');
    expect(parseFeeTierText('1%')).toBe('0.01');
    expect(parseFeeTierText('50%')).toBeNull();
    expect(parseFeeTierText('0%')).toBeNull();
    expect(parseFeeTierText('abc')).toBeNull();
  });
  it('pair labels', () => {
    expect(parsePairLabel('WETH/USDC 0.05%')).toEqual({ symbol0: 'WETH', symbol1: 'USDC', feeTier: '0.0005' });
    expect(parsePairLabel('WETH/USDC 0.05%')!.feeTier).toBe('0.0005');
    expect(parsePairLabel('WETH / USDC')).toEqual({ symbol0: 'WETH', symbol1: 'USDC', feeTier: null });
    expect(parsePairLabel('USDC-WETH 0.3%')!.symbol0).toBe('USDC');
    expect(parsePairLabel('Swap anytime, anywhere.')).toBeNull();
    expect(parsePairLabel('<img src=x onerror=alert(1)>/USDC')).toBeNull();
  });
  it('prices', () => {
    expect(parsePriceText('1,234.56')).toBe('1234.56');
    expect(parsePriceText('002,000.500')).toBe('2000.5');
    expect(parsePriceText('0.000412')).toBe('0.000412');
    expect(parsePriceText('0.000')).toBeNull();
    expect(parsePriceText('-1')).toBeNull();
    expect(parsePriceText('0')).toBeNull();
    expect(parsePriceText('1e5')).toBeNull();
    expect(parsePriceText('∞')).toBeNull();
  });
});

// ---- Hostile text: invisible characters, emoji, lengths (security review) ------------------------------

/** Characters the review found surviving the cleaner; each can hide inside a symbol ("WE\u2060TH" reads as WETH). */
const HIDDEN: [string, string][] = [
  ['U+061C arabic letter mark', '\u061C'],
  ['U+2060 word joiner', '\u2060'],
  ['U+00AD soft hyphen', '\u00AD'],
  ['U+180E mongolian vowel separator', '\u180E'],
  ['U+E0000 tag (unassigned)', '\u{E0000}'],
  ['U+E0001 language tag', '\u{E0001}'],
  ['U+E0041 tag latin capital A', '\u{E0041}'],
  ['U+E007F cancel tag', '\u{E007F}'],
  ['U+FE0F variation selector 16', '\uFE0F'],
  ['U+3164 hangul filler', '\u3164'],
  ['U+034F combining grapheme joiner', '\u034F'],
  ['U+2064 invisible plus', '\u2064'],
  ['U+200B zero width space', '\u200B'],
  ['U+FEFF byte order mark', '\uFEFF'],
  ['U+202E right-to-left override', '\u202E'],
];

const INVISIBLE = /[\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;

/** Any code point, lone surrogates included (cheaper to generate than fast-check's unicode units). */
const anyChar = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
const anyText = (maxLength: number) => fc.string({ unit: anyChar, maxLength });

describe('invisible and format characters never survive', () => {
  it.each(HIDDEN)('%s is stripped from page text', (_name, c) => {
    expect(cleanPageText(`WE${c}TH ${c}price`)).toBe('WETH price');
  });

  it.each(HIDDEN)('%s inside a symbol: the symbol is rejected, never shown as WETH', (_name, c) => {
    expect(parseTokenSymbol(`WE${c}TH`)).toBeNull();
    expect(parsePairLabel(`WE${c}TH/USDC 0.05%`)).toBeNull();
    expect(parsePairLabel(`USDC / W${c}${c}ETH`)).toBeNull();
  });

  it.each(HIDDEN)('%s at the edge of a symbol is dropped (it hides nothing there)', (_name, c) => {
    expect(parseTokenSymbol(`${c}WETH${c}`)).toBe('WETH');
  });

  it('folds every kind of white space (NBSP, ideographic, line/paragraph separators, braille blank)', () => {
    expect(cleanPageText('a\u00A0b\u2028c\u2029d\u3000e\u2800f\u202Fg\u1680h')).toBe('a b c d e f g h');
    expect(parseTokenSymbol('WE\u2800TH')).toBeNull();
  });

  it('composes canonically equivalent text (NFC) but keeps compatibility look-alikes as they are', () => {
    expect(cleanPageText('E\u0301')).toBe('\u00C9');
    // NFKC would turn these into plain "WETH" and hide the imitation; they stay, to be flagged on display.
    expect(parseTokenSymbol('ＷＥＴＨ')).toBe('ＷＥＴＨ');
    expect(parseTokenSymbol('𝐖𝐄𝐓𝐇')).toBe('𝐖𝐄𝐓𝐇');
  });
});

describe('emoji and lengths: one unit (UTF-16 code units) in parsers and schemas', () => {
  it('counts UTF-16 code units, as valibot maxLength does', () => {
    expect(textLength('WETH')).toBe(4);
    expect(textLength('🦄')).toBe(2);
    expect(MAX_SYMBOL_LENGTH).toBe(24);
  });

  it('a symbol with emoji is kept, within the limit', () => {
    expect(parseTokenSymbol('🦄')).toBe('🦄');
    expect(parseTokenSymbol('PEPE🐸')).toBe('PEPE🐸');
    expect(parseTokenSymbol('❤️')).toBe('❤'); // VS16 dropped: same picture, one unit less
    expect(parseTokenSymbol('🦄'.repeat(12))).toBe('🦄'.repeat(12));
    expect(parsePairLabel('🦄🦄/USDC 0.3%')).toEqual({ symbol0: '🦄🦄', symbol1: 'USDC', feeTier: '0.003' });
  });

  it('a symbol over the limit in UTF-16 units is rejected, even if it has few code points', () => {
    expect(parseTokenSymbol('🦄'.repeat(13))).toBeNull(); // 13 code points, 26 units
    expect(parseTokenSymbol('❤️'.repeat(13))).toBe('❤'.repeat(13)); // 26 units before cleaning, 13 after
  });

  it('every symbol the parser accepts passes the message and pool-data schemas', () => {
    const symbolInput = fc.array(fc.oneof(anyText(4), fc.constantFrom('🦄', '❤️', 'A', 'Ε', '\u2060', '\uD83E')), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(symbolInput, (parts) => {
        const symbol = parseTokenSymbol(parts.join(''));
        if (symbol === null) return;
        expect(v.is(PageFactsSchema, { symbol0: symbol })).toBe(true);
        expect(v.is(PoolFiguresSchema, { symbol0: symbol })).toBe(true);
      }),
    );
  });

  it('truncation counts UTF-16 units and never cuts a surrogate pair in half', () => {
    const cut = cleanPageText('🦄'.repeat(50), 10);
    expect(cut).toBe(`${'🦄'.repeat(4)}…`);
    expect(cleanPageText(`a${'🦄'.repeat(10)}`, 6)).toBe('a🦄🦄…'); // 1 + 4 + 1 units; a half emoji would fit
    expect(cleanPageText(`ab${'🦄'.repeat(10)}`, 6)).toBe('ab🦄…');
    expect(cleanPageText('🦄🦄🦄', 6)).toBe('🦄🦄🦄'); // exactly at the limit: untouched
  });

  it('lone surrogates (invalid text) are dropped', () => {
    expect(cleanPageText('WE\uD83ETH')).toBe('WETH');
    expect(parseTokenSymbol('WE\uDC00TH')).toBeNull();
  });

  it('property: the cleaner never outputs an invisible code point or a lone surrogate, and never exceeds the limit', () => {
    const nasty = fc.constantFrom(
      ...HIDDEN.map(([, c]) => c),
      '\u0000',
      '\n',
      '\u00A0',
      '🦄',
      '👨‍👩‍👧',
      '\uD83E',
      '\uDC00',
      'E\u0301',
      ' ',
    );
    const input = fc.array(fc.oneof(anyText(8), nasty), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 40 }), (text, max) => {
        const out = cleanPageText(text, max);
        expect(out).not.toMatch(INVISIBLE);
        expect(textLength(out)).toBeLessThanOrEqual(max);
        expect(out).toBe(out.trim());
      }),
      { numRuns: 500 },
    );
  });
});
