import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it('returns to the page the user asked for', () => {
    expect(safeReturnUrl('/wijken')).toBe('/wijken');
    expect(safeReturnUrl('/prognoses?run=12')).toBe('/prognoses?run=12');
  });

  it('goes to the dashboard when there is nothing to return to', () => {
    expect(safeReturnUrl(null)).toBe('/dashboard');
    expect(safeReturnUrl(undefined)).toBe('/dashboard');
    expect(safeReturnUrl('')).toBe('/dashboard');
  });

  it('never leaves the app (no open redirect)', () => {
    expect(safeReturnUrl('https://evil.example/')).toBe('/dashboard');
    expect(safeReturnUrl('//evil.example/')).toBe('/dashboard');
    expect(safeReturnUrl('/\\evil.example/')).toBe('/dashboard');
    expect(safeReturnUrl('javascript:alert(1)')).toBe('/dashboard');
  });

  it('does not send the user back to the sign-in page', () => {
    expect(safeReturnUrl('/inloggen')).toBe('/dashboard');
    expect(safeReturnUrl('/inloggen?terug=/wijken')).toBe('/dashboard');
  });
});
