import * as v from 'valibot';

/** Parses a message against its schema; returns null (never throws) when it does not fit. */
export function parseMessage<S extends v.GenericSchema>(schema: S, message: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : null;
}
