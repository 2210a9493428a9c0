import { getQueueToken } from '@nestjs/bullmq';
import { adviseCapacity } from '@wijkkracht/planning';
import { Queue } from 'bullmq';
import { runSuite } from '../../test/run-suite';
import { signIn } from '../../test/sign-in';
import { QUEUES } from '../jobs/queue-names';

describe('advice runs as background jobs', () => {
  const suite = runSuite({ name: 'advice', path: 'advice-runs', organisation: { wijken: 1 }, timeoutMs: 90_000, pollMs: 100 });
  const { http, getRun, finished, waitFor } = suite;
  const small = { seed: 11, simulations: 20, maxEvaluations: 8, scope: 'all', internalHourlyRate: 80 };

  let firstId: string;

  it('computes the advice in the worker: what the engine advises for the same input and seed, with names', async () => {
    const res = await http().post('/api/v1/advice-runs').set(suite.manager).send(small).expect(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'queued', reused: false });
    expect(res.headers.location).toBe(`/api/v1/advice-runs/${res.body.id}`);
    const run = await finished(res.body.id);
    expect(run.error).toBeUndefined();
    expect(run).toMatchObject({ status: 'completed', progress: 100, targetProbability: 0.8, simulations: 20, scope: 'all' });

    const [{ input, parameters }] = await suite.db.query(`SELECT input, parameters FROM advice_runs WHERE id = $1`, [run.id]);
    const direct = adviseCapacity(
      { programme: input, options: { granularities: ['year'] } },
      { targetProbability: 0.8, internalHourlyRate: 80, simulations: 20, seed: 11, maxEvaluations: 8, today: parameters.today },
    );
    expect(run.result).toMatchObject({
      reachesTarget: direct.reachesTarget,
      totalFte: direct.totalFte,
      evaluations: direct.evaluations,
      yearlyCostInternal: direct.yearlyCostInternal,
      yearlyCostExternal: direct.yearlyCostExternal,
    });
    expect(run.result.extra.map((e: { disciplineId: string; fte: number; from: string }) => [e.disciplineId, e.fte, e.from])).toEqual(
      direct.extra.map((e) => [e.disciplineId, e.fte, e.from]),
    );
    expect(run.result.milestones.map((m: { probabilityAfter: number }) => m.probabilityAfter)).toEqual(
      direct.milestones.map((m) => m.probabilityAfter),
    );
    expect(run.result.milestones.length).toBe(input.milestones.filter((m: { deadline?: string }) => m.deadline).length);
    for (const e of run.result.extra) expect(e.disciplineName).not.toBe(e.disciplineId);
    expect(run.result.note).toMatch(/\S/);
    firstId = run.id;
  }, 120_000);

  it('reuses the run for an unchanged input; without an internal rate it gives no internal cost', async () => {
    const again = await http().post('/api/v1/advice-runs').set(suite.manager).send(small).expect(202);
    expect(again.body).toEqual({ id: firstId, status: 'completed', reused: true });
    const { internalHourlyRate: _rate, ...withoutRate } = small;
    const other = await http().post('/api/v1/advice-runs').set(suite.manager).send(withoutRate).expect(202);
    expect(other.body.reused).toBe(false);
    const run = await finished(other.body.id);
    expect(run.status).toBe('completed');
    expect(run.result.yearlyCostInternal).toBeNull();
    for (const e of run.result.extra) expect(e.yearlyCostInternal).toBeNull();
    // Same input and seed: the same advice.
    const first = await getRun(firstId);
    expect(run.result.extra.map((e: { fte: number }) => e.fte)).toEqual(first.result.extra.map((e: { fte: number }) => e.fte));
  }, 120_000);

  it('limits the council scope to the council’s WUP decisions', async () => {
    const res = await http().post('/api/v1/advice-runs').set(suite.manager).send({ ...small, scope: 'council' }).expect(202);
    const [{ input }] = await suite.db.query(`SELECT input FROM advice_runs WHERE id = $1`, [res.body.id]);
    const kinds: { kind: string }[] = input.milestones.length
      ? await suite.db.query(`SELECT kind FROM milestones WHERE id = ANY($1::uuid[])`, [input.milestones.map((m: { id: string }) => m.id)])
      : [];
    const all: { n: number }[] = await suite.db.query(
      `SELECT count(*)::int AS n FROM milestones WHERE organisation_id = $1 AND task_id IS NOT NULL`,
      [suite.org.organisationId],
    );
    expect(kinds.length).toBeLessThan(all[0].n);
    for (const k of kinds) expect(['council_decision', 'wup_adopted']).toContain(k.kind);
    await finished(res.body.id);
  }, 120_000);

  it('stops a running advice when it is cancelled: it ends cancelled between evaluations, without a result', async () => {
    const res = await http()
      .post('/api/v1/advice-runs')
      .set(suite.manager)
      .send({ seed: 12, simulations: 300, maxEvaluations: 200, scope: 'all', targetProbability: 0.99 })
      .expect(202);
    // Cancelled as soon as the worker has started it: the search stops at its next step between evaluations.
    const running = await waitFor(() => getRun(res.body.id), (r) => r.status !== 'queued');
    expect(running).toMatchObject({ status: 'running', phase: expect.any(String) });
    await http().post(`/api/v1/advice-runs/${res.body.id}/cancel`).set(suite.manager).expect(200);
    const queue = suite.app.get<Queue>(getQueueToken(QUEUES.advice));
    // The worker stops at its next check between evaluations; or, when the job held no lock at the
    // moment of cancelling (a busy machine can delay the lock's renewal), the job was taken out.
    const job = await waitFor(
      () => queue.getJob(`advice-run-${res.body.id}`),
      (j) => !j || !!j.finishedOn,
    );
    if (job) expect(job.returnvalue).toEqual({ completed: false, skipped: 'cancelled' });
    // Either way, once the worker is idle the run is cancelled and holds no result.
    expect(await waitFor(() => queue.getActiveCount(), (n) => n === 0)).toBe(0);
    const run = await getRun(res.body.id);
    expect(run).toMatchObject({ status: 'cancelled' });
    expect(run.result).toBeUndefined();
  }, 180_000);

  it('lets programme managers and admins start and cancel; everyone of the organisation reads; others get 404', async () => {
    for (const role of ['team_lead', 'staff', 'viewer'] as const) {
      await http().post('/api/v1/advice-runs').set(await signIn(suite.app, suite.org.emails[role])).send({}).expect(403);
    }
    const bad = await http()
      .post('/api/v1/advice-runs')
      .set(suite.manager)
      .send({ targetProbability: 1.5, simulations: 5, scope: 'some', internalHourlyRate: -1 })
      .expect(400);
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['targetProbability', 'simulations', 'scope', 'internalHourlyRate']),
    );
    const list = await http().get('/api/v1/advice-runs').set(await signIn(suite.app, suite.org.emails.staff)).expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(firstId);
    const other = await signIn(suite.app, 'beheer@demodam.example');
    await http().get(`/api/v1/advice-runs/${firstId}`).set(other).expect(404);
    await http().get(`/api/v1/advice-runs/${firstId}/events`).set(other).expect(404);
    await http().post(`/api/v1/advice-runs/${firstId}/cancel`).set(other).expect(404);
    await http().post(`/api/v1/advice-runs/${firstId}/cancel`).set(suite.manager).expect(409);
  }, 60_000);
});
