/**
 * The payoff chart (issue 10): full size in the popup calculator, compact in the overlay. The read-out at
 * probed prices, reached from the keyboard only, must show the core's own figures for those prices.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  Decimal,
  analyzePosition,
  buildPoolModel,
  payoffCurve,
  percent,
  priceGrid,
  usd,
  type AnalysisInput,
} from '../../core/index';
import { CHART_POINTS } from '../../lib/present/payoff-model';
import { FAKE_POOL } from './fake-api';
import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';

const POOL_PAGE = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;

/** The calculator's example figures (DEFAULT_VALUES), as core takes them: concentrated, price 2000, range 1500–2500. */
const POOL = { kind: 'concentrated', price: '2000', priceLower: '1500', priceUpper: '2500' } as const;
const INPUT: AnalysisInput = {
  pool: POOL,
  feeTier: '0.003',
  tvlUsd: '10000000',
  volume24hUsd: '5000000',
  depositUsd: '10000',
  horizonDays: '30',
  volatility: '0.8',
};

/** What the read-out must say at a move of the WETH-like token0's price, from core's projection grid. */
function expectedAt(moveText: string) {
  const a = analyzePosition(INPUT);
  const model = buildPoolModel(POOL);
  const deposit = new Decimal(10_000);
  const fees = a.dailyFeesWhileInRangeUsd.mul(30);
  const timeInRange = { sigma: 0.8, years: new Decimal(30).div(365).toNumber() };
  const [row] = priceGrid(model, deposit, fees, { quote: 'token1', timeInRange, moves: [moveText] });
  const move = new Decimal(moveText);
  // HODL: the token0 share of the deposit moves with the price, token1's keeps its dollars.
  const w0 = model.token0ValueShare;
  const hodl = deposit.mul(new Decimal(1).minus(w0).plus(w0.mul(move.plus(1))));
  const lp = hodl.mul(row!.il.plus(1));
  return {
    lp: usd(lp),
    hodl: usd(hodl),
    lpFees: usd(lp.plus(row!.feesUsd)),
    ilUsd: usd(row!.ilUsd, { signed: true }),
    il: percent(row!.il, { signed: true }),
  };
}

async function readout(page: Page) {
  const text = (id: string) => page.getByTestId(`payoff-readout-${id}`).textContent();
  return {
    price: await text('price'),
    lp: await text('lp'),
    hodl: await text('hodl'),
    lpFees: await text('lp-fees'),
    ilUsd: await text('il-usd'),
    il: await text('il'),
  };
}

test.describe('payoff chart', () => {
  test('popup: arrow keys reach three probed prices and the read-out shows core’s figures', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await page.getByTestId('tab-calculator').click();
    await page.getByTestId('kind').selectOption('concentrated');
    await expect(page.getByTestId('input-price')).toHaveValue('2000');
    await expect(page.getByTestId('input-priceLower')).toHaveValue('1500');
    await expect(page.getByTestId('input-priceUpper')).toHaveValue('2500');
    const chart = page.getByTestId('payoff-chart');
    await expect(chart).toHaveAttribute('data-size', 'full');

    // Where the probed prices sit among the chart's samples, from core with the same inputs.
    const a = analyzePosition(INPUT);
    const curve = payoffCurve(a.projection.model, a.depositUsd, {
      feesUsd: a.projection.feesUsd,
      timeInRange: a.projection.options.timeInRange!,
      points: CHART_POINTS,
    });
    const indexOf = (m: string) => curve.points.findIndex((p) => p.move.eq(m));
    // Samples run from -75 % to +75 % by 3.75 % (41 of them), with the range ends and break-evens added.
    const [low, dip, now, top] = [indexOf('-0.25'), indexOf('-0.15'), indexOf('0'), indexOf('0.25')];
    expect(Math.min(low, dip, now, top)).toBeGreaterThan(0);

    // Keyboard only: Tab until the chart has focus (no click, no programmatic focus).
    const plot = page.getByTestId('payoff-plot');
    for (let i = 0; i < 60 && !(await plot.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(plot).toBeFocused();
    await expect(page.getByTestId('payoff-cursor')).toBeVisible();
    await expect(page.getByTestId('payoff-readout')).toHaveAttribute('aria-live', 'polite');

    // The cursor starts at today's price, 2,000: no move, no loss, LP = HODL = the deposit; LP + fees adds
    // the fees core expects on a path ending there.
    const [unmoved] = priceGrid(buildPoolModel(POOL), new Decimal(10_000), a.dailyFeesWhileInRangeUsd.mul(30), {
      timeInRange: { sigma: 0.8, years: new Decimal(30).div(365).toNumber() },
      moves: ['0'],
    });
    expect(await readout(page)).toEqual({
      price: '2,000 token1 per token0',
      lp: '$10,000',
      hodl: '$10,000',
      lpFees: usd(unmoved!.feesUsd.plus(10_000)),
      ilUsd: '$0.00',
      il: '0 %',
    });
    await expect(plot).toHaveAttribute('aria-valuetext', '2,000 token1 per token0');

    // Probe 1: the range's top, 2,500 (+25 %): ArrowRight as many samples along as core puts it.
    for (let i = now; i < top; i++) await page.keyboard.press('ArrowRight');
    expect(await readout(page)).toEqual({ price: '2,500 token1 per token0', ...expectedAt('0.25') });
    await chart.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: 'test-results/payoff-chart-popup.png' });

    // Probe 2: 1,700 (-15 %), ArrowLeft back past today's price.
    for (let i = top; i > dip; i--) await page.keyboard.press('ArrowLeft');
    expect(await readout(page)).toEqual({ price: '1,700 token1 per token0', ...expectedAt('-0.15') });

    // Probe 3: the range's bottom, 1,500 (-25 %).
    for (let i = dip; i > low; i--) await page.keyboard.press('ArrowLeft');
    expect(await readout(page)).toEqual({ price: '1,500 token1 per token0', ...expectedAt('-0.25') });
    await expect(plot).toHaveAttribute('aria-valuenow', String(low));

    // Home and End reach the chart's ends; the data table holds every sample.
    await page.keyboard.press('End');
    await expect(page.getByTestId('payoff-readout-price')).toHaveText(/^[\d,.]+ token1 per token0$/);
    await expect(chart.locator('details tbody tr')).toHaveCount(curve.points.length);
    const axe = await new AxeBuilder({ page }).include('[data-testid="payoff-chart"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await chart.screenshot({ path: 'test-results/payoff-chart-popup-chart.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await chart.screenshot({ path: 'test-results/payoff-chart-popup-dark.png' });
    const dark = await new AxeBuilder({ page }).include('[data-testid="payoff-chart"]').analyze();
    expect(dark.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('overlay: the live Uniswap pool page shows the compact chart, readable from the keyboard', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
    await expect.poll(() => lens.attr('payoff-chart', 'data-size')).toBe('compact');
    // The fixture pool reads in USDC per WETH (USDC is token0): the read-out names that unit.
    await expect.poll(() => lens.text('payoff-readout-price')).toMatch(/^[\d,.]+ USDC per WETH$/);
    const start = await lens.text('payoff-readout-price');
    await lens.focus('payoff-plot');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => lens.text('payoff-readout-price')).not.toBe(start);
    await expect.poll(() => lens.text('payoff-readout-lp')).toMatch(/^\$[\d,.]+$/);
    await expect.poll(() => lens.attr('payoff-readout', 'aria-live')).toBe('polite');
    // The chart adds no serious accessibility violation to the overlay, light or dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await lens.axe();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    }
    await lens.evaluate('payoff-chart', (el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: 'test-results/payoff-chart-overlay-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: 'test-results/payoff-chart-overlay.png' });
    expect(errors).toEqual([]);
  });
});
