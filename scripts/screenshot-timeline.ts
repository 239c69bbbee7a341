// A screenshot of the timeline page for the README, made the way the browser tests drive it: a
// child, typical term dates and a plan entered through the forms, two school emails saved from the
// saved Gmail and Yahoo pages. Needs the e2e build (npx wxt build --mode e2e), then:
//   npx tsx scripts/screenshot-timeline.ts [out.png]
import { Harness } from './support/extension-browser';

const out = process.argv[2] ?? 'docs/screenshot-timeline.png';
const h = await Harness.launch();
try {
  const page = await h.extensionPage('timeline.html');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: 'Add your child' }).click();
  await page.getByTestId('child-name').fill('Sam Bennett');
  await page.getByTestId('child-school').fill('Oakfield Primary School');
  await page.getByTestId('child-senders').fill('oakfield.sch.uk');
  await page.getByTestId('child-year').selectOption('Year 2');
  await page.getByTestId('child-status-sen-support').check();
  await page.getByTestId('child-primary-need').selectOption('SLCN');
  await page.getByTestId('child-save').click();
  await page.getByTestId('terms-use-default').click();
  await page.getByTestId('terms-save').click();
  await page.getByTestId('tab-plan').click();
  await page.getByTestId('plan-new').click();
  await page.getByTestId('plan-starts').fill('2026-04-20');
  await page.getByTestId('plan-review').fill('2026-07-10');
  await page.getByTestId('plan-add-provision').click();
  await page.getByTestId('provision-what').last().fill('Small group phonics');
  await page.getByTestId('provision-who').last().fill('Mrs Okafor');
  await page.getByTestId('provision-times').last().fill('3');
  await page.getByTestId('provision-per').last().selectOption('week');
  await page.getByTestId('provision-minutes').last().fill('20');
  await page.getByTestId('plan-save').click();
  await page.getByTestId('plan-summary').waitFor();
  for (const fixture of ['gmail-school-collapsed', 'yahoo-message']) {
    const { tabId, page: tab } = await h.openFixture(fixture);
    await h.clip(tabId);
    await tab.close();
  }
  await page.getByTestId('tab-timeline').click();
  await page.getByTestId('attention').waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`Saved ${out}`);
} finally {
  await h.close();
}
