/**
 * A warning's words in the user's language. Core gives each hit a stable message key and its figures
 * (already formatted); the locale files hold the sentences. Core's English title and reason stay the
 * fallback for a hit whose key the locale files do not know.
 */
import type { SkippedRule, WarningHit } from '../../core/index';
import { tDynamic } from '../i18n/index';

export function warningTitle(hit: WarningHit): string {
  return (hit.messageKey && tDynamic(`rule.${hit.messageKey}`, hit.params)) || hit.title;
}

export function warningReason(hit: WarningHit): string {
  return (hit.reasonKey && tDynamic(`rule.${hit.reasonKey}`, hit.params)) || hit.reason;
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
