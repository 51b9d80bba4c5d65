/** The analysis' assumptions in the user's language: core gives keys and values, the locale files the words. */
import type { Analysis } from '../../core/index';
import { tDynamic } from '../i18n/index';

export function assumptionTexts(a: Pick<Analysis, 'assumptionNotes'>): string[] {
  return a.assumptionNotes.map((note) => tDynamic(`assumption.${note.key}`, note.params) ?? note.text);
}
