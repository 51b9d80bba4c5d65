/**
 * Every request the extension makes goes through here: a token bucket per API host (kept under the host's
 * published limit), a deadline per request, and retries with exponential backoff and jitter on 429, 5xx,
 * timeouts and network errors. Fetch and the clock are injected so unit tests drive them.
 */
import { lt, type Said } from '../../lib/i18n/localized-text';

export type FetchProblem =
  | { kind: 'http'; status: number }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string }
  | { kind: 'malformed' }
  | { kind: 'rate-limited-locally' }
  /** The page that asked has navigated on: the request was dropped before it was sent. */
  | { kind: 'superseded' }
  | { kind: 'too-large'; limitBytes: number };

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

/** Who is waiting: the user's own lookup in the popup goes before pages, pages before background work. */
export type RequestPriority = 'user' | 'page' | 'background';
const RANK: Record<RequestPriority, number> = { user: 0, page: 1, background: 2 };

export interface TakeOptions {
  priority?: RequestPriority;
  /** Aborted when the request is no longer wanted (its page has navigated on): it leaves the queue unserved. */
  signal?: AbortSignal;
}

interface Waiter {
  rank: number;
  seq: number;
  deadline: number;
  signal?: AbortSignal;
  resolve(granted: boolean): void;
}

/**
 * A token bucket with one queue per host. Waiters are served one at a time in priority order, then in the
 * order they came, each taking its own token: concurrent callers can never wake together and overdraw the
 * budget. A caller whose turn would come after its deadline is refused at once and costs nothing.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private readonly queue: Waiter[] = [];
  private seq = 0;
  private pumping = false;

  constructor(
    private readonly limit: HostLimit,
    private readonly deps: Pick<HttpDeps, 'now' | 'sleep'>,
  ) {
    this.tokens = limit.burst;
    this.updatedAt = deps.now();
  }

  private get perMs(): number {
    return this.limit.perMinute / 60_000;
  }

  private refill(): void {
    const now = this.deps.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
  }

  /** When a caller of this rank would be served if it queued now. */
  private turnFor(rank: number): number {
    this.refill();
    const ahead = this.queue.filter((w) => w.rank <= rank).length;
    const missing = ahead + 1 - this.tokens;
    return this.deps.now() + (missing > 0 ? Math.ceil(missing / this.perMs) : 0);
  }

  take(deadline: number, { priority = 'page', signal }: TakeOptions = {}): Promise<boolean> {
    const rank = RANK[priority];
    if (signal?.aborted || this.turnFor(rank) > deadline) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = { rank, seq: this.seq++, deadline, ...(signal ? { signal } : {}), resolve };
      this.queue.push(waiter);
      this.queue.sort((x, y) => x.rank - y.rank || x.seq - y.seq);
      signal?.addEventListener('abort', () => this.leave(waiter), { once: true });
      void this.pump();
    });
  }

  private leave(waiter: Waiter): void {
    const index = this.queue.indexOf(waiter);
    if (index < 0) return;
    this.queue.splice(index, 1);
    waiter.resolve(false);
  }

  /** Serves the queue: one token per waiter, sleeping until the next token when none is left. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        this.dropUnwanted();
        if (this.queue.length === 0) break;
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          this.queue.shift()!.resolve(true);
          continue;
        }
        await this.deps.sleep(Math.ceil((1 - this.tokens) / this.perMs));
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Waiters whose page navigated on, or whose deadline a higher-priority caller pushed them past. */
  private dropUnwanted(): void {
    const now = this.deps.now();
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const waiter = this.queue[i]!;
      if (waiter.signal?.aborted || waiter.deadline < now) {
        this.queue.splice(i, 1);
        waiter.resolve(false);
      }
    }
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
  /** Who waits for the answer, and a signal for when nobody does any more (see TokenBucket). */
  priority?: RequestPriority;
  signal?: AbortSignal;
  /** Answers longer than this are refused unread past the limit: no API answer we use comes near 2 MB. */
  maxBodyBytes?: number;
}

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The options every request of one lookup shares: its priority and its signal. */
export type RequestContext = Pick<RequestOptions, 'priority' | 'signal'>;

/** What a provider needs of the client: JSON requests, with the lookup's context already applied. */
export interface JsonClient {
  json(url: string, options: RequestOptions): Promise<FetchOutcome>;
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

  /** A client whose requests all carry this context (a popup lookup's priority, a page's signal). */
  withContext(context: RequestContext): JsonClient {
    return { json: (url, options) => this.json(url, { ...context, ...options }) };
  }

  async json(url: string, options: RequestOptions): Promise<FetchOutcome> {
    const { deadline, maxAttempts = 3, attemptTimeoutMs = 5_000, priority, signal } = options;
    const bucket = this.bucketFor(new URL(url).host);
    let problem: FetchProblem = { kind: 'timeout' };
    let attempt = 0;
    while (attempt < maxAttempts) {
      const granted = await bucket.take(deadline, { ...(priority ? { priority } : {}), ...(signal ? { signal } : {}) });
      if (signal?.aborted) return { ok: false, problem: { kind: 'superseded' }, attempts: attempt };
      if (!granted)
        return { ok: false, problem: attempt === 0 ? { kind: 'rate-limited-locally' } : problem, attempts: attempt };
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

  private async attempt(
    url: string,
    options: RequestOptions,
    timeoutMs: number,
  ): Promise<{ ok: true; json: unknown } | { ok: false; problem: FetchProblem; retryAfterMs?: number }> {
    if (timeoutMs <= 0) return { ok: false, problem: { kind: 'timeout' } };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await this.deps.fetch(url, {
        method: options.method ?? 'GET',
        headers:
          options.body === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'content-type': 'application/json' },
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
          ...(Number.isFinite(retryAfter) && retryAfter > 0
            ? { retryAfterMs: Math.min(retryAfter * 1000, 30_000) }
            : {}),
        };
      }
      const text = await readCapped(response, options.maxBodyBytes ?? MAX_BODY_BYTES);
      if (text === null)
        return { ok: false, problem: { kind: 'too-large', limitBytes: options.maxBodyBytes ?? MAX_BODY_BYTES } };
      try {
        return { ok: true, json: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, problem: { kind: 'malformed' } };
      }
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, problem: { kind: 'timeout' } };
      return {
        ok: false,
        problem: { kind: 'network', message: error instanceof Error ? error.message.slice(0, 120) : 'failed' },
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The body as text, or null when it is (or says it is) longer than `limit` bytes; never reads past the limit. */
async function readCapped(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

function isRetryable(problem: FetchProblem): boolean {
  return (
    problem.kind === 'timeout' ||
    problem.kind === 'network' ||
    (problem.kind === 'http' && RETRYABLE_STATUS(problem.status))
  );
}

/** A sentence for the UI: what went wrong, without internals. */
export function describeProblem(problem: FetchProblem): Said {
  switch (problem.kind) {
    case 'http':
      if (problem.status === 429) return lt('worker.problem.rateLimited');
      if (problem.status >= 500) return lt('worker.problem.serverError', { status: problem.status });
      return problem.status === 404
        ? lt('worker.problem.notFound')
        : lt('worker.problem.refused', { status: problem.status });
    case 'timeout':
      return lt('worker.problem.timeout');
    case 'network':
      return lt('worker.problem.network');
    case 'malformed':
      return lt('worker.problem.malformed');
    case 'rate-limited-locally':
      return lt('worker.problem.budget');
    case 'superseded':
      return lt('worker.problem.superseded');
    case 'too-large': {
      const mb = problem.limitBytes / (1024 * 1024);
      return lt('worker.problem.tooLarge', {
        size: mb >= 1 ? `${mb} MB` : `${Math.round(problem.limitBytes / 1024)} KB`,
      });
    }
  }
}
