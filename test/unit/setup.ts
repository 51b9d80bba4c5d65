import fc from 'fast-check';

// Random locally, to keep finding new cases; a fixed seed in CI, so a red run can be replayed exactly.
if (process.env.CI) fc.configureGlobal({ seed: 20261124 });

// browser.i18n in Node: the English messages, built from locales/en.yml as the extension's build does, so
// components and lib/present read the same words in tests as in the browser.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const english = generateChromeMessages(await parseMessagesFile('locales/en.yml')) as Record<
  string,
  { message: string }
>;
fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | (string | number)[]) => {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const message = english[name]?.message ?? '';
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(subs[Number(which) - 1] ?? ''),
  );
};
fakeBrowser.i18n.getUILanguage = () => 'en-US';
