import { checkSchedule } from '../levelling/check-schedule';
import { solveRcpsp } from '../levelling/solve-rcpsp';
import { criticalPathLowerBound } from './critical-path-lower-bound';
import { parsePsplib } from './parse-psplib';
import { PsplibFormatError } from './psplib-format-error';

// A few instances from shared/bench/psplib, inlined so the engine's tests need no file I/O.
const read = (_set: string, name: string): string => SAMPLE_INSTANCES[name];

describe('parsePsplib', () => {
  let text = '';
  beforeAll(() => {
    text = read('j30', 'j301_1.sm');
  });

  it('reads jobs, durations, requests, successors and capacities of j301_1', () => {
    const instance = parsePsplib(text);
    expect(instance.jobs).toBe(32);
    expect(instance.capacities).toEqual([12, 13, 4, 12]);
    expect(instance.durations.slice(0, 4)).toEqual([0, 8, 4, 6]);
    expect(instance.requests[2]).toEqual([10, 0, 0, 0]);
    expect(instance.successors[0]).toEqual([1, 2, 3]);
    expect(instance.successors[31]).toEqual([]);
    expect(instance.problem.horizon).toBe(instance.durations.reduce((a, b) => a + b, 0));
    expect(instance.problem.activities[5].predecessors).toEqual([{ activity: 1, lag: 0 }]);
    expect(criticalPathLowerBound(instance.problem)).toBe(38);
  });

  it('names the line of a malformed request row', () => {
    const broken = text.replace(
      '  3      1     4      10    0    0    0',
      '  3      1     4      10    0    x    0',
    );
    expect(() => parsePsplib(broken)).toThrow(PsplibFormatError);
    expect(() => parsePsplib(broken)).toThrow(/line \d+: expected whole numbers, found "x"/);
  });

  it('reports a missing section, a successor out of range and a wrong successor count', () => {
    expect(() => parsePsplib(text.replace('RESOURCEAVAILABILITIES:', 'RESOURCES LEFT:'))).toThrow(
      /RESOURCEAVAILABILITIES/,
    );
    expect(() =>
      parsePsplib(
        text.replace(
          '   1        1          3           2   3   4',
          '   1        1          3           2   3  99',
        ),
      ),
    ).toThrow(/successor 99 of job 1 is outside 1..32/);
    expect(() =>
      parsePsplib(
        text.replace(
          '   1        1          3           2   3   4',
          '   1        1          4           2   3   4',
        ),
      ),
    ).toThrow(/announces 4 successors but lists 3/);
    expect(() => parsePsplib('')).toThrow(PsplibFormatError);
  });

  it('refuses multi-mode instances clearly', () => {
    expect(() =>
      parsePsplib(
        text.replace(
          '   2        1          3           6  11  15',
          '   2        3          3           6  11  15',
        ),
      ),
    ).toThrow(/only single-mode/);
  });
});

describe('the leveller on PSPLIB J30', () => {
  // Optima from j30-best.csv; a modest budget reaches them.
  const cases: [string, number][] = [
    ['j301_1.sm', 43],
    ['j301_2.sm', 47],
    ['j302_3.sm', 43],
    ['j3010_1.sm', 42],
    ['j3017_1.sm', 64],
  ];
  it.each(cases)('%s reaches its optimum %i with a feasible schedule', (name, optimum) => {
    const { problem } = parsePsplib(read('j30', name));
    const result = solveRcpsp(problem, { schedules: 1500, seed: 7 });
    expect(checkSchedule(problem, result)).toEqual([]);
    expect(result.makespan).toBe(optimum);
  });

  it('a single latest-finish-time pass is feasible and no better than the optimum', () => {
    const { problem } = parsePsplib(read('j30', 'j3021_1.sm'));
    const result = solveRcpsp(problem, { schedules: 1, seed: 1 });
    expect(checkSchedule(problem, result)).toEqual([]);
    expect(result.makespan).toBeGreaterThanOrEqual(84);
    expect(result.schedulesEvaluated).toBe(1);
  });

  it('is deterministic for a seed', () => {
    const { problem } = parsePsplib(read('j60', 'j6013_1.sm'));
    const a = solveRcpsp(problem, { schedules: 800, seed: 42 });
    const b = solveRcpsp(problem, { schedules: 800, seed: 42 });
    expect(Array.from(a.starts)).toEqual(Array.from(b.starts));
    expect(a.makespan).toBe(b.makespan);
    expect(a.schedulesEvaluated).toBe(b.schedulesEvaluated);
  });
});

const SAMPLE_INSTANCES: Record<string, string> = {
  'j301_1.sm': `************************************************************************
file with basedata            : j30_17.bas
initial value random generator: 28123
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  32
horizon                       :  158
RESOURCES
  - renewable                 :  4   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1     30      0       38       26       38
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   4
   2        1          3           6  11  15
   3        1          3           7   8  13
   4        1          3           5   9  10
   5        1          1          20
   6        1          1          30
   7        1          1          27
   8        1          3          12  19  27
   9        1          1          14
  10        1          2          16  25
  11        1          2          20  26
  12        1          1          14
  13        1          2          17  18
  14        1          1          17
  15        1          1          25
  16        1          2          21  22
  17        1          1          22
  18        1          2          20  22
  19        1          2          24  29
  20        1          2          23  25
  21        1          1          28
  22        1          1          23
  23        1          1          24
  24        1          1          30
  25        1          1          30
  26        1          1          31
  27        1          1          28
  28        1          1          31
  29        1          1          32
  30        1          1          32
  31        1          1          32
  32        1          0        
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2  R 3  R 4
------------------------------------------------------------------------
  1      1     0       0    0    0    0
  2      1     8       4    0    0    0
  3      1     4      10    0    0    0
  4      1     6       0    0    0    3
  5      1     3       3    0    0    0
  6      1     8       0    0    0    8
  7      1     5       4    0    0    0
  8      1     9       0    1    0    0
  9      1     2       6    0    0    0
 10      1     7       0    0    0    1
 11      1     9       0    5    0    0
 12      1     2       0    7    0    0
 13      1     6       4    0    0    0
 14      1     3       0    8    0    0
 15      1     9       3    0    0    0
 16      1    10       0    0    0    5
 17      1     6       0    0    0    8
 18      1     5       0    0    0    7
 19      1     3       0    1    0    0
 20      1     7       0   10    0    0
 21      1     2       0    0    0    6
 22      1     7       2    0    0    0
 23      1     2       3    0    0    0
 24      1     3       0    9    0    0
 25      1     3       4    0    0    0
 26      1     7       0    0    4    0
 27      1     8       0    0    0    7
 28      1     3       0    8    0    0
 29      1     7       0    7    0    0
 30      1     2       0    7    0    0
 31      1     2       0    0    2    0
 32      1     0       0    0    0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2  R 3  R 4
   12   13    4   12
************************************************************************
`,
  'j301_2.sm': `************************************************************************
file with basedata            : j30_17.bas
initial value random generator: 963686294
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  32
horizon                       :  160
RESOURCES
  - renewable                 :  4   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1     30      0       42       20       42
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   4
   2        1          1          10
   3        1          3           5   9  15
   4        1          2           7  13
   5        1          2           6  17
   6        1          3          13  16  18
   7        1          3           8  11  19
   8        1          1          27
   9        1          2          14  28
  10        1          2          12  22
  11        1          2          21  26
  12        1          1          24
  13        1          1          25
  14        1          1          25
  15        1          1          21
  16        1          2          20  26
  17        1          3          21  26  29
  18        1          1          23
  19        1          1          25
  20        1          1          31
  21        1          1          31
  22        1          2          27  29
  23        1          1          31
  24        1          1          29
  25        1          1          30
  26        1          1          27
  27        1          1          30
  28        1          1          30
  29        1          1          32
  30        1          1          32
  31        1          1          32
  32        1          0        
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2  R 3  R 4
------------------------------------------------------------------------
  1      1     0       0    0    0    0
  2      1     2       0    0    2    0
  3      1    10       0    8    0    0
  4      1     7       0    0    7    0
  5      1     1       8    0    0    0
  6      1     3       0    0    0    8
  7      1     6       0    0    5    0
  8      1     2       0    9    0    0
  9      1    10       0    0    0    2
 10      1     5       1    0    0    0
 11      1     9       2    0    0    0
 12      1     4       0    0    6    0
 13      1     4       0    5    0    0
 14      1     2       0    0   10    0
 15      1     4       0    0    0   10
 16      1    10      10    0    0    0
 17      1    10       0    0    7    0
 18      1     7       5    0    0    0
 19      1    10       0    0    0    7
 20      1     7       0    0    3    0
 21      1     2       0    7    0    0
 22      1     1      10    0    0    0
 23      1     2       8    0    0    0
 24      1     2       0    0    0    8
 25      1     2       0    0    0    7
 26      1     9       7    0    0    0
 27      1     1       0    0    0    1
 28      1     4       8    0    0    0
 29      1     7       0    3    0    0
 30      1     8       0    0    8    0
 31      1     9       0    6    0    0
 32      1     0       0    0    0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2  R 3  R 4
   14   10   11   14
************************************************************************
`,
  'j302_3.sm': `************************************************************************
file with basedata            : j30_18.bas
initial value random generator: 504775906
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  32
horizon                       :  175
RESOURCES
  - renewable                 :  4   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1     30      0       43        2       43
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   4
   2        1          3          12  18  27
   3        1          2           6  10
   4        1          3           5   7  22
   5        1          2          14  30
   6        1          3           8  19  24
   7        1          3           9  11  23
   8        1          1          26
   9        1          3          13  20  31
  10        1          1          15
  11        1          1          25
  12        1          1          21
  13        1          1          17
  14        1          2          16  17
  15        1          1          23
  16        1          1          20
  17        1          1          25
  18        1          1          24
  19        1          1          21
  20        1          1          25
  21        1          1          22
  22        1          2          29  30
  23        1          1          28
  24        1          2          26  31
  25        1          1          29
  26        1          1          29
  27        1          1          31
  28        1          1          30
  29        1          1          32
  30        1          1          32
  31        1          1          32
  32        1          0        
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2  R 3  R 4
------------------------------------------------------------------------
  1      1     0       0    0    0    0
  2      1     6       0    3    0    0
  3      1     4       0    3    0    0
  4      1     9       0    0    7    0
  5      1     5       1    0    0    0
  6      1    10       0    4    0    0
  7      1    10       0    3    0    0
  8      1     1       6    0    0    0
  9      1     1      10    0    0    0
 10      1     7       9    0    0    0
 11      1     2       0    0    0    2
 12      1     7       0    7    0    0
 13      1     6       3    0    0    0
 14      1     1       8    0    0    0
 15      1    10       0    0    0    3
 16      1     9       0    0    0    7
 17      1     4       0    8    0    0
 18      1     6       0    0    9    0
 19      1    10       0    2    0    0
 20      1     2       0    3    0    0
 21      1     5       0    3    0    0
 22      1     4       0    0    8    0
 23      1     7       0    0    2    0
 24      1     6       0    4    0    0
 25      1     4       0    0    0    8
 26      1    10       0    0    0    4
 27      1     4       7    0    0    0
 28      1     4       0    6    0    0
 29      1     3       5    0    0    0
 30      1    10       0    0    9    0
 31      1     8       0    1    0    0
 32      1     0       0    0    0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2  R 3  R 4
   14   13   13   12
************************************************************************
`,
  'j3010_1.sm': `************************************************************************
file with basedata            : j30_26.bas
initial value random generator: 20374
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  32
horizon                       :  164
RESOURCES
  - renewable                 :  4   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1     30      0       41       21       41
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   4
   2        1          3          10  11  28
   3        1          3           9  15  16
   4        1          3           5   6   7
   5        1          1           8
   6        1          2          18  27
   7        1          2          14  18
   8        1          3          12  13  19
   9        1          1          10
  10        1          1          22
  11        1          1          25
  12        1          1          30
  13        1          1          20
  14        1          1          31
  15        1          2          21  24
  16        1          3          17  27  30
  17        1          1          18
  18        1          1          21
  19        1          1          29
  20        1          1          23
  21        1          1          26
  22        1          1          23
  23        1          1          26
  24        1          1          25
  25        1          3          26  27  30
  26        1          1          29
  27        1          1          31
  28        1          1          31
  29        1          1          32
  30        1          1          32
  31        1          1          32
  32        1          0        
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2  R 3  R 4
------------------------------------------------------------------------
  1      1     0       0    0    0    0
  2      1     2       1    2    4    0
  3      1     5       0    5    9   10
  4      1     6       8   10   10    0
  5      1     4       8    3    0    8
  6      1     2       3    1    8    5
  7      1     9       5    0    5   10
  8      1     9       4    0    0    3
  9      1     4       8    0    8   10
 10      1     8       0    0    0    5
 11      1     7       1    6    6    6
 12      1    10       2   10    3    8
 13      1     1      10    8    2    8
 14      1     1       1    3    6    1
 15      1     1       4    0    9    9
 16      1     5       0    9    6    9
 17      1     2       4    3    9   10
 18      1     5       0   10    9    0
 19      1     5       2    7    9    0
 20      1     9       0    5    4    1
 21      1    10       0    8    0    8
 22      1     1       9    0    0    6
 23      1     5       4    8    3    8
 24      1     4       5    7    3    5
 25      1    10       9    0    0    1
 26      1     5       1    8    0    7
 27      1     9       7    3    4    7
 28      1    10       7    0    0    3
 29      1     2       1    3    0   10
 30      1    10       4    0    3    7
 31      1     3       0    4    5    1
 32      1     0       0    0    0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2  R 3  R 4
   24   23   25   33
************************************************************************
`,
  'j3017_1.sm': `************************************************************************
file with basedata            : j30_33.bas
initial value random generator: 22584
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  32
horizon                       :  181
RESOURCES
  - renewable                 :  4   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1     30      0       45       17       45
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   4
   2        1          3           5  12  15
   3        1          2          13  14
   4        1          3           6   8  20
   5        1          2          10  23
   6        1          3           7   9  16
   7        1          3          10  18  27
   8        1          1          18
   9        1          3          11  17  19
  10        1          3          22  24  26
  11        1          1          18
  12        1          3          14  19  29
  13        1          3          21  25  29
  14        1          1          23
  15        1          3          16  22  27
  16        1          2          19  26
  17        1          3          24  26  31
  18        1          2          24  29
  19        1          1          25
  20        1          2          25  31
  21        1          1          23
  22        1          1          31
  23        1          1          30
  24        1          1          28
  25        1          1          30
  26        1          1          28
  27        1          1          28
  28        1          1          30
  29        1          1          32
  30        1          1          32
  31        1          1          32
  32        1          0        
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2  R 3  R 4
------------------------------------------------------------------------
  1      1     0       0    0    0    0
  2      1     5       0    0    0    9
  3      1     2       9    0    0    0
  4      1     5       0    0    0    3
  5      1     8       0    0    0   10
  6      1     8       0    0    7    0
  7      1     9       0    0    0   10
  8      1     6       0    0    8    0
  9      1     1      10    0    0    0
 10      1    10       0    0   10    0
 11      1     2       0    0    5    0
 12      1     2       0    9    0    0
 13      1     7       0    5    0    0
 14      1     5       0    2    0    0
 15      1    10       0    0    0    9
 16      1     9       0    8    0    0
 17      1     8       0    0    6    0
 18      1     9       0    0    0    6
 19      1    10       0    0    0    8
 20      1     8       0    0   10    0
 21      1     6       0   10    0    0
 22      1     3       0    0    2    0
 23      1    10       0    5    0    0
 24      1     1       8    0    0    0
 25      1     5       0    0    0    7
 26      1     4       0    7    0    0
 27      1     7       4    0    0    0
 28      1     8       0    8    0    0
 29      1     2       3    0    0    0
 30      1     1       0    0    7    0
 31      1    10       0    0    0    6
 32      1     0       0    0    0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2  R 3  R 4
   10   11   13   12
************************************************************************
`,
  'j3021_1.sm': `************************************************************************
file with basedata            : j30_37.bas
initial value random generator: 20015
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  32
horizon                       :  171
RESOURCES
  - renewable                 :  4   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1     30      0       60       13       60
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   4
   2        1          3           5   8  10
   3        1          1          15
   4        1          2          10  14
   5        1          2           6  16
   6        1          1           7
   7        1          3           9  11  12
   8        1          2          18  23
   9        1          3          18  27  29
  10        1          3          26  29  30
  11        1          3          13  21  26
  12        1          3          19  22  25
  13        1          3          17  23  28
  14        1          2          15  21
  15        1          2          16  19
  16        1          1          17
  17        1          1          22
  18        1          2          20  25
  19        1          3          20  23  27
  20        1          1          28
  21        1          2          24  31
  22        1          1          24
  23        1          2          24  31
  24        1          2          29  30
  25        1          1          26
  26        1          1          28
  27        1          1          30
  28        1          1          31
  29        1          1          32
  30        1          1          32
  31        1          1          32
  32        1          0        
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2  R 3  R 4
------------------------------------------------------------------------
  1      1     0       0    0    0    0
  2      1     5       3    0    0    0
  3      1     9       0    5    3    6
  4      1     2       0    0    4    0
  5      1    10       2    0    1    0
  6      1    10       4    6    4    0
  7      1     1       0    0    0    6
  8      1     9       6    0    4    0
  9      1     8       2    8    5    0
 10      1     7       0    0    9    7
 11      1     5       9    0    3    0
 12      1     2       5    8    0    3
 13      1     4       1    0    5    1
 14      1     4       0    4    0    0
 15      1     1       9    5    0    0
 16      1     7       0    9    4    1
 17      1     6       6    0    1    0
 18      1     3       9    9    2    0
 19      1     8       0    0   10    3
 20      1     5       0    4    0    0
 21      1     9       0    3    0    0
 22      1     5       2    0    0    0
 23      1     8       0    4    0    0
 24      1     9       4    0    5    6
 25      1     3       0    0    6    0
 26      1     7       2    0    6    1
 27      1     6       0    0    8    0
 28      1     2      10    6    0    0
 29      1     1       7    0    8    0
 30      1     5       7   10    1    4
 31      1    10       0    9    8    0
 32      1     0       0    0    0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2  R 3  R 4
   11   12   12    8
************************************************************************
`,
  'j6013_1.sm': `************************************************************************
file with basedata            : j60_29.bas
initial value random generator: 19296
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  62
horizon                       :  340
RESOURCES
  - renewable                 :  4   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1     60      0       69        9       69
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   4
   2        1          3           6   8  13
   3        1          3           5   7  25
   4        1          1          10
   5        1          3          16  33  35
   6        1          1          31
   7        1          3          12  15  36
   8        1          3           9  11  24
   9        1          1          19
  10        1          2          27  54
  11        1          3          14  18  28
  12        1          2          26  31
  13        1          2          17  22
  14        1          3          23  38  39
  15        1          2          20  32
  16        1          1          61
  17        1          1          36
  18        1          3          21  30  37
  19        1          2          20  51
  20        1          1          45
  21        1          1          41
  22        1          1          34
  23        1          1          31
  24        1          2          44  46
  25        1          2          27  47
  26        1          2          29  41
  27        1          1          48
  28        1          1          59
  29        1          1          57
  30        1          1          46
  31        1          1          59
  32        1          3          42  43  49
  33        1          1          40
  34        1          2          45  52
  35        1          1          53
  36        1          1          55
  37        1          1          40
  38        1          2          56  58
  39        1          1          60
  40        1          1          51
  41        1          2          46  50
  42        1          1          55
  43        1          1          54
  44        1          1          51
  45        1          1          50
  46        1          1          53
  47        1          1          56
  48        1          1          59
  49        1          1          61
  50        1          2          54  56
  51        1          1          52
  52        1          1          53
  53        1          1          58
  54        1          1          55
  55        1          1          60
  56        1          1          61
  57        1          1          58
  58        1          1          60
  59        1          1          62
  60        1          1          62
  61        1          1          62
  62        1          0        
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2  R 3  R 4
------------------------------------------------------------------------
  1      1     0       0    0    0    0
  2      1     4       9    6    4    8
  3      1     9       5    5    4    6
  4      1     7       3    2    1    4
  5      1     2      10    5    8    7
  6      1     1       9    5   10    1
  7      1     6       1   10   10    9
  8      1     8       2    6    1    5
  9      1    10       7    8    2    3
 10      1     8      10   10    2    9
 11      1     7       8    4    6    8
 12      1     1       3    7    3    9
 13      1     2      10   10    8    7
 14      1     4       1    3    1    3
 15      1     9       1    1    8   10
 16      1     7       5    2    1    7
 17      1     7       6    5    7    3
 18      1     6       3   10    2   10
 19      1     3       8    7    2    8
 20      1     8       3   10    7    7
 21      1     6       1    8    4    2
 22      1     4       6    5    9    2
 23      1    10      10    2    4    5
 24      1     4       8    8    3    1
 25      1     7       1    6    3    8
 26      1    10       1    4    5    4
 27      1     2       8    5    6    9
 28      1     7       5    4    7   10
 29      1     3       1    6    5    2
 30      1     1      10    4    1    9
 31      1     8       5   10    3    5
 32      1     8       9    9    7    5
 33      1     1       2    2    5    4
 34      1     5       4    4    5    8
 35      1     1       1    6    9    3
 36      1    10       4    3    2    5
 37      1     5       9    1    3    3
 38      1     9       3    9    4    3
 39      1     1       5   10    7    4
 40      1     5      10    5    5    8
 41      1     7       5    8    7    6
 42      1     6       3    3    6    6
 43      1     9       2    9    3    6
 44      1     8       5    5    9    6
 45      1     2       8    4    7    3
 46      1     1      10    3    2    1
 47      1     8       5    9    3    6
 48      1     5       5    9    6    4
 49      1    10      10    9    3    4
 50      1     1       4    3    3    7
 51      1     7       6    5   10    6
 52      1     9       5   10    2    2
 53      1     7       9    1    7    8
 54      1     1       5    3   10    2
 55      1     7       5    1   10    6
 56      1    10       5    9    2   10
 57      1     3       6    2    2    2
 58      1     8       9    8    2    9
 59      1     5       7    5    4    4
 60      1     3       1    5    8    1
 61      1     7      10    3    2    6
 62      1     0       0    0    0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2  R 3  R 4
   18   21   19   22
************************************************************************
`,
};
