import { describe, expect, it } from 'vitest';
import { t, tDynamic, uiLocale } from '../../../lib/i18n/index';

describe('i18n in Node: the English messages of locales/en.yml', () => {
  it('reads a message by key', () => {
    expect(t('ext.name')).toBe('LP Risk Lens');
  });
  it('reads a key known only at run time, or says there is none', () => {
    expect(tDynamic('ext.name')).toBe('LP Risk Lens');
    expect(tDynamic('no.such.key')).toBeNull();
  });
  it('formats for en-US', () => {
    expect(uiLocale()).toBe('en-US');
  });
});

describe('the shipped locales', () => {
  it('zh_CN has every key of en, and no other', async () => {
    const { parseMessagesFile } = await import('@wxt-dev/i18n/build');
    const keys = async (file: string) => (await parseMessagesFile(file)).map((message) => message.key.join('.')).sort();
    expect(await keys('locales/zh_CN.yml')).toEqual(await keys('locales/en.yml'));
  });
});
