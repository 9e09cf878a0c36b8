/**
 * Finds English prose in a text meant for a Chinese user. Ids, keys, values, paths and option
 * names are what the user typed or will type, so they do not count: quoted text, and words
 * written with the punctuation of ids, paths and options, are taken out first.
 */

/** Ids, keys and values from the plan: quoted, or written with the punctuation of ids and paths. */
export function withoutPlanText(message: string): string {
  return message
    .replace(/“[^”]*”|"[^"]*"|`[^`]*`|‘[^’]*’|「[^」]*」/g, ' ')
    .replace(/[^\s，。：；、（）(),:;]*[-./_0-9<>=*&%@#|\\][^\s，。：；、（）()]*/g, ' ');
}

/** Three English words in a row make a sentence (or a phrase of one): a single key or id does not. */
export const ENGLISH = /\b[A-Za-z]{2,}(?:[ '][A-Za-z]{2,}){2,}\b/;

/** The first English phrase in a text once plan text is taken out, or undefined. */
export function englishIn(text: string): string | undefined {
  return ENGLISH.exec(withoutPlanText(text))?.[0];
}
