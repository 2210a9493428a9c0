const DEFAULT_PAGE = '/dashboard';

/**
 * Where to go after signing in: the page the guard stopped the user at, but only a path inside this
 * app — never another site (`//evil.example`, `https://…`), which would make the sign-in page an open redirect.
 */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return DEFAULT_PAGE;
  }
  if (candidate === '/inloggen' || candidate.startsWith('/inloggen?') || candidate.startsWith('/inloggen/')) {
    return DEFAULT_PAGE;
  }
  return candidate;
}
