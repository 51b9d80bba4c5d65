import { test, expect } from './fixtures';

test.describe('popup calculator in a real Chromium', () => {
  test('constant product: known figures for a $10k deposit into a 0.30 % pool', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await page.getByTestId('tab-calculator').click();
    await page.getByTestId('kind').selectOption('constant-product');
    await page.getByTestId('input-tvlUsd').fill('10000000');
    await page.getByTestId('input-volume24hUsd').fill('5000000');
    await page.getByTestId('input-feeTierPct').fill('0.3');
    await page.getByTestId('input-depositUsd').fill('10000');
    await page.getByTestId('input-horizonDays').fill('30');
    await page.getByTestId('input-volatilityPct').fill('80');

    // IL at +100 % is the published -5.719 %; at -75 % (r = 1/4) it is -20 %; at +400 % (r = 5) 2*sqrt5/6 - 1.
    await expect(page.getByTestId('grid-row-1').getByTestId('grid-il')).toHaveText('-5.72 %');
    await expect(page.getByTestId('grid-row--0.75').getByTestId('grid-il')).toHaveText('-20.00 %');
    await expect(page.getByTestId('grid-row-4').getByTestId('grid-il')).toHaveText('-25.46 %');
    // Pool APR = 5M * 0.3 % * 365 / 10M = 54.75 %; share = 10k / 10.01M = 0.0999 %.
    await expect(page.getByTestId('pool-fee-apr')).toHaveText('54.75 %');
    await expect(page.getByTestId('fee-share')).toHaveText('0.0999 %');
    // LVR at 80 % volatility: 0.8^2 / 8 = 8 % a year.
    await expect(page.getByTestId('lvr-rate')).toHaveText('8.00 % a year');
    await expect(page.getByTestId('source')).toContainText('the example figures');
    await page.screenshot({ path: 'test-results/popup-constant-product.png', fullPage: true });
  });

  test('updates as the user types, and shows an inline error instead of numbers for bad input', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await page.getByTestId('tab-calculator').click();
    await page.getByTestId('kind').selectOption('concentrated');
    await page.getByTestId('input-price').fill('2000');
    await page.getByTestId('input-priceLower').fill('1000');
    await page.getByTestId('input-priceUpper').fill('4000');
    // [P/2, 2P] has capital efficiency 2 + sqrt 2 = 3.41×.
    await expect(page.getByTestId('capital-efficiency')).toHaveText('3.41×');

    await page.getByTestId('input-priceUpper').fill('900');
    await expect(page.getByTestId('error-priceLower')).toHaveText(
      'The min price must be below the max price: swap the two, or change one of them.',
    );
    await expect(page.getByTestId('no-result')).toBeVisible();

    await page.getByTestId('input-priceUpper').fill('4000');
    await page.getByTestId('input-depositUsd').fill('abc');
    await expect(page.getByTestId('error-depositUsd')).toContainText('must be a number, like 2500');
    await expect(page.getByTestId('input-depositUsd')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('body')).not.toContainText('NaN');

    await page.getByTestId('input-depositUsd').fill('10000');
    await expect(page.getByTestId('capital-efficiency')).toHaveText('3.41×');
    await page.screenshot({ path: 'test-results/popup-concentrated.png', fullPage: true });
  });

  test('weighted 80/20 and stableswap give their published IL', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await page.getByTestId('tab-calculator').click();
    await page.getByTestId('kind').selectOption('weighted');
    await page.getByTestId('input-weight0Pct').fill('80');
    await expect(page.getByTestId('grid-row-1').getByTestId('grid-il')).toHaveText('-3.27 %');
    await page.getByTestId('input-weight0Pct').fill('120');
    await expect(page.getByTestId('error-weight0Pct')).toHaveText(
      'Weight of token0 must be more than 0 and less than 100 %.',
    );

    await page.getByTestId('kind').selectOption('stableswap');
    await page.getByTestId('input-stablePrice').fill('1');
    await page.getByTestId('input-amplification').fill('0.000000000001');
    // With A -> 0 the pool is constant product: at +10 % (the stable grid's widest move), 2*sqrt(1.1)/2.1 - 1
    // = -0.113 %. The stable grid runs from -10 % to +10 %, not -90 % to +400 % (issue 8, case 4).
    await expect(page.getByTestId('grid-row-0.1').getByTestId('grid-il')).toHaveText('-0.11 %');
    await expect(page.getByTestId('grid-row-1')).toHaveCount(0);
    await expect(page.getByTestId('input-volatilityPct')).toHaveValue('2');
    await expect(page.getByTestId('depeg-token0-0.5')).toBeVisible();
  });
});

test.describe('deposit split and a target price (issue 10)', () => {
  test('a range at the current price splits the deposit, and a typed price gives LP vs HODL, IL and fees', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await page.getByTestId('tab-calculator').click();
    await page.getByTestId('kind').selectOption('constant-product');
    // x*y = k holds half of each by value: $10,000 goes in as $5,000 of each.
    await expect(page.getByTestId('deposit-split')).toContainText('$10,000 goes in as $5,000.00 of token0 (50.00 %)');
    await page.getByTestId('kind').selectOption('concentrated');
    await page.getByTestId('input-price').fill('2000');
    await page.getByTestId('input-priceLower').fill('1000');
    await page.getByTestId('input-priceUpper').fill('4000');
    // [P/2, 2P] at P: token0 is worth (1/sqrt(P) - 1/sqrt(2P)) * P / value per L = 1/2 of the deposit too.
    await expect(page.getByTestId('deposit-split')).toContainText('(50.00 %)');
    await page.getByTestId('target-price').fill('4000');
    // At the upper end the position is all token1: LP value is the deposit's liquidity times (sqrt(pb) -
    // sqrt(pa)); HODL is 5,000 x 2 + 5,000 = $15,000. The numbers come from the core's grid row for +100 %.
    await expect(page.getByTestId('target-hodl')).toHaveText('$15,000');
    const gridIl = (await page.getByTestId('grid-row-1').getByTestId('grid-il').textContent()) ?? 'missing';
    await expect(page.getByTestId('target-il')).toContainText(gridIl);
    await page.getByTestId('target-price').fill('-5');
    await expect(page.getByTestId('target-error')).toHaveText('The target price must be more than 0.');
  });
});
