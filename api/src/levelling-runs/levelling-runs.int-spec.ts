import { getQueueToken } from '@nestjs/bullmq';
import { levelProgramme } from '@wijkkracht/planning';
import { Queue } from 'bullmq';
import { runSuite } from '../../test/run-suite';
import { signIn } from '../../test/sign-in';
import { QUEUES } from '../jobs/queue-names';

describe('levelling runs as background jobs', () => {
  const suite = runSuite({ name: 'levelling', path: 'levelling-runs', organisation: { wijken: 2 } });
  const { http, finished, readEvents } = suite;

  let first: { id: string; result: Record<string, unknown> & { tasks: { scheduled: number } } };

  it('levels the plan in the worker and stores the schedule the engine gives for the same seed', async () => {
    const res = await http().post('/api/v1/levelling-runs').set(suite.manager).send({ seed: 7, schedules: 30 }).expect(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'queued', reused: false });
    expect(res.headers.location).toBe(`/api/v1/levelling-runs/${res.body.id}`);
    const run = await finished(res.body.id);
    expect(run.error).toBeUndefined();
    expect(run).toMatchObject({ status: 'completed', progress: 100, phase: 'Klaar', seed: 7, schedules: 30, previousRunId: null });

    const [{ input }] = await suite.db.query(`SELECT input FROM levelling_runs WHERE id = $1`, [run.id]);
    const direct = levelProgramme(input, { seed: 7, schedules: 30 });
    expect(run.result.tasks).toEqual({
      total: input.tasks.length,
      scheduled: direct.tasks.length,
      stretched: direct.tasks.filter((t) => t.stretched).length,
      flexible: direct.tasks.filter((t) => t.flexible).length,
      unplaceable: direct.unschedulable.length,
    });
    expect(run.result.finish).toBe(direct.finish);
    expect(run.result.milestones.map((m: { milestoneId: string; date: string | null }) => [m.milestoneId, m.date])).toEqual(
      direct.milestones.map((m) => [m.milestoneId, m.date]),
    );
    expect(run.result.milestones[0].wijkName).toMatch(/\S/);
    expect(run.result.comparison).toBeNull();
    expect(run.result.schedulesEvaluated).toBe(direct.schedulesEvaluated);

    // The whole schedule by page, in start order, equal to the engine's.
    const page = await http().get(`/api/v1/levelling-runs/${run.id}/tasks?pageSize=200`).set(suite.viewer).expect(200);
    expect(page.body.total).toBe(direct.tasks.length);
    const byTask = new Map(direct.tasks.map((t) => [t.taskId, t]));
    for (const t of page.body.items) expect([t.start, t.finish]).toEqual([byTask.get(t.taskId)!.start, byTask.get(t.taskId)!.finish]);
    const starts = page.body.items.map((t: { start: string }) => t.start);
    expect(starts).toEqual([...starts].sort());
    first = run;
  }, 90_000);

  it('reuses the run for an unchanged input, and the same seed gives the same schedule again', async () => {
    const again = await http().post('/api/v1/levelling-runs').set(suite.manager).send({ seed: 7, schedules: 30 }).expect(202);
    expect(again.body).toEqual({ id: first.id, status: 'completed', reused: true });

    // Another budget is another input; the same seed on the same plan then gives the same schedule as one run of the engine.
    const other = await http().post('/api/v1/levelling-runs').set(suite.manager).send({ seed: 7, schedules: 31 }).expect(202);
    expect(other.body.reused).toBe(false);
    const run = await finished(other.body.id);
    expect(run.status).toBe('completed');
    const [{ input }] = await suite.db.query(`SELECT input FROM levelling_runs WHERE id = $1`, [run.id]);
    expect(run.result.finish).toBe(levelProgramme(input, { seed: 7, schedules: 31 }).finish);
    // …and it is compared with the previous levelling of the plan.
    expect(run.previousRunId).toBe(first.id);
    expect(run.result.comparison).toMatchObject({
      previousRunId: first.id,
      movedCount: expect.any(Number),
      added: 0,
      removed: 0,
    });
    expect(run.result.comparison.movedCount + run.result.comparison.unchanged).toBe(first.result.tasks.scheduled);
  }, 90_000);

  it('shows what moved since the previous levelling, task by task, after the plan changed', async () => {
    // Push the earliest start of every task of one wijk half a year later: those tasks must move.
    const [wijk] = await suite.db.query(`SELECT id FROM wijken WHERE organisation_id = $1 ORDER BY id LIMIT 1`, [suite.org.organisationId]);
    const before: { id: string; earliest_start: string | null }[] = await suite.db.query(
      `SELECT id, earliest_start::text FROM tasks WHERE wijk_id = $1`,
      [wijk.id],
    );
    await suite.db.query(`UPDATE tasks SET earliest_start = '2027-06-07' WHERE wijk_id = $1`, [wijk.id]);
    try {
      const res = await http().post('/api/v1/levelling-runs').set(suite.manager).send({ seed: 7, schedules: 31 }).expect(202);
      expect(res.body.reused).toBe(false);
      const run = await finished(res.body.id);
      expect(run.status).toBe('completed');
      const comparison = run.result.comparison;
      expect(comparison.movedCount).toBeGreaterThan(0);
      const moved = comparison.moved[0];
      expect(moved).toMatchObject({ taskName: expect.any(String), wijkName: expect.any(String) });
      expect(moved.startShiftWeeks).not.toBe(0);
      const shifts = comparison.moved.map((m: { startShiftWeeks: number }) => Math.abs(m.startShiftWeeks));
      expect(shifts).toEqual([...shifts].sort((a, b) => b - a));
    } finally {
      for (const t of before) await suite.db.query(`UPDATE tasks SET earliest_start = $2 WHERE id = $1`, [t.id, t.earliest_start]);
    }
  }, 90_000);

  it('cancels a queued run: it ends cancelled, its job leaves the queue and no result is stored', async () => {
    // The queue is paused, so the run waits there until it is cancelled.
    const queue = suite.app.get<Queue>(getQueueToken(QUEUES.levelling));
    await queue.pause();
    try {
      const res = await http().post('/api/v1/levelling-runs').set(suite.manager).send({ seed: 99, schedules: 5 }).expect(202);
      expect(await queue.getJob(`levelling-run-${res.body.id}`)).toBeDefined();
      await http().post(`/api/v1/levelling-runs/${res.body.id}/cancel`).set(suite.viewer).expect(403);
      const cancelled = await http().post(`/api/v1/levelling-runs/${res.body.id}/cancel`).set(suite.manager).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', phase: 'Geannuleerd' });
      await http().post(`/api/v1/levelling-runs/${res.body.id}/cancel`).set(suite.manager).expect(409);
      expect(await queue.getJob(`levelling-run-${res.body.id}`)).toBeUndefined();
      const [row] = await suite.db.query(`SELECT result, plan FROM levelling_runs WHERE id = $1`, [res.body.id]);
      expect(row).toEqual({ result: null, plan: null });
      // A cancelled run does not block the same input: asking again starts a new run.
      const again = await http().post('/api/v1/levelling-runs').set(suite.manager).send({ seed: 99, schedules: 5 }).expect(202);
      expect(again.body.reused).toBe(false);
      expect(again.body.id).not.toBe(res.body.id);
    } finally {
      await queue.resume();
    }
  }, 60_000);

  it('streams progress as server-sent events until the run ends', async () => {
    const started = await http().post('/api/v1/levelling-runs').set(suite.manager).send({ seed: 3, schedules: 40 }).expect(202);
    const { res, events } = await readEvents(started.body.id);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(events[events.length - 1]).toMatchObject({ status: 'completed', progress: 100 });
    const progress = events.map((e) => e.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  }, 90_000);

  it('lets programme managers and admins start and cancel; everyone of the organisation reads; others get 404', async () => {
    for (const role of ['team_lead', 'staff', 'viewer'] as const) {
      await http().post('/api/v1/levelling-runs').set(await signIn(suite.app, suite.org.emails[role])).send({}).expect(403);
    }
    await http().post('/api/v1/levelling-runs').send({}).expect(401);
    const bad = await http().post('/api/v1/levelling-runs').set(suite.manager).send({ schedules: 0, seed: -1, extra: 1 }).expect(400);
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['schedules', 'seed']));
    const noScenario = await http()
      .post('/api/v1/levelling-runs')
      .set(suite.manager)
      .send({ scenarioId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    expect(noScenario.body.invalidParams).toEqual([{ name: 'scenarioId', reason: 'must name a scenario of your organisation' }]);
    const admin = await signIn(suite.app, suite.org.emails.admin);
    const started = await http().post('/api/v1/levelling-runs').set(admin).send({ seed: 7, schedules: 30 }).expect(202);
    expect(started.body.id).toBe(first.id);

    const staff = await signIn(suite.app, suite.org.emails.staff);
    const list = await http().get('/api/v1/levelling-runs?pageSize=2').set(staff).expect(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
    expect(list.body.items[0].result).toBeUndefined();
    const other = await signIn(suite.app, 'beheer@demodam.example');
    await http().get(`/api/v1/levelling-runs/${first.id}`).set(other).expect(404);
    await http().get(`/api/v1/levelling-runs/${first.id}/tasks`).set(other).expect(404);
    await http().get(`/api/v1/levelling-runs/${first.id}/events`).set(other).expect(404);
    await http().post(`/api/v1/levelling-runs/${first.id}/cancel`).set(other).expect(404);
    const theirs = await http().get('/api/v1/levelling-runs').set(other).expect(200);
    expect(theirs.body.items.map((r: { id: string }) => r.id)).not.toContain(first.id);
  }, 60_000);
});
