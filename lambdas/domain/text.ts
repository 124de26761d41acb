/**
 * Text normalisation shared by the triage rules: people write with capitals,
 * typographic apostrophes, accents, stretched letters ("soooo") and missing
 * spaces, and the rules must read all of it the same way.
 */

/** Chat spellings read as the words they stand for ("i want 2 die", "thinkin bout it"). */
const CHAT_WORDS: Record<string, string> = {
  '2': 'to',
  u: 'you',
  ur: 'your',
  r: 'are',
  b: 'be',
  w: 'with',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  rn: 'right now',
  bout: 'about',
  n: 'and',
  abt: 'about',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  thinkin: 'thinking',
  endin: 'ending',
  kiero: 'quiero',
  q: 'que',
  xq: 'porque',
  feelin: 'feeling',
  tryin: 'trying',
  goin: 'going',
  doin: 'doing',
  cuttin: 'cutting',
  killin: 'killing',
  hurtin: 'hurting',
  dyin: 'dying',
  livin: 'living',
  plannin: 'planning',
  nothin: 'nothing',
  somethin: 'something',
};
const CHAT_WORD = new RegExp(`\\b(?:${Object.keys(CHAT_WORDS).join('|')})\\b`, 'g');

/**
 * Negations and "i am" read as one spelling: "do not" and "dont", "cannot"
 * and "cant", "i am" and "im" are the same words, so the rules write each
 * once (in the short form).
 */
const CONTRACTIONS: Record<string, string> = {
  'i am': 'im',
  cannot: 'cant',
  'can not': 'cant',
  'do not': 'dont',
  'does not': 'doesnt',
  'did not': 'didnt',
  'is not': 'isnt',
  'are not': 'arent',
  'was not': 'wasnt',
  'were not': 'werent',
  'will not': 'wont',
  'would not': 'wouldnt',
  'could not': 'couldnt',
  'should not': 'shouldnt',
  'have not': 'havent',
  'has not': 'hasnt',
  'had not': 'hadnt',
};
const CONTRACTION = new RegExp(`\\b(?:${Object.keys(CONTRACTIONS).join('|')})\\b`, 'g');

const CLAUSE_BREAK = /[.,!?;:|\n\r()[\]{}"“”]+|\s+but\s+|\s+pero\s+/g;

/** Words in normalised spelling, written as text ("i im ive"), as a set: their letter runs collapsed as a text's are. */
export const wordSet = (...lists: string[]): ReadonlySet<string> => new Set(lists.join(' ').split(' ').map(collapseRepeats));

/** Words that negate what follows them in a clause ("never", "not", "didnt", …), in normalised spelling. */
export const NEGATORS = wordSet('never not no dont didnt doesnt havent hasnt hadnt wont wouldnt isnt arent wasnt werent nor without nunca jamas denies');

/** Collapses any run of one letter to a single letter: "killl" → "kil", "better" → "beter". */
export function collapseRepeats(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

/**
 * Lower-cases, folds accents (ñ → n), drops apostrophes (don't → dont) and
 * reads negations and "i am" one way ("do not" → dont, "i am" → im, see CONTRACTIONS),
 * marks clause breaks (and any "|" typed) with " | " so negation never reaches across a sentence,
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
    .replace(/[^a-z0-9|]+/g, ' ')
    .replace(CHAT_WORD, (word) => CHAT_WORDS[word] ?? word)
    .replace(CONTRACTION, (words) => CONTRACTIONS[words] ?? words);
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
