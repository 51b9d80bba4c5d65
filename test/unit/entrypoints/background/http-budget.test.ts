/**
 * The per-host budget under bursts, request priorities, superseded requests and the body size cap, on a
 * fake clock whose sleepers wake together as real timers do.
 */
import { say } from '../../../../lib/i18n/index';
import { describe, expect, it } from 'vitest';
import { HttpClient, TokenBucket, describeProblem, type HttpDeps } from '../../../../entrypoints/background/http';
import { fakeClock, maxInWindow, withinBudget } from './fake-clock';

const GECKO = { burst: 5, perMinute: 25 };

function clockDeps(respond: (url: string) => Response = () => new Response('{}')) {
  const clock = fakeClock();
  const fetched: { url: string; at: number }[] = [];
  const deps: HttpDeps = {
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    fetch: async (url) => {
      fetched.push({ url: String(url), at: clock.now() });
      return respond(String(url));
    },
  };
  return { clock, deps, fetched };
}

describe('TokenBucket under bursts', () => {
  it('40 concurrent takes never exceed burst + rate × elapsed', async () => {
    const { clock, deps } = clockDeps();
    const bucket = new TokenBucket(GECKO, deps);
    const granted: number[] = [];
    const all = Array.from({ length: 40 }, () =>
      bucket.take(clock.now() + 10 * 60_000).then((ok) => ok && granted.push(clock.now())),
    );
    await clock.run();
    await Promise.all(all);
    expect(granted).toHaveLength(40);
    expect(withinBudget(granted, GECKO.burst, GECKO.perMinute)).toBe(true);
    expect(maxInWindow(granted, 60_000)).toBeLessThanOrEqual(30);
  });

  it('150 requests pushed at 100 ms intervals (8 s deadlines) stay within 30 a minute; the rest are refused', async () => {
    const { clock, deps } = clockDeps();
    const bucket = new TokenBucket(GECKO, deps);
    const granted: number[] = [];
    let refused = 0;
    const all = Array.from({ length: 150 }, (_, i) =>
      clock.sleep(i * 100).then(async () => {
        if (await bucket.take(clock.now() + 8_000)) granted.push(clock.now());
        else refused += 1;
      }),
    );
    await clock.run();
    await Promise.all(all);
    expect(withinBudget(granted, GECKO.burst, GECKO.perMinute)).toBe(true);
    expect(maxInWindow(granted, 60_000)).toBeLessThanOrEqual(30);
    expect(granted.length + refused).toBe(150);
  });

  it('a waiter whose turn would pass its deadline is refused without consuming budget', async () => {
    const { clock, deps } = clockDeps();
    const bucket = new TokenBucket({ burst: 1, perMinute: 60 }, deps);
    const start = clock.now();
    const at: Record<string, number | false> = {};
    const ask = (name: string, deadline: number) =>
      bucket.take(deadline).then((ok) => (at[name] = ok ? clock.now() - start : false));
    const all = [
      ask('first', start + 60_000),
      ask('a', start + 60_000),
      ask('b', start + 1_500),
      ask('c', start + 60_000),
    ];
    await clock.run();
    await Promise.all(all);
    // b's turn would be at 2 s, after its deadline: refused, and c takes the slot b would have used.
    expect(at).toEqual({ first: 0, a: 1_000, b: false, c: 2_000 });
  });
});

describe('request priorities and superseded requests', () => {
  it('with the bucket empty, a user request queued after page requests goes first', async () => {
    const { clock, deps } = clockDeps();
    const bucket = new TokenBucket({ burst: 1, perMinute: 60 }, deps);
    const deadline = clock.now() + 60_000;
    const order: string[] = [];
    const ask = (name: string, priority: 'user' | 'page' | 'background') =>
      bucket.take(deadline, { priority }).then(() => order.push(name));
    const all = [
      ask('page0', 'page'),
      ask('page1', 'page'),
      ask('background', 'background'),
      ask('page2', 'page'),
      ask('user', 'user'),
    ];
    await clock.run();
    await Promise.all(all);
    expect(order).toEqual(['page0', 'user', 'page1', 'page2', 'background']);
  });

  it('an aborted queued request is never fetched and frees its place', async () => {
    const { clock, deps, fetched } = clockDeps();
    const client = new HttpClient(() => ({ burst: 1, perMinute: 60 }), deps);
    const deadline = clock.now() + 60_000;
    const navigatedOn = new AbortController();
    const first = client.json('https://api.example/first', { deadline });
    const old = client.json('https://api.example/old-page', { deadline, signal: navigatedOn.signal });
    const next = client.json('https://api.example/next', { deadline });
    await clock.run(clock.now() + 500);
    navigatedOn.abort();
    await clock.run();
    const outcome = await old;
    expect(outcome).toEqual({ ok: false, problem: { kind: 'superseded' }, attempts: 0 });
    expect(say(describeProblem(outcome.ok ? { kind: 'timeout' } : outcome.problem))).toMatch(/superseded/);
    await Promise.all([first, next]);
    expect(fetched.map((f) => [f.url.split('/').pop(), f.at - fetched[0]!.at])).toEqual([
      ['first', 0],
      ['next', 1_000],
    ]);
  });

  it('withContext gives every request of a lookup its priority and signal, sharing the host budget', async () => {
    const { clock, deps, fetched } = clockDeps();
    const client = new HttpClient(() => ({ burst: 1, perMinute: 60 }), deps);
    const deadline = clock.now() + 60_000;
    const page = client.withContext({ priority: 'page' });
    const user = client.withContext({ priority: 'user' });
    const all = [
      page.json('https://api.example/p0', { deadline }),
      page.json('https://api.example/p1', { deadline }),
      user.json('https://api.example/u', { deadline }),
    ];
    await clock.run();
    await Promise.all(all);
    expect(fetched.map((f) => f.url.split('/').pop())).toEqual(['p0', 'u', 'p1']);
  });

  it('retries wait for the budget too', async () => {
    let calls = 0;
    const { clock, deps, fetched } = clockDeps(() =>
      ++calls <= 3 ? new Response('busy', { status: 503 }) : new Response('{}'),
    );
    const client = new HttpClient(() => ({ burst: 2, perMinute: 6 }), deps);
    const deadline = clock.now() + 120_000;
    const all = [
      client.json('https://api.example/a', { deadline }),
      client.json('https://api.example/b', { deadline }),
    ];
    await clock.run();
    await Promise.all(all);
    expect(
      withinBudget(
        fetched.map((f) => f.at),
        2,
        6,
      ),
    ).toBe(true);
  });
});

describe('response size cap', () => {
  const huge = () => JSON.stringify({ data: 'x'.repeat(3 * 1024 * 1024) });

  it('a body over 2 MB is a clear problem and is not retried', async () => {
    const { clock, deps, fetched } = clockDeps(() => new Response(huge()));
    const client = new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
    const run = client.json('https://api.example/x', { deadline: clock.now() + 8_000 });
    await clock.run();
    const outcome = await run;
    expect(outcome).toEqual({ ok: false, problem: { kind: 'too-large', limitBytes: 2 * 1024 * 1024 }, attempts: 1 });
    expect(fetched).toHaveLength(1);
    expect(say(describeProblem(outcome.ok ? { kind: 'timeout' } : outcome.problem))).toBe(
      'answer too large (over 2 MB)',
    );
  });

  it('a declared content-length over the cap is refused before the body is read', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const { clock, deps } = clockDeps(
      () => new Response(body, { headers: { 'content-length': String(50 * 1024 * 1024) } }),
    );
    const client = new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
    const run = client.json('https://api.example/x', { deadline: clock.now() + 8_000, maxBodyBytes: 1024 });
    await clock.run();
    expect(await run).toMatchObject({ ok: false, problem: { kind: 'too-large', limitBytes: 1024 } });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('an endless stream is cut at the cap', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('['.repeat(4096)));
      },
    });
    const { clock, deps } = clockDeps(() => new Response(body));
    const client = new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
    const run = client.json('https://api.example/x', { deadline: clock.now() + 8_000, maxBodyBytes: 100_000 });
    await clock.run();
    expect(await run).toMatchObject({ ok: false, problem: { kind: 'too-large' }, attempts: 1 });
  });

  it('a body under the cap, in several chunks and with multi-byte characters, parses', async () => {
    const text = JSON.stringify({ name: 'Ünïcödé ✓', pad: 'y'.repeat(200_000) });
    const { clock, deps } = clockDeps(() => new Response(text));
    const client = new HttpClient(() => ({ burst: 10, perMinute: 600 }), deps);
    const run = client.json('https://api.example/x', { deadline: clock.now() + 8_000 });
    await clock.run();
    expect(await run).toEqual({ ok: true, json: JSON.parse(text) });
  });
});
