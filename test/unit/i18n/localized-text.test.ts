/**
 * Words that cross between extension parts as { key, params }: checked by valibot at the message boundary,
 * said in the UI's language (English here: test/unit/setup.ts gives browser.i18n the en.yml messages).
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { say } from '../../../lib/i18n/index';
import { lt, SaidSchema, type LocalizedText } from '../../../lib/i18n/localized-text';
import { LookupPoolResponseSchema } from '../../../lib/messages/pool-data';

describe('LocalizedText', () => {
  it('says a note with a nested problem, numbers as they are', () => {
    const note = lt('worker.note.unavailable', {
      provider: 'GeckoTerminal API',
      problem: lt('worker.problem.serverError', { status: 500 }),
    });
    expect(say(note)).toBe('GeckoTerminal API: server error (HTTP 500).');
  });

  it('keeps plain English strings from providers not converted yet, as they are', () => {
    expect(say('Curve API: no answer')).toBe('Curve API: no answer');
    expect(v.is(SaidSchema, 'Curve API: no answer')).toBe(true);
  });

  it('does not re-read placeholders inside a hostile parameter', () => {
    // A pool name from an API that looks like a placeholder stays literal text.
    expect(say(lt('worker.reason.curveName', { name: '{name}<b>' }))).toBe(
      'Curve names pools ("{name}<b>"); resolving the name needs Curve\'s API, which is not connected. Look the pool up by address instead.',
    );
  });

  it('shows an unknown key as the key, never as nothing', () => {
    expect(say({ key: 'worker.fromAnotherBuild' })).toBe('worker.fromAnotherBuild');
  });

  it('the message schema accepts nested params and refuses bad keys, functions and deep nesting', () => {
    const ok = {
      type: 'lens:pool-lookup',
      status: 'unavailable',
      notes: ['plain', lt('worker.note.stale', { provider: 'X', problem: lt('worker.problem.timeout'), age: '5 s' })],
    };
    expect(v.is(LookupPoolResponseSchema, ok)).toBe(true);
    expect(v.is(SaidSchema, { key: 'a b' })).toBe(false);
    expect(v.is(SaidSchema, { key: 'worker.note.unavailable', params: { provider: () => 1 } })).toBe(false);
    expect(v.is(SaidSchema, { key: 'worker.note.unavailable', params: { n: Number.NaN } })).toBe(false);
    expect(v.is(SaidSchema, { key: 'worker.note.unavailable', extra: 1 })).toBe(false);
    let deep: LocalizedText = { key: 'a' };
    for (let i = 0; i < 6; i++) deep = { key: 'a', params: { p: deep } };
    expect(v.is(SaidSchema, deep)).toBe(false);
  });
});

describe('the keys other parts send', () => {
  it('zh_CN names the same {placeholders} as en for them, so no parameter (a nested problem) is lost', async () => {
    const { parseMessagesFile } = await import('@wxt-dev/i18n/build');
    const placeholders = async (file: string) =>
      new Map(
        (await parseMessagesFile(file))
          .map((message) => [message.key.join('.'), 'message' in message ? String(message.message) : ''] as const)
          .filter(([key]) => /^(worker|pageRead\.where|inputError\.detail)\./.test(key))
          .map(([key, text]) => [key, [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()]),
      );
    const en = await placeholders('locales/en.yml');
    const zh = await placeholders('locales/zh_CN.yml');
    expect(en.size).toBeGreaterThan(60);
    expect(Object.fromEntries(zh)).toEqual(Object.fromEntries(en));
  });
});
