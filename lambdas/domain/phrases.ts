import { collapseRepeats } from './text';

/**
 * Phrases as data: named lists of everyday phrases ("concepts"), found in a
 * normalised text word by word, and combinations of concepts that must occur
 * close together. A regex rule knows one way of saying a thing; a
 * combination ("a bridge" near "how quick it would be") knows every pairing
 * of the ways its concepts list.
 *
 * Phrases are written as normalised text reads: lower case, no apostrophes
 * or punctuation ("dont", "its all ready"); letter runs are collapsed the
 * same way as the text's (so "pills" matches "piiills"). A word ending in
 * "*" matches any word that starts with it ("stockpil*"); "{a,b}" gives
 * each choice in turn ("{a,b} c" is "a c" and "b c"), an empty choice leaves
 * the part out. A test checks every phrase is written so.
 */

/** Each concept's phrases, one a line. */
export type Concepts = Record<string, string>;

/** One place a concept occurs: its first word's index, one past its last, its phrase, and where it starts in the text. */
export interface Occurrence {
  start: number;
  end: number;
  phrase: number;
  index: number;
}

/**
 * Finds every concept's phrases in normalised text. A phrase is looked for as
 * a plain substring between spaces (the normalised text starts and ends with
 * one), so nothing is compiled or indexed on a cold start.
 */
export class PhraseFinder {
  private searches: Array<{ concept: string; needle: string; words: number }> | undefined;

  constructor(private readonly concepts: Concepts) {}

  /** Every occurrence of every concept in `text` (as normalizeText returns it), by concept. */
  find(text: string): Map<string, Occurrence[]> {
    this.searches ??= Object.entries(this.concepts).flatMap(([concept, phrases]) =>
      // One pass collapses the letter runs of all of a concept's phrases.
      collapseRepeats(phrases.trim())
        .split('\n')
        .flatMap(expandChoices)
        .map((phrase) => ({
          concept,
          needle: phrase.endsWith('*') ? ` ${phrase.slice(0, -1)}` : ` ${phrase} `,
          words: phrase.split(' ').length,
        })),
    );
    const found = new Map<string, Occurrence[]>();
    this.searches.forEach(({ concept, needle, words }, phrase) => {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const start = wordsBefore(text, at);
        const list = found.get(concept) ?? [];
        list.push({ start, end: start + words, phrase, index: at + 1 });
        found.set(concept, list);
      }
    });
    return found;
  }
}

/** A written phrase's every reading: "{a,b} c" gives "a c" and "b c"; an empty choice leaves the part out. */
export function expandChoices(written: string): string[] {
  const open = written.indexOf('{');
  if (open < 0) return [written.replace(/ +/g, ' ').trim()];
  const close = written.indexOf('}', open);
  if (close < 0) throw new Error(`unclosed "{" in the phrase "${written}"`);
  const [before, after] = [written.slice(0, open), written.slice(close + 1)];
  return written
    .slice(open + 1, close)
    .split(',')
    .flatMap((choice) => expandChoices(before + choice + after));
}

/** How many words stand before the space at `at`. */
function wordsBefore(text: string, at: number): number {
  let count = 0;
  for (let i = 1; i < at; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

/**
 * Whether one occurrence of each listed concept (a concept listed twice needs
 * two different phrases of it) fits within `within` words, first word to last.
 * `counts` says whether an occurrence may be used (not negated, about the person).
 */
export function combines(
  found: Map<string, Occurrence[]>,
  concepts: readonly string[],
  within: number,
  counts: (o: Occurrence) => boolean = () => true,
): boolean {
  const lists = concepts.map((c) => (found.get(c) ?? []).filter(counts));
  if (lists.some((l) => l.length === 0)) return false;
  const chosen: Occurrence[] = [];
  const pick = (k: number): boolean => {
    if (k === lists.length) {
      const first = Math.min(...chosen.map((o) => o.start));
      const last = Math.max(...chosen.map((o) => o.end));
      return last - first <= within;
    }
    for (const o of lists[k] as Occurrence[]) {
      // One concept listed twice needs two phrases that are different and apart.
      if (chosen.some((c, j) => c.phrase === o.phrase || (concepts[j] === concepts[k] && c.start < o.end && o.start < c.end))) continue;
      chosen.push(o);
      if (pick(k + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return pick(0);
}
