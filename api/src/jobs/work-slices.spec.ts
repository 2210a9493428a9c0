import { performance } from 'node:perf_hooks';
import { DelayedError, type Job } from 'bullmq';
import {
  handingBack,
  HandBack,
  ProgressReports,
  REPORT_MS,
  resumeSlicedWork,
  runInSlices,
  runReporting,
  stopSlicedWork,
  Turns,
} from './work-slices';

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Turns', () => {
  it('runs work one at a time, in the order asked', async () => {
    const turns = new Turns();
    const log: string[] = [];
    const first = deferred<void>();
    const a = turns.run(async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
      return 'a';
    });
    const b = turns.run(async () => {
      log.push('b starts');
      return 'b';
    });
    await settle();
    expect(log).toEqual(['a starts']);
    first.resolve();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(log).toEqual(['a starts', 'a ends', 'b starts']);
  });

  it('goes on after work that fails, which fails only its own turn', async () => {
    const turns = new Turns();
    const failing = turns.run(() => Promise.reject(new Error('engine refused')));
    const next = turns.run(async () => 'next');
    await expect(failing).rejects.toThrow('engine refused');
    await expect(next).resolves.toBe('next');
  });
});

describe('ProgressReports', () => {
  afterEach(() => jest.useRealTimers());

  it('sends one report at a time and at most one per REPORT_MS, in order', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    const sent: number[] = [];
    const answers: ReturnType<typeof deferred<boolean>>[] = [];
    const reports = new ProgressReports((done) => {
      sent.push(done);
      const answer = deferred<boolean>();
      answers.push(answer);
      return answer.promise;
    });
    reports.send(0);
    jest.advanceTimersByTime(REPORT_MS + 1);
    reports.send(10); // the first is still in flight
    expect(sent).toEqual([0]);
    answers[0].resolve(true);
    await settle();
    reports.send(20);
    expect(sent).toEqual([0, 20]);
    answers[1].resolve(true);
    await settle();
    reports.send(30); // answered, but within REPORT_MS of the last
    expect(sent).toEqual([0, 20]);
    jest.advanceTimersByTime(REPORT_MS + 1);
    reports.send(40);
    expect(sent).toEqual([0, 20, 40]);
    // The final count goes out after the one in flight, whatever the time.
    const last = reports.last(50);
    await settle();
    expect(sent).toEqual([0, 20, 40]);
    answers[2].resolve(true);
    await settle();
    expect(sent).toEqual([0, 20, 40, 50]);
    answers[3].resolve(true);
    await expect(last).resolves.toBe(true);
    expect(reports.ended()).toBe(false);
  });

  it('tells when a report found the run ended', async () => {
    const reports = new ProgressReports(async () => false);
    reports.send(0);
    expect(reports.ended()).toBe(false);
    await settle();
    expect(reports.ended()).toBe(true);
  });

  it('throws the failure of a report that could not be sent, and so does the final count', async () => {
    const reports = new ProgressReports(async () => {
      throw new Error('database unreachable');
    });
    reports.send(0);
    await settle();
    expect(() => reports.ended()).toThrow('database unreachable');
    await expect(reports.last(5)).rejects.toThrow('database unreachable');
  });
});

describe('runInSlices', () => {
  /** Steps of busy work of about `ms` each, noting how often the event loop ran before each. */
  function* busySteps(count: number, ms: number, ticks: { count: number }, seen: number[]) {
    for (let k = 1; k <= count; k++) {
      seen.push(ticks.count);
      const until = performance.now() + ms;
      while (performance.now() < until);
      yield k;
    }
    return 'done';
  }

  /** Counts turns of the event loop (as a lock renewal or a shutdown signal would get one) until stopped. */
  function ticker() {
    const ticks = { count: 0, stopped: false };
    const tick = () => {
      if (ticks.stopped) return;
      ticks.count++;
      setImmediate(tick);
    };
    setImmediate(tick);
    return ticks;
  }

  it('lets the event loop run between slices and returns what the steps return', async () => {
    const ticks = ticker();
    const seen: number[] = [];
    const progress: number[] = [];
    const result = await runInSlices(
      busySteps(40, 1, ticks, seen),
      (k) => {
        progress.push(k);
        return true;
      },
      { sliceMs: 5 },
    );
    ticks.stopped = true;
    expect(result?.value).toBe('done');
    // 40 steps of at least 1 ms in slices of 5 ms: the loop turned between slices, several times.
    const turnsDuringWork = seen[seen.length - 1] - seen[0];
    expect(turnsDuringWork).toBeGreaterThanOrEqual(3);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    // Each slice's last progress, ascending.
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('stops when told between slices, and answers null', async () => {
    const ticks = ticker();
    const seen: number[] = [];
    const result = await runInSlices(busySteps(40, 1, ticks, seen), () => false, { sliceMs: 5 });
    ticks.stopped = true;
    expect(result).toBeNull();
    expect(seen.length).toBeLessThan(40);
  });

  it('runs steps that take no time in one slice', async () => {
    const goOn = jest.fn(() => true);
    function* quick() {
      for (let k = 0; k < 1000; k++) yield k;
      return 7;
    }
    // A slice of a minute holds all 1,000 steps: no yield, no question.
    await expect(runInSlices(quick(), goOn, { sliceMs: 60_000 })).resolves.toMatchObject({ value: 7 });
    expect(goOn).not.toHaveBeenCalled();
  });
});

describe('runReporting', () => {
  /** Steps of about 2 ms each, yielding their count. */
  function* counted(count: number) {
    for (let k = 1; k <= count; k++) {
      const until = performance.now() + 2;
      while (performance.now() < until);
      yield k;
    }
    return 'done';
  }

  it('answers once the last report is through, having reported progress as it went', async () => {
    const reported: number[] = [];
    let inFlight = 0;
    // A report slower than the rest of the work: the answer waits for it.
    const result = await runReporting(counted(20), async (k: number) => {
      inFlight++;
      await new Promise((resolve) => setTimeout(resolve, 100));
      reported.push(k);
      inFlight--;
      return true;
    });
    expect(result?.value).toBe('done');
    expect(reported.length).toBeGreaterThan(0);
    expect(inFlight).toBe(0);
  });

  it('answers null once a report finds the run ended', async () => {
    const seen: number[] = [];
    function* endless() {
      for (let k = 1; ; k++) {
        seen.push(k);
        const until = performance.now() + 2;
        while (performance.now() < until);
        yield k;
      }
    }
    await expect(runReporting(endless(), async () => false)).resolves.toBeNull();
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('handing work back on a shutdown', () => {
  afterEach(() => resumeSlicedWork());

  function* endless() {
    for (let k = 0; ; k++) {
      const until = performance.now() + 1;
      while (performance.now() < until);
      yield k;
    }
  }

  it('stops sliced work at its next slice once the worker is stopping', async () => {
    let slices = 0;
    const work = runInSlices(
      endless(),
      () => {
        slices++;
        if (slices === 3) stopSlicedWork();
        return true;
      },
      { sliceMs: 2 },
    );
    await expect(work).rejects.toBeInstanceOf(HandBack);
    expect(slices).toBe(3);
  });

  it('lets work that is to finish run to its end, and says how long its steps ran', async () => {
    function* steps() {
      for (let k = 0; k < 20; k++) {
        const until = performance.now() + 1;
        while (performance.now() < until);
        yield k;
      }
      return 'finished';
    }
    let slices = 0;
    const begun = performance.now();
    const work = await runInSlices(
      steps(),
      () => {
        slices++;
        stopSlicedWork();
        return true;
      },
      { sliceMs: 2, onShutdown: 'finish' },
    );
    const elapsed = performance.now() - begun;
    expect(work?.value).toBe('finished');
    expect(slices).toBeGreaterThan(1);
    // The steps' own time, without the turns of the event loop between slices.
    expect(work!.busyMs).toBeGreaterThan(0);
    expect(work!.busyMs).toBeLessThanOrEqual(elapsed);
  });

  it('moves a job handed back to the queue at once, without using up an attempt', async () => {
    const moveToDelayed = jest.fn(async () => undefined);
    const job = { moveToDelayed } as unknown as Job;
    const before = Date.now();
    await expect(handingBack(job, 'token-1', () => Promise.reject(new HandBack()))).rejects.toBeInstanceOf(
      DelayedError,
    );
    expect(moveToDelayed).toHaveBeenCalledWith(expect.any(Number), 'token-1');
    const [[at]] = moveToDelayed.mock.calls as unknown as [[number, string]];
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('passes results and other failures through unchanged', async () => {
    const moveToDelayed = jest.fn();
    const job = { moveToDelayed } as unknown as Job;
    await expect(handingBack(job, 'token', async () => 42)).resolves.toBe(42);
    await expect(handingBack(job, 'token', () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect(moveToDelayed).not.toHaveBeenCalled();
  });
});
