/**
 * Literal "needles" of a regular expression: strings of which every match
 * must contain at least one. Checking `text.includes(needle)` first lets the
 * triage skip (and never compile) most of its ~180 rules for a given message,
 * which matters on a cold start. Conservative by construction: anything the
 * analysis does not understand yields `null`, meaning "always run the rule".
 * A test checks the triage gives identical results with and without it.
 */

type Needles = string[] | null;

interface Cursor {
  src: string;
  i: number;
  depth: number;
}

const MIN_NEEDLE = 2;
/** Words (as normalised text spells them) in nearly every intake, coaching or not. */
const EVERYDAY = new Set([
  'i',
  'im',
  'my',
  'me',
  'to',
  'the',
  'and',
  'want',
  'wanted',
  'ned',
  'plan',
  'going',
  'think',
  'about',
  'would',
  'could',
  'wil',
  'fel',
  'get',
  'have',
  'work',
  'time',
  'help',
  'like',
  'just',
  'more',
  'make',
  'start',
  'try',
]);

/** The best needle set of each alternative; null when any alternative has none. */
function alternation(c: Cursor): Needles {
  const all: string[] = [];
  let complete = true;
  for (;;) {
    // Parse every alternative, even after one without needles, so the cursor ends at the right place.
    const seq = sequence(c);
    if (seq === null) complete = false;
    else all.push(...seq);
    if (c.src[c.i] === '|') {
      c.i++;
      continue;
    }
    return complete ? all : null;
  }
}

/** Index just past the `]` of a character class starting at `start` (`[`). */
function skipClass(src: string, start: number): number {
  let i = start + 1;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Reads a quantifier at c.i; returns whether it makes the atom optional, or 'none'. */
function quantifier(c: Cursor): 'none' | 'optional' | 'required' {
  const ch = c.src[c.i];
  let kind: 'none' | 'optional' | 'required' = 'none';
  if (ch === '?' || ch === '*') {
    kind = 'optional';
    c.i++;
  } else if (ch === '+') {
    kind = 'required';
    c.i++;
  } else if (ch === '{') {
    // {n}, {n,} or {n,m}: optional when n is 0.
    let j = c.i + 1;
    let n = '';
    for (let d = c.src[j]; d !== undefined && d >= '0' && d <= '9'; d = c.src[++j]) n += d;
    if (n === '') return 'none';
    while (j < c.src.length && c.src[j] !== '}') j++;
    kind = Number(n) === 0 ? 'optional' : 'required';
    c.i = j + 1;
  }
  if (kind !== 'none' && c.src[c.i] === '?') c.i++; // lazy
  return kind;
}

/** Length of the group opener at c.i ("(", "(?:", "(?=", "(?<name>" …) and whether it is a lookaround. */
function groupOpener(src: string, i: number): { length: number; lookaround: boolean } {
  if (src[i + 1] !== '?') return { length: 1, lookaround: false };
  const k = src[i + 2];
  if (k === ':') return { length: 3, lookaround: false };
  if (k === '=' || k === '!') return { length: 3, lookaround: true };
  if (k === '<' && (src[i + 3] === '=' || src[i + 3] === '!')) return { length: 4, lookaround: true };
  if (k === '<') {
    const close = src.indexOf('>', i);
    return { length: close - i + 1, lookaround: false };
  }
  throw new Error('unknown group');
}

/** One alternative: its candidate needle sets, reduced to the best one. */
function sequence(c: Cursor): Needles {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.length > 0) candidates.push([run]);
    run = '';
  };
  while (c.i < c.src.length) {
    const ch = c.src[c.i] as string;
    if (ch === '|' || ch === ')') break;
    if (ch === '(') {
      flush();
      if (c.depth > 40) throw new Error('too deep');
      const { length, lookaround } = groupOpener(c.src, c.i);
      c.i += length;
      c.depth++;
      const inner = alternation(c);
      c.depth--;
      if (c.src[c.i] !== ')') return null;
      c.i++;
      const q = quantifier(c);
      if (!lookaround && q !== 'optional' && inner !== null && inner.length > 0) candidates.push(inner);
      continue;
    }
    if (ch === '[') {
      flush();
      c.i = skipClass(c.src, c.i);
      quantifier(c);
      continue;
    }
    if (ch === '\\') {
      flush();
      c.i += 2;
      quantifier(c);
      continue;
    }
    if (ch === '.' || ch === '^' || ch === '$') {
      flush();
      c.i++;
      quantifier(c);
      continue;
    }
    c.i++;
    const q = quantifier(c);
    if (q === 'optional') {
      flush();
    } else if (q === 'required') {
      run += ch;
      flush();
    } else {
      run += ch;
    }
  }
  flush();
  // The best set is the one whose shortest needle is longest, a word nearly every intake holds
  // ("want", "need", "plan") counting as the shortest there is: such a needle filters nothing.
  let best: string[] | null = null;
  let bestMin = 0;
  for (const set of candidates) {
    const min = Math.min(...set.map((s) => (EVERYDAY.has(s.trim()) ? 0 : s.length)));
    if (min > bestMin) {
      best = set;
      bestMin = min;
    }
  }
  return bestMin >= MIN_NEEDLE ? best : null;
}

/** Needles of a regex source, or null when the rule must always run. */
export function needlesOf(source: string): string[] | null {
  try {
    const c: Cursor = { src: source, i: 0, depth: 0 };
    const result = alternation(c);
    if (c.i !== source.length || result === null) return null;
    // A needle that contains another is redundant: any text with it has the shorter one too.
    const unique = [...new Set(result)];
    return unique.filter((needle) => !unique.some((other) => other !== needle && needle.includes(other)));
  } catch {
    return null;
  }
}
