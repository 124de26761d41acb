import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closing, combines, expandChoices, PhraseFinder, parseEveryLine, spellGluedWords, splitAtDepth, withGroups } from '../../lambdas/domain/phrases';
import { collapseRepeats, normalizeText } from '../../lambdas/domain/text';
import { triage } from '../../lambdas/domain/triage';
import { GROUPS, PHRASES, SIGNS } from '../../lambdas/domain/triage-phrases';

/** The triage's phrase lines, and with them the groups' (each group is one line). */
const PHRASE_LINES = Object.values(PHRASES).flatMap((list) => list.trim().split('\n'));
const EVERY_LINE = [...PHRASE_LINES, ...Object.values(GROUPS).flatMap((list) => list.trim().split('\n'))];

const finder = new PhraseFinder({
  place: 'the bridge\ntrain tracks',
  thought: 'how quick\nclimb over',
  store: 'stockpil*',
  goodbye: '\ngave away my\nwrote letters\nsaid goodbye\n',
});
const find = (text: string) => finder.find(normalizeText(text));

describe('finding phrases', () => {
  it('reads the text as normalised, whatever the spelling', () => {
    const text = normalizeText('The BRIDGE… and the traaain tracks!');
    const found = finder.find(text);
    expect(found.get('place')?.map((o) => text.slice(o.index, o.index + 12))).toEqual(['the bridge |', 'train tracks']);
    expect(found.get('thought')).toBeUndefined();
  });

  it('reads a negation one way however it is spelled, so a phrase writes it once', () => {
    expect(normalizeText('I do not, I cannot, I can not; it will not, it is not')).toBe(' i dont | i cant | i cant | it wont | it isnt ');
    expect(normalizeText("I don't, I can't, it won't, it isn't")).toBe(' i dont | i cant | it wont | it isnt ');
    // Not words that only look like a negation: "cannot" inside another word, "donot" as typed.
    expect(normalizeText('cannotation, donot')).toBe(' canotation | donot ');
  });

  it('matches a word ending in * by its start', () => {
    expect(find("I've been stockpiling")?.get('store')).toHaveLength(1);
    expect(find('I have a stock of pills')?.get('store')).toBeUndefined();
  });

  it('gives where each phrase starts in the text, for the negation check', () => {
    const text = normalizeText('I never climb over anything');
    const [occurrence] = finder.find(text).get('thought') ?? [];
    expect(text.slice(occurrence?.index ?? 0)).toMatch(/^climb over/);
  });
});

/** A line without its "!…" parts and gaps, then each "!…" part on its own (braces may nest). */
function splitNegations(line: string): string[] {
  const negated: string[] = [];
  let kept = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '!') {
      kept += line[i];
      continue;
    }
    let end = i + 1;
    for (let depth = 0; end < line.length && (depth > 0 || line[end] !== ' '); end++) {
      depth += line[end] === '{' ? 1 : line[end] === '}' ? -1 : 0;
      if (depth === 0 && line[end] === '}') {
        end++;
        break;
      }
    }
    negated.push(line.slice(i + 1, end));
    i = end - 1;
  }
  return [kept, ...negated];
}

describe('choices in a written phrase', () => {
  it('gives each choice in turn, and an empty one leaves the part out', () => {
    expect(expandChoices('{gave,given} my {cat,dog}')).toEqual(['gave my cat', 'gave my dog', 'given my cat', 'given my dog']);
    expect(expandChoices('nothing {,left }to live for')).toEqual(['nothing to live for', 'nothing left to live for']);
    expect(expandChoices('death wish')).toEqual(['death wish']);
  });

  it('refuses a choice left open', () => {
    expect(() => expandChoices('{gave,given my cat')).toThrow(/unclosed/);
    // Wherever it stands in a line, when the line is read.
    expect(() => parseEveryLine({ x: '{gave,given my cat' })).toThrow(/unbalanced|unclosed/);
    expect(() => parseEveryLine({ x: 'gave {my,the {cat,dog} away' })).toThrow(/unbalanced|unclosed/);
    expect(() => parseEveryLine({ x: 'gave {my,the} {cat,dog away' })).toThrow(/unbalanced|unclosed/);
  });

  it('files a line that starts with a choice of words or of phrases under every word it can start with', () => {
    const lines = new PhraseFinder({ words: '{pills,,tablets} counted', phrases: '{its,it is,,just} time to go' });
    const found = (text: string) => [...lines.find(normalizeText(text)).keys()];
    expect(found('pills counted')).toEqual(['words']);
    expect(found('counted them all')).toEqual(['words']);
    expect(found('it is time to go')).toEqual(['phrases']);
    expect(found('just time to go')).toEqual(['phrases']);
    expect(found('time to go')).toEqual(['phrases']);
    expect(found('is time to go home')).toEqual(['phrases']);
  });
});

describe('lines filed by the word after their first', () => {
  // From the second time a text holds a word, its lines are tried only where the next word allows:
  // every shape a line's first two items take must read the same then as the first time.
  const shapes = {
    set: 'i {want,wish} to die',
    phrases: '{ive got,i have} the means',
    optional: '{,really} tired of it',
    gap: 'i ~2 pills',
    excluded: 'end it !{with,at}',
    prefix: 'i stockpil*',
    alone: 'ending',
    clause: 'i {|,and} left',
    nested: '{i {kept,saved},saving} {my,the} pills',
  };
  const texts = [
    'I want to die',
    'I wish to die, I have the means',
    "I've got the means",
    'really tired of it',
    'tired of it all',
    'I took some pills',
    'I pills',
    'end it with him',
    'end it now',
    'end it',
    'I stockpiled',
    'the ending',
    'I. Left',
    'I and left',
    'I saved my pills, saving the pills',
    'I kept the pills',
  ];
  const found = (finder: PhraseFinder, text: string) =>
    [...finder.find(normalizeText(text))].flatMap(([concept, occurrences]) => occurrences.map((o) => `${concept} ${o.start}-${o.end}`)).sort();

  it('finds the same the first time a word is seen, the second and after', () => {
    const finder = new PhraseFinder(shapes);
    const first = texts.map((text) => found(new PhraseFinder(shapes), text));
    for (let pass = 0; pass < 3; pass++) expect(texts.map((text) => found(finder, text))).toEqual(first);
    expect(first).toEqual([
      ['set 1-5'],
      ['phrases 6-10', 'set 1-5'],
      ['phrases 1-5'],
      ['optional 1-5', 'optional 2-5'],
      ['optional 1-4'],
      ['gap 1-5'],
      ['gap 1-3'],
      [],
      ['excluded 1-3'],
      ['excluded 1-3'],
      ['prefix 1-3'],
      ['alone 2-3'],
      ['clause 1-4'],
      ['clause 1-4'],
      ['gap 1-5', 'nested 1-5', 'nested 6-9'],
      ['gap 1-5', 'nested 1-5'],
    ]);
  });

  it('finds the same in our texts, whichever time their words are seen', () => {
    const sample = readFileSync(join(import.meta.dirname, '../fixtures/triage-fixtures.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .filter((_, i) => i % 300 === 0)
      .map((line) => (JSON.parse(line) as { message: string }).message);
    const finder = new PhraseFinder(PHRASES, GROUPS);
    const seen = (text: string) => found(finder, text);
    const before = sample.map(seen);
    expect(sample.map(seen)).toEqual(before);
    // and as a finder reads them that has seen none of their words before
    for (const [i, text] of sample.slice(0, 12).entries()) expect(found(new PhraseFinder(PHRASES, GROUPS), text)).toEqual(before[i]);
  });
});

describe('the crisis phrases', () => {
  it('are written as normalised text reads, so each can match', () => {
    // What a line says must not follow ("!{with,at}") is checked as a phrase of its own.
    const lines = Object.values(PHRASES).flatMap((list) => withGroups(list, GROUPS).trim().split('\n'));
    const written = lines.flatMap(splitNegations);
    // Tens of thousands of readings: collected, then compared once (an expect per reading took
    // half a minute on a busy two-core machine).
    const misread: string[] = [];
    for (const phrase of written.flatMap(expandChoices)) {
      // A gap ("~3") and a clause break ("|") are no words of their own: the words on either side are checked as written.
      const plain = phrase
        .replace(/\*/g, '')
        .replace(/(^| )(~~?\d+|\|)(?= |$)/g, '')
        .trim();
      const read = normalizeText(plain).trim();
      if (read !== plain.replace(/([a-z])\1+/g, '$1')) misread.push(`${phrase} reads "${read}"`);
    }
    expect(misread).toEqual([]);
    // ~2.1 million readings: 18 s alone on the sixteenth session's slower machine, past the 30 s
    // default beside the other test files; the bound is for a line that never finishes, not for speed.
  }, 120_000);

  it('are written with no letter doubled, as the matcher reads them ("fel", not "feel")', () => {
    // The parser would collapse them anyway; written once collapsed, 3.4 KB less of the intake bundle.
    // A group's name is a name, not a word: "@lookafter" stays as it is. So does a word that, collapsed,
    // a text would read as another: "perro" ("dog") collapsed is "pero" ("but"), which a text reads as a clause break.
    const readAsWritten = (word: string) => normalizeText(`a ${collapseRepeats(word)} a`) === ` a ${collapseRepeats(word)} a `;
    const doubled = (text: string) => (text.replace(/@[a-z]+/g, '').match(/[a-z]*([a-z])\1[a-z]*/g) ?? []).filter(readAsWritten);
    expect(EVERY_LINE.filter((line) => doubled(line).length > 0)).toEqual([]);
  });

  it('can all be read, each line filed under the words it can start with', () => {
    expect(parseEveryLine(PHRASES, GROUPS)).toBe(PHRASE_LINES.length);
  });

  it('refuse a line that could match nothing', () => {
    expect(() => parseEveryLine({ empty: '{,maybe}' })).toThrow(/can match nothing/);
  });

  it('name only concepts that exist', () => {
    for (const combination of SIGNS) for (const concept of combination.all) expect(Object.keys(PHRASES)).toContain(concept);
  });

  // The finder tries every line at every word, and a match needs no more than the line: in a line's
  // first choice "been so down" beside "so down" finds nothing "so down" does not (the negation and
  // "said of someone else" checks look back past the same linking words), and in its last choice
  // "razor blades" beside "razor", or "{,again}", finds nothing more. Such readings only cost bundle.
  it('list no reading a line can do without at its start or its end', () => {
    const needless: string[] = [];
    for (const line of PHRASE_LINES) {
      const items = splitAtDepth(line, ' ').filter(Boolean);
      // A word's forms glued ("razor{,s}") read as the words they spell.
      const readings = (item: string | undefined) => {
        if (!item?.startsWith('{') || !item.endsWith('}')) return [];
        const choices = splitAtDepth(spellGluedWords(item.slice(1, -1)), ',');
        return choices.every((r) => !/[{}!~*@]/.test(r)) ? choices : [];
      };
      const first = readings(items[0]);
      for (const r of first) if (first.some((shorter) => shorter !== '' && shorter !== r && r.endsWith(` ${shorter}`))) needless.push(`${r} | ${line}`);
      const beforeLast = items[items.length - 2] ?? '';
      if (items.length < 2 || /^[~!]/.test(beforeLast)) continue;
      const last = readings(items[items.length - 1]);
      for (const r of last)
        if (r === '' || last.some((shorter) => shorter !== '' && shorter !== r && r.startsWith(`${shorter} `))) needless.push(`${r} | ${line}`);
    }
    expect(needless).toEqual([]);
  });
});

describe('what must not come just before', () => {
  const suicide = new PhraseFinder({ word: '!{died by,risk of,{he,she} ~1} suicide' });
  it('refuses a phrase after one of the words it names, and takes it otherwise', () => {
    expect(suicide.find(normalizeText('My uncle died by suicide')).get('word')).toBeUndefined();
    expect(suicide.find(normalizeText('she almost suicide')).get('word')).toBeUndefined();
    expect(suicide.find(normalizeText('I think about suicide')).get('word')).toHaveLength(1);
    expect(suicide.find(normalizeText('suicide')).get('word')).toHaveLength(1);
  });
});

describe('word groups and clause breaks', () => {
  // Lines spell a group's text once (withGroups): a group naming another would leave "@name" in the line, matching nothing.
  it('name no other group inside a group', () => {
    expect(
      Object.entries(GROUPS)
        .filter(([, words]) => words.includes('@'))
        .map(([name]) => name),
    ).toEqual([]);
  });

  const finder = new PhraseFinder({ hurt: 'hurt @self', over: 'want it to stop {|,forever}' }, { self: '{myself,my own self}' });
  it('reads "@name" as the group it names', () => {
    expect(finder.find(normalizeText('I want to hurt my own self')).get('hurt')).toHaveLength(1);
    expect(() => parseEveryLine({ x: 'hurt @nobody' })).toThrow(/no group/);
  });

  it('are named wherever a choice holds every word of one, where the name is shorter ("{@weekday,tomorrow}", not the seven days again)', () => {
    // The intake bundle has no room for a group's words twice: 231 such lines, 3.5 KB, once were.
    const items = (choice: string) => splitAtDepth(choice.slice(1, -1), ',');
    const groups = Object.entries(GROUPS)
      .map(([name, text]) => ({ name, words: items(text) }))
      // Only where "@name" is shorter than the words it stands for ("@dontcant" is not).
      .filter(({ name, words }) => words.length > 1 && !words.includes('') && words.join(',').length > name.length + 1);
    const spelledOut: string[] = [];
    for (const line of PHRASE_LINES) {
      // Every "{…}" that stands for words of its own (not glued to letters: "kil{s,led}").
      for (let open = line.indexOf('{'); open >= 0; open = line.indexOf('{', open + 1)) {
        const close = closing(line, open);
        if (/[a-z]/.test(line[open - 1] ?? '') || /[a-z]/.test(line[close + 1] ?? '')) continue;
        const choice = new Set(items(line.slice(open, close + 1)));
        for (const { name, words } of groups) if (words.every((w) => choice.has(w))) spelledOut.push(`@${name} in "${line}"`);
      }
    }
    expect(spelledOut).toEqual([]);
  });

  it('list no reading twice in a choice, nor a word a group in the same choice holds ("{of,of}", "{@ill,i wil}")', () => {
    const items = (choice: string) => splitAtDepth(choice.slice(1, -1), ',');
    const twice: string[] = [];
    for (const line of EVERY_LINE) {
      for (let open = line.indexOf('{'); open >= 0; open = line.indexOf('{', open + 1)) {
        const choice = items(line.slice(open, closing(line, open) + 1));
        const held = choice.flatMap((item) => (/^@[a-z]+$/.test(item) ? items(GROUPS[item.slice(1)] ?? '{}') : []));
        const written = choice.filter((item) => !item.startsWith('@'));
        if (new Set(written).size < written.length || written.some((item) => held.includes(item))) twice.push(line);
      }
    }
    expect(twice).toEqual([]);
  });

  it('reads "|" as a clause break or the end of the text', () => {
    expect(finder.find(normalizeText('I want it to stop.\n')).get('over')).toHaveLength(1);
    expect(finder.find(normalizeText('I want it to stop forever')).get('over')).toHaveLength(1);
    expect(finder.find(normalizeText('I want it to stop raining')).get('over')).toBeUndefined();
  });

  it('lets a line start with "|": a phrase said right after a clause break', () => {
    const afterBreak = new PhraseFinder({ goal: '| want to learn' });
    expect(afterBreak.find(normalizeText('Nervous about it, want to learn.')).get('goal')).toHaveLength(1);
    expect(afterBreak.find(normalizeText('They want to learn.')).get('goal')).toBeUndefined();
  });

  it('reads a choice glued to letters with the letter runs its readings spell collapsed, first or later in a line', () => {
    // "skip{,ping}" spells "skipping", which normalised text reads "skiping".
    const glued = new PhraseFinder({ first: 'skip{,ping} meals', later: 'keep skip{,ping} lunch' });
    expect(glued.find(normalizeText("I'm skipping meals again")).get('first')).toHaveLength(1);
    expect(glued.find(normalizeText('I skip meals')).get('first')).toHaveLength(1);
    expect(glued.find(normalizeText('I keep skipping lunch')).get('later')).toHaveLength(1);
  });

  it("reads a word's glued forms among other choices as the words they spell", () => {
    const forms = new PhraseFinder({ drinking: '{drink{,s,ing},alcohol} every morning', eaten: '{havent,not} {eat{,en},had {food,anything}} today' });
    for (const text of ['I drink every morning', 'drinking every morning', 'Alcohol every morning']) {
      expect(forms.find(normalizeText(text)).get('drinking')).toHaveLength(1);
    }
    expect(forms.find(normalizeText('I drank every morning')).get('drinking')).toBeUndefined();
    expect(forms.find(normalizeText("I haven't eaten today")).get('eaten')).toHaveLength(1);
    expect(forms.find(normalizeText("I haven't had food today")).get('eaten')).toHaveLength(1);
    expect(forms.find(normalizeText("I haven't eating today")).get('eaten')).toBeUndefined();
  });

  it('files every form of line under its first words with their letter runs collapsed, as a text reads them', () => {
    // Lines are collapsed only when parsed; the words they are filed under must be collapsed already.
    const runs = new PhraseFinder({
      plain: 'all alone',
      choice: '{feeling,feel} hopeless',
      phrases: '{sleep all,need} day',
      optional: '{,really} missing home',
      nested: '{{,keep} stockpiling} pills',
      glued: 'kill{,ed} time',
      gluedFirst: '{call{,ed,ing},text} him back',
      notBefore: '!{not} sitting still',
    });
    const found = (text: string) => [...runs.find(normalizeText(text)).keys()].sort();
    expect(found('All alone, feeling hopeless; I sleep all day')).toEqual(['choice', 'phrases', 'plain']);
    expect(found('Keep stockpiling pills and killed time sitting still')).toEqual(['glued', 'nested', 'notBefore']);
    expect(found('I need a day')).toEqual([]);
    // A first choice that glues a word's forms is filed under each form it spells.
    for (const text of ['Call him back', 'calling him back', 'I called him back', 'text him back']) expect(found(text)).toEqual(['gluedFirst']);
    // An empty first choice: the line can start at the words after it too.
    expect(found('Really missing home')).toEqual(['optional']);
    expect(found('Still missing home')).toEqual(['optional']);
  });

  it('refuses a choice glued to another that spells more than a hundred readings: choices of words are written apart', () => {
    const digits = '{0,1,2,3,4,5,6,7,8,9}';
    expect(() => parseEveryLine({ x: `under {1,2,3}${digits}${digits} calories` })).toThrow(/300 readings.*write choices of words apart/);
    expect(() => parseEveryLine({ x: `under {1,2,3}${digits} calories` })).not.toThrow();
  });

  it('refuses "!" right after a gap, where it would exclude nothing', () => {
    expect(() => parseEveryLine({ x: 'left the key with ~3 !{while,for}' })).toThrow(/excludes nothing/);
  });

  it('refuses "!" or "~" inside a choice glued to letters', () => {
    expect(() => parseEveryLine({ x: 'a{b !c,d}' })).toThrow(/write the choice apart/);
  });
});

describe('what must not follow', () => {
  const ending = new PhraseFinder({ end: '{ill,i will} end it !{with,for}' });
  it('refuses a phrase followed by one of the words it names, and takes it otherwise', () => {
    expect(ending.find(normalizeText("I'll end it with him tomorrow")).get('end')).toBeUndefined();
    expect(ending.find(normalizeText("I'll end it tonight")).get('end')).toHaveLength(1);
    expect(ending.find(normalizeText("If nothing changes, I'll end it")).get('end')).toHaveLength(1);
  });
});

describe('a gap in a phrase', () => {
  const finder = new PhraseFinder({ wake: 'wish ~3 {not,never} wake up', bridge: 'bridge ~~4 slow down' });
  it('allows that many words in between, within the clause', () => {
    expect(finder.find(normalizeText('I wish I might not wake up')).get('wake')).toHaveLength(1);
    expect(finder.find(normalizeText('I wish that one day I would never wake up')).get('wake')).toBeUndefined();
    expect(finder.find(normalizeText('I wish. Not to wake up early')).get('wake')).toBeUndefined();
  });

  it('crosses a clause break when written "~~"', () => {
    expect(finder.find(normalizeText('The bridge, then I slow down')).get('bridge')).toHaveLength(1);
  });
});

describe('combining concepts', () => {
  it('needs every concept within the distance', () => {
    expect(combines(find('I look at the bridge and think how quick it would be'), ['place', 'thought'], 10)).toBe(true);
    expect(combines(find('the bridge was lovely today and we had lunch by the river and later at home I wondered how quick'), ['place', 'thought'], 10)).toBe(
      false,
    );
    expect(combines(find('I think about the bridge every day'), ['place', 'thought'], 10)).toBe(false);
  });

  it('needs two different phrases for a concept listed twice', () => {
    expect(combines(find('I gave away my cat and wrote letters to my kids'), ['goodbye', 'goodbye'], 20)).toBe(true);
    expect(combines(find('I gave away my cat and gave away my dog'), ['goodbye', 'goodbye'], 20)).toBe(false);
  });

  it('skips occurrences that do not count', () => {
    const text = normalizeText('I would never climb over the bridge');
    const found = finder.find(text);
    expect(combines(found, ['place', 'thought'], 10)).toBe(true);
    expect(combines(found, ['place', 'thought'], 10, (o) => !text.startsWith('climb', o.index))).toBe(false);
  });
});

describe('crisis combinations in triage', () => {
  const route = (message: string) => triage({ message, safety: 'no', preference: 'unsure' }).route;

  it.each([
    'Lately I keep looking at the train tracks near my flat and thinking how quick it would be.',
    'There is a bridge on my way to work and every time I cross it I think about climbing over.',
    'I took a whole bottle of paracetamol an hour ago and now I am scared.',
    'I have been stockpiling my sleeping tablets for a few weeks.',
    "I've given my cat to my neighbour and written letters to my kids.",
    "I've been researching which over the counter meds are the most dangerous together.",
    'I keep thinking the life insurance would solve everything for my wife.',
    'My uncle touches me when my parents are out and says he will hurt my sister if I tell anyone.',
    "I've been skipping my insulin on purpose for a week.",
    "I've got a plan for Friday when the house is empty.",
    "My flatmate is away tomorrow and I'll have the place to myself. I've got everything I need.",
    'I bought some rope today and told the woman at the till it was for the garden.',
    'I am going to make him pay for what he did, and I have got a knife now.',
    'Ya escribí la carta y esta noche me voy a despedir de todos.',
  ])('sends to crisis: %s', (message) => {
    expect(route(message)).toBe('crisis');
  });

  it.each([
    'I have never thought about how quick it would be, and I cross the bridge to a job I love.',
    'My mum stands on the balcony looking down at us when we leave; I want to visit her more.',
    'We walk over the bridge to work; I want to learn how to jump into new projects with confidence.',
    'I take my pills every morning and I want to run a half marathon in one go this spring.',
    'Would it hurt my chances of promotion if I leave after a year? I want to plan my next move.',
    'My sales numbers are falling off a cliff and I need a new strategy this quarter.',
    'I read on the platform at the station while I wait for the next train to work; I want to use that time better.',
    'I want a quiet cabin where nobody can find me for a weekend of writing.',
    'I sit in the car for an hour before work to meditate and I want a calmer morning routine.',
    'I paid off my credit card and cancelled my gym membership; now I want to save for a house.',
    'I know exactly which building I want my office in and I want a plan to afford it.',
    'I put my affairs in order, my will and my pension, and I want to plan my retirement.',
    'I am practising tying knots for my sailing course and want to plan my training week.',
    'I gave away my old suits and I want help planning my move to a new city.',
    'Tomo mis pastillas todas las mañanas y quiero organizar mejor mi semana.',
    'I am collecting my prescription on the way to work and want a better morning routine.',
    'I want to pay off my debt, get life insurance for my family and start investing.',
    'The most dangerous side effect of my meds is drowsiness, so I want a plan for my energy at work.',
    "I cancelled my gym membership because I won't need it; I'm running outside now.",
    "I emptied my savings to start my bakery and I won't be going back to corporate life.",
    'I want to get my finances in order before I go travelling next year.',
    "We've been planning it for weeks: a surprise party on Sunday while everyone will be at church. I want more events like it.",
    'My dad taught me to shoot his rifle and I want to take it up as a competitive sport.',
    'I stand on the platform at the station and read before the next train home; I want to use that time better.',
    'My competitors make them pay for every extra; I want a pricing plan that keeps a knife-sharp edge.',
    'I picked a spot for my café and went back to check the footfall; I want a plan for the opening.',
    'I know where he works now, so I can send my CV to his company; I want to get into that industry.',
    'I have my dad’s old camera and I know where he took his best photos; I want to build a portfolio there.',
    'I found out where she works and I want to pitch my bakery to her café.',
    "I've decided this is my last week at my old job: I want to plan my first month freelancing.",
    "I'm sick of living paycheck to paycheck and want a savings plan.",
    'I try to take a few more steps than yesterday and want a walking habit that sticks.',
    // "I'll have the house to myself this weekend and I've got everything I need to finish my novel." stood here
    // until the twenty-second session lowered the therapy threshold: the model now raises it to crisis (crisis 0.61,
    // therapy 0.76), the safe mistake the fixture test bounds; the rules alone still keep it coaching (a fixture).
  ])('does not send to crisis: %s', (message) => {
    expect(route(message)).not.toBe('crisis');
  });
});
