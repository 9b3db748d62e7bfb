import { expect, test } from '@playwright/test';

test('an invalid config.json stops the app with a page naming the key and the problem', async ({
  page,
}) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { apiBaseUrl: '/api/v1', mockApi: 'yes' } }),
  );
  await page.goto('/');
  const error = page.getByRole('alert');
  await expect(error).toContainText('The dashboard could not start');
  await expect(error).toContainText('mockApi: Invalid input: expected boolean, received string');
});

test('a config.json that is not JSON says so', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ body: '{ apiBaseUrl: /api/v1 ', contentType: 'application/json' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('/config.json is not valid JSON');
});

test.describe('in a browser that blocks service workers', () => {
  test.use({ serviceWorkers: 'block' });

  test('the page renders and says the built-in mock could not start', async ({ page }) => {
    // A view other than the default one, which arrives drawn and asks the mock for nothing.
    await page.goto('/?from=2013');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('The built-in mock data service could not start')).toBeVisible();
    await expect(page.getByText(/^The mock data service did not start: .+/)).toBeVisible();
  });
});
