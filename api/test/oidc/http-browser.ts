/**
 * Just enough of a browser for the single sign-on tests: follows redirects by hand, keeps cookies per
 * host (honouring deletion), and fills in the test provider's login and consent forms. It stops at the
 * first page of the web app (a redirect to a path outside /api on the app's origin).
 */
export class HttpBrowser {
  private readonly jar = new Map<string, Map<string, string>>();
  /** Every Set-Cookie line seen, newest last (for attribute checks). */
  readonly setCookies: string[] = [];

  constructor(private readonly appOrigin: string) {}

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  cookieHeader(url: string): string {
    const cookies = this.jar.get(new URL(url).host) ?? new Map<string, string>();
    return [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** One request without following redirects; cookies are sent and kept. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(url) };
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'manual',
    });
    this.keep(url, res);
    return res;
  }

  /**
   * Follows the whole sign-in from `url` (our start URL, or a callback URL) through the provider's pages,
   * signing in as `login`, until the browser is sent to a page of the web app: answers that path. With
   * `until`, stops before the first redirect whose target it accepts and answers that URL.
   */
  async signIn(url: string, login?: string, until?: (target: URL) => boolean): Promise<string> {
    let next = url;
    let form: Record<string, string> | undefined;
    for (let step = 0; step < 20; step++) {
      const res = await this.request(next, { form });
      form = undefined;
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        const target = new URL(location, next);
        if (until?.(target)) return target.href;
        if (target.origin === this.appOrigin && !target.pathname.startsWith('/api/')) return target.pathname + target.search;
        next = target.href;
        continue;
      }
      const html = await res.text();
      if (res.status !== 200) throw new Error(`${next} answered ${res.status}: ${html.slice(0, 300)}`);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`no login or consent form at ${next}: ${html.slice(0, 300)}`);
      if (prompt === 'login' && !login) throw new Error('the provider asks for a login but none was given');
      form = prompt === 'login' ? { prompt, login: login!, password: 'any' } : { prompt };
      next = new URL(action.replace(/&amp;/g, '&'), next).href;
    }
    throw new Error('sign-in did not end within 20 steps');
  }

  private keep(url: string, res: Response): void {
    const host = new URL(url).host;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    this.jar.set(host, cookies);
    for (const line of res.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair, ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const expired = attributes.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now()));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}
