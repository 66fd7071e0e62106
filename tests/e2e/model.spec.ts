import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForPage } from './pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const width of [1280, 390]) {
  test(`/model at ${width}px: the card's figures equal /api/model, no horizontal page overflow, no serious WCAG 2.1 AA violation`, async ({
    page,
    request,
  }) => {
    const card = (await (await request.get('/api/model')).json()) as {
      version: string;
      headline: { accuracy: number; spearman: number };
      confusion: number[][];
      ablation: { predictor: string }[];
      indices: { label: string }[];
      titleCoder: { available: boolean; rows?: { top1: number }[] };
    };
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/model');
    await waitForPage(page);
    await expect(page.getByTestId('model-version')).toContainText(card.version);
    await expect(page.getByTestId('model-headline')).toContainText(card.headline.accuracy.toFixed(3));
    await expect(page.getByTestId('model-headline')).toContainText(card.headline.spearman.toFixed(3));
    await expect(page.getByTestId('model-confusion').locator('tbody tr').first()).toContainText(
      card.confusion[0]![0]!.toLocaleString('en-US'),
    );
    await expect(page.getByTestId('model-ablation').locator('tbody tr')).toHaveCount(card.ablation.length);
    await expect(page.getByTestId('model-indices')).toContainText(card.indices[0]!.label);
    await expect(page.getByRole('img', { name: 'Reliability diagram (test tasks)' })).toBeVisible();
    // The title coder's held-out figures when one is committed, else the labelled empty slot.
    await expect(page.getByTestId('title-coder')).toContainText(
      card.titleCoder.available ? card.titleCoder.rows![0]!.top1.toFixed(3) : 'Not yet available',
    );
    await expect(page.getByTestId('model-limits')).toContainText('US occupations only');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });
}

test('every exposure score links to the model card, and /model is in the navigation', async ({ page }) => {
  for (const path of ['/', '/occupations', '/occupations/15-1252.00', '/industries']) {
    await page.goto(path);
    const link = page.getByTestId('how-computed').first();
    await expect(link, path).toHaveAttribute('href', '/model');
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Model' }).click();
  await expect(page).toHaveURL(/\/model$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the exposure scores are computed');
});
