/**
 * A versioned WXT storage item whose stored value is checked on every read. Storage outlives versions and
 * can be edited by hand: a value of the wrong shape reads as the fallback instead of breaking the code that
 * reads it (a `dismissedSites` of 42 once stopped the overlay with a TypeError).
 */
import * as v from 'valibot';
import { storage } from '#imports';

export interface CheckedItemOptions<T> {
  fallback: T;
  version: number;
  /** From the version before to this one; each gets whatever an older version stored (unknown shape). */
  migrations?: Record<number, (old: unknown) => T>;
}

export interface CheckedItem<T> {
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

export function checkedItem<S extends v.GenericSchema>(key: `local:${string}`, schema: S, options: CheckedItemOptions<v.InferOutput<S>>): CheckedItem<v.InferOutput<S>> {
  type T = v.InferOutput<S>;
  const item = storage.defineItem<T>(key, { fallback: options.fallback, version: options.version, ...(options.migrations ? { migrations: options.migrations } : {}) });
  const check = (value: unknown): T => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : options.fallback;
  };
  return {
    fallback: options.fallback,
    getValue: async () => check(await item.getValue()),
    // Written values are checked too: a bug here must not store what the next read throws away.
    setValue: (value) => item.setValue(v.parse(schema, value)),
    watch: (callback) => item.watch((value) => callback(check(value))),
  };
}
