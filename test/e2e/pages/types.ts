/** What a fixture URL shows: the generic template (dex.html) filled from these fields, or a real-markup file. */
export interface FixturePage {
  /**
   * A real-markup fixture under test/fixtures/pages/sites/, served as it is (the other fields are then
   * unused). Each such file cites the frontend source it reproduces.
   */
  file?: string;
  title: string;
  heading?: string;
  badge?: string;
  range?: { min: string; max: string; current: string };
  /** Amounts typed into the add-liquidity form (Uniswap's CurrencyInputPanel markup, see dex.html). */
  deposit?: { symbolA: string; amountA: string; symbolB: string; amountB: string };
  /** Text placed in the page as text nodes (never markup) to check the overlay treats it as data. */
  hostile?: string;
  /** The page's own script attacks the overlay: reads it, rewrites a figure, removes the warnings (dex.html). */
  attackOverlay?: boolean;
}
