import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem } from './problem';
import { englishDetail, inEnglish, prefersEnglish } from './problem-english';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.includes('.spec.') && !path.includes('.int-spec.') ? [path] : [];
  });
}

/**
 * The Dutch details the API's code writes: the text given to problem(status, …) and the runs'
 * notFoundDetail, each value in a template (`${…}`) filled in as an example. A detail that starts
 * with a value (composed of sentences chosen elsewhere) is checked by example below.
 */
function detailsInSource(): string[] {
  const literal =
    /problem\(\s*[\w.]+,\s*(['`])((?:(?!\1)[^\\]|\\.)*)\1|notFoundDetail\s*[=:]\s*(['`])((?:(?!\3).)*)\3/gs;
  const details = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(literal)) {
      const text = m[2] ?? m[4];
      if (text.startsWith('${')) continue;
      details.add(
        text
          .replace(/\$\{RUN_STATUS_TEXTS\[[^\]]*\]\}/g, 'klaar')
          .replace(/\$\{(?:[^{}]|\{[^}]*\})*\}/g, '7'),
      );
    }
  }
  return [...details];
}

describe('problem details in English', () => {
  it('has the English of every detail the API’s code writes', () => {
    const details = detailsInSource();
    expect(details.length).toBeGreaterThan(70);
    expect(details.filter((d) => englishDetail(d) === null)).toEqual([]);
  });

  it('fills in the values of a detail, the most specific wording first', () => {
    expect(englishDetail('Controleer email, password.')).toBe('Check email, password.');
    expect(englishDetail('Controleer disciplineIds: die bestaat niet in uw organisatie.')).toBe(
      'Check disciplineIds: it does not exist in your organisation.',
    );
    expect(englishDetail('Geen prognose met id 5 in uw organisatie.')).toBe(
      'No forecast with id 5 in your organisation.',
    );
    expect(englishDetail('Geen task met id 5 in uw organisatie.')).toBe(
      'No task with id 5 in your organisation.',
    );
    expect(englishDetail('Deze run is al geannuleerd en kan niet meer worden geannuleerd.')).toBe(
      'This run is already cancelled and can no longer be cancelled.',
    );
    expect(
      englishDetail('Te veel aanmeldpogingen vanaf dit adres. Probeer het over 42 seconden opnieuw.'),
    ).toBe('Too many sign-in attempts from this address. Try again in 42 seconds.');
  });

  it('leaves a detail it does not know in Dutch', () => {
    expect(englishDetail('Iets heel anders.')).toBeNull();
    const unknown = problem(400, 'Iets heel anders.');
    expect(inEnglish(unknown)).toEqual({ ...unknown, title: 'Invalid input' });
  });

  it.each([
    ['en', true],
    ['en-GB,en;q=0.9,nl;q=0.8', true],
    ['nl;q=0,en', true],
    ['nl,en;q=0.8', false],
    ['en;q=0.5,nl-NL;q=0.9', false],
    ['fr-FR,de', false],
    ['', false],
    [undefined, false],
  ])('reads Accept-Language %p as preferring English: %p', (header, english) => {
    expect(prefersEnglish(header)).toBe(english);
  });
});
