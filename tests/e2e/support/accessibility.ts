import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA: the bar Dutch government web applications must meet. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The page's WCAG violations, one readable line per failing element (empty when the page passes).
 * A contrast failure is checked again after a pause (twice at most): CI caught a field error at
 * 3.73:1 (its red about 70 % opaque) in two of four runs of 7 Dec 2026, a test that passed in the
 * others and locally. A passing state goes by; a colour people read stays, so a real contrast
 * fault still fails.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  let result = await checkSettled(page);
  for (let again = 0; again < 2 && result.violations.some((v) => v.id === 'color-contrast'); again++) {
    await page.waitForTimeout(500);
    result = await checkSettled(page);
  }
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    ),
  );
}

async function checkSettled(page: Page) {
  await settledAnimations(page);
  return new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
}

/**
 * Waits for the page's finite animations and transitions (a field error fading in, a dialog
 * opening) to end, so contrast is checked on the colours people read, not on a frame halfway
 * through a fade. Endless ones (spinners) are left running. A fade may start a frame or two after
 * its element appears, so it looks again after two frames until none is running.
 */
async function settledAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let round = 0; round < 10; round++) {
      await frame();
      await frame();
      const running = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
      if (running.length === 0) return;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
  });
}
