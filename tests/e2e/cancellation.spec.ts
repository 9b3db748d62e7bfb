import { expect, test } from '@playwright/test';

test('a filter change cancels the request it supersedes, and the newer view is drawn', async ({
  page,
}) => {
  const aborted: string[] = [];
  page.on('requestfailed', (request) => {
    if (request.url().includes('/api/v1/observations'))
      aborted.push(new URL(request.url()).searchParams.get('region') ?? '');
  });
  // Every API answer takes 3 seconds: the first view's request is still in flight when the
  // regions change (other years would need no request: a yearly series is loaded whole).
  await page.goto('/?scenario=slow&indicator=poverty-rate&region=CN-GZ&from=2012&to=2016');
  await page.getByText('Regions', { exact: true }).click({ timeout: 15_000 });
  await page.getByRole('checkbox', { name: 'China' }).check();
  const panel = page.getByRole('region', { name: 'Rural poverty rate' });
  await expect(panel.getByTestId('echart')).toHaveAttribute(
    'aria-label',
    /China: 10\.2 % in 2012 to 4\.5 % in 2016.*Guizhou: 26\.8 % in 2012/,
    { timeout: 15_000 },
  );
  expect(aborted).toContain('CN-GZ');
  await expect(panel.getByRole('alert')).toHaveCount(0);
});
