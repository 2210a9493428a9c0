import { problemMessages } from './problem-messages';

const FIELDS = ['email', 'password'];
const SIGN_IN_FALLBACKS = { 401: 'signIn.errors.invalidCredentials' };
const problem = (status: number, detail: string, invalidParams?: { name: string; reason: string }[]) => ({
  type: 'about:blank',
  title: 'Fout',
  status,
  detail,
  ...(invalidParams ? { invalidParams } : {}),
});

describe('problemMessages', () => {
  it("shows the API's own words for wrong credentials", () => {
    const result = problemMessages(
      401,
      problem(401, 'Het e-mailadres of het wachtwoord klopt niet.'),
      FIELDS,
    );
    expect(result).toEqual({
      formMessage: { text: 'Het e-mailadres of het wachtwoord klopt niet.' },
      fieldErrors: {},
    });
  });

  it("falls back to the caller's own text when an answer carries no problem details", () => {
    expect(problemMessages(401, 'Unauthorized', FIELDS, SIGN_IN_FALLBACKS).formMessage).toEqual({
      key: 'signIn.errors.invalidCredentials',
    });
  });

  it('puts invalidParams next to their fields, in the user’s language, and nothing above the form', () => {
    const body = problem(400, 'Controleer password.', [
      { name: 'password', reason: 'must be at most 1024 characters' },
    ]);
    expect(problemMessages(400, body, FIELDS)).toEqual({
      formMessage: null,
      fieldErrors: { password: { key: 'fieldErrors.maxLength', params: { value: '1024', other: '' } } },
    });
  });

  it('words a rule in a page’s own terms when it asks', () => {
    const body = problem(400, 'Controleer password.', [
      { name: 'password', reason: 'must be printable ASCII without spaces' },
    ]);
    expect(
      problemMessages(400, body, FIELDS, {}, { printableAscii: 'signIn.errors.ascii' }).fieldErrors,
    ).toEqual({
      password: { key: 'signIn.errors.ascii', params: { value: '', other: '' } },
    });
  });

  it('keeps a reason in words of its own as the API wrote it', () => {
    const body = problem(400, 'Controleer password.', [{ name: 'password', reason: 'is te lang' }]);
    expect(problemMessages(400, body, FIELDS).fieldErrors).toEqual({
      password: { key: 'fieldErrors.other', params: { reason: 'is te lang' } },
    });
  });

  it('shows the detail above the form when no invalidParam names a field of the form', () => {
    const body = problem(400, 'Controleer tenant.', [{ name: 'tenant', reason: 'bestaat niet' }]);
    expect(problemMessages(400, body, FIELDS)).toEqual({
      formMessage: { text: 'Controleer tenant.' },
      fieldErrors: {},
    });
  });

  it('says plainly when the server cannot be reached', () => {
    expect(problemMessages(0, null, FIELDS).formMessage).toEqual({ key: 'errors.unreachable' });
    expect(problemMessages(503, problem(503, 'Database niet bereikbaar'), FIELDS).formMessage).toEqual({
      key: 'errors.unreachable',
    });
  });

  it('never shows the text of a server error (it may leak internals)', () => {
    expect(problemMessages(500, problem(500, 'TypeError: x is undefined'), FIELDS).formMessage).toEqual({
      key: 'errors.unexpected',
    });
  });

  it('shows the detail of other client errors, such as too many attempts', () => {
    const body = problem(429, 'Te veel pogingen; probeer het over een minuut opnieuw.');
    expect(problemMessages(429, body, FIELDS).formMessage).toEqual({
      text: 'Te veel pogingen; probeer het over een minuut opnieuw.',
    });
  });
});
