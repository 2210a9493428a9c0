import { RcpspProblem } from '../levelling/rcpsp.types';
import { PsplibFormatError } from './psplib-format-error';

/** A single-mode PSPLIB instance as written in the file (job numbers 1-based there, 0-based here). */
export interface PsplibInstance {
  jobs: number;
  durations: number[];
  /** requests[job][resource]. */
  requests: number[][];
  successors: number[][];
  capacities: number[];
  /** The instance as a scheduling problem: constant capacities over a horizon of the summed durations. */
  problem: RcpspProblem;
}

/** Parses the text of a single-mode `.sm` file; throws PsplibFormatError naming the line. */
export function parsePsplib(text: string): PsplibInstance {
  if (typeof text !== 'string') throw new PsplibFormatError('expected the file contents as text', 0);
  const lines = text.split(/\r?\n/);
  const find = (pattern: RegExp, from = 0): number => {
    for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i;
    return -1;
  };
  const headerNumber = (pattern: RegExp, what: string): number => {
    const i = find(pattern);
    if (i < 0) throw new PsplibFormatError(`missing the "${what}" line`, 0);
    const match = /:\s*(\d+)/.exec(lines[i]);
    if (!match) throw new PsplibFormatError(`"${what}" has no number`, i + 1);
    return Number(match[1]);
  };
  const ints = (i: number): number[] => {
    const parts = lines[i]
      .trim()
      .split(/\s+/)
      .filter((p) => p !== '');
    return parts.map((p) => {
      if (!/^-?\d+$/.test(p)) throw new PsplibFormatError(`expected whole numbers, found "${p}"`, i + 1);
      return Number(p);
    });
  };
  const isRule = (i: number): boolean =>
    i >= lines.length || /^\*+\s*$/.test(lines[i].trim()) || lines[i].trim() === '';

  const jobs = headerNumber(/^jobs \(incl\. supersource\/sink \)/, 'jobs (incl. supersource/sink )');
  const renewable = headerNumber(/^\s*- renewable/, '- renewable');
  const nonrenewable =
    find(/^\s*- nonrenewable/) >= 0 ? headerNumber(/^\s*- nonrenewable/, '- nonrenewable') : 0;
  const doubly =
    find(/^\s*- doubly constrained/) >= 0
      ? headerNumber(/^\s*- doubly constrained/, '- doubly constrained')
      : 0;
  if (nonrenewable + doubly > 0) {
    throw new PsplibFormatError(
      'only renewable resources are supported (the single-mode .sm sets have none other)',
      find(/^\s*- nonrenewable/) + 1,
    );
  }
  if (jobs < 2)
    throw new PsplibFormatError(`expected at least the two dummy jobs, got ${jobs}`, find(/^jobs/) + 1);

  const precAt = find(/^PRECEDENCE RELATIONS:/);
  if (precAt < 0) throw new PsplibFormatError('missing the PRECEDENCE RELATIONS section', 0);
  const successors: number[][] = Array.from({ length: jobs }, () => []);
  const seenPrec = new Uint8Array(jobs);
  for (let i = precAt + 2; !isRule(i); i++) {
    const row = ints(i);
    if (row.length < 3)
      throw new PsplibFormatError('a precedence row needs job number, modes and successor count', i + 1);
    const [job, modes, count] = row;
    if (job < 1 || job > jobs) throw new PsplibFormatError(`job number ${job} is outside 1..${jobs}`, i + 1);
    if (modes !== 1)
      throw new PsplibFormatError(
        `job ${job} has ${modes} modes; only single-mode (.sm) instances are supported`,
        i + 1,
      );
    if (row.length !== 3 + count)
      throw new PsplibFormatError(
        `job ${job} announces ${count} successors but lists ${row.length - 3}`,
        i + 1,
      );
    for (const s of row.slice(3)) {
      if (s < 1 || s > jobs)
        throw new PsplibFormatError(`successor ${s} of job ${job} is outside 1..${jobs}`, i + 1);
      successors[job - 1].push(s - 1);
    }
    seenPrec[job - 1] = 1;
  }
  const missingPrec = seenPrec.indexOf(0);
  if (missingPrec >= 0)
    throw new PsplibFormatError(`job ${missingPrec + 1} has no precedence row`, precAt + 1);

  const reqAt = find(/^REQUESTS\/DURATIONS:/);
  if (reqAt < 0) throw new PsplibFormatError('missing the REQUESTS/DURATIONS section', 0);
  const durations = new Array<number>(jobs).fill(-1);
  const requests: number[][] = Array.from({ length: jobs }, () => []);
  let i = reqAt + 1;
  while (i < lines.length && !/^-+\s*$/.test(lines[i].trim())) i++;
  for (i++; !isRule(i); i++) {
    const row = ints(i);
    if (row.length !== 3 + renewable) {
      throw new PsplibFormatError(
        `a request row needs job, mode, duration and ${renewable} resource amounts, found ${row.length} numbers`,
        i + 1,
      );
    }
    const [job, , duration] = row;
    if (job < 1 || job > jobs) throw new PsplibFormatError(`job number ${job} is outside 1..${jobs}`, i + 1);
    if (duration < 0) throw new PsplibFormatError(`job ${job} has a negative duration`, i + 1);
    const amounts = row.slice(3);
    if (amounts.some((a) => a < 0))
      throw new PsplibFormatError(`job ${job} has a negative resource request`, i + 1);
    durations[job - 1] = duration;
    requests[job - 1] = amounts;
  }
  const missingReq = durations.indexOf(-1);
  if (missingReq >= 0)
    throw new PsplibFormatError(`job ${missingReq + 1} has no request/duration row`, reqAt + 1);

  const capAt = find(/^RESOURCEAVAILABILITIES:/);
  if (capAt < 0 || capAt + 2 >= lines.length)
    throw new PsplibFormatError('missing the RESOURCEAVAILABILITIES section', 0);
  const capacities = ints(capAt + 2);
  if (capacities.length !== renewable) {
    throw new PsplibFormatError(
      `expected ${renewable} resource availabilities, found ${capacities.length}`,
      capAt + 3,
    );
  }
  if (capacities.some((c) => c < 0))
    throw new PsplibFormatError('a resource availability is negative', capAt + 3);

  const horizon = durations.reduce((a, b) => a + b, 0);
  const predecessors: { activity: number; lag: number }[][] = Array.from({ length: jobs }, () => []);
  successors.forEach((list, j) => list.forEach((s) => predecessors[s].push({ activity: j, lag: 0 })));
  const problem: RcpspProblem = {
    horizon,
    capacity: capacities.map((c) => new Float64Array(horizon).fill(c)),
    activities: durations.map((duration, j) => ({
      modes: [
        {
          duration,
          usage: requests[j].map((amount, resource) => ({ resource, amount })).filter((u) => u.amount > 0),
        },
      ],
      predecessors: predecessors[j],
    })),
  };
  return { jobs, durations, requests, successors, capacities, problem };
}
