import { CellError, CellParsers } from './cell-parsers';

describe('reading spreadsheet cells the way Dutch sheets write them', () => {
  it.each([
    ['0,8', 0.8],
    ['36', 36],
    ['1.450', 1450],
    ['1.450,5', 1450.5],
    ['€ 110,00', 110],
    [32.5, 32.5],
  ])('reads %p as %p', (cell, expected) => expect(CellParsers.number(cell, 0, 100000)).toBe(expected));

  it('names the range in Dutch with decimal commas', () => {
    expect(() => CellParsers.number('80', 0.5, 60)).toThrow(
      new CellError('moet tussen 0,5 en 60 liggen, niet 80'),
    );
    expect(() => CellParsers.number('veel', 0, 1)).toThrow('moet een getal zijn, niet "veel"');
    expect(() => CellParsers.integer('2,5', 0, 20)).toThrow('moet een heel getal zijn, niet 2,5');
  });

  it.each([
    ['2026-03-01', '2026-03-01'],
    ['01-03-2026', '2026-03-01'],
    ['1/3/2026', '2026-03-01'],
    [new Date(Date.UTC(2026, 2, 1)), '2026-03-01'],
  ])('reads the date %p', (cell, expected) => expect(CellParsers.date(cell)).toBe(expected));

  it('refuses dates that do not exist or are not dates', () => {
    expect(() => CellParsers.date('30-02-2026')).toThrow('is geen bestaande datum: "30-02-2026"');
    expect(() => CellParsers.date('volgende week')).toThrow(
      'moet een datum zijn als 2026-03-01 of 01-03-2026',
    );
  });

  it('matches choices by any spelling, ignoring case, spaces, dashes and underscores', () => {
    const options = { 'isolatie eerst': 'insulation_first', 'all electric': 'all_electric' } as const;
    expect(CellParsers.choice('Isolatie-eerst', options, [])).toBe('insulation_first');
    expect(CellParsers.choice('ALL_ELECTRIC', options, [])).toBe('all_electric');
    expect(() => CellParsers.choice('kernenergie', options, ['isolatie eerst', 'all-electric'])).toThrow(
      'moet een van isolatie eerst, all-electric zijn, niet "kernenergie"',
    );
  });

  it('reads empty optional cells as null', () => {
    expect(CellParsers.number(null, 0, 1)).toBeNull();
    expect(CellParsers.date(null)).toBeNull();
    expect(CellParsers.text(null)).toBeNull();
  });
});
