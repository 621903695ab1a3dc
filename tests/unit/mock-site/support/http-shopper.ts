/**
 * A browser reduced to what the mock site needs: one cookie jar per host,
 * redirects followed, links and forms used by what they say. Requests go to the
 * app in-process (no port, no DNS), so each test is quick and isolated.
 */
import type { Hono } from 'hono';
import { controlFor, formWithButton, hiddenInputs, linkHref, textOf } from './html-query';

export interface Page {
  url: string;
  status: number;
  html: string;
  /** Readable text of the whole page. */
  text: string;
}

export class HttpShopper {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(
    private readonly app: Hono,
    private readonly acceptLanguage = 'en-US,en;q=0.9',
  ) {}

  cookie(hostname: string, name: string): string | undefined {
    return this.jars.get(hostname)?.get(name);
  }

  setCookie(hostname: string, name: string, value: string): void {
    const jar = this.jars.get(hostname) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(hostname, jar);
  }

  /** One request, cookies sent and stored, no redirect followed. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const { hostname } = new URL(url);
    const headers = new Headers(init.headers);
    if (!headers.has('accept-language')) headers.set('accept-language', this.acceptLanguage);
    const jar = this.jars.get(hostname);
    if (jar && jar.size > 0) {
      headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const response = await this.app.fetch(new Request(url, { ...init, headers }));
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.setCookie(hostname, pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  }

  async json<T = Record<string, unknown>>(url: string, init?: RequestInit): Promise<T> {
    return (await (await this.fetch(url, init)).json()) as T;
  }

  /** Like a browser: follows redirects, turning a POST into a GET on 301/302/303. */
  async open(url: string, init: RequestInit = {}): Promise<Page> {
    let current = url;
    let request = init;
    for (let hops = 0; hops < 10; hops++) {
      const response = await this.fetch(current, request);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        request = {};
        continue;
      }
      const html = await response.text();
      return { url: current, status: response.status, html, text: textOf(html) };
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  follow(page: Page, linkName: string): Promise<Page> {
    return this.open(new URL(linkHref(page.html, linkName), page.url).href);
  }

  /** Fills the form holding `buttonText` by field label (select: by option text) and submits it. */
  submit(page: Page, buttonText: string, byLabel: Record<string, string> = {}): Promise<Page> {
    const form = formWithButton(page.html, buttonText);
    const fields = new URLSearchParams(hiddenInputs(form.inner));
    for (const [label, value] of Object.entries(byLabel)) {
      const control = controlFor(form.inner, label, value);
      fields.set(control.name, control.value);
    }
    const action = new URL(form.action || page.url, page.url);
    if (form.method === 'get') {
      action.search = fields.toString();
      return this.open(action.href);
    }
    return this.post(action.href, fields);
  }

  post(url: string, fields: URLSearchParams): Promise<Page> {
    return this.open(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    });
  }
}
