/**
 * A versioned WXT storage item whose stored value is checked on every read. Storage outlives versions and
 * can be edited by hand: a value of the wrong shape reads as the fallback instead of breaking the code that
 * reads it (a `dismissedSites` of 42 once stopped the overlay with a TypeError).
 */
import * as v from 'valibot';
import { storage, type WxtStorageItem } from '#imports';

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

/**
 * Migrations run in the worker and the popup (on an item's first use), never in the content script, where they
 * would cost a storage read and write on DEX pages. Until one of those has migrated an item, the content
 * script reads an old shape as the fallback, which the schema check already allows.
 */
const RUNS_MIGRATIONS = import.meta.env.ENTRYPOINT !== 'dex';

export function checkedItem<S extends v.GenericSchema>(
  key: `local:${string}`,
  schema: S,
  options: CheckedItemOptions<v.InferOutput<S>>,
): CheckedItem<v.InferOutput<S>> {
  type T = v.InferOutput<S>;
  // Defined on first use: WXT reads an item's stored value as soon as it is defined, and a DEX page that is
  // not a pool page should cost no storage read at all.
  let defined: WxtStorageItem<T, Record<string, unknown>> | undefined;
  const item = () => {
    defined ??= storage.defineItem<T>(key, {
      fallback: options.fallback,
      version: options.version,
      ...(options.migrations && RUNS_MIGRATIONS ? { migrations: options.migrations } : {}),
    });
    return defined;
  };
  const check = (value: unknown): T => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : options.fallback;
  };
  return {
    fallback: options.fallback,
    getValue: async () => check(await item().getValue()),
    // Written values are checked too: a bug here must not store what the next read throws away. The version
    // goes with every write: WXT records it only where it runs migrations, so a value first written by the
    // content script was stored without one, and the popup then "migrated" it from v1 and lost it.
    setValue: async (value) => {
      const checked = v.parse(schema, value);
      await item().setValue(checked);
      await item().setMeta({ v: options.version });
    },
    watch: (callback) => item().watch((value) => callback(check(value))),
  };
}
