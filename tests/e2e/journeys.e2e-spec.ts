import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { wcagViolations } from './support/accessibility';
import { ROOT } from './support/app-server';
import { baseUrl } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** Every page the journeys visit, for review (not in git). `E2E_UPDATE_DOCS=1` also refreshes docs/dashboard.png. */
const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

// The journeys of issue 6: what programme managers, team leads and council members do in the web app, in Dutch,
// with axe on every page visited and a screenshot of each for review.
const MANAGER = 'manager@demodam.example';
const TEAM_LEAD = 'teamlead@demodam.example';
const COUNCIL = 'raad@demodam.example';

describe('journeys', () => {
  const suite = browserSuite({ screenshots: SCREENSHOTS });
  const { signIn, screenshot } = suite;
  let page: Page;
  let context: BrowserContext;
  beforeEach(() => {
    ({ page, context } = suite);
  });

  /**
   * Checks through the API what the page saved, as the signed-in user: with the page's HttpOnly session cookie
   * (the browser context's cookies) and, as the web app does, the CSRF cookie's value in X-XSRF-TOKEN.
   */
  async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
    const csrf = (await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const response = await context.request.fetch(`${baseUrl()}/api/v1/${path}`, {
      method: init.method ?? 'GET',
      headers: { 'X-XSRF-TOKEN': csrf, 'Content-Type': 'application/json' },
      data: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status(), body: (await response.json()) as T };
  }

  async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await page.waitForTimeout(100);
    }
  }

  async function expectAccessible(): Promise<void> {
    expect(await wcagViolations(page)).toEqual([]);
  }

  async function chooseOption(label: string, option: string | RegExp): Promise<void> {
    // By keyboard, as a keyboard-only user opens a Material select.
    await page.getByRole('combobox', { name: label }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: option }).first().click();
  }

  it('manager filters the wijken and opens a startwijk’s timeline with tasks, dependencies and milestones', async () => {
    await signIn(MANAGER);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wijken' }).waitFor();
    await page.getByRole('link', { name: 'Bomenbuurt' }).waitFor();
    await chooseOption('Tranche', 'Startwijken');
    await page.getByRole('link', { name: 'Vogelwijk' }).waitFor({ state: 'detached' });
    expect(await page.locator('tr.mat-mdc-row').count()).toBe(4);
    await screenshot('wijken-list');
    await expectAccessible();

    await page.getByRole('link', { name: 'Bomenbuurt' }).click();
    await page.getByRole('heading', { level: 1, name: /Bomenbuurt/ }).waitFor();
    const timeline = page.getByRole('group', { name: 'Tijdlijn van de taken' });
    await timeline.waitFor();
    expect(await timeline.getByRole('button').count()).toBe(27);
    expect(await timeline.locator('path.arrow').count()).toBeGreaterThan(20);
    expect(await timeline.locator('line.today').count()).toBe(1);
    expect(await timeline.locator('line.deadline').count()).toBe(2);
    await page.getByRole('cell', { name: '31 december 2030' }).waitFor();
    await screenshot('wijk-timeline');
    await expectAccessible();
  });

  it('manager creates a wijk from the template, with Dutch field errors first, and sees it on its timeline', async () => {
    await signIn(MANAGER);
    await page.goto(`${baseUrl()}/wijken`);
    await page.getByText('Nieuwe wijk toevoegen').click();
    await page.getByLabel('Wijk', { exact: true }).fill('Parkwijk');
    await page.getByLabel('CBS-wijkcode').fill('Parkwijk');
    await page.getByLabel('Start', { exact: true }).fill('2028-03-01');
    await page.getByLabel('Aardgasvrij in').fill('2027-12-31');
    await page.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await page.getByText('Vul een CBS-wijkcode in: WK en zes cijfers, bijvoorbeeld WK036301.').waitFor();
    await screenshot('wijk-create-errors');
    await expectAccessible();

    await page.getByLabel('CBS-wijkcode').fill('WK990199');
    await page.getByLabel('Aardgasvrij in').fill('2036-12-31');
    await page.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: /Parkwijk/ }).waitFor();
    const timeline = page.getByRole('group', { name: 'Tijdlijn van de taken' });
    await timeline.waitFor();
    expect(await timeline.getByRole('button').count()).toBe(27);
    await screenshot('wijk-created');
  });

  it('manager moves a task with the keyboard form; a start before its predecessor is refused in Dutch', async () => {
    await signIn(MANAGER);
    const wijken = await api<{ items: { id: string; name: string }[] }>('wijken?sort=name&pageSize=200');
    const vogelwijk = wijken.body.items.find((wijk) => wijk.name === 'Vogelwijk');
    await page.goto(`${baseUrl()}/wijken/${vogelwijk?.id}`);
    await page.getByRole('heading', { level: 1, name: /Vogelwijk/ }).waitFor();

    // Keyboard only: focus the bar, pick it with Enter, fill in the form and save with Enter.
    const bar = page.getByRole('button', { name: /^Projectplan wijkaanpak: van / });
    await bar.focus();
    await page.keyboard.press('Enter');
    const start = page.getByLabel('Start', { exact: true });
    // ngModel writes the picked task's dates into the fields a tick after the pick.
    await waitUntil(async () => (await start.inputValue()) !== '');
    const current = await start.inputValue();
    expect(current).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Earlier than the wijk analysis allows.
    const save = page.getByRole('button', { name: 'Opslaan' });
    await start.fill('2026-01-05');
    await save.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Deze taak kan pas beginnen als “/).waitFor();
    await screenshot('wijk-move-refused');

    const later = new Date(Date.parse(`${current}T00:00:00Z`) + 4 * 7 * 86_400_000).toISOString().slice(0, 10);
    await start.fill(later);
    await page.getByRole('spinbutton', { name: 'Duur' }).fill('10');
    await save.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Projectplan wijkaanpak is opgeslagen.').waitFor();

    const tasks = await api<{ items: { name: string; pinnedStart: string | null; minDurationWeeks: number; version: number }[] }>(
      `tasks?wijkId=${vogelwijk?.id}&pageSize=200`,
    );
    const saved = tasks.body.items.find((task) => task.name === 'Projectplan wijkaanpak');
    expect(saved).toMatchObject({ pinnedStart: later, minDurationWeeks: 10, version: 2 });
    await screenshot('wijk-move-saved');
    await expectAccessible();
  });

  it('manager drags a task bar four weeks later on the timeline and the new start is saved', async () => {
    await signIn(MANAGER);
    const wijken = await api<{ items: { id: string; name: string }[] }>('wijken?sort=name&pageSize=200');
    const wijk = wijken.body.items.find((item) => item.name === 'Sterrenwijk');
    await page.goto(`${baseUrl()}/wijken/${wijk?.id}`);
    const bar = page.getByRole('button', { name: /^Wijkanalyse \(gebouwen, eigendom, netten\): van / });
    await bar.waitFor();
    // The timeline scrolls sideways: bring the bar into view before grabbing it.
    await bar.locator('rect.task').scrollIntoViewIfNeeded();
    const box = await bar.locator('rect.task').boundingBox();
    if (!box) throw new Error('bar not rendered');
    // 1.5 px a day: four weeks is 42 px.
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 10, y);
    await page.mouse.down();
    for (let step = 1; step <= 6; step++) await page.mouse.move(box.x + 10 + step * 7, y);
    await page.mouse.up();
    await page.getByRole('status').getByText('Wijkanalyse (gebouwen, eigendom, netten) is opgeslagen.').waitFor();
    const tasks = await api<{ items: { name: string; pinnedStart: string | null; earliestStart: string | null }[] }>(
      `tasks?wijkId=${wijk?.id}&pageSize=200`,
    );
    const moved = tasks.body.items.find((task) => task.name.startsWith('Wijkanalyse'));
    expect(moved?.pinnedStart).not.toBeNull();
    await screenshot('wijk-dragged');
  });

  it('works on a tablet: the timeline and the board fit and stay usable at 768 × 1024', async () => {
    await suite.reopen({ viewport: { width: 768, height: 1024 }, locale: 'nl-NL', hasTouch: true });
    ({ page, context } = suite);
    await signIn(TEAM_LEAD);
    await page.goto(`${baseUrl()}/toewijzingen`);
    await page.getByRole('heading', { name: 'Taken zonder toewijzing' }).waitFor();
    await screenshot('tablet-board');
    await expectAccessible();
    await page.goto(`${baseUrl()}/wijken`);
    await page.getByRole('link', { name: 'Bomenbuurt' }).click();
    await page.getByRole('group', { name: 'Tijdlijn van de taken' }).waitFor();
    await screenshot('tablet-wijk');
    await expectAccessible();
  });

  it('team lead assigns a task on the board and sees the person’s load change', async () => {
    await signIn(TEAM_LEAD);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Toewijzingen' }).click();
    await page.getByRole('heading', { name: 'Taken zonder toewijzing' }).waitFor();
    // Unassigned tasks by discipline (h3) and, within each, by the week the work would start (h4), earliest first.
    const weeks = page.getByRole('heading', { level: 4, name: /^Week \d{1,2}, vanaf \d{1,2} \w+\.? \d{4}$/ });
    await weeks.first().waitFor();
    expect(await weeks.count()).toBeGreaterThan(1);
    await screenshot('board');
    await expectAccessible();

    // A person and an open task of the same discipline.
    const card = page.locator('.person').first();
    const person = (await card.locator('a').innerText()).trim();
    const discipline = (await card.locator('.discipline').innerText()).trim();
    await chooseOption('Discipline', discipline);
    const firstTask = page.locator('li.task').first();
    const taskName = (await firstTask.locator('.task-name').innerText()).split(' — ')[0];
    await firstTask.getByRole('button', { name: /^Kiezen/ }).click();
    const loadBefore = await card.locator('.load').innerText();
    await chooseOption('Medewerker', new RegExp(`^${person} — `));
    // The load bar already counts the draft before anything is saved.
    await waitUntil(async () => (await card.locator('.load').innerText()) !== loadBefore);
    // An over-allocation is warned about with the draft, before anything is saved; saving then needs a second press.
    await page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    const saved = page.getByRole('status').getByText(`“${taskName}” is toegewezen aan ${person}.`);
    const anyway = page.getByRole('button', { name: 'Toch toewijzen' });
    await saved.or(anyway).or(page.locator('mat-error')).first().waitFor();
    expect(await page.locator('mat-error').allInnerTexts()).toEqual([]);
    if (await anyway.isVisible()) {
      await page.getByRole('alert').filter({ hasText: 'Let op:' }).waitFor();
      await screenshot('board-over-allocation-warning');
      await anyway.click();
    }
    await saved.waitFor();
    expect(await card.locator('.load').innerText()).not.toBe(loadBefore);
    const assignments = await api<{ total: number }>('assignments');
    expect(assignments.body.total).toBeGreaterThanOrEqual(1);
    await screenshot('board-assigned');
  });

  it('manager runs a forecast, follows its progress live and sees the shortfall heat map on the dashboard', async () => {
    await signIn(MANAGER);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Prognoses' }).click();
    await page.getByRole('heading', { name: 'Nieuwe prognose' }).waitFor();
    await expectAccessible();
    await page.getByRole('spinbutton', { name: 'Aantal simulaties' }).fill('0');
    await page.getByRole('button', { name: 'Prognose starten' }).click();
    await page.getByText('Vul een heel getal van 1 tot en met 5000 in.').waitFor();

    await page.getByRole('spinbutton', { name: 'Aantal simulaties' }).fill('200');
    await page.getByRole('spinbutton', { name: 'Startwaarde' }).fill(String(Date.now() % 100000));
    await page.getByRole('button', { name: 'Prognose starten' }).click();
    const progress = page.getByRole('progressbar', { name: 'Voortgang van de prognose' });
    await progress.waitFor();
    await screenshot('forecast-progress');
    await page.getByRole('status').getByText(/Klaar — 100%/).waitFor({ timeout: 90_000 });
    await page.getByRole('heading', { name: /^Uitkomst van / }).waitFor();
    // The council report of this run is one link away (the reports page opens with it chosen).
    expect(await page.getByRole('link', { name: 'Maak het raadsrapport van deze prognose.' }).getAttribute('href')).toMatch(
      /^\/raadsrapportage\?prognose=[0-9a-f-]{36}$/,
    );
    await screenshot('forecast-result');
    await expectAccessible();
    // The run's phase comes from the API in Dutch; in English the page says it in English.
    await page.getByRole('radio', { name: /^EN/ }).click();
    await page.getByRole('status').getByText(/Done — 100%\s*· Done/).waitFor();
    await page.getByRole('radio', { name: /^NL/ }).click();
    await page.getByRole('status').getByText(/Klaar — 100%\s*· Klaar/).waitFor();

    // Figures for the note, not a bar: a test never asserts a wall-clock time (design.md).
    const clicked = Date.now();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Capaciteitstekort per discipline en maand' }).waitFor();
    await page.locator('wk-shortfall-heat-map canvas').first().waitFor();
    process.stdout.write(`e2e figures: dashboard with heat map drawn ${Date.now() - clicked} ms after the click\n`);
    if (process.env.E2E_UPDATE_DOCS === '1') {
      // The README's picture: the whole dashboard in one tall viewport, both charts redrawn at that size.
      await page.locator('wk-demand-capacity-chart canvas').first().waitFor();
      await page.setViewportSize({ width: 1280, height: 1640 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(ROOT, 'docs', 'dashboard.png'), animations: 'disabled' });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await page.getByRole('button', { name: 'Toon de cijfers als tabel' }).click();
    const table = page.getByRole('table', { name: /Tekort in fte \(P50\)/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(12);
    await page.locator('wk-demand-capacity-chart canvas').first().waitFor();
    await screenshot('dashboard-forecast');
    await expectAccessible();
    expect(await table.locator('thead th').count()).toBe(1 + 36);

    // The whole horizon (to 2050): the same heat map and table over every month, kept in the address.
    await page.getByRole('radiogroup', { name: 'Periode van de heatmap en de grafiek' }).getByRole('radio', { name: 'Tot en met 2050' }).click();
    await page.waitForURL('**/dashboard?periode=alles');
    await waitUntil(async () => (await table.locator('thead th').count()) > 1 + 36);
    const months = (await table.locator('thead th').count()) - 1;
    const now = new Date();
    expect(months).toBe((2050 - now.getFullYear()) * 12 + (12 - now.getMonth()));
    expect(await table.locator('thead th').last().innerText()).toBe('2050-12');
    const drawn = await page.evaluate(() =>
      performance.getEntriesByName('wk:heat-map').map((entry) => (entry as PerformanceMeasure).detail as { rows: number; periods: number }),
    );
    expect(drawn.at(-1)).toEqual({ rows: 12, periods: months });
    await screenshot('dashboard-horizon');
    await expectAccessible();
  });

  it('manager builds a scenario from the plan in a form and compares it side by side with the plan', async () => {
    await signIn(MANAGER);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Scenario's" }).click();
    await page.getByRole('heading', { name: 'Nieuw scenario op basis van het plan' }).waitFor();
    await page.getByRole('button', { name: 'Scenario opslaan' }).click();
    await page.getByText('Vul dit veld in.').waitFor();

    await page.getByLabel('Naam van het scenario').fill('Twee extra energieadviseurs');
    await page.getByRole('spinbutton', { name: 'Aantal mensen' }).fill('2');
    await chooseOption('Discipline', 'Energieadviseur (woningeigenaren)');
    await page.getByLabel('Vanaf').fill('2027-03-01');
    // Inhuur needs an hourly rate (the plan refuses external staff without one): a field error first.
    const rate = page.getByRole('spinbutton', { name: 'Uurtarief' });
    expect(await rate.inputValue()).toBe('110');
    await rate.fill('0');
    await page.getByRole('button', { name: 'Scenario opslaan' }).click();
    await page.getByText('Vul een uurtarief in van 1 tot en met 1000 euro.').waitFor();
    await rate.fill('95');
    await page.getByRole('button', { name: 'Scenario opslaan' }).click();
    await page.getByRole('status').getByText('Scenario “Twee extra energieadviseurs” is opgeslagen').waitFor();
    const row = page.getByRole('row', { name: /^Energieadviseur \(woningeigenaren\)/ });
    await row.waitFor();
    await page.getByRole('heading', { level: 3, name: 'Twee extra energieadviseurs' }).waitFor();
    await page.getByText('Energieadviseur (woningeigenaren) (extra 2): 36 uur, voor 80%').waitFor();
    // Milestone dates side by side, from the plan's forecast of the journey before.
    const milestones = page.getByRole('table', { name: /^Mijlpalen: deadline/ });
    await milestones.waitFor();
    expect(await milestones.locator('tbody tr').count()).toBeGreaterThan(10);
    await screenshot('scenarios-compare');
    await expectAccessible();

    // Promote it to the plan of record: a dialog asks first; cancelling changes nothing.
    const promote = page.getByRole('button', { name: /^Tot plan maken\W+Twee extra energieadviseurs$/ });
    await promote.click();
    const dialog = page.getByRole('dialog', { name: 'Scenario “Twee extra energieadviseurs” tot plan maken?' });
    await dialog.waitFor();
    await screenshot('scenarios-promote-dialog');
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
    const scenarios = await api<{ items: { id: string; name: string; promotedAt: string | null }[] }>('scenarios?pageSize=200');
    const scenario = scenarios.body.items.find((item) => item.name === 'Twee extra energieadviseurs');
    expect(scenario?.promotedAt).toBeNull();
    const staffBefore = await api<{ total: number }>('staff-members?pageSize=1');

    await promote.click();
    await dialog.getByRole('button', { name: 'Ja, tot plan maken' }).click();
    await page.getByRole('status').getByText('Scenario “Twee extra energieadviseurs” is nu het vastgestelde plan.').waitFor();
    await page.getByText(/^Tot plan gemaakt op /).waitFor();
    expect(await page.getByRole('button', { name: /^Tot plan maken\W+Twee extra energieadviseurs$/ }).count()).toBe(0);
    const promoted = await api<{ promotedAt: string | null; promotedForecastId: string | null }>(`scenarios/${scenario?.id}`);
    expect(promoted.body.promotedAt).not.toBeNull();
    const staffAfter = await api<{ total: number }>('staff-members?pageSize=1');
    expect(staffAfter.body.total).toBe(staffBefore.body.total + 2);
    const added = await api<{ items: { name: string; hourlyRate: number | null; employmentType: string }[] }>(
      'staff-members?employmentType=external&pageSize=200',
    );
    expect(added.body.items.filter((member) => member.name.startsWith('Energieadviseur (woningeigenaren) (extra '))).toEqual([
      expect.objectContaining({ hourlyRate: 95 }),
      expect.objectContaining({ hourlyRate: 95 }),
    ]);
    await screenshot('scenarios-promoted');
    await expectAccessible();
  });

  it('council member sees the plan without any edit control, and the API refuses an edit with their token', async () => {
    await signIn(COUNCIL);
    const wijken = await api<{ items: { id: string; name: string }[] }>('wijken?startwijk=true');
    const wijk = wijken.body.items[0];
    await page.goto(`${baseUrl()}/wijken/${wijk?.id}`);
    await page.getByRole('group', { name: 'Tijdlijn van de taken' }).waitFor();
    // Its risks from the plan's forecast: each milestone's chance on time, P50 and P80, what holds it back.
    const risks = page.getByRole('table', { name: 'Risico’s' });
    await risks.waitFor();
    expect(await risks.locator('tbody tr').count()).toBe(2);
    expect(await risks.locator('tbody tr td.num').first().innerText()).toMatch(/^\d{1,3}%$/);
    expect(await page.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    expect(await page.locator('form').count()).toBe(0);
    await screenshot('council-wijk');
    await expectAccessible();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Toewijzingen' }).click();
    await page.getByText('Je kijkt mee: wijzigen kan niet met jouw rol.').waitFor();
    expect(await page.getByRole('button', { name: /^Kiezen/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Toewijzen' }).count()).toBe(0);
    await expectAccessible();

    for (const [path, heading, control] of [
      ['/prognoses', 'Prognoses', 'Prognose starten'],
      ['/scenarios', "Scenario's", 'Scenario opslaan'],
      ['/wijken', 'Wijken', 'Wijk toevoegen'],
    ] as const) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('button', { name: control }).count()).toBe(0);
      expect(await page.getByText(control).count()).toBe(0);
    }
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Naar de prognoses' }).count()).toBe(0);
    await screenshot('council-dashboard');
    await expectAccessible();

    const tasks = await api<{ items: { id: string; version: number }[] }>(`tasks?wijkId=${wijk?.id}&pageSize=1`);
    const task = tasks.body.items[0];
    const refused = await api(`tasks/${task?.id}`, { method: 'PATCH', body: { version: task?.version, pinnedStart: '2030-01-07' } });
    expect(refused.status).toBe(403);
  });

  it('manager reads a person’s allocation and the staff list, in English and back in Dutch', async () => {
    await signIn(MANAGER);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Medewerkers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medewerkers' }).waitFor();
    await page.getByText(/medewerkers, samen .* fte voor het programma/).waitFor();
    await screenshot('staff-list');
    await expectAccessible();

    await page.getByRole('link', { name: 'Joris Dekker' }).click();
    await page.getByRole('heading', { name: 'Inzet per week' }).waitFor();
    await page.getByRole('cell', { name: 'Zwangerschaps- en bevallingsverlof' }).waitFor();
    await screenshot('staff-member');
    await expectAccessible();

    await page.getByRole('radio', { name: /^EN/ }).click();
    await page.getByRole('heading', { name: 'Allocation per week' }).waitFor();
    await page.getByRole('radio', { name: /^NL/ }).click();
    await page.getByRole('heading', { name: 'Inzet per week' }).waitFor();
  });
});
