/**
 * A warning's words in the user's language. Core gives each hit a stable message key and its figures
 * (already formatted); the locale files hold the sentences. Core's English title and reason stay the
 * fallback for a hit whose key the locale files do not know.
 */
import type { SkippedRule, WarningHit } from '../../core/index';
import { t, tDynamic } from '../i18n/index';

export function warningTitle(hit: WarningHit): string {
  return (hit.messageKey && tDynamic(`rule.${hit.messageKey}`, localized(hit.params))) || hit.title;
}

export function warningReason(hit: WarningHit): string {
  return (hit.reasonKey && tDynamic(`rule.${hit.reasonKey}`, localized(hit.params))) || hit.reason;
}

/**
 * Core formats the figures in its parameters; the two with English words in them are said again here:
 * "7 days" (core's days()) and "just under 1.5×" (a value that would round onto its limit).
 */
function localized(params: Record<string, string> = {}): Record<string, string> {
  const say = (text: string): string => {
    const near = /^just (under|over) (.+)$/.exec(text);
    if (near) return t(near[1] === 'under' ? 'format.justUnder' : 'format.justOver', { limit: say(near[2]!) });
    const count = /^(\S+) days?$/.exec(text);
    if (count) return count[1] === '1' ? t('format.day') : t('format.days', { n: count[1]! });
    return text;
  };
  return Object.fromEntries(Object.entries(params).map(([name, text]) => [name, say(text)]));
}

/** A skipped rule's neutral name, lower-cased for a list inside a sentence: acronyms stay capitals. */
export function skippedTitle(rule: SkippedRule): string {
  const name = tDynamic(`rule.${ruleKey(rule.id)}.name`) ?? rule.title;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "fees-below-lvr" -> "feesBelowLvr": rule ids as message keys (which allow letters, digits and _). */
export function ruleKey(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
