/**
 * Every request the extension makes goes through here: a token bucket per API host (kept under the host's
 * published limit), a deadline per request, and retries with exponential backoff and jitter on 429, 5xx,
 * timeouts and network errors. Fetch and the clock are injected so unit tests drive them.
 */

export type FetchProblem =
  | { kind: 'http'; status: number }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string }
  | { kind: 'malformed' }
  | { kind: 'rate-limited-locally' };

export type FetchOutcome = { ok: true; json: unknown } | { ok: false; problem: FetchProblem; attempts: number };

export interface HostLimit {
  /** Requests the bucket may hold (a burst). */
  burst: number;
  /** Sustained requests per minute, below the host's published limit. */
  perMinute: number;
}

export interface HttpDeps {
  fetch: typeof fetch;
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export const realDeps: HttpDeps = {
  fetch: (...args) => fetch(...args),
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    }),
  random: Math.random,
};

/** A token bucket: `take` resolves when a request may go, or reports that waiting would pass the deadline. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly limit: HostLimit,
    private readonly deps: Pick<HttpDeps, 'now' | 'sleep'>,
  ) {
    this.tokens = limit.burst;
    this.updatedAt = deps.now();
  }

  private refill(): void {
    const now = this.deps.now();
    const perMs = this.limit.perMinute / 60_000;
    this.tokens = Math.min(this.limit.burst, this.tokens + (now - this.updatedAt) * perMs);
    this.updatedAt = now;
  }

  /** Milliseconds until one token is available (0 = now). */
  waitTime(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / (this.limit.perMinute / 60_000));
  }

  async take(deadline: number): Promise<boolean> {
    const wait = this.waitTime();
    if (this.deps.now() + wait > deadline) return false;
    if (wait > 0) await this.deps.sleep(wait);
    this.refill();
    this.tokens -= 1;
    return true;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Absolute time (ms) after which no attempt starts and the running one is aborted. */
  deadline: number;
  /** Per-attempt timeout. */
  attemptTimeoutMs?: number;
  maxAttempts?: number;
}

const RETRYABLE_STATUS = (status: number) => status === 429 || status >= 500;

export class HttpClient {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly limits: (host: string) => HostLimit,
    private readonly deps: HttpDeps = realDeps,
  ) {}

  private bucketFor(host: string): TokenBucket {
    let bucket = this.buckets.get(host);
    if (!bucket) {
      bucket = new TokenBucket(this.limits(host), this.deps);
      this.buckets.set(host, bucket);
    }
    return bucket;
  }

  async json(url: string, options: RequestOptions): Promise<FetchOutcome> {
    const { deadline, maxAttempts = 3, attemptTimeoutMs = 5_000 } = options;
    const bucket = this.bucketFor(new URL(url).host);
    let problem: FetchProblem = { kind: 'timeout' };
    let attempt = 0;
    while (attempt < maxAttempts) {
      if (!(await bucket.take(deadline))) return { ok: false, problem: attempt === 0 ? { kind: 'rate-limited-locally' } : problem, attempts: attempt };
      attempt += 1;
      const result = await this.attempt(url, options, Math.min(attemptTimeoutMs, deadline - this.deps.now()));
      if (result.ok) return { ...result };
      problem = result.problem;
      if (!isRetryable(problem) || attempt >= maxAttempts) break;
      const delay = result.retryAfterMs ?? this.backoff(attempt);
      if (this.deps.now() + delay >= deadline) break;
      await this.deps.sleep(delay);
    }
    return { ok: false, problem, attempts: attempt };
  }

  /** 400 ms, 800 ms, 1.6 s ... each scaled by a random factor in [0.5, 1.5) so tabs do not retry in step. */
  private backoff(attempt: number): number {
    return Math.round(400 * 2 ** (attempt - 1) * (0.5 + this.deps.random()));
  }

  private async attempt(url: string, options: RequestOptions, timeoutMs: number): Promise<{ ok: true; json: unknown } | { ok: false; problem: FetchProblem; retryAfterMs?: number }> {
    if (timeoutMs <= 0) return { ok: false, problem: { kind: 'timeout' } };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await this.deps.fetch(url, {
        method: options.method ?? 'GET',
        headers: options.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      if (!response.ok) {
        const retryAfter = Number(response.headers.get('retry-after'));
        return {
          ok: false,
          problem: { kind: 'http', status: response.status },
          ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: Math.min(retryAfter * 1000, 30_000) } : {}),
        };
      }
      const text = await response.text();
      try {
        return { ok: true, json: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, problem: { kind: 'malformed' } };
      }
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, problem: { kind: 'timeout' } };
      return { ok: false, problem: { kind: 'network', message: error instanceof Error ? error.message.slice(0, 120) : 'failed' } };
    } finally {
      clearTimeout(timer);
    }
  }
}

function isRetryable(problem: FetchProblem): boolean {
  return problem.kind === 'timeout' || problem.kind === 'network' || (problem.kind === 'http' && RETRYABLE_STATUS(problem.status));
}

/** A sentence for the UI: what went wrong, without internals. */
export function describeProblem(problem: FetchProblem): string {
  switch (problem.kind) {
    case 'http':
      if (problem.status === 429) return 'rate limited (HTTP 429)';
      if (problem.status >= 500) return `server error (HTTP ${problem.status})`;
      return problem.status === 404 ? 'pool not found (HTTP 404)' : `request refused (HTTP ${problem.status})`;
    case 'timeout':
      return 'no answer before the deadline';
    case 'network':
      return 'connection failed';
    case 'malformed':
      return 'answer was not valid JSON';
    case 'rate-limited-locally':
      return 'request budget for this API used up; try again shortly';
  }
}
