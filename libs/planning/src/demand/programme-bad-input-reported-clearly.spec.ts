import { compileProgramme } from './programme-model';
import { ProgrammeInputError } from './programme-input-error';
import { smallProgramme, task } from './programme.fixture';

function errorOf(run: () => unknown): ProgrammeInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof ProgrammeInputError) return e;
    throw e;
  }
  throw new Error('expected a ProgrammeInputError');
}

describe('bad programme input is reported by field and rule', () => {
  it('names the tasks of a dependency cycle', () => {
    const e = errorOf(() =>
      compileProgramme(
        smallProgramme([
          task('A', 1, 1, [['C']]),
          task('B', 1, 1, [['A']]),
          task('C', 1, 1, [['B']]),
          task('D', 1, 1),
        ]),
      ),
    );
    expect(e.rule).toBe('acyclic');
    expect(e.message).toMatch(/dependency cycle: (A → B → C → A|B → C → A → B|C → A → B → C)/);
  });

  it('rejects a task that depends on itself', () => {
    expect(errorOf(() => compileProgramme(smallProgramme([task('A', 1, 1, [['A']])]))).rule).toBe('acyclic');
  });

  it('rejects negative effort', () => {
    const e = errorOf(() => compileProgramme(smallProgramme([task('A', -5, 1)])));
    expect([e.field, e.rule]).toEqual(['tasks[0].effortHours', 'non-negative']);
  });

  it('rejects an unknown discipline and a discipline nobody holds', () => {
    expect(
      errorOf(() => compileProgramme(smallProgramme([task('A', 5, 1, [], { disciplineId: 'gis' })]))).rule,
    ).toBe('known-discipline');
    const programme = smallProgramme([task('A', 5, 1, [], { disciplineId: 'tech' })]);
    programme.staff = programme.staff.filter((s) => s.disciplineId !== 'tech');
    const e = errorOf(() => compileProgramme(programme));
    expect([e.field, e.rule]).toEqual(['tasks[0].disciplineId', 'held-by-staff']);
    expect(e.message).toContain('no staff member holds');
  });

  it('collects every broken rule, not only the first', () => {
    const e = errorOf(() => compileProgramme(smallProgramme([task('A', -1, 1, [['Z']]), task('A', 5, 0)])));
    expect(e.issues.map((i) => i.rule).sort()).toEqual(
      ['integer-at-least-1', 'known-task', 'non-negative', 'unique'].sort(),
    );
  });

  it('rejects a pin that lies before a predecessor can finish', () => {
    const e = errorOf(() =>
      compileProgramme(
        smallProgramme([task('A', 10, 4), task('B', 10, 1, [['A']], { pinnedStart: '2026-01-12' })]),
      ),
    );
    expect([e.field, e.rule]).toEqual(['tasks[1].pinnedStart', 'after-predecessors']);
    expect(e.message).toContain('predecessor A');
  });

  it('rejects a pin that runs past the end of the horizon', () => {
    const e = errorOf(() =>
      compileProgramme(smallProgramme([task('A', 10, 4, [], { pinnedStart: '2027-12-20' })])),
    );
    expect([e.field, e.rule]).toEqual(['tasks[0].pinnedStart', 'within-horizon']);
  });

  it('finishes quickly on a long cycle instead of looping', () => {
    const tasks = Array.from({ length: 2000 }, (_, i) => task(`T${i}`, 1, 1, [[`T${(i + 1999) % 2000}`]]));
    expect(errorOf(() => compileProgramme(smallProgramme(tasks))).rule).toBe('acyclic');
  });
});
