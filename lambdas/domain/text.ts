/**
 * Text normalisation shared by the triage rules: people write with capitals,
 * typographic apostrophes, accents, stretched letters ("soooo") and missing
 * spaces, and the rules must read all of it the same way.
 */

const CLAUSE_BREAK = /[.!?;:\n\r()[\]{}"“”]+|\s+but\s+|\s+pero\s+/g;

/** Collapses any run of one letter to a single letter: "killl" → "kil", "better" → "beter". */
export function collapseRepeats(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

/**
 * Lower-cases, folds accents (ñ → n), drops apostrophes (don't → dont),
 * marks clause breaks with " | " so negation never reaches across a sentence,
 * turns every other non-letter into a space and collapses repeated letters.
 */
export function normalizeText(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ′]/g, "'")
    .replace(/'/g, '')
    .replace(/&/g, ' and ')
    .replace(CLAUSE_BREAK, ' | ')
    .replace(/[^a-z0-9|]+/g, ' ');
  return ` ${collapseRepeats(folded).replace(/\s+/g, ' ').trim()} `;
}

/**
 * Compiles a rule written in plain spelling so it matches normalised text:
 * letter runs are collapsed the same way (but never a letter right after a
 * backslash, so `\bb` stays a word boundary followed by "b").
 */
export function compileRule(source: string): RegExp {
  return new RegExp(source.replace(/(?<!\\)([a-z])\1+/g, '$1'), 'g');
}
