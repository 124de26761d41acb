import { describe, expect, it } from 'vitest';
import { TRIAGE_VERSION, triage, triageByRules } from '../../lambdas/domain/triage';

const route = (message: string, extra: Record<string, unknown> = {}) =>
  triage({ message, safety: 'no', preference: 'unsure', ...extra } as Parameters<typeof triage>[0]);

describe('triage: crisis', () => {
  it('routes a yes to the safety question to crisis, whatever the message says', () => {
    const r = route('I want to get promoted this year.', { safety: 'yes', preference: 'coaching' });
    expect(r.route).toBe('crisis');
    expect(r.urgent).toBe(true);
    expect(r.reasons[0]).toMatch(/safety question/);
  });

  it.each([
    ['active thoughts', 'I keep thinking I want to kill myself.'],
    ['a stated plan to end one’s life', 'I have a plan to end my life this weekend.'],
    ['passive wish not to wake up', 'Some nights I wish I could go to sleep and never wake up.'],
    ['being better off dead', 'Honestly I would be better off dead.'],
    ['others better off without them', 'My family would be better off without me.'],
    ['not wanting to live', 'I don’t want to live anymore.'],
    ['no reason to live', 'There is no reason to keep living.'],
    ['suicidal, in lower case', 'i have been feeling suicidal lately'],
    ['a misspelling', 'I have been having sucidal thoughts'],
    ['stretched letters', 'I just want to diiiie'],
    ['an abbreviation', 'honestly kms'],
    ['a missing space', 'I want to kill myself'],
    ['typographic apostrophes', 'I don’t want to be alive anymore'],
    ['stockpiled pills', 'I have been saving up my pills'],
    ['a goodbye note', 'I already wrote a goodbye letter to my sister.'],
    ['a bridge', 'I think about jumping off the bridge near my house.'],
    ['self-harm', 'I have started cutting myself again.'],
    ['burning oneself', 'When it gets bad I burn myself.'],
    ['intent to harm someone else', 'I am scared I might hurt my baby.'],
    ['wanting to kill someone', 'I want to kill my boss, I think about it every day.'],
    ['a partner threatening to kill them', 'My husband threatened to kill me last night.'],
    ['being hit at home', 'My boyfriend hits me when he drinks.'],
    ['fear for their life', 'I am afraid for my life at home.'],
    ['Spanish: wanting to die', 'Me quiero morir, ya no aguanto.'],
    ['Spanish: taking one’s life', 'He pensado en quitarme la vida.'],
    ['Spanish: not wanting to live', 'No quiero vivir más.'],
    ['Spanish with accents: self-harm', 'A veces pienso en hacerme daño.'],
    ['a past attempt', 'I attempted suicide two years ago and the feelings are back.'],
    ['an overdose', 'I thought about taking an overdose.'],
  ])('routes %s to crisis', (_label, message) => {
    const r = route(message);
    expect(r.route).toBe('crisis');
    expect(r.urgent).toBe(true);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('lets crisis win over a stated wish for coaching', () => {
    expect(route('I want a new job. Sometimes I wish I was dead.', { preference: 'coaching' }).route).toBe('crisis');
  });

  it.each(['I think I want to die.', 'I am sure I want to die.'])('hears a wish to die after a word of belief: %s', (message) => {
    expect(route(message).route).toBe('crisis');
  });

  it('reads a panic attack felt as dying as therapy, not a wish to die', () => {
    expect(route('My heart races and I am sure I am going to die.').route).toBe('therapy');
  });

  it('lets crisis win when a negated mention sits beside a real one', () => {
    expect(route('I am not suicidal. But I have been cutting myself.').route).toBe('crisis');
  });
});

describe('triage: negations and idioms do not raise crisis on their own', () => {
  it.each([
    'I’ve never had thoughts of hurting myself; I just want to get organised.',
    'I have no thoughts of suicide. I want to build a better morning routine.',
    'This deadline is killing me and I need a better system for my week.',
    'I’m dying to launch my own business.',
    'I want to kill it at my new job.',
    'My commute is killing me, I want to use the time better.',
    'I want to cut myself off from distractions and focus on my writing.',
    'I would never hurt myself; I want help with my career.',
    'My mom will kill me if I quit law school, but I want to be a chef.',
    'I want to shoot for a promotion this year.',
    'Nunca he pensado en suicidarme; quiero cambiar de trabajo.',
    'No tengo pensamientos suicidas; quiero organizarme mejor.',
    'No me voy a matar trabajando este año, quiero equilibrio.',
    'Life is worth living, and I want to plan a year of adventures.',
  ])('keeps "%s" out of crisis', (message) => {
    expect(route(message).route).not.toBe('crisis');
  });
});

describe('triage: the subject of a phrase', () => {
  it('reads the Spanish "he" before a participle as the person ("he escrito": I have written), and the English "he" as someone else', () => {
    // The rules alone: the model would raise the first anyway, and may raise the second (a father writing such letters worries it too).
    const byRules = (message: string) => triageByRules({ message, safety: 'no', preference: 'unsure' }).route;
    expect(byRules('He escrito cartas para mis hijos por si algún día no estoy.')).toBe('crisis');
    expect(byRules('He wrote letters to his kids in case he is not around; I worry about my dad.')).not.toBe('crisis');
  });
});

describe('triage: therapy', () => {
  it.each([
    ['depression', 'I have been depressed for months.', 'depression'],
    ['panic', 'I get panic attacks on the train.', 'anxiety'],
    ['anxiety', 'My anxiety stops me leaving the house.', 'anxiety'],
    ['trauma', 'I was in an accident and I have flashbacks and nightmares.', 'trauma'],
    ['grief', 'My father passed away in spring and I cannot stop thinking about it.', 'grief'],
    ['addiction', 'I think I am addicted to alcohol.', 'addiction'],
    ['gambling', 'My gambling has cost us our savings.', 'addiction'],
    ['an eating disorder', 'I have struggled with bulimia since school.', 'eating'],
    ['OCD', 'My OCD makes me check everything for hours.', 'ocd'],
    ['mood swings', 'My mood swings are scaring my family.', 'mood'],
    ['abuse', 'I grew up in an abusive home.', 'abuse'],
    ['marital conflict', 'My wife and I fight constantly and we are talking about divorce.', 'couples'],
    ['postpartum distress', 'Since the baby was born I feel nothing, postpartum has been hard.', 'perinatal'],
    ['anger', 'I keep losing my temper with my kids.', 'anger'],
  ])('routes %s to therapy and tags the concern (the rules; the model may only raise it)', (_label, message, concern) => {
    // The rules decide therapy and its concern; the model may raise a message near its crisis threshold
    // ("I keep losing my temper with my kids" scored 0.61 against 0.60 after one retrain), never lower it.
    const r = triageByRules({ message, safety: 'no', preference: 'unsure' });
    expect(r.route).toBe('therapy');
    expect(r.concerns).toContain(concern);
    const withModel = route(message);
    expect(withModel.route).not.toBe('coaching');
    expect(withModel.concerns).toContain(concern);
  });

  it('routes a positive PHQ-2 (3 or more) to therapy with the score in the reasons', () => {
    const r = route('I want to change jobs.', { phq4Interest: 2, phq4Down: 1 });
    expect(r.route).toBe('therapy');
    expect(r.reasons.join(' ')).toMatch(/PHQ-2 score 3 of 6/);
    expect(r.concerns).toContain('depression');
  });

  it('routes a positive GAD-2 to therapy and tags anxiety', () => {
    const r = route('I want to change jobs.', { phq4Anxious: 3, phq4Worry: 2 });
    expect(r.route).toBe('therapy');
    expect(r.concerns).toContain('anxiety');
  });

  it('keeps subscales below 3 in coaching', () => {
    expect(route('I want to change jobs.', { phq4Anxious: 1, phq4Worry: 1, phq4Interest: 1, phq4Down: 1 }).route).toBe('coaching');
  });

  it('routes a stated preference for therapy to therapy', () => {
    const r = route('I want to understand myself better.', { preference: 'therapy' });
    expect(r.route).toBe('therapy');
    expect(r.reasons).toContain('Asked for therapy');
  });

  it('lets therapy signals outrank a stated wish for coaching, and says so', () => {
    const r = route('I want coaching for my career, but my depression makes every day hard.', { preference: 'coaching' });
    expect(r.route).toBe('therapy');
    expect(r.reasons.join(' ')).toMatch(/Asked for coaching/);
  });

  it('reads distress with no goal named as therapy', () => {
    expect(route('I feel sad and alone most of the time.').route).toBe('therapy');
  });
});

describe('triage: coaching', () => {
  it.each([
    'I want to move from engineering into product management.',
    'I would like to build a consistent exercise habit.',
    'I want to finish the novel I started three years ago.',
    'I am a new manager and want to lead my team with more confidence.',
    'I want to pay off my debt and start saving for a house.',
    'I am bored at work and stuck in a rut.',
    'I am not depressed, just restless and ready for a change.',
  ])('routes "%s" to coaching', (message) => {
    const r = route(message);
    expect(r.route).toBe('coaching');
    expect(r.urgent).toBe(false);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('reads a difficulty said to be behind them, up to two clauses later, as behind them when they name a goal', () => {
    const atPeace = 'My dad died when I was 19. It shaped me, but I have done my grieving. I want to start the charity run I keep talking about.';
    expect(triageByRules({ message: atPeace, safety: 'no', preference: 'unsure' }).route).toBe('coaching');
    // Three clauses on, the peace is no longer about the loss.
    const later = 'My dad died in March. I cannot sleep. I cannot eat. I have done my grieving for my old job. I want to start a charity run.';
    expect(triageByRules({ message: later, safety: 'no', preference: 'unsure' }).route).toBe('therapy');
    // Clauses of a word or two do not count towards the two.
    const short = "I had a miscarriage last year; we took time, got support, and we're okay. I want to ask for a promotion.";
    expect(triageByRules({ message: short, safety: 'no', preference: 'unsure' }).route).toBe('coaching');
  });

  it('keeps a difficulty "still" there present, however resolved the rest sounds', () => {
    const still = 'I have grieved for years and I still cannot stop crying when I hear her name; I want to feel normal again.';
    expect(triageByRules({ message: still, safety: 'no', preference: 'unsure' }).route).toBe('therapy');
    expect(triageByRules({ message: still.replace(' still', ''), safety: 'no', preference: 'unsure' }).route).toBe('coaching');
  });

  it('does not read negated words of resolution as resolution, "can\'t" among them', () => {
    const atPeace = 'My mum died in May and I think of her with a smile now; I want to get back to work.';
    expect(triageByRules({ message: atPeace, safety: 'no', preference: 'unsure' }).route).toBe('coaching');
    for (const negated of ["don't think of her", "can't think of her"]) {
      const message = atPeace.replace('think of her', negated).replace(' now', ' yet');
      expect(triageByRules({ message, safety: 'no', preference: 'unsure' }).route).toBe('therapy');
    }
  });

  it('does not count the feelings of a difficulty behind them against the goal', () => {
    const bitSad = 'Me siento un poco triste porque mi hija se fue a la universidad, pero quiero aprovechar el tiempo para aprender a pintar.';
    expect(triageByRules({ message: bitSad, safety: 'no', preference: 'unsure' }).route).toBe('coaching');
    expect(triageByRules({ message: bitSad.replace('un poco ', ''), safety: 'no', preference: 'unsure' }).route).toBe('therapy');
  });

  it('names the coaching themes it found', () => {
    expect(route('I want a promotion at work.').reasons[0]).toMatch(/career/);
  });
});

describe('triage: output', () => {
  it('carries the rules version so a decision can be traced', () => {
    expect(route('I want a promotion.').version).toBe(TRIAGE_VERSION);
  });

  it('reads the goals field as well as the message', () => {
    expect(triage({ message: 'Hello.', goals: 'I want to stop wanting to die.', safety: 'no', preference: 'unsure' }).route).toBe('crisis');
  });

  it('never quotes the person in its reasons', () => {
    const r = route('My secret word is zebrafish and I have been cutting myself.');
    expect(r.reasons.join(' ')).not.toMatch(/zebrafish|cutting/);
  });
});
