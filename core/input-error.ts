/**
 * The typed input error, in a file of its own without decimal.js: the page-text parsers run in the
 * content script on the DEX's page and stay free of decimal.js, yet they report bad input the same way
 * as the math does. numbers.ts re-exports everything here.
 */

export type InputErrorReason =
  | 'not-a-number'
  | 'not-finite'
  | 'not-positive'
  | 'negative'
  | 'out-of-range'
  | 'order'
  | 'sum'
  | 'length'
  | 'missing'
  | 'too-few'
  | 'overflow'
  | 'not-text';

/** A typed input error: the field it is about and a short, greppable reason, plus a sentence for people. */
export class LpInputError extends Error {
  override readonly name = 'LpInputError';
  constructor(
    readonly field: string,
    readonly reason: InputErrorReason,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The named inputs of a function that takes an object: anything else is a missing input, not a TypeError. */
export function namedInputs<T extends object>(value: T, field = 'input'): T {
  if (typeof value !== 'object' || value === null) {
    throw new LpInputError(field, 'missing', 'needs an object of named inputs');
  }
  return value;
}

/**
 * A text input (page text, a token symbol): a string, nothing else. A number or null is not coerced to
 * "NaN" or "null", which would read as a symbol; it is an input error, reason 'not-text'.
 */
export function checkedText(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new LpInputError(field, 'not-text', 'must be text');
  return value;
}
