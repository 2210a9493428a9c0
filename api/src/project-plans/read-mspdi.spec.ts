import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMspdi, MspdiError } from './read-mspdi';
import { writeMspdi } from './write-mspdi';

const INTEROP = join(__dirname, '..', '..', '..', '..', 'shared', 'interop', 'mspdi');
const files = readdirSync(INTEROP).filter((f) => f.endsWith('.xml'));

describe('reading and writing MSPDI', () => {
  it('has the interop corpus to test against', () => expect(files.length).toBeGreaterThanOrEqual(10));

  it.each(files)('%s reads and survives write → read with its tasks, durations and links', (file) => {
    const project = readMspdi(readFileSync(join(INTEROP, file), 'utf8'));
    const again = readMspdi(writeMspdi(project));
    const shape = (p: typeof project) =>
      p.tasks.map((t) => ({
        uid: t.uid,
        name: t.name,
        level: t.outlineLevel,
        duration: t.duration,
        milestone: t.milestone,
        summary: t.summary,
        links: t.links,
      }));
    expect(shape(again)).toEqual(shape(project));
    expect(again.resources.map((r) => r.name)).toEqual(project.resources.map((r) => r.name));
    expect(again.assignments.length).toBe(project.assignments.length);
  });

  it('reads the link types and lags of mspdirelations.xml', () => {
    const project = readMspdi(readFileSync(join(INTEROP, 'mspdirelations.xml'), 'utf8'));
    expect(project.tasks.map((t) => t.links.map((l) => [l.predecessorUid, l.type, l.lag]))).toEqual([
      [],
      [[1, 1, 0]],
      [[2, 3, 4800]],
      [[3, 0, 0]],
      [[4, 2, 0]],
    ]);
  });

  it('leaves out the project summary and blank rows (mspdinulltasks.xml)', () => {
    const project = readMspdi(readFileSync(join(INTEROP, 'mspdinulltasks.xml'), 'utf8'));
    expect(project.tasks.map((t) => t.name)).toEqual(['Task 1', 'Task 2', 'Task 3', 'Task 4', 'Task 5']);
  });

  it.each([
    ['truncated XML', readFileSync(join(INTEROP, 'sample.xml'), 'utf8').slice(0, 5000), /geen geldige XML/],
    ['another XML document', '<?xml version="1.0"?><html><body/></html>', /hoofdelement <Project> ontbreekt/],
    [
      'a bad duration',
      '<Project><Tasks><Task><UID>1</UID><Duration>8 uur</Duration></Task></Tasks></Project>',
      /geen ISO 8601-duur/,
    ],
    ['a task without UID', '<Project><Tasks><Task><Name>x</Name></Task></Tasks></Project>', /UID ontbreekt/],
    ['plain text', 'dit is geen xml', /geen geldige XML|hoofdelement/],
  ])('refuses %s with a Dutch reason', (_case, text, message) => {
    expect(() => readMspdi(text)).toThrow(MspdiError);
    expect(() => readMspdi(text)).toThrow(message);
  });
});
