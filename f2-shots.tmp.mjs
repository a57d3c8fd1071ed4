import { chromium } from 'playwright';
const base = 'http://127.0.0.1:5235';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const shots = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, large: true }
];
const paths = (process.argv[2] ?? '/regio/zuid-limburg/budgetten').split(',');
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: s.viewport });
  const page = await ctx.newPage();
  await page.goto(base + '/login');
  await page.getByLabel('E-mailadres').fill('editor@maastricht.example');
  await page.getByLabel('Wachtwoord').fill('Demo-2026!');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  if (s.large) {
    const toggle = page.getByRole('button', { name: /Groot lettertype/ }).or(page.getByLabel(/Groot lettertype/));
    if (await toggle.count()) await toggle.first().click();
  }
  for (const p of paths) {
    await page.goto(base + p);
    await page.waitForLoadState('networkidle');
    const label = p.split('/').filter(Boolean).slice(2).join('-').replace(/[?=&]/g, '_') || 'overview';
    await page.screenshot({ path: `/work/notes/screens/f2/${label}-${s.name}.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
