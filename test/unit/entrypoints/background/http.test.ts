/** The HTTP client's limits, deadline and retries, with a scripted fetch and a virtual clock. */
import { say } from '../../../../lib/i18n/index';
import { describe, expect, it } from 'vitest';
import { HttpClient, TokenBucket, describeProblem, type HttpDeps } from '../../../../entrypoints/background/http';

/** A virtual clock: sleep advances time instantly, so retries and waits are exact and fast. */
function virtualDeps(responses: (() => Response | Promise<Response>)[]) {
  let now = 1_000_000;
  const calls: { url: string; at: number; init?: RequestInit }[] = [];
  const deps: HttpDeps = {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    random: () => 0.5, // jitter factor exactly 1
    fetch: async (url, init) => {
      calls.push({ url: String(url), at: now, init });
      const next = responses.shift();
      if (!next) throw new TypeError('no scripted response');
      return next();
    },
  };
  return { deps, calls, advance: (ms: number) => (now += ms), time: () => now };
}

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
const limit = { burst: 2, perMinute: 60 };

describe('HttpClient', () => {
  it('returns parsed JSON on success, sends no credentials', async () => {
    const { deps, calls } = virtualDeps([json({ ok: 1 })]);
    const client = new HttpClient(() => limit, deps);
    expect(await client.json('https://api.example/x', { deadline: deps.now() + 8000 })).toEqual({
      ok: true,
      json: { ok: 1 },
    });
    expect(calls[0]!.init!.credentials).toBe('omit');
  });

  it('retries 429 and 5xx with exponential backoff (400 ms, 800 ms), then succeeds', async () => {
    const { deps, calls } = virtualDeps([json('busy', 500), json('busy', 503), json({ ok: 2 })]);
    const client = new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
    const outcome = await client.json('https://api.example/x', { deadline: deps.now() + 8000 });
    expect(outcome).toEqual({ ok: true, json: { ok: 2 } });
    expect(calls.map((c) => c.at - calls[0]!.at)).toEqual([0, 400, 1200]);
  });

  it('honours Retry-After on 429', async () => {
    const { deps, calls } = virtualDeps([json('slow down', 429, { 'retry-after': '2' }), json({ ok: 3 })]);
    const client = new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
    await client.json('https://api.example/x', { deadline: deps.now() + 8000 });
    expect(calls[1]!.at - calls[0]!.at).toBe(2000);
  });

  it('gives up after three attempts and reports the last problem', async () => {
    const { deps } = virtualDeps([json('x', 500), json('x', 500), json('x', 502)]);
    const client = new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
    expect(await client.json('https://api.example/x', { deadline: deps.now() + 60_000 })).toEqual({
      ok: false,
      problem: { kind: 'http', status: 502 },
      attempts: 3,
    });
  });

  it('does not retry a 404, and describes it plainly', async () => {
    const { deps, calls } = virtualDeps([json('nope', 404)]);
    const client = new HttpClient(() => limit, deps);
    const outcome = await client.json('https://api.example/x', { deadline: deps.now() + 8000 });
    expect(calls).toHaveLength(1);
    expect(outcome.ok ? '' : say(describeProblem(outcome.problem))).toBe('pool not found (HTTP 404)');
  });

  it('a malformed body is a clear problem, not a crash', async () => {
    const { deps } = virtualDeps([json('{"data": [')]);
    const client = new HttpClient(() => limit, deps);
    expect(await client.json('https://api.example/x', { deadline: deps.now() + 8000 })).toEqual({
      ok: false,
      problem: { kind: 'malformed' },
      attempts: 1,
    });
  });

  it('network errors are retried, then reported', async () => {
    const fail = () => {
      throw new TypeError('Failed to fetch');
    };
    const { deps } = virtualDeps([fail, fail, fail]);
    const client = new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
    const outcome = await client.json('https://api.example/x', { deadline: deps.now() + 60_000 });
    expect(outcome).toEqual({ ok: false, problem: { kind: 'network', message: 'Failed to fetch' }, attempts: 3 });
  });

  it('no retry starts after the deadline', async () => {
    const { deps, calls } = virtualDeps([json('x', 500), json({ late: true })]);
    const client = new HttpClient(() => limit, deps);
    const outcome = await client.json('https://api.example/x', { deadline: deps.now() + 300 });
    expect(calls).toHaveLength(1);
    expect(outcome.ok).toBe(false);
  });
});

describe('TokenBucket', () => {
  it('allows a burst, then spaces requests at the sustained rate', async () => {
    const { deps, time } = virtualDeps([]);
    const bucket = new TokenBucket({ burst: 2, perMinute: 30 }, deps);
    const start = time();
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      expect(await bucket.take(start + 60_000)).toBe(true);
      times.push(time() - start);
    }
    expect(times).toEqual([0, 0, 2000, 4000]);
  });
  it('refuses when waiting would pass the deadline', async () => {
    const { deps, time } = virtualDeps([]);
    const bucket = new TokenBucket({ burst: 1, perMinute: 1 }, deps);
    expect(await bucket.take(time() + 1000)).toBe(true);
    expect(await bucket.take(time() + 1000)).toBe(false);
  });
  it('30 requests a minute against GeckoTerminal stay under its limit: 25 per minute after a burst of 5', async () => {
    const { deps, time } = virtualDeps([]);
    const bucket = new TokenBucket({ burst: 5, perMinute: 25 }, deps);
    const start = time();
    let sent = 0;
    while (await bucket.take(start + 60_000)) sent += 1;
    expect(sent).toBeLessThanOrEqual(30);
    expect(sent).toBe(5 + 25);
  });
});
