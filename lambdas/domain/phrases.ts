import { collapseRepeats } from './text';

/**
 * Phrases as data: named lists of everyday phrases ("concepts"), found in a
 * normalised text word by word, and combinations of concepts that must occur
 * close together. A regex rule knows one way of saying a thing; a
 * combination ("a bridge" near "how quick it would be") knows every pairing
 * of the ways its concepts list.
 *
 * Phrases are written as normalised text reads: lower case, no apostrophes
 * or punctuation ("dont", "its all ready"), a negation in one word and "i am"
 * as "im" (the text reads "can not" as "cant", see normalizeText); letter runs are collapsed the
 * same way as the text's (so "pills" matches "piiills"; the triage's own phrases are written collapsed
 * already, "pils", which a test checks, and the finder collapses whatever it is given). A word ending in
 * "*" matches any word that starts with it ("stockpil*"); "{a,b}" is a
 * choice ("{a,b} c" reads "a c" or "b c"; choices nest), and an empty choice
 * leaves the part out; a choice glued to letters spells words ("kil{s,led}";
 * a word's forms, also among other choices: "{drink{,s,ing},alcohol}") and
 * is kept small: choices of words are written apart ("{,my} {pills,tablets}",
 * not "{,my }{pills,tablets}"); "!{with,at}" says the next words are none of these
 * ("end it !{with,at}" is not "end it with him"), and at the start of a line
 * that the words just before are none of these ("!{died by} suicide"); "~3"
 * allows up to three words of anything in between, within the clause ("~~3"
 * across clause breaks too); "|" is a clause break or the end of the text
 * (a line may start with one: "| want to …" is said after a break; in a
 * choice it is one: "my notice !{{|,and} booked}");
 * "@self" stands for a group of words several lines share (see `Groups`).
 * A test checks every phrase is written so.
 */

/** Each concept's phrases, one a line. */
export type Concepts = Record<string, string>;
/** Choices several lines share, by name: "@self" in a line reads as the group's text ("{myself,my self}"). */
export type Groups = Record<string, string>;

/** A concept's lines with each "@name" replaced by its group. */
export function withGroups(lines: string, groups: Groups): string {
  return lines.replace(/@([a-z]+)/g, (_, name: string) => {
    const group = groups[name];
    if (group === undefined) throw new Error(`no group "@${name}"`);
    return group;
  });
}

/** One place a concept occurs: its first word's index, one past its last, its phrase (line), and where it starts in the text. */
export interface Occurrence {
  start: number;
  end: number;
  phrase: number;
  index: number;
  /** The words it matched. */
  match: string;
}

/**
 * A written phrase, parsed: words in order, where a part is one word, a
 * choice among single words (a set, the common case), or a choice among
 * shorter phrases.
 */
type Sequence = Part[];
type Part = string | Set<string> | Sequence[] | NotNext | NotBefore | Gap;
/** "~3": up to three words of anything in between, within the clause; "~~3" may cross a clause break. */
interface Gap {
  gap: number;
  acrossClauses: boolean;
}
/** "!{with,at}": the next words are none of these (or the text ends); it matches no word itself. */
interface NotNext {
  not: Sequence[];
}
/** "!{died by}" first in a line: the words just before are none of these; it matches no word itself. */
interface NotBefore {
  notBefore: Sequence[];
}

/** A choice as a set when every choice is one plain word. */
function choicePart(choices: Sequence[]): Part {
  const single = choices.every((c) => c.length === 1 && typeof c[0] === 'string' && !c[0].endsWith('*'));
  return single ? new Set(choices.map((c) => c[0] as string)) : choices;
}

interface Pattern {
  concept: string;
  id: number;
  line: string;
  /**
   * The line's first two words or choices, parsed the first time the line is
   * tried: most lines fail there, and a line is parsed whole only when a text
   * gets past them (a cold start parses a third as much).
   */
  head?: Sequence;
  /** The whole line, parsed. */
  sequence?: Sequence;
}

/**
 * Finds every concept's phrases in normalised text, word by word. Each
 * written line is filed, on first use, under the words it can start with
 * (read off its text); a text tries only the lines that can start at each of
 * its words. A line's first two items are parsed when a text first holds one
 * of those words, the whole line only when a text gets past them: a cold
 * start parses a few hundred heads and about seventy whole lines. The lines
 * under a word are then filed again under the words that can follow it
 * (read off their heads), so a text tries only those its next word allows:
 * most lines would fail at their second word.
 */
export class PhraseFinder {
  private byFirstWord: Map<string, Pattern[]> | undefined;
  private byPrefix: Array<[prefix: string, pattern: Pattern]> = [];
  /** The lines under a first word, by the words that can follow it (undefined: seen once, not filed yet). */
  private byNextWord = new Map<string, Map<string, Pattern[]> | undefined>();

  constructor(
    private readonly concepts: Concepts,
    private readonly groups: Groups = {},
  ) {}

  private build(): Map<string, Pattern[]> {
    const map = new Map<string, Pattern[]>();
    let id = 0;
    for (const [concept, lines] of Object.entries(this.concepts)) {
      // A line's letter runs are collapsed when it is parsed, its lead words' when filed: a cold
      // start copies none of the lines it never reads.
      for (const line of withGroups(lines, this.groups).trim().split('\n')) {
        const pattern: Pattern = { concept, id: id++, line };
        for (const first of leadWords(line)) {
          const list = map.get(first);
          if (first.endsWith('*')) this.byPrefix.push([first.slice(0, -1), pattern]);
          else if (list) list.push(pattern);
          else map.set(first, [pattern]);
        }
      }
    }
    return map;
  }

  /** Every occurrence of every concept in `text` (as normalizeText returns it), by concept. */
  find(text: string): Map<string, Occurrence[]> {
    this.byFirstWord ??= this.build();
    const words = text.split(' ');
    const found = new Map<string, Occurrence[]>();
    for (let i = 0, index = 0; i < words.length; index += (words[i] as string).length + 1, i++) {
      const word = words[i] as string;
      if (word === '') continue;
      const record = (pattern: Pattern) => {
        pattern.head ??= parseHead(pattern);
        if (pattern.sequence === undefined && matchEnds(pattern.head, words, i).length === 0) return;
        pattern.sequence ??= parsePhrase(collapseRepeats(pattern.line));
        const end = matchEnds(pattern.sequence, words, i)[0];
        if (end === undefined) return;
        const list = found.get(pattern.concept);
        const occurrence = { start: i, end, phrase: pattern.id, index, match: words.slice(i, end).join(' ') };
        if (!list) found.set(pattern.concept, [occurrence]);
        else if (!list.some((o) => o.phrase === pattern.id && o.start === i)) list.push(occurrence);
      };
      const patterns = this.byFirstWord.get(word) ?? [];
      const byNext = this.following(word, patterns);
      if (!byNext) for (const pattern of patterns) record(pattern);
      else for (const next of [ANY_WORD, words[i + 1] as string]) for (const pattern of byNext.get(next) ?? []) record(pattern);
      for (const [prefix, pattern] of this.byPrefix) if (word.startsWith(prefix)) record(pattern);
    }
    return found;
  }

  /**
   * The lines under `word`, filed by the words their heads allow next, from
   * the second time a text holds the word on: the first time they are tried
   * in turn, so a cold start's one text files none of them.
   */
  private following(word: string, patterns: Pattern[]): Map<string, Pattern[]> | undefined {
    let byNext = this.byNextWord.get(word);
    if (byNext || patterns.length === 0) return byNext;
    if (!this.byNextWord.has(word)) {
      this.byNextWord.set(word, undefined);
      return undefined;
    }
    byNext = new Map();
    for (const pattern of patterns) {
      pattern.head ??= parseHead(pattern);
      const next = new Set<string>();
      for (const after of wordsAfter(pattern.head, word, next) ? next : [ANY_WORD]) {
        const list = byNext.get(after);
        if (list) list.push(pattern);
        else byNext.set(after, [pattern]);
      }
    }
    this.byNextWord.set(word, byNext);
    return byNext;
  }
}

/** Files the lines any word may follow (a text's words hold no "*"). */
const ANY_WORD = '*';

/**
 * Adds to `next` every word that can come right after `first` where the
 * sequence matches from `first` on; false when any word can (a gap, a "*"
 * word, the sequence's end), and the line must then be tried with its head.
 * Exclusions match no word and are passed over (the set may be wider, never narrower).
 */
function wordsAfter(sequence: Sequence, first: string, next: Set<string>, firstMatched = false): boolean {
  for (let k = 0; k < sequence.length; k++) {
    const part = sequence[k] as Part;
    if (Array.isArray(part)) {
      const rest = sequence.slice(k + 1);
      return part.every((choice) => wordsAfter([...choice, ...rest], first, next, firstMatched));
    }
    if (typeof part === 'string' || part instanceof Set) {
      if (!firstMatched) {
        // A reading that does not start with this word adds nothing.
        if (!takes(part, first)) return true;
        firstMatched = true;
        continue;
      }
      if (typeof part === 'string' && part.endsWith('*')) return false;
      if (typeof part === 'string') next.add(part);
      else for (const word of part) next.add(word);
      return true;
    }
    if ('gap' in part) return false;
  }
  return false;
}

/**
 * Files and parses every line of `concepts` now rather than when a text first
 * needs it, so a line that cannot be read fails here (the tests call this,
 * the functions never do) and not on a person's message. Returns how many
 * lines there are, each filed under the words it can start with.
 */
export function parseEveryLine(concepts: Concepts, groups: Groups = {}): number {
  let lines = 0;
  for (const written of Object.values(concepts)) {
    for (const line of withGroups(written, groups).trim().split('\n')) {
      parsePhrase(collapseRepeats(line));
      if (leadWords(line).length > 0) lines++;
    }
  }
  return lines;
}

/**
 * Parses a line's first two items ("i {want,wish} to die" reads "i {want,wish}"):
 * wherever the line matches, they match. A line of two items or fewer is parsed whole.
 */
function parseHead(pattern: Pattern): Sequence {
  const { line } = pattern;
  const first = closingItem(line);
  const second = first < line.length ? closingItem(line, first + 1) : first;
  if (second >= line.length) {
    pattern.sequence = parsePhrase(collapseRepeats(line));
    return pattern.sequence;
  }
  return parsePhrase(collapseRepeats(line.slice(0, second)));
}

/**
 * Parses a written phrase: words separated by spaces; "{a,b c}" is a choice
 * among phrases (nested choices allowed, an empty one makes the part
 * optional); a choice glued to letters ("kil{s,led}") reads as the words it
 * spells.
 */
function parsePhrase(written: string): Sequence {
  if (!written.includes('{') && !written.includes('!') && !written.includes('~')) return written.split(' ').filter(Boolean);
  const sequence: Sequence = [];
  for (const item of splitAtDepth(written.trim(), ' ')) {
    if (item === '') continue;
    const gap = /^(~~?)(\d+)$/.exec(item);
    if (gap) {
      sequence.push({ gap: Number(gap[2]), acrossClauses: gap[1] === '~~' });
    } else if (item.startsWith('!')) {
      const rest = item.slice(1);
      const choices = rest.startsWith('{') ? splitAtDepth(spellGluedWords(rest.slice(1, -1)), ',').map(parsePhrase) : [[rest]];
      const before = sequence[sequence.length - 1];
      // After a gap the match can end a word sooner or later, where the excluded words do not follow.
      if (typeof before === 'object' && 'gap' in before) {
        throw new Error(`"!" right after a gap excludes nothing in "${written}": write it after a word`);
      }
      sequence.push(sequence.length === 0 ? { notBefore: choices } : { not: choices });
    } else if (item.startsWith('{') && closing(item, 0) === item.length - 1) {
      sequence.push(choicePart(splitAtDepth(spellGluedWords(item.slice(1, -1)), ',').map(parsePhrase)));
    } else if (!item.includes('{')) {
      sequence.push(item);
    } else {
      sequence.push(gluedPart(item, written));
    }
  }
  return sequence;
}

/** A choice glued to letters ("kil{s,led}", "{,to }{3,4}0"), as the words it spells. */
function gluedPart(item: string, written: string): Part {
  const forms = spellGluedWords(item);
  // One word's forms ("drink{,s,ing}"): a set of words.
  if (!forms.includes('{')) return new Set(forms.split(','));
  if (/[!~]/.test(item)) throw new Error(`"!" and "~" cannot stand inside a choice glued to letters in "${written}": write the choice apart`);
  const readings = expandChoices(item);
  if (readings.length > MOST_GLUED_READINGS) {
    throw new Error(`"${item}" spells ${readings.length} readings (at most ${MOST_GLUED_READINGS}): write choices of words apart`);
  }
  // The line's letter runs were collapsed before the glue was read: "skip{,ping}" spells "skipping", which reads "skiping".
  return choicePart(readings.map((reading) => collapseRepeats(reading).split(' ').filter(Boolean)));
}

/**
 * A choice glued to letters is read by spelling out every reading, so one
 * glued to another multiplies: "{,to ,about }{3,4}{0,5}0" is 12 readings,
 * four such choices thousands, parsed on the first text holding the line's
 * first word. Choices of words are written apart instead.
 */
const MOST_GLUED_READINGS = 100;

const OPEN = 123; // "{"
const CLOSE = 125; // "}"
const SPACE = 32;
const BANG = 33; // "!"
const TILDE = 126; // "~"

/**
 * The parts of `text` between separators that stand outside any "{…}". The
 * string methods do the scanning (a first parse reads ~200 lines, and a loop
 * over every character of them is slow before the code is compiled): split at
 * every separator, then join back the pieces inside a "{…}", counting braces
 * only in the pieces that have one.
 */
export function splitAtDepth(text: string, separator: string): string[] {
  if (!text.includes('{')) return text.split(separator);
  const parts: string[] = [];
  let part: string | undefined;
  let depth = 0;
  for (const piece of text.split(separator)) {
    part = part === undefined ? piece : part + separator + piece;
    if (piece.includes('{') || piece.includes('}')) depth += braceBalance(piece);
    if (depth === 0) {
      parts.push(part);
      part = undefined;
    }
  }
  if (depth !== 0) throw new Error(`unbalanced "{" in the phrase "${text}"`);
  return parts;
}

/** How many more "{" than "}" a piece of a phrase has. */
function braceBalance(piece: string): number {
  let balance = 0;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === OPEN) balance++;
    else if (c === CLOSE) balance--;
  }
  return balance;
}

/** Where the "}" that closes the "{" at `open` is (from brace to brace, with the string methods). */
export function closing(text: string, open: number): number {
  for (let i = open + 1, depth = 1; ; ) {
    const close = text.indexOf('}', i);
    if (close < 0) throw new Error(`unclosed "{" in the phrase "${text}"`);
    const next = text.indexOf('{', i);
    if (next >= 0 && next < close) {
      depth++;
      i = next + 1;
    } else if (--depth === 0) {
      return close;
    } else {
      i = close + 1;
    }
  }
}

/** A written phrase's every reading: "{a,b} c" gives "a c" and "b c"; an empty choice leaves the part out. */
export function expandChoices(written: string): string[] {
  const open = written.indexOf('{');
  if (open < 0) return [written.replace(/ +/g, ' ').trim()];
  const close = closing(written, open);
  const [before, after] = [written.slice(0, open), written.slice(close + 1)];
  return splitAtDepth(written.slice(open + 1, close), ',').flatMap((choice) => expandChoices(before + choice + after));
}

/**
 * The words a written phrase can start with, read off its text, their letter
 * runs collapsed as a text's are; a phrase that can be empty is refused.
 */
function leadWords(written: string): string[] {
  // The common forms, read with the string methods alone: a plain first word,
  // or a first choice of plain words or phrases ("{pills,tablets} …", "{its,it
  // is} …": each choice's first word; "{,i} …": the words after it too).
  const c = written.charCodeAt(0);
  if (c === OPEN) {
    // A first choice may glue a word's forms ("{kick{s,ed},hit} …"): spelled out, it is plain words again.
    const close = closing(written, 0);
    const inner = spellGluedWords(written.slice(1, close));
    if (!/[{!~]/.test(inner) && (close === written.length - 1 || written.charCodeAt(close + 1) === SPACE)) {
      const words = collapseRepeats(inner.includes(' ') ? inner.replace(FIRST_WORD_OF_EACH, '$1') : inner).split(',');
      return words.includes('') ? words.filter((w) => w !== '').concat(leadWords(written.slice(close + 1).trimStart())) : words;
    }
  } else if (written !== '' && c !== SPACE && c !== BANG && c !== TILDE) {
    const space = written.indexOf(' ');
    const first = space < 0 ? written : written.slice(0, space);
    if (!first.includes('{')) return [collapseRepeats(first)];
  }
  return leadWordsOfAnyForm(written).map(collapseRepeats);
}

/**
 * A word's forms, glued, spelled out among choices with their letter runs
 * collapsed: "drink{,s,ing},alcohol" reads "drink,drinks,drinking,alcohol",
 * "skip{,ping}" "skip,skiping": one set of words, as if written in full
 * (through `expandChoices` each would be a choice of its own, slower to
 * read and to match).
 */
export function spellGluedWords(choices: string): string {
  if (!choices.includes('{')) return choices;
  const spelled = choices.replace(GLUED_WORDS, spellForms);
  return spelled === choices ? choices : collapseRepeats(spelled);
}

/** `spellGluedWords`' replacer: "drink{,s}" spells "drink,drinks". */
function spellForms(_: string, before: string, stem: string, endings: string): string {
  return (
    before +
    endings
      .split(',')
      .map((ending) => stem + ending)
      .join(',')
  );
}

/** A choice that is one word's forms, "drink{,s,ing}", between commas. */
const GLUED_WORDS = /(^|,)([a-z]+)\{([a-z,]*)\}(?=,|$)/g;

/** Each choice's first word: "i was,im" reads "i,im". */
const FIRST_WORD_OF_EACH = / *([^ ,]*)[^,]*/g;

/** `leadWords` for every form: a phrase starting with "!{…}", an empty choice, nested choices, a choice glued to letters. */
function leadWordsOfAnyForm(written: string): string[] {
  const text = written.trimStart();
  if (text === '') throw new Error('a phrase can match nothing');
  if (text.startsWith('!')) return leadWords(text.slice(closingItem(text)).trimStart());
  if (text.startsWith('~')) throw new Error(`the phrase "${written}" must start with a word`);
  const item = text.slice(0, closingItem(text));
  if (!item.includes('{')) return [item];
  if (!item.startsWith('{') || closing(item, 0) !== item.length - 1) {
    // A choice glued to letters: the words it spells.
    return expandChoices(item).map((reading) => reading.split(' ')[0] as string);
  }
  const rest = text.slice(item.length).trimStart();
  // A choice of phrases: each gives its own first words, an empty one the words after it.
  return splitAtDepth(item.slice(1, -1), ',').flatMap((choice) => (choice.trim() === '' ? leadWords(rest) : leadWords(choice.trimStart())));
}

/** Where the space-separated item of `text` that starts at `from` ends (spaces inside "{…}" do not count). */
function closingItem(text: string, from = 0): number {
  // From brace to brace with indexOf, reading no further than the first item: splitting the whole line at
  // every space cost the ~100 lines that start with an exclusion or a nested choice 0.5–0.9 ms of a cold start.
  for (let i = from; ; ) {
    const space = text.indexOf(' ', i);
    const open = text.indexOf('{', i);
    if (open < 0 || (space >= 0 && space < open)) return space < 0 ? text.length : space;
    i = closing(text, open) + 1;
  }
}

/** Whether a word part ("pills", "stockpil*") or a set of words takes this word. */
function takes(part: string | Set<string>, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (typeof part !== 'string') return part.has(word);
  return part.endsWith('*') ? word.startsWith(part.slice(0, -1)) : word === part;
}

/** Where a sequence can end when it starts at word `at`, shortest first. */
function matchEnds(sequence: Sequence, words: string[], at: number): number[] {
  // Word by word while there is one way through (most lines fail at their second word).
  let k = 0;
  let p = at;
  for (; k < sequence.length; k++, p++) {
    const part = sequence[k] as Part;
    if (typeof part !== 'string' && !(part instanceof Set)) break;
    if (!takes(part, words[p])) return [];
  }
  let positions = [p];
  for (; k < sequence.length; k++) {
    const part = sequence[k] as Part;
    if (typeof part === 'string' || part instanceof Set) {
      // Positions stay in order and distinct: each moves one word on.
      positions = positions.filter((q) => takes(part, words[q])).map((q) => q + 1);
    } else if ('gap' in part) {
      const next = new Set<number>();
      for (const q of positions) {
        for (let r = q; r <= q + part.gap && r <= words.length; r++) {
          if (r > q && words[r - 1] === '|' && !part.acrossClauses) break;
          next.add(r);
        }
      }
      positions = [...next].sort((x, y) => x - y);
    } else if ('not' in part) {
      positions = positions.filter((q) => part.not.every((choice) => matchEnds(choice, words, q).length === 0));
    } else if ('notBefore' in part) {
      // No choice may end where the phrase starts (a choice is at most a few words and gaps long).
      if (part.notBefore.some((choice) => endsAt(choice, words, at))) return [];
    } else {
      const next = new Set<number>();
      for (const q of positions) {
        for (const choice of part) {
          // Most choices fail at their first word: skip them without a call.
          const first = choice[0];
          if ((typeof first === 'string' || first instanceof Set) && !takes(first, words[q])) continue;
          for (const end of matchEnds(choice, words, q)) next.add(end);
        }
      }
      positions = [...next].sort((x, y) => x - y);
    }
    if (positions.length === 0) return positions;
  }
  return positions;
}

/** Whether the sequence can match words ending just before word `at`. */
function endsAt(sequence: Sequence, words: string[], at: number): boolean {
  for (let from = at - 1; from >= Math.max(0, at - 12); from--) if (matchEnds(sequence, words, from).includes(at)) return true;
  return false;
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
