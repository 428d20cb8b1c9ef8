#!/usr/bin/env node
// `npm run bench:charts`: after an edit, how long until the decision tools (charts and comparison
// table) reflect the new inputs, in real Chromium against the production build. Two scenarios (a
// dedicated one with the break-even chart and spike plan, a pay-per-call one with the volume chart),
// 30 edits of calls per month each, 400 ms apart; the time runs from keydown to just after the paint
// of the first frame in which the decisions section shows the edited scenario (an animation-frame
// callback sees the change; a task it queues runs after that frame's paint). Nothing is asserted.
import { pct, withBuiltSite } from './bench-browser.mjs';
import { encodeScenarioParam } from '../src/engine/share-link.ts';

const EDITS = 30;
const PORT = 4177;
const SCENARIOS = {
  dedicated: {
    version: 1,
    offering: 'tencent.dedicated',
    region: 'ap-guangzhou',
    edition: 'basic',
    hours: '500',
    callsPerMonth: '50000000',
    responseKB: '2',
    peakQps: '2000',
  },
  'pay per call': { version: 1, offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: '50000000', responseKB: '2', peakQps: '2000' },
};

await withBuiltSite(PORT, async (browser, base) => {
  console.log(`${EDITS} edits per scenario; Chromium ${browser.version()}`);
  const all = [];
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(`${base}?lang=en&scenario=${encodeScenarioParam(scenario)}`);
    await page.getByTestId('decisions').waitFor();
    await page.evaluate(() => {
      window.benchTimes = [];
      const input = document.querySelector('input[name="callsPerMonth"]');
      document.addEventListener(
        'keydown',
        (ev) => {
          const start = ev.timeStamp;
          const check = () => {
            const shown = JSON.parse(document.querySelector('[data-testid="decisions"]')?.getAttribute('data-inputs') ?? '{}');
            if (String(shown.callsPerMonth) !== input.value) return requestAnimationFrame(check);
            // This frame paints the change: a task queued from its animation callback runs once it has painted.
            setTimeout(() => window.benchTimes.push(performance.now() - start), 0);
          };
          requestAnimationFrame(check);
        },
        true,
      );
    });
    const input = page.locator('input[name="callsPerMonth"]');
    await input.click();
    await input.press('End');
    // The End key changes nothing: only the edits count.
    await page.waitForTimeout(400);
    await page.evaluate(() => {
      window.benchTimes = [];
    });
    for (let i = 0; i < EDITS; i++) {
      await page.keyboard.press(i % 2 === 0 ? String((i % 9) + 1) : 'Backspace');
      await page.waitForTimeout(400);
    }
    const times = await page.evaluate(() => window.benchTimes);
    all.push(...times);
    console.log(
      `  ${name}: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${times.length} edits)`,
    );
    await page.close();
  }
  console.log(`all edits: p95 ${pct(all, 95).toFixed(1)} ms (target ≤ 50 ms)`);
});
