/**
 * The worker checks its own overlay view against the message schema before sending it, so the content
 * script never has to throw a whole view away. Prose that is too long is cut with an ellipsis; a number is
 * never cut (a shortened number is a wrong number): an entry whose figure does not fit is left out.
 */
import * as v from 'valibot';
import { OverlayViewSchema, type OverlayView } from '../messages/overlay';
import { unavailableView } from './overlay-header';

/** Fields that hold figures or ids: they fit whole or not at all. */
const NEVER_CUT = new Set(['value', 'il', 'move', 'key', 'feeTier', 'testId', 'id', 'severity', 'status', 'usd']);

type Fitted = { ok: true; value: unknown } | { ok: false };
type AnySchema = v.GenericSchema & {
  type: string;
  pipe?: { type: string; requirement?: unknown }[];
  wrapped?: AnySchema;
  item?: AnySchema;
  entries?: Record<string, AnySchema>;
};

const maxLengthOf = (schema: AnySchema) =>
  schema.pipe?.find((step) => step.type === 'max_length')?.requirement as number | undefined;

/** Cuts at a code point boundary, never inside a surrogate pair. */
function clip(text: string, max: number): string {
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function fitValue(schema: AnySchema, value: unknown, field: string): Fitted {
  if (v.is(schema, value)) return { ok: true, value };
  switch (schema.type) {
    case 'nullable':
    case 'optional':
      return value === null || value === undefined ? { ok: true, value } : fitValue(schema.wrapped!, value, field);
    case 'string': {
      const max = maxLengthOf(schema);
      if (typeof value !== 'string' || max === undefined || NEVER_CUT.has(field)) return { ok: false };
      const cut = clip(value, max);
      return v.is(schema, cut) ? { ok: true, value: cut } : { ok: false };
    }
    case 'array': {
      if (!Array.isArray(value)) return { ok: false };
      const kept = (value as unknown[]).flatMap((item) => {
        const fitted = fitValue(schema.item!, item, field);
        return fitted.ok ? [fitted.value] : [];
      });
      const max = maxLengthOf(schema);
      return { ok: true, value: max === undefined ? kept : kept.slice(0, max) };
    }
    case 'object': {
      if (typeof value !== 'object' || value === null) return { ok: false };
      const out: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(schema.entries!)) {
        const fitted = fitValue(entry, (value as Record<string, unknown>)[key], key);
        if (!fitted.ok) return { ok: false };
        if (fitted.value !== undefined) out[key] = fitted.value;
      }
      return v.is(schema, out) ? { ok: true, value: out } : { ok: false };
    }
    default:
      return { ok: false };
  }
}

/** The view, made to fit; a view whose header itself cannot fit says only that the figures are unavailable. */
export function fitToSchema(view: OverlayView): OverlayView {
  const fitted = fitValue(OverlayViewSchema as unknown as AnySchema, view, 'view');
  if (fitted.ok) return fitted.value as OverlayView;
  const header = { site: '', chain: '', pageKind: '', pool: 'this pool', poolId: '' };
  return unavailableView(header, 'The figures for this page could not be shown.');
}
