import { expect, test } from '@playwright/test';

test('a filter change cancels the request it supersedes, and the newer view is drawn', async ({
  page,
}) => {
  const aborted: string[] = [];
  page.on('requestfailed', (request) => {
    if (request.url().includes('/api/v1/observations'))
      aborted.push(new URL(request.url()).searchParams.get('from') ?? '');
  });
  // Every API answer takes 3 seconds: the first view's requests are still in flight when the
  // filter changes.
  await page.goto('/?scenario=slow&indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
  await page.getByRole('combobox', { name: 'From' }).selectOption('2014', { timeout: 15_000 });
  const panel = page.getByRole('region', { name: 'Rural poverty rate' });
  await expect(panel.getByTestId('echart')).toHaveAttribute(
    'aria-label',
    /18 % in 2014 to 10\.6 % in 2016/,
    {
      timeout: 15_000,
    },
  );
  expect(aborted).toContain('2012');
  await expect(panel.getByRole('alert')).toHaveCount(0);
});
