import { expect, test } from '@playwright/test';

test('200 filter changes leave one chart per panel and a bounded heap', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.locator('section.panel[data-state="ready"]')).toHaveCount(3);

  const cdp = await page.context().newCDPSession(page);
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };
  // Every chart marks its creation and its disposal, so undisposed ones show even when their
  // elements are gone.
  const liveCharts = () =>
    page.evaluate(
      () =>
        performance.getEntriesByName('chart-created').length -
        performance.getEntriesByName('chart-disposed').length,
    );
  const before = await heapAfterGc();

  const from = page.getByRole('combobox', { name: 'From' });
  const years = ['2013', '2014', '2015', '2012'];
  await page.getByText('Regions', { exact: true }).click();
  const china = page.getByRole('checkbox', { name: 'China' });
  await page.getByText('Indicators', { exact: true }).click();
  const population = page.getByRole('checkbox', { name: 'Rural poor population' });
  for (let change = 0; change < 200; change++) {
    // Years redraw charts; regions change their series; an indicator mounts and unmounts a
    // whole panel with its chart.
    if (change % 5 === 4) await china.setChecked(!(await china.isChecked()));
    else if (change % 5 === 3) await population.setChecked(!(await population.isChecked()));
    else await from.selectOption(years[change % years.length] as string);
  }

  const panels = page.locator('section.panel');
  await expect(page.locator('section.panel[data-state="ready"][aria-busy="false"]')).toHaveCount(
    await panels.count(),
  );
  // 40 indicator toggles: 20 panels unmounted, each disposing its chart.
  expect(
    await page.evaluate(() => performance.getEntriesByName('chart-disposed').length),
  ).toBeGreaterThanOrEqual(20);
  expect(await liveCharts()).toBe(await panels.count());

  const after = await heapAfterGc();
  const growthMb = (after - before) / 1024 / 1024;
  const figure = `JS heap after GC: ${(before / 1024 / 1024).toFixed(1)} MB before, ${(after / 1024 / 1024).toFixed(1)} MB after 200 filter changes (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB)`;
  test.info().annotations.push({ type: 'heap', description: figure });
  console.log(figure);
  expect(growthMb).toBeLessThan(10);
});
