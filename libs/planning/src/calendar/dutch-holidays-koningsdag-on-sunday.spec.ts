import { dutchPublicHolidays } from './dutch-holidays';

const dates = (year: number, options = {}) =>
  dutchPublicHolidays(year, options).map((h) => `${h.key} ${h.date}`);

describe('Dutch public holidays from date-holidays', () => {
  it('moves Koningsdag 2025 (27 April a Sunday) to Saturday 26 April', () => {
    expect(dates(2025)).toContain('koningsdag 2025-04-26');
    expect(dates(2026)).toContain('koningsdag 2026-04-27');
  });

  it('knows the moving feasts of 2025', () => {
    expect(dates(2025)).toEqual(
      expect.arrayContaining([
        'nieuwjaarsdag 2025-01-01',
        'eerste-paasdag 2025-04-20',
        'tweede-paasdag 2025-04-21',
        'hemelvaartsdag 2025-05-29',
        'eerste-pinksterdag 2025-06-08',
        'tweede-pinksterdag 2025-06-09',
        'eerste-kerstdag 2025-12-25',
        'tweede-kerstdag 2025-12-26',
      ]),
    );
  });

  it('gives Goede Vrijdag only to organisations that grant it', () => {
    expect(dates(2025)).not.toContain('goede-vrijdag 2025-04-18');
    expect(dates(2025, { goodFriday: true })).toContain('goede-vrijdag 2025-04-18');
  });

  it('gives Bevrijdingsdag every year by default, or only in lustrum years', () => {
    expect(dates(2026)).toContain('bevrijdingsdag 2026-05-05');
    expect(dates(2026, { liberationDay: 'lustrum' })).not.toContain('bevrijdingsdag 2026-05-05');
    expect(dates(2030, { liberationDay: 'lustrum' })).toContain('bevrijdingsdag 2030-05-05');
    expect(dates(2030, { liberationDay: 'never' })).not.toContain('bevrijdingsdag 2030-05-05');
  });
});
