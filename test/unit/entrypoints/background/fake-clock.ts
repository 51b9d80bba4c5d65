/**
 * A fake clock with real timer semantics: `sleep` parks the caller until `run` advances time to its wake-up,
 * so concurrent sleepers wake together exactly as they would with setTimeout (an instant-advance sleep
 * would serialise them and hide races).
 */
export function fakeClock(start = 1_000_000) {
  let now = start;
  let seq = 0;
  const timers: { at: number; seq: number; fire: () => void }[] = [];
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const timer = { at: now + Math.max(0, ms), seq: seq++, fire: resolve };
      timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
          reject(new DOMException('aborted', 'AbortError'));
        },
        { once: true },
      );
    });
  /** Lets every pending promise callback run (a real macrotask turn). */
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  /** Fires timers in time order until none is left at or before `until`, then sets the clock to `until`. */
  async function run(until = Number.POSITIVE_INFINITY): Promise<void> {
    for (;;) {
      await settle();
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers[0];
      if (!next || next.at > until) break;
      timers.shift();
      now = Math.max(now, next.at);
      next.fire();
    }
    if (Number.isFinite(until)) now = Math.max(now, until);
    await settle();
  }
  return { now: () => now, sleep, run, pendingTimers: () => timers.length };
}

/** True when no window [t_i, t_j] holds more grants than the bucket allows: burst + rate × length. */
export function withinBudget(times: number[], burst: number, perMinute: number): boolean {
  const sorted = [...times].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i; j < sorted.length; j++) {
      if (j - i + 1 > burst + (perMinute / 60_000) * (sorted[j]! - sorted[i]!) + 1e-9) return false;
    }
  }
  return true;
}

/** The most grants seen in any window of `windowMs` (a host's published "N per minute"). */
export function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= windowMs) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}
