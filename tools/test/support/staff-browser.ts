import { BrowserClient, BrowserResponse } from './browser-client';
import type { LoginFixture } from './login-fixture';

/** A logged-in browser that sends its CSRF token and asks for JSON, as the web client does. */
export class StaffBrowser {
  private csrf: string | undefined;
  readonly browser = new BrowserClient();

  constructor(
    private readonly fixture: LoginFixture,
    readonly host: string,
  ) {}

  async login(login: string): Promise<this> {
    await this.fixture.login(this.browser, this.host, login);
    this.csrf = await this.fixture.csrfToken(this.browser, this.host);
    return this;
  }

  send(method: string, path: string, json?: unknown): Promise<BrowserResponse> {
    return this.browser.request(method, `http://${this.host}${path}`, {
      followRedirects: false,
      headers: this.headers(),
      json,
    });
  }

  /** Sends a file as the request body, as the web client uploads a logo. */
  upload(method: string, path: string, contentType: string, bytes: Buffer): Promise<BrowserResponse> {
    return this.browser.request(method, `http://${this.host}${path}`, {
      followRedirects: false,
      headers: this.headers(),
      file: { contentType, bytes },
    });
  }

  private headers(): Record<string, string> {
    return { accept: 'application/json', ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}) };
  }
}
