// @ts-check
const { test, expect } = require('@playwright/test');

const BASE_URL = process.env.E2E_BASE_URL || 'http://localhost:3000';
const USER = {
  email: process.env.E2E_USER_EMAIL || 'qa@example.com',
  password: process.env.E2E_USER_PASSWORD || 'correct-horse-battery',
};

test.describe('login', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`${BASE_URL}/login`);
  });

  test('shows an error for a wrong password', async ({ page }) => {
    await page.getByLabel('Email').fill(USER.email);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(/invalid email or password/i);
  });

  test('signs in and passes the 2FA challenge', async ({ page }) => {
    await page.getByLabel('Email').fill(USER.email);
    await page.getByLabel('Password').fill(USER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The one-time-code step belongs here. I don't know which selectors your
    // 2FA screen uses or how the test account gets its TOTP secret, so I
    // haven't guessed at it: fill in the code entry and submit yourself,
    // then the assertions below should pass unchanged.

    await expect(page).toHaveURL(`${BASE_URL}/dashboard`);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  });
});
