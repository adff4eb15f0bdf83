import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot, waitForHydration } from '../fixtures';
import { DASHBOARD, ORG, PLAN, VIEWPORTS } from '../fixtures/demo';

const PLAN_FEED = `/feeds/${ORG}/${PLAN}.atom`;
const C4_FEED = `/feeds/${ORG}/${PLAN}/C4.atom`;
const CALENDAR = `/calendar/${ORG}/${PLAN}.ics`;
const FEED_LINKS = 'head link[rel="alternate"][type="application/atom+xml"]';

/*
 * Following a plan (issue 16): the dashboard's HTML names the plan's feed in its head as the
 * server sends it; in the browser the "Follow this plan" links answer with the feed and the
 * calendar, and after moving to a commitment in the app the head names that commitment's feed.
 */
test('the dashboard names its feed in its head and its Follow links give the feed and the calendar', async ({
  page,
}) => {
  const html = await (await page.request.get(DASHBOARD)).text();
  expect(html).toMatch(
    new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${PLAN_FEED}">`),
  );

  await page.setViewportSize(VIEWPORTS[0]);
  await page.goto(DASHBOARD);
  await waitForHydration(page);
  await expect(page.locator(FEED_LINKS)).toHaveCount(1);
  await expect(page.locator(FEED_LINKS)).toHaveAttribute('href', PLAN_FEED);
  const follow = page.locator('.follow-plan');
  await expect(follow).toContainText('Follow this plan');
  const links = [
    { name: 'Atom feed', href: PLAN_FEED, type: 'application/atom+xml; charset=utf-8' },
    { name: 'Calendar of due dates (.ics)', href: CALENDAR, type: 'text/calendar; charset=utf-8' },
  ];
  for (const { name, href, type } of links) {
    const link = follow.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', href);
    const response = await page.request.get(href);
    expect({ name, status: response.status(), type: response.headers()['content-type'] }).toEqual({
      name,
      status: 200,
      type,
    });
  }
  await screenshot(page, `follow-dashboard-${VIEWPORTS[0].width}`);
  await expectNoAxeViolations(page);

  await page.setViewportSize(VIEWPORTS[1]);
  await page
    .getByRole('link', { name: /^C4 Publish Islamophobia complaints data/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/commitments\/C4$/);
  await expect(page.locator('.follow-plan')).toContainText('Follow this commitment');
  await expect(page.locator(FEED_LINKS)).toHaveCount(1);
  await expect(page.locator(FEED_LINKS)).toHaveAttribute('href', C4_FEED);
  await screenshot(page, `follow-commitment-${VIEWPORTS[1].width}`);
  await expectNoAxeViolations(page);
});
