import { forecast, prepareForecast } from '@wijkkracht/planning';
import { createForecastOrganisation } from '../../test/factories/forecast-organisation';
import { runSuite } from '../../test/run-suite';
import { signIn } from '../../test/sign-in';
import { Queue } from 'bullmq';
import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '../jobs/queue-names';
import { storedGranularities } from './forecast-parameters';
import { ReforecastScheduler } from './reforecast-scheduler';

describe('forecasts as background jobs', () => {
  const suite = runSuite({ name: 'forecasts', path: 'forecasts' });
  const { http, getRun, waitFor, readEvents } = suite;

  it('runs a forecast as a flow of chunks and stores the result the engine gives for the same seed', async () => {
    const res = await http()
      .post('/api/v1/forecasts')
      .set(suite.manager)
      .send({ simulations: 12, seed: 4242 })
      .expect(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'queued', reused: false });
    expect(res.headers.location).toBe(`/api/v1/forecasts/${res.body.id}`);

    const run = await waitFor(
      () => getRun(res.body.id),
      (r) => r.status === 'completed' || r.status === 'failed',
    );
    expect(run.error).toBeUndefined();
    expect(run).toMatchObject({
      status: 'completed',
      progress: 100,
      phase: 'Klaar',
      simulations: 12,
      seed: 4242,
    });
    expect(run.result.simulations).toBe(12);

    // The queue result equals one direct engine run over the run's stored input.
    const [{ input, chunk_count }] = await suite.db.query(
      `SELECT input, chunk_count FROM forecast_runs WHERE id = $1`,
      [run.id],
    );
    expect(chunk_count).toBeGreaterThan(1);
    const direct = forecast(
      prepareForecast({ programme: input, options: { granularities: storedGranularities('month') } }),
      4242,
      12,
    );
    expect(run.result.milestones).toEqual(direct.milestones);
    const slice = await http()
      .get(`/api/v1/forecasts/${run.id}/heat-map?granularity=quarter&measure=demand&percentile=p50`)
      .set(suite.viewer)
      .expect(200);
    expect(slice.body.periods).toEqual(direct.periods.quarter);
    expect(slice.body.rows.map((r: { values: number[] }) => r.values)).toEqual(direct.demand.quarter!.p50);

    // Exactly one result: one series row per granularity and discipline, and the chunks cleaned up.
    const [{ n }] = await suite.db.query(`SELECT count(*)::int AS n FROM forecast_series WHERE run_id = $1`, [
      run.id,
    ]);
    expect(n).toBe(direct.disciplines.length * 3);
    const [{ c }] = await suite.db.query(`SELECT count(*)::int AS c FROM forecast_chunks WHERE run_id = $1`, [
      run.id,
    ]);
    expect(c).toBe(0);
  }, 90_000);

  it('reuses a run with the same input fingerprint, and computes the same figures again for the same seed', async () => {
    const first = await http()
      .post('/api/v1/forecasts')
      .set(suite.manager)
      .send({ simulations: 12, seed: 4242 })
      .expect(202);
    expect(first.body.reused).toBe(true);

    // Another granularity is another input: computed again, with the same seed the same month figures.
    const weekly = await http()
      .post('/api/v1/forecasts')
      .set(suite.manager)
      .send({ simulations: 12, seed: 4242, granularity: 'week' })
      .expect(202);
    expect(weekly.body.reused).toBe(false);
    await waitFor(
      () => getRun(weekly.body.id),
      (r) => r.status === 'completed' || r.status === 'failed',
    );
    const month = async (id: string) =>
      (
        await http()
          .get(`/api/v1/forecasts/${id}/heat-map?granularity=month&measure=shortfall&percentile=p90`)
          .set(suite.viewer)
          .expect(200)
      ).body.rows;
    expect(await month(weekly.body.id)).toEqual(await month(first.body.id));
    const weeks = await http()
      .get(`/api/v1/forecasts/${weekly.body.id}/heat-map?granularity=week&from=2027-W01&to=2027-W10`)
      .set(suite.viewer)
      .expect(200);
    expect(weeks.body.periods).toHaveLength(10);
    expect(weeks.body.rows[0].values).toHaveLength(10);
  }, 90_000);

  it('slices the heat map by period and discipline', async () => {
    const list = await http().get('/api/v1/forecasts?status=completed').set(suite.viewer).expect(200);
    const id = list.body.items[0].id;
    const all = await http()
      .get(`/api/v1/forecasts/${id}/heat-map?granularity=month`)
      .set(suite.viewer)
      .expect(200);
    const discipline = all.body.rows[2].disciplineId;
    const part = await http()
      .get(
        `/api/v1/forecasts/${id}/heat-map?granularity=month&from=2027-03&to=2027-08&disciplineId=${discipline}`,
      )
      .set(suite.viewer)
      .expect(200);
    expect(part.body.periods).toEqual(['2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08']);
    expect(part.body.rows).toHaveLength(1);
    const at = all.body.periods.indexOf('2027-03');
    expect(part.body.rows[0].values).toEqual(all.body.rows[2].values.slice(at, at + 6));
    const missing = await http().get(`/api/v1/forecasts/${id}/heat-map?granularity=week`).set(suite.viewer);
    expect([200, 404]).toContain(missing.status);
  });

  it('lists runs newest first, paginated', async () => {
    const res = await http().get('/api/v1/forecasts?page=1&pageSize=1').set(suite.viewer).expect(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 1, total: expect.any(Number) });
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0].result).toBeUndefined();
  });

  it('streams progress as server-sent events until the run ends', async () => {
    const started = await http()
      .post('/api/v1/forecasts')
      .set(suite.manager)
      .send({ simulations: 30, seed: 77 })
      .expect(202);
    const { res, events } = await readEvents(started.body.id);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(events.length).toBeGreaterThan(1);
    expect(events[events.length - 1]).toMatchObject({ status: 'completed', progress: 100 });
    const progress = events.map((e) => e.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  }, 90_000);

  it('cancels a run: it ends cancelled and stores no result', async () => {
    const started = await http()
      .post('/api/v1/forecasts')
      .set(suite.manager)
      .send({ simulations: 400, seed: 99 })
      .expect(202);
    await http().post(`/api/v1/forecasts/${started.body.id}/cancel`).set(suite.viewer).expect(403);
    const cancelled = await http()
      .post(`/api/v1/forecasts/${started.body.id}/cancel`)
      .set(suite.manager)
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const again = await http().post(`/api/v1/forecasts/${started.body.id}/cancel`).set(suite.manager);
    expect(again.status).toBe(409);
    await new Promise((r) => setTimeout(r, 1500));
    const run = await getRun(started.body.id);
    expect(run.status).toBe('cancelled');
    const [{ n }] = await suite.db.query(`SELECT count(*)::int AS n FROM forecast_series WHERE run_id = $1`, [
      run.id,
    ]);
    expect(n).toBe(0);
    // Chunks that were computing when it was cancelled leave no samples behind.
    const [{ chunks }] = await suite.db.query(
      `SELECT count(*)::int AS chunks FROM forecast_chunks WHERE run_id = $1`,
      [run.id],
    );
    expect(chunks).toBe(0);
  }, 30_000);

  it('refuses bad input naming the field, and other roles and organisations', async () => {
    const bad = await http()
      .post('/api/v1/forecasts')
      .set(suite.manager)
      .send({ simulations: 0, granularity: 'day', horizon: '2020-01-01', extra: 1 })
      .expect(400);
    const names = bad.body.invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['simulations', 'granularity']));
    const past = await http()
      .post('/api/v1/forecasts')
      .set(suite.manager)
      .send({ simulations: 5, horizon: '2020-01-01' })
      .expect(400);
    expect(past.body.invalidParams).toEqual([{ name: 'horizon', reason: 'must be a date after today' }]);
    await http().post('/api/v1/forecasts').set(suite.viewer).send({ simulations: 5 }).expect(403);
    const noScenario = await http()
      .post('/api/v1/forecasts')
      .set(suite.manager)
      .send({ simulations: 5, scenarioId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    expect(noScenario.body.invalidParams).toEqual([
      { name: 'scenarioId', reason: 'must name a scenario of your organisation' },
    ]);
    await http().post('/api/v1/forecasts').send({ simulations: 5 }).expect(401);
    await http().get('/api/v1/forecasts/not-a-uuid').set(suite.viewer).expect(400);

    const list = await http().get('/api/v1/forecasts').set(suite.viewer).expect(200);
    const other = await signIn(suite.app, 'raad@demodam.example');
    await http().get(`/api/v1/forecasts/${list.body.items[0].id}`).set(other).expect(404);
    await http().get(`/api/v1/forecasts/${list.body.items[0].id}/heat-map`).set(other).expect(404);
    await http().get(`/api/v1/forecasts/${list.body.items[0].id}/events`).set(other).expect(404);
    const theirs = await http().get('/api/v1/forecasts').set(other).expect(200);
    expect(theirs.body.items.map((r: { id: string }) => r.id)).not.toContain(list.body.items[0].id);
  });

  it('re-forecasts once after a burst of plan changes (debounced), marked plan-change', async () => {
    const scheduler = suite.app.get(ReforecastScheduler);
    const other = await createForecastOrganisation(suite.db, { wijken: 1 });
    for (let k = 0; k < 3; k++) {
      await scheduler.afterPlanChange(other.organisationId, 700, 20);
      await new Promise((r) => setTimeout(r, 200));
    }
    const queue = suite.app.get<Queue>(getQueueToken(QUEUES.forecasts));
    const delayed = (await queue.getDelayed()).filter((j) => j.data.organisationId === other.organisationId);
    expect(delayed).toHaveLength(1);
    const runs = await waitFor(
      () =>
        suite.db.query(`SELECT trigger, status FROM forecast_runs WHERE organisation_id = $1`, [
          other.organisationId,
        ]),
      (rows: { status: string }[]) => rows.length > 0 && rows.every((r) => r.status === 'completed'),
    );
    expect(runs).toEqual([{ trigger: 'plan-change', status: 'completed' }]);
  }, 90_000);

  it('keeps a nightly re-forecast schedule in Europe/Amsterdam', async () => {
    const queue = suite.app.get<Queue>(getQueueToken(QUEUES.forecasts));
    const scheduler = await queue.getJobScheduler(JOBS.nightlyReforecast);
    expect(scheduler).toMatchObject({ pattern: '30 2 * * *', tz: 'Europe/Amsterdam' });
  });
});
