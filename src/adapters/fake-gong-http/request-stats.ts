/** What `GET /__stats` answers: counts since start or the last reset. */
export interface FakeGongStats {
  /** Every request to a `/v2/…` path, whatever its answer (401, 429 and injected faults included). */
  readonly apiRequests: number;
  /** Requests to the OAuth token endpoint; they are not API requests and never rate limited. */
  readonly tokenRequests: number;
  /** `/v2/…` requests by path (query string left out). */
  readonly byPath: Readonly<Record<string, number>>;
  /** 429s from the rate limiter (injected 429 faults not included). */
  readonly rateLimited: number;
  /** 401s for missing, bad or expired credentials, or a missing scope. */
  readonly unauthorized: number;
}

export class RequestStats {
  #apiRequests = 0;
  #tokenRequests = 0;
  #byPath = new Map<string, number>();
  #rateLimited = 0;
  #unauthorized = 0;

  countApi(path: string): void {
    this.#apiRequests += 1;
    this.#byPath.set(path, (this.#byPath.get(path) ?? 0) + 1);
  }

  countToken(): void {
    this.#tokenRequests += 1;
  }

  countRateLimited(): void {
    this.#rateLimited += 1;
  }

  countUnauthorized(): void {
    this.#unauthorized += 1;
  }

  snapshot(): FakeGongStats {
    return {
      apiRequests: this.#apiRequests,
      tokenRequests: this.#tokenRequests,
      byPath: Object.fromEntries(this.#byPath),
      rateLimited: this.#rateLimited,
      unauthorized: this.#unauthorized,
    };
  }

  reset(): void {
    this.#apiRequests = 0;
    this.#tokenRequests = 0;
    this.#byPath = new Map();
    this.#rateLimited = 0;
    this.#unauthorized = 0;
  }
}
