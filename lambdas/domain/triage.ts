import type { IntakeAnswers } from './intake';
import { combines, type Occurrence, PhraseFinder } from './phrases';
import { scorePhq4, type Phq4Result } from './screening';
import { COACHING_THEMES, PHRASES, SIGNS } from './triage-phrases';
import TRIAGE_NEEDLES from './triage-needles.json';
import { collapseRepeats, compileRule, NEGATOR_WORDS, normalizeText, ruleSource } from './text';
import MODEL_FILE from './triage-model.json';
import { type ModelFile, TriageModel } from './triage-model';

/**
 * Triage: coaching, therapy or crisis, with the reasons. Safety first: any
 * sign that may be crisis is crisis, and any therapy signal outranks a stated
 * wish for coaching. Pure, deterministic and fast; every phrase below is ours.
 *
 * Bump TRIAGE_VERSION whenever a rule changes: it is stored with each intake
 * so a decision can be traced to the rules that made it.
 */
export const RULES_VERSION = '2026-11-28.1';
const model = new TriageModel(MODEL_FILE as ModelFile);
/** The rules' version and the model's together: what made a decision. */
export const TRIAGE_VERSION = `${RULES_VERSION}+${model.version}`;

export type Route = 'coaching' | 'therapy' | 'crisis';
export type Concern =
  | 'anxiety'
  | 'depression'
  | 'trauma'
  | 'grief'
  | 'addiction'
  | 'couples'
  | 'family'
  | 'eating'
  | 'ocd'
  | 'anger'
  | 'mood'
  | 'self-harm'
  | 'abuse'
  | 'perinatal'
  | 'psychosis';

export interface TriageResult {
  route: Route;
  urgent: boolean;
  /** Short, human-readable, safe to show the practitioner; never quotes the person. */
  reasons: string[];
  /** Tags used to match referrals (specialties). */
  concerns: Concern[];
  screening: Phq4Result;
  version: string;
  /** The learned safety net's scores, and whether it raised the route the rules chose. */
  model?: { version: string; crisis: number; therapy: number; raised: boolean };
}

type TriageInput = Pick<IntakeAnswers, 'message' | 'safety' | 'preference'> &
  Partial<Pick<IntakeAnswers, 'goals' | 'phq4Anxious' | 'phq4Worry' | 'phq4Interest' | 'phq4Down'>>;

interface Rule {
  /** The source as compiled (letter runs collapsed). */
  source: string;
  /** Compiled on first use: most rules never run for a given message (their needles are absent). */
  re?: RegExp | undefined;
  /** Strings one of which every match contains (see needles.ts); null: always run. */
  needles: string[] | null;
  reason: string;
  concerns: Concern[];
  /** A negation just before the match ("never had thoughts of …") cancels it. */
  negatable: boolean;
  /**
   * About the person's own life: someone else as the subject just before it
   * ("they want to die", "someone is suicidal") or a belief about dying in
   * panic ("I'm sure I'm going to die") cancels it.
   */
  aboutSelf?: boolean;
}

/**
 * Each rule's needles, worked out by needles.ts ahead of time (`npm run
 * triage:needles`) so a cold start only reads them. One string of entries
 * separated by ",": first the rules' count and their sources' total length
 * ("<count>.<length>"), then each rule's needles joined by "~", in the order the
 * rules are written (normalised text holds neither character; an empty entry
 * is a rule without needles). When the rules no longer match that first
 * entry (a rule added, removed or changed without regenerating), every rule
 * runs unfiltered, and a test fails until the file is regenerated.
 */
export const NEEDLE_SEPARATOR = '~';
export const ENTRY_SEPARATOR = ',';
const NEEDLES = (TRIAGE_NEEDLES as string).split(ENTRY_SEPARATOR);
const allSources: string[] = [];
let sourcesLength = 0;
/** The first entry of the needle file for the rules as they are now. */
export function needleHeader(): string {
  return `${allSources.length}.${sourcesLength}`;
}
let needlesCurrent: boolean | undefined;
function needlesFor(source: string): string[] | null {
  sourcesLength += source.length;
  const entry = NEEDLES[allSources.push(source)];
  return entry ? entry.split(NEEDLE_SEPARATOR) : null;
}
/** Every rule's compiled source, for the needle generator and its test. */
export function ruleSources(): string[] {
  return [...allSources];
}

function rules(reason: string, concerns: Concern[], negatable: boolean, patterns: string[], options: { aboutSelf?: boolean } = {}): Rule[] {
  return patterns.map((source) => {
    const compiled = ruleSource(source);
    return { source: compiled, needles: needlesFor(compiled), reason, concerns, negatable, aboutSelf: options.aboutSelf === true };
  });
}

// Groups of words reused in several rules (plain spelling; compileRule collapses letters).
const SELF = '(?:my ?self|myself|my ?slef|meself|my own self)';
const INTENT =
  '(?:thoughts of|thoughts about|fantasies of|fantasize about|fantasizing about|decide|want|wanted|wanting|wanna|wish|wished|going|gonna|ready|plan|planned|planning|plan on|thinking about|thinking of|thought about|think about|urge|urges|need|trying|tried|try|decided|desire|long|longing|about|might|wil|would|could)';
const PARTNER =
  '(?:he|she|they|partner|husband|wife|spouse|boyfriend|girlfriend|bf|gf|ex|fiance|dad|father|stepdad|stepfather|mom|mother|stepmom|brother|sister|son|roommate)';
// For "is going to kill me": parents and siblings say it as an idiom far more often than as a threat.
const INTIMATE = '(?:he|she|partner|husband|wife|spouse|boyfriend|girlfriend|bf|gf|ex|fiance|stepdad|stepfather)';
const PEOPLE =
  '(?:him|her|them|someone|somebody|people|everyone|others|other people|anyone|anybody|someone else|somebody else|(?:the |those |these |some |al the )?(?:people|person|guy|guys|kids|students|coworkers|co workers|bulies|buly|woman|man|girl|boy|girls|boys|neighbors|neighbours)|my (?:husband|wife|partner|boss|kids|kid|children|child|son|daughter|baby|mom|mother|dad|father|brother|sister|boyfriend|girlfriend|ex|neighbor|neighbour|coworker|coworkers|co worker|roommate|family|manager|teacher))';

// Drinking, drugs and gambling, and the everyday words for losing control of them.
const SUBSTANCE =
  '(?:(?:drink|drinks|drinking)(?! (?:more |less |enough |plenty of )?(?:water|tea|coffee|milk|juice|smoothies?|shakes?))|drunk|alcohol|booze|wine|beer|beers|vodka|whiskey|whisky|liquor|weed|pot|cannabis|marijuana|pills|painkillers|oxy|oxycodone|opioids|adderall|xanax|diazepam|valium|codeine|tramadol|benzos|ketamine|coke|cocaine|meth|heroin|high|using|gambling|gamble|betting(?! on (?:my ?self|myself|me|us|yourself))|bets|bet(?! on (?:my ?self|myself|me|us|yourself))|casino|poker|slots|slot machine|scratch cards|lottery)';
const LOSING_CONTROL =
  '(?:before i can (?:face|get|start|go)|every (?:morning|day|night|evening|weekend|match|game|race|fight)|borrow|borrowed|borrowing|creeping|creep into|spilling into|weekdays|chase (?:every |my |the )?los(?:s|ses|es)|in the night|most (?:nights|days|weekends)|cant stop|can not stop|cant cut (?:back|down)|(?:cant|can not) (?:get through|function|cope|last) (?:a day |the day |a night )?without|from when i wake up|out of (?:hand|control)|hooked|hide|hiding|hid|in secret|lie|lied|lying|relapsed|withdrawal|shake|shaking|black out|blackout|more and more|end up|always end|promis[a-z]*|tried to (?:stop|quit|cut)|never manage|owe|debt|chasing|paycheck|savings|win it back|taken over|to cope|to get through|to relax|to numb|to sleep|to get going|to function|prescri[a-z]*|from friends|only way)';

const CRISIS_RULES: Rule[] = [
  ...rules(
    'Mentions thoughts of ending their life',
    ['depression'],
    true,
    [
      // "suicidal", misspellings and Spanish forms; the bare noun is handled below.
      // "suicidal" said of someone else, or of a group of people, is about them, not the person writing.
      `\\bsu+i?[cs]+i?d(?:al|ality|ial|ed|ing|io|arme|arse|er)\\b(?! (?:active duty|veterans?|soldiers?|people|persons?|patients?|teens?|kids|students|friends?|clients?|members?|individuals?|ones|thoughts? in (?:someone|others|people)))`,
      '\\b(?!suicides?\\b)su+i?[cs]+i?d(?:al|le|l|el|ial|aly|e[a-z]+)\\b',
      // "suicide" itself, unless it is plainly about someone else or about suicide in general.
      `(?<!(?:comit|comited|comits|comiting|died by|died of|death by|lost to|lost him to|lost her to|lost them to|family to|friends to|friend to|risk of|rates of|rate of|cause of|prevention of|political|talking about|talk about|discussing|reading about|slides about|interfere with a|to a|batles to|it was|was it|ruled a|ruled it|army|military|veteran|veterans|soldier|soldiers|teen|youth) )\\bsuicides?\\b(?! prevention| awarenes| rate| rates| statistics| hotline| hotlines| risk| epidemic| among| in the| squad| mision| bomb| bomber| bombing| bombings| atack| atacks| doors| door| in (?:someone|others|people|a person|anyone)| is (?:a|not|never|wrong|selfish|cowardly)| were up| was up| numbers)`,
      `\\b(?:i|im|ive|id|me|myself)\\b(?:(?!\\b(?:my|his|her|their|our|a|an|the|if|when|whether|people|someone|friend|friends)\\b)[a-z ]){0,30}\\b(?:comit|comiting|comited) suicide\\b`,
      // "Killing myself with overtime" is overwork, not a wish to die.
      `\\bkil(?:s|ing|ed)? ?${SELF}(?! (?:with|over|at|on) (?:(?:the|this|my|al|these|those|extra|long|late|al the) )?(?:overtime|work|hours|project|projects|deadlines?|job|studies|studying|revision|training|workouts?|gym|shifts?|admin|emails?)\\b)`,
      `\\b${INTENT} (?:to )?end (?:it|everything|things)\\b(?! with| at| for| off| on| and)`,
      // "I feel like I'm going to die" (panic) is not a wish to die: a belief about dying stands before it.
      `\\b${INTENT} (?:to |i )?(?:die(?! of (?:shock|embarrassment|laughter|boredom|curiosity|envy)| for (?:a|an|the|it|this|that))|be dead|not exist|not be alive|not be here|stop existing|cease to exist|disappear forever|be gone forever)\\b`,
      '(?<!\\bwho (?:have |has |had )?(?:had )?|\\bthose with |\\bpeople with )\\bthoughts? (?:of|about) (?:death|dying|suicide|not being here|ending (?:it|my life))\\b(?! in (?:someone|others|people|a person|anyone|soldiers|teens|kids|young))',
      '\\b(?:plan|plans|planned|planning|method|methods|way|ways) (?:to|of|for) (?:kil|end|die|hang|overdose|take my)',
      '\\b(?:attempted|tried to|try to|attempt to|attempts at|attempt at) (?:suicide|kil|end my|take my|overdose)',
      '\\b(?:drink|drank|starve|starving) (?:my ?self|myself) to death\\b',
      '\\bwhat i (?:might|could|will|would|am going to) do to (?:my ?self|myself)\\b|\\bdo something (?:stupid|drastic) to (?:my ?self|myself)\\b',
      '\\b(?:research|researching|researched|looking up|looked up|look up|googled|googling|searching) (?:how|ways|methods|the best way) (?:to )?(?:die|kill|end|overdose|hang)',
      '\\b(?:think|thinking|thought|fantasi[sz]e|fantasi[sz]ing|dream|dreaming) about not (?:existing|being here|being alive|waking up)\\b',
      '\\b(?:pain|it|this|everything|suffering) to (?:stop|end)\\b[ |]{0,4}(?:forever|permanently|for good)\\b',
      `\\bof+ing ${SELF}\\b|\\b(?:want|wanna|going|gonna|thinking about|thought about|thoughts of|urge|need) (?:to )?of+ ${SELF}\\b(?! (?:the|a|for|and|of|from|to)\\b)`,
      '\\blet go for good\\b|\\b(?:ready|time|want|going) to let go\\b(?= ?(?:\\||$| forever| now| tonight))',
    ],
    { aboutSelf: true },
  ),
  ...rules('Feels others would be better off without them', ['depression'], false, ['\\bbeter off without (?:a|an|someone) (?:\\w+ )?like me\\b']),
  ...rules('Mentions a plan, preparation or means to end their life', ['depression'], false, [
    `\\bhang(?:ing)? ${SELF}`,
    '\\bnose (?:around|for|ready)\\b|\\btie a nose\\b|\\bnose\\b(?= .*\\b(?:neck|hang|rope)\\b)',
    '\\bover ?dos(?:e|ed|ing)\\b',
    '\\b(?:stockpil|hoard|saving up|save up|collecting|colect|stash)(?:e|ed|ing)? (?:(?:my|some|enough|al|\\w+s) ){0,2}(?:sleeping |sleep |pain |heart )?(?:pils|meds|medication|tablets|painkilers|paracetamol|tylenol|insulin)\\b',
    '\\b(?:drive|driving|drove|crash|crashing|steer|steering|swerve|swerving) (?:my car |the car |my truck )?(?:into|of) (?:a |the )?(?:wall|tree|bridge|road|cliff|truck|traffic|oncoming|barrier|guardrail|guard rail|pole|river|lake|median)',
    '\\b(?:stood|standing|stand|sat|sitting) (?:on|at) (?:the )?(?:[a-z]+ )?(?:edge|ledge|roof|rooftop|bridge|balcony|railing)\\b',
    '\\b(?:wrote|written|writing|left) (?:a|my) (?:final |last |goodbye )?(?:note|letter)\\b(?! to (?:my ?self|myself|remind|my (?:boss|manager|teacher|landlord|colleague|team|client)|(?:boss|manager|teacher|landlord|colleague|team|client)))',
    '\\b(?:gun|pistol|rifle|knife|blade|razor|rope)\\b[a-z |]{0,60}\\b(?:on|against|to|at) (?:my ?self|myself|my (?:head|wrist|wrists|throat|neck|chest))\\b',
    '\\b(?:took|take|taking|swallowed|swallow|swallowing) (?:a (?:bunch|lot|handful|load|whole bottle|bottle|box)|all (?:of )?(?:my|the)|too many|loads)(?: of)? (?:(?:my|the|her|his|their) )?(?:[a-z]+s )?(?:pills|tablets|meds|painkillers|sleeping pills)\\b',
    '\\bin case i (?:decide to |want to |ever )?(?:end it|end things|end my|kil|die|go through with)',
    '\\b(?:jump|jumping|jumped) (?:off|from) (?:a|the|my)? ?(?:bridge|building|roof|cliff|balcony|tower|overpass|window|parking garage|garage|car park|parking structure)\\b',
    `\\b(?:shoot|shooting|shot|stab|stabbing|stabbed|electrocut[a-z]*|poison[a-z]*|drown[a-z]*|sufocat[a-z]*|strangl[a-z]*|set fire to|setting fire to|set|setting|light|lighting) ${SELF}(?! up| a goal| goals| free| apart| on a| on the| up for| in the fot| in (?:work|my work|projects|tasks|boks|cofee|paperwork|emails|busywork))`,
    // A gun in plain words: at the head or throat, in the mouth, the trigger pulled there.
    '\\b(?:gun|pistol|revolver|shotgun|rifle|barrel|45|9mm|glock)\\b[a-z0-9 |]{0,30}\\b(?:at|to|in|against|under) my (?:head|throat|temple|mouth|chin)\\b',
    '\\b(?:pul|puled|puling|pulls?) the trigger\\b[a-z0-9 |]{0,30}\\b(?:at|to|in|against|under) my (?:head|throat|temple|mouth|chin)\\b|\\b(?:at|to|against|under) my (?:head|throat|temple|chin)\\b[a-z0-9 |]{0,20}\\b(?:pul|puled|puling) the trigger\\b',
    '\\bnose\\b(?= .*\\b(?:ready|tied|tie|neck|hang|rope|beam|closet)\\b)|\\btied a nose\\b|\\bmade a nose\\b',
    '\\b(?:jump|run|runing|walk|step|stepping|throw myself) (?:in ?to|into|in front of|infront of|out in front of) (?:the |a )?(?:trafic|train|oncoming)\\b',
    '\\b(?:wont|will not|dont) need (?:them|it|these|those|any of (?:it|this|them)|my [a-z]+) (?:where (?:i am|im) going|for much longer|after (?:this|i am gone|im gone))\\b',
    '\\bhow easy it (?:would|could|wil) be to (?:just )?(?:die|end it|not wake|jump|crash|swerve|not turn|let go of the wheel|step (?:of|in front)|swallow|take (?:them|it|al))',
    '\\bif my heart (?:just )?(?:stoped|stops|would stop)\\b|\\bdo something to (?:my ?self|myself)\\b',
    '\\b(?:last|final) tidy ?up\\b|\\bsaid sory to everyone\\b',
    '\\bwhen (?:shes|hes|theyre|its|she|he|they|it)(?: is| are)? gone (?:im|i am|i wil be|ill be|so am i) ?(?:gone|too)?\\b|\\bonly (?:thing|reason|one|person) (?:keeping|holding) me (?:here|alive|around|going)\\b',
    // "Sales are falling off a cliff" is a figure of speech.
    '\\b(?:step|stepping|stepped|(?<!\\b(?:are|is|were|was|been|numbers|sales|prices) )(?:fall|falling)|throw myself|throwing myself|go) (?:off|from) (?:the|a|my) (?:balcony|roof|rooftop|bridge|ledge|building|cliff|platform|overpass|tower)\\b',
    '\\bwant (?:the|this|my) pain to (?:end|stop)\\b(?= ?(?:\\||$| and i| for good| forever| now))',
    '\\bso (?:that )?(?:it|everything|the pain|al of (?:it|this)|this|the noise) (?:al )?(?:stops|ends|would stop|would end|is over|wil stop|wil end)\\b(?= ?(?:\\||$))',
    '\\b(?:told|showed|tell|show|telling|showing)\\b[a-z ]{0,20}\\bwhere (?:my will|my pasw[a-z]*|the pasw[a-z]*|my papers|the papers|everything important) (?:is|are)\\b',
    '\\b(?:bought|got|have|buying|get) (?:a )?(?:rope|gun|pils|razor|blades?) (?:to|so i can|and) (?:kil|end|hang|die|hurt|cut)',
  ]),
  ...rules('Mentions hurting themselves', ['self-harm'], true, [
    // Someone else's self-harm ("my daughter is self-harming") is a family worry, routed to therapy below.
    `(?<!\\b(?:she|he|they|daughter|son|child|kid|kids|teen|teenager|friend|sister|brother|student|girlfriend|boyfriend|wife|husband|partner)(?: is| s| has ben| keps| started| was| were| are)? )\\bself ?(?:harm|harming|harmed|injur[a-z]*|mutilat[a-z]*|destruct[a-z]* behaviou?r)\\b`,
    `\\b(?:cut|cuting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|harmed|hit|hiting|punish|punishing|scratch|scratching|starve|starving|bruise|bruising|stab|stabbing|carve|carving|wound|wounding|mutilat[a-z]*)(?: at)? ${SELF}(?! of?f\\b| out\\b| loose\\b| free\\b)`,
    '\\bnsi\\b|\\bnon ?suicidal self',
    // Washing, scrubbing or picking until the skin bleeds is a compulsion (therapy, below), not self-injury.
    '(?<!\\b(?:wash|washing|washed|scrub|scrubbing|scrubbed|clean|cleaning|pick|picking|picked|bite|biting) [a-z ]{0,20})\\b(?:until|til) (?:it|they|i|my skin|my arms) (?:bleed|bleeds|bruise|bruises)\\b',
    '\\b(?:i|ive|i have) (?:been )?sh(?:ing)?\\b(?= (?:when|again|every|most|to))',
  ]),
  ...rules('Mentions harming someone else', ['anger'], true, [
    // Intrusive thoughts of harm (harm OCD) are unwanted, not intent: therapy, below.
    `(?<!\\b(?:intrusive|unwanted|obsessive|random|scary|horrible)(?: thoughts?| images?)? )\\b(?:${INTENT.slice(3, -1)}|imagining|picturing) (?:to )?(?:kil|hurt|harm|stab|shoot|strangle|murder|beat up|poison|choke|smother|hit|slap|punch|shake)(?:ing|ed)? ${PEOPLE}\\b(?! feelings| career| chances| reputation| business)`,
    '\\bhomicid[a-z]*\\b',
    `\\bfe(?:e)?l(?:ing)? like (?:hurting|killing|harming|stabbing|strangling|punching|beating up|shooting) ${PEOPLE}\\b`,
  ]),
  ...rules('Describes being in danger from someone else', ['abuse', 'trauma'], false, [
    `\\b${PARTNER}(?: \\w+)? (?:put|puts|had|wrapped|squeezed) (?:his|her|their|both) hands (?:round|around|on) my (?:neck|throat)\\b`,
    `\\b${INTIMATE}(?: is| wil| would| s| has| keeps| kept| once| even)? (?:going to|gonna|wil|would|might|could|tried to|try to|trying to|wants to|says he wil|says she wil|said he would|said she would) (?:kil|hurt|shoot|stab|strangle|choke) me\\b`,
    `\\b${PARTNER}(?: \\w+)? (?:hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|chokes|choked|strangles|strangled|shoved|pushes|pushed|throws things at|threw things at) me\\b(?! at| in| to)`,
  ]),
  // Spanish and a little French, written by us in common phrasing.
  ...rules('Mentions thoughts of ending their life', ['depression'], false, [
    '\\b(?:quiero|quisiera|deseo|ganas de|me quiero|pienso en) (?:morir|morirme|matarme|suicidarme|desaparecer)\\b|(?<!(?:siento que me|senti que me|creo que me|crei que me|pense que me|como si me) )\\bvoy a (?:morir|morirme|matarme|suicidarme|desaparecer)\\b',
    // "Siento que me voy a morir" is panic felt in the body; "me quiero morir" is a wish.
    '\\bme quiero (?:matar|morir)\\b|(?<!(?:siento que|senti que|creo que|crei que|pense que|como si) )\\bme voy a (?:matar|morir)\\b',
    '\\b(?:hacerme dano|cortarme|lastimarme|autolesion[a-z]*)\\b',
    '\\bdormir(?:me|se)? (?:para siempre|y no (?:volver a )?despertar)',
    '\\b(?:cansad[oa]|hart[oa]) de vivir\\b|\\bseria mejor morir\\b|\\bmi vida no vale nada\\b|\\bque todo termine para siempre\\b',
  ]),
];

const SUSTANCIA =
  '(?:bebo|beber|bebiendo|tomo un trago|un trago|alcohol|vino|cerveza|marihuana|cocaina|drogas|analgesicos|pastillas|apuesto|apuestas|apostar|casino|juego)';
const SIN_CONTROL =
  '(?:todos los dias|todas las noches|cada noche|cada dia|no puedo parar|no puedo dejar|ya no puedo parar|no logro dejar|lo escondo|escondo|me engan[a-z]*|deudas|perdido|ahorros|cada vez mas|hasta que|para poder dormir|para dormir|los fines de semana)';

const THERAPY_RULES: Rule[] = [
  // Spanish, written by us in common phrasing.
  ...rules('Describes low mood or depression', ['depression'], true, [
    '\\b(?:triste|tristeza|deprimid[oa]|depresion|sin ganas de nada|vaci[oa]|desanimad[oa]|decaid[oa]|no disfruto|inutil|fracasad[oa]|sin energia|todo me parece gris|levantarme de la cama|llor(?:o|ar|ando)|me siento sol[oa]|nadie me quiere|culpable todo el tiempo)\\b',
  ]),
  ...rules('Describes anxiety or panic', ['anxiety'], true, [
    '\\b(?:ansiedad|ansios[oa]|ataques? de panico|no puedo dejar de preocuparme|preocuparme por todo|angustia|miedo constante|me late el corazon|siento que me voy a morir)\\b',
  ]),
  ...rules('Describes drinking, drug use or gambling', ['addiction'], true, [
    `\\b${SUSTANCIA}\\b[a-z |]{0,60}\\b${SIN_CONTROL}\\b|\\b${SIN_CONTROL}\\b[a-z |]{0,60}\\b${SUSTANCIA}\\b`,
  ]),
  ...rules('Describes trauma', ['trauma'], true, [
    '\\b(?:abuso|abusaron|violacion|violaron|agresion sexual|pesadillas|recuerdos que vuelven|traumatic[oa]|me devuelven a|me asaltaron|el asalto)\\b',
  ]),
  ...rules('Describes family conflict', ['family'], true, [
    '\\bmi hij[oa] (?:adolescente )?(?:no me habla|esta consumiendo|tiene un trastorno)\\b|\\bla familia se esta rompiendo\\b',
  ]),
  ...rules('Describes anger that feels out of control', ['anger'], true, ['\\b(?:me enojo muchisimo|les grito|no controlo mi (?:enojo|ira))\\b']),
  ...rules('Describes mood swings or unusual experiences', ['mood'], true, ['\\bcambios de humor\\b']),
  ...rules('Describes distress around pregnancy or a new baby', ['perinatal', 'depression'], true, [
    '\\bdesde que nacio (?:mi|el) bebe\\b|\\bpos ?parto\\b|\\bpost ?parto\\b',
  ]),
  ...rules('Mentions mental-health care or treatment', [], true, [
    '\\b(?:terapia|terapeuta|psicolog[oa]|psiquiatra|demencia|insomnio|no puedo funcionar|no puedo mas)\\b',
  ]),
  ...rules('Describes low mood or depression', ['depression'], true, [
    '\\bdepres(?:ed|ion|ive|ing|sion)?\\b|\\bdeprimid[oa]\\b|\\bdepresion\\b',
    '\\b(?:havent|have not|not) (?:left|ben out of) (?:my|the) (?:flat|house|apartment|room|home|bed)\\b[a-z0-9 ]{0,10}\\b(?:in|for) (?:[a-z0-9]+ )?(?:days|weks|months)\\b|\\b(?:dark place|low mood|low moods|feeling low|so low)\\b|\\b(?:really|very|pretty|been|felt|feeling) low (?:for|since|al)\\b',
  ]),
  ...rules('Describes anxiety or panic', ['anxiety'], true, [
    // Nerves about one coming event ("anxious about my performance review") are ordinary, not a reason for therapy.
    '\\banxi(?:ety|eties|ous)\\b(?! to| (?:about|before) (?:(?:every|each|big) )?(?:(?:my|the|a|an|this|next|our|tomorows|upcoming) )?(?:[a-z]+ )?(?:review|interview|interviews|presentation|exam|exams|test|meeting|launch|pitch|talk|speech|deadline|move|trip|wedding|promotion|first day|new job|new role|job search|negotiation|money|finances|budget|marathon|race|triathlon|game|match|tournament|recital|audition|concert|performance|competition|conference|demo|debut|defense|defence))',
    '(?<!\\bdeadlines? (?:make|makes) me )\\bpanic(?:ing|ked|ky)?\\b(?! a (?:bit|little))|\\bpanico\\b',
    '\\b(?:sick with|filed with|constant|overwhelming) dread\\b|\\bdread (?:al day|every day|every morning|constantly)\\b|\\bmind racing\\b[a-z0-9 ]{0,25}\\b(?:night|am|awake|sleep)\\b|\\b(?:wake|woke|waking) up\\b[a-z0-9 ]{0,20}\\b(?:mind|thoughts|heart) racing\\b',
    '\\bansiedad\\b|\\bansios[oa]\\b',
    '\\b(?:phobia|agoraphob[a-z]*|on edge al|racing thoughts|heart (?:races|racing|pounding))\\b',
  ]),
  ...rules('Describes trauma', ['trauma'], true, [
    '\\bwake up (?:screaming|sweating|shaking|in a panic)\\b|\\bre ?liv(?:e|es|ing|ed) (?:it|the|that|what|those|al of|my)\\b|\\bevery time i close my eyes\\b',
    '\\b(?:raped|rape|molested|molest[a-z]*|sexualy assaulted|sexual assault|sexual abuse|sexualy abused)\\b',
  ]),
  ...rules('Describes abuse or an abusive relationship', ['abuse', 'trauma'], true, [
    '\\b(?:abusive|abuser|domestic violence|gaslight[a-z]*|narcisist[a-z]*|coercive)\\b',
    '\\babuse\\b(?<!substance abuse)',
  ]),
  ...rules('Describes grief or loss', ['grief'], true, [
    '\\bgrie(?:f|ve|ving|ved)\\b|\\bbereave[a-z]*\\b|\\bmourn(?:ing)?\\b|\\bduelo\\b',
    '\\b(?:death|loss|suicide) of (?:my|our) ',
    '\\b(?:my|our) (?:\\w+ )?(?:mom|mother|dad|father|husband|wife|son|daughter|child|baby|brother|sister|friend|partner|grandmother|grandfather|grandma|grandpa|dog|cat|pet|twin) (?:\\w+ )?(?:died|pased|was kiled|took (?:his|her) (?:own )?life)\\b',
  ]),
  ...rules('Describes drinking, drug use or gambling', ['addiction'], true, [
    '\\bad+ict(?:ed|ion|ive)?\\b|\\baddict',
    '\\balcoholi[a-z]*\\b|\\bdrinking problem\\b|\\bproblem with (?:drinking|alcohol|drugs|gambling)\\b',
    `\\b${SUBSTANCE}\\b[a-z |]{0,60}\\b${LOSING_CONTROL}\\b|\\b${LOSING_CONTROL}\\b[a-z |]{0,60}\\b${SUBSTANCE}\\b`,
    `\\b(?:cant|can not|couldnt) (?:get through|make it through|face|sleep|relax)\\b[a-z ]{0,25}\\bwithout\\b[a-z ]{0,20}\\b(?:${SUBSTANCE.slice(3, -1)}|vaping)\\b`,
  ]),
  ...rules('Describes eating or body-image distress', ['eating'], true, [
    '\\beating disorder\\b|\\banorexi[a-z]*\\b|\\bbulimi[a-z]*\\b|\\bbinge(?: eating| eat|ing)?\\b|\\bbinging\\b|\\bpurg(?:e|ing)\\b',
    '\\bstarv(?:e|ing) myself\\b|\\bterified of gaining weight\\b|\\bbody dysmorph[a-z]*\\b',
    '\\blaxatives?\\b|\\b(?:obses[a-z]*|counting|count) (?:about |over )?(?:every )?calories?\\b|\\bexercise for hours\\b|\\b(?:scared|afraid|terified) to eat\\b',
  ]),
  ...rules('Describes obsessive or compulsive thoughts', ['ocd'], true, [
    '\\b(?:check|checks|checked|checking|reread|rereading|wash|washing|count|counting)\\b[a-z ]{0,40}\\b(?:[0-9]+|ten|fifteen|twenty|thirty|forty|fifty|a hundred|dozens of|hundreds of|many|so many) times\\b',
    '\\b(?:pull|pulling) (?:out )?my hair\\b|\\btrichotiloman[a-z]*\\b|\\b(?:pick|picking) (?:at )?my skin\\b|\\bhealth anxiety\\b|\\bhypochondri[a-z]*\\b|\\bgoogling symptoms\\b',
    '\\bshowers? take (?:hours|[a-z]+ hours)\\b|\\bwash my hands\\b[a-z ]{0,30}\\b(?:until|crack|bleed|raw|hours)\\b',
  ]),
  ...rules('Describes conflict in their marriage or partnership', ['couples'], true, [
    '\\b(?:toxic relationship|relationship is falling apart|break ?up|broke up|broken up|heartbroken|heart broken)\\b(?! (?:my|that|about|over|when) (?:(?:our|the|my) )?(?:startup|business|company|project|team|app|bid|pitch|launch|book|idea|shop)\\b)',
  ]),
  ...rules('Describes mood swings or unusual experiences', ['mood'], true, [
    '\\b(?:hearing|hear) voices\\b|\\bhalucinat[a-z]*\\b|\\bparanoi[a-z]*\\b|\\bpsychos[ie]s\\b|\\bpsychotic\\b|\\bschizo[a-z]*\\b',
  ]),
  ...rules('Describes distress around pregnancy or a new baby', ['perinatal', 'depression'], true, [
    '\\bpost ?partum\\b|\\bpost ?natal\\b|\\bperinatal\\b|\\bbaby blues\\b',
  ]),
];

// "…but want to get better at…" (the normaliser turns "but" into a clause break), "…and I finally want
// to…": a clause break ("|") is not something a phrase can hold, so this stays an expression.
const GOAL_AFTER_BREAK = compileRule(
  '(?:\\||and) (?:i )?(?:finaly |realy |also )?(?:want|would like|hope|need) to (?:feel (?:more|les|confident|comfortable|ready|prepared|at ease)|rebuild|return|open|study|travel|buy|pay of|get|become|build|start|finish|grow|improve|find|make|be|reach|achieve|plan|learn|prepare|focus|change|stop|go|run|write|train|move|switch|lead|save|launch|develop|work on)\\b',
);
const GOAL_AFTER_BREAK_NEEDLES = needlesFor(GOAL_AFTER_BREAK.source);

/** False when no needle occurs in the text, so the expression cannot match and need not run (or compile). */
function mayMatch(needles: string[] | null, text: string, exhaustive: boolean): boolean {
  return exhaustive || needles === null || needles.some((n) => text.includes(n));
}

/** How many different words of feeling and of the people in someone's life, not negated. */
function personalWords(found: Map<string, Occurrence[]>, text: string): number {
  return new Set((found.get('personal') ?? []).filter((o) => !isNegated(text, o.index)).map((o) => o.match)).size;
}

const NEGATORS = new Set(NEGATOR_WORDS);
const FILLERS = new Set(
  [
    'i',
    'im',
    'ive',
    'id',
    'have',
    'had',
    'has',
    'having',
    'ever',
    'any',
    'thoughts',
    'thought',
    'thinking',
    'think',
    'of',
    'about',
    'been',
    'feel',
    'felt',
    'feeling',
    'want',
    'wanted',
    'to',
    'going',
    'gonna',
    'wanna',
    'would',
    'will',
    'really',
    'actually',
    'seriously',
    'plan',
    'plans',
    'planned',
    'planning',
    'intention',
    'intentions',
    'intend',
    'considered',
    'tried',
    'a',
    'the',
    'that',
    'do',
    'did',
    'am',
    'was',
    'be',
    'being',
    'urge',
    'urges',
    'ideas',
    'idea',
    'currently',
    'now',
    'at',
    'all',
    'and',
    'or',
    'history',
    'sign',
    'signs',
    'issues',
    'problems',
    'with',
    'from',
    'suffer',
    'suffered',
    'struggle',
    'struggled',
    'real',
    'clinical',
    'clinically',
    'diagnosed',
    'particularly',
    'especially',
    'very',
    'so',
    'too',
    'just',
    'even',
    'in',
    'my',
    'life',
    // "not suicidal or depressed": a negation covers a list of states.
    'suicidal',
    'depressed',
    'anxious',
    'sad',
    'hopeless',
    'worthless',
    'lonely',
    'stressed',
    'angry',
  ].map(collapseRepeats),
);

/** True when a negator stands just before the match, with only filler words between, in the same clause. */
function isNegated(text: string, index: number): boolean {
  // Seven words back at most: a window of the text before, without the word it may cut in two.
  const from = Math.max(0, index - 120);
  const window = text.slice(from, index).trim().split(' ');
  const before = from === 0 ? window : window.slice(1);
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 7; i--, seen++) {
    const word = before[i] ?? '';
    if (word === '|' || word === '') return false;
    if (NEGATORS.has(word)) return true;
    if (!FILLERS.has(word)) return false;
  }
  return false;
}

// A difficulty the person says is behind them ("my divorce was final last year and I feel great",
// "ADHD, well managed"): words of resolution in the same clause or the next.
const RESOLVED = compileRule(
  '\\b(?:under control|well managed|managed well|made peace|made my peace|at peace|in a good place|doing (?:great|well|fine|better)|(?:i |im |i am )?(?:feel|feeling) (?:great|strong|good|better)|been well|in remission|on the other side|years ago|used to|wrapped up|(?:years|months) sober|sober for|im happy|i am happy|happily|recovered|(?:a (?:bit|little)|slightly|somewhat) (?:anxious|nervous|worried|stresed)|rebuilt (?:my life|everything|myself)|moved on|started over|(?:im|i am) (?:ok|okay|fine)\\b(?! with)|(?:its|it is|honestly its) (?:a relief|for the best)|relieved|got (?:treatment|help) for|had treatment|(?:im|i am) wel(?: now)?|behind me|done the work|healed|life is short|sober (?:for )?[a-z0-9]+ years)\\b',
);

function isResolved(text: string, index: number): boolean {
  const start = Math.max(0, text.lastIndexOf(' | ', index));
  const end = text.indexOf(' | ', index);
  const next = end < 0 ? -1 : text.indexOf(' | ', end + 3);
  RESOLVED.lastIndex = 0;
  return RESOLVED.test(text.slice(start, end < 0 ? text.length : next < 0 ? text.length : next));
}

/**
 * True when the rule matches somewhere it counts: not negated (for negatable
 * rules) and, when `resolvedCounts` is false, not a difficulty the person says
 * is behind them. Only therapy rules pass false, and only when the person
 * names a goal; crisis rules always count.
 */
/** Someone else as the subject: the words that may stand before a phrase about them. */
const OTHER_SUBJECTS = new Set(
  [
    'you',
    'he',
    'she',
    'they',
    'we',
    'people',
    'those',
    'everyone',
    'someone',
    'somebody',
    'anyone',
    'men',
    'women',
    'soldier',
    'soldiers',
    'veteran',
    'veterans',
    'friend',
    'friends',
    'patient',
    'patients',
    'who',
    'grandma',
    'grandpa',
    'mom',
    'mum',
    'mother',
    'dad',
    'father',
    'parents',
    'boss',
    'manager',
  ].map(collapseRepeats),
);
const LINKING_WORDS = new Set(
  ['is', 'was', 'are', 'were', 'has', 'have', 'been', 'gets', 'get', 'feels', 'feel', 'becomes', 'become', 'being', 'not'].map(collapseRepeats),
);
const BELIEF_BEFORE = compileRule(
  '\\b(?:like|sure|think|thought|convinced|certain|afraid|scared|terrified|worried|fear|felt)(?: that)? (?:im|i am|i was|i m|i) $',
);

/** True when the phrase at `index` is said of someone else, or is a belief about dying rather than a wish. */
function notAboutSelf(text: string, index: number, match: string): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const words = before.trim().split(' ');
  let i = words.length - 1;
  for (let skipped = 0; i >= 0 && skipped < 3 && LINKING_WORDS.has(words[i] ?? ''); skipped++) i--;
  if (i >= 0 && OTHER_SUBJECTS.has(words[i] ?? '')) return true;
  // "I'm sure I'm going to die" (panic) is a belief about dying, not a wish to.
  if (!/^(?:going|about) /.test(match)) return false;
  BELIEF_BEFORE.lastIndex = 0;
  return BELIEF_BEFORE.test(before);
}

function firstHit(rule: Rule, text: string, resolvedCounts = true): boolean {
  rule.re ??= new RegExp(rule.source, 'g');
  const re = rule.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const negated = (rule.negatable && isNegated(text, m.index)) || (rule.aboutSelf === true && notAboutSelf(text, m.index, m[0]));
    if (!negated && (resolvedCounts || !isResolved(text, m.index))) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

interface Hits {
  reasons: string[];
  concerns: Concern[];
}

const phrases = new PhraseFinder(PHRASES);

/**
 * The signs written as phrase data (triage-phrases.ts) for one route: each
 * found with its concepts close together, not negated (where that counts),
 * about the person (where that counts) and, for therapy when `resolvedCounts`
 * is false, not a difficulty the person says is behind them. Returns how many.
 */
function scanSigns(route: Route, found: Map<string, Occurrence[]>, text: string, into: Hits, resolvedCounts = true): number {
  let count = 0;
  for (const sign of SIGNS) {
    if (sign.route !== route) continue;
    const counts = (o: Occurrence) =>
      !(sign.negatable && isNegated(text, o.index)) &&
      !(sign.aboutSelf && notAboutSelf(text, o.index, text.slice(o.index, o.index + 12))) &&
      (resolvedCounts || !isResolved(text, o.index));
    if (!combines(found, sign.all, sign.within, counts)) continue;
    count++;
    if (!into.reasons.includes(sign.reason)) into.reasons.push(sign.reason);
    for (const concern of sign.concerns) if (!into.concerns.includes(concern)) into.concerns.push(concern);
  }
  return count;
}

function scan(ruleSet: Rule[], text: string, into: Hits, exhaustive: boolean, resolvedCounts = true): number {
  let count = 0;
  for (const rule of ruleSet) {
    if (!mayMatch(rule.needles, text, exhaustive) || !firstHit(rule, text, resolvedCounts)) continue;
    count++;
    if (!into.reasons.includes(rule.reason)) into.reasons.push(rule.reason);
    for (const concern of rule.concerns) if (!into.concerns.includes(concern)) into.concerns.push(concern);
  }
  return count;
}

export const MODEL_REASONS = {
  crisis: 'Uses language often used by people thinking about ending their life or harming themselves, though no rule matched',
  therapy: 'Uses language often used by people describing emotional or mental-health difficulties, though no rule matched',
} as const;

/**
 * Decides the route of one intake and says why: the rules first, then the
 * learned safety net, which may raise the route (coaching → therapy → crisis)
 * and never lower it.
 */
export function triage(input: TriageInput): TriageResult {
  const byRules = triageByRules(input);
  const scores = model.score(`${input.message}\n${input.goals ?? ''}`);
  const raiseToCrisis = byRules.route !== 'crisis' && scores.raisesToCrisis;
  const raiseToTherapy = byRules.route === 'coaching' && !raiseToCrisis && scores.raisesToTherapy;
  const recorded = { version: scores.version, crisis: scores.crisis, therapy: scores.therapy, raised: raiseToCrisis || raiseToTherapy };
  if (raiseToCrisis) {
    const therapyReasons = byRules.route === 'therapy' ? byRules.reasons : [];
    return { ...byRules, route: 'crisis', urgent: true, reasons: [MODEL_REASONS.crisis, ...therapyReasons], version: TRIAGE_VERSION, model: recorded };
  }
  if (raiseToTherapy) {
    const reasons: string[] = [MODEL_REASONS.therapy];
    if (input.preference === 'coaching') reasons.push('Asked for coaching, but what they shared fits a licensed therapist first');
    return { ...byRules, route: 'therapy', urgent: false, reasons, version: TRIAGE_VERSION, model: recorded };
  }
  return { ...byRules, version: TRIAGE_VERSION, model: recorded };
}

/**
 * The rules alone. `exhaustive` runs every rule without the needle prefilter:
 * the tests use it to prove the prefilter never changes a decision.
 */
export function triageByRules(input: TriageInput, options: { exhaustive?: boolean } = {}): TriageResult {
  needlesCurrent ??= NEEDLES[0] === needleHeader();
  const exhaustive = options.exhaustive === true || !needlesCurrent;
  const text = normalizeText(`${input.message}\n${input.goals ?? ''}`);
  const screening = scorePhq4(input);
  const crisis: Hits = { reasons: [], concerns: [] };
  const therapy: Hits = { reasons: [], concerns: [] };

  if (input.safety === 'yes')
    crisis.reasons.push('Answered yes to the safety question (thoughts of ending their life or of harming themselves or someone else in the past month)');
  const found = phrases.find(text);
  scan(CRISIS_RULES, text, crisis, exhaustive);
  scanSigns('crisis', found, text, crisis);

  GOAL_AFTER_BREAK.lastIndex = 0;
  const namesGoal = found.has('goal') || (mayMatch(GOAL_AFTER_BREAK_NEEDLES, text, exhaustive) && GOAL_AFTER_BREAK.test(text));
  const strongTherapy = scan(THERAPY_RULES, text, therapy, exhaustive, !namesGoal) + scanSigns('therapy', found, text, therapy, !namesGoal);
  if (screening.phq2Positive) {
    therapy.reasons.push(`PHQ-2 score ${screening.phq2} of 6: a positive screen for low mood`);
    if (!therapy.concerns.includes('depression')) therapy.concerns.push('depression');
  }
  if (screening.gad2Positive) {
    therapy.reasons.push(`GAD-2 score ${screening.gad2} of 6: a positive screen for anxiety`);
    if (!therapy.concerns.includes('anxiety')) therapy.concerns.push('anxiety');
  }
  const themes = COACHING_THEMES.filter(([concept]) => found.has(concept)).map(([, theme]) => theme);
  const goalScore = themes.length + (namesGoal ? 1 : 0);
  const personalScore = personalWords(found, text);
  if (strongTherapy === 0 && personalScore > goalScore) {
    therapy.reasons.push('Describes personal or emotional difficulties rather than a goal to work towards');
  }

  const concerns = [...crisis.concerns, ...therapy.concerns].filter((c, i, all) => all.indexOf(c) === i);

  if (crisis.reasons.length > 0) {
    return {
      route: 'crisis',
      urgent: true,
      reasons: [...crisis.reasons, ...therapy.reasons],
      concerns,
      screening,
      version: RULES_VERSION,
    };
  }

  const therapySignals = therapy.reasons.length > 0;
  if (therapySignals || input.preference === 'therapy') {
    const reasons = [...therapy.reasons];
    if (input.preference === 'therapy') reasons.push('Asked for therapy');
    if (input.preference === 'coaching') reasons.push('Asked for coaching, but what they shared fits a licensed therapist first');
    return { route: 'therapy', urgent: false, reasons, concerns, screening, version: RULES_VERSION };
  }

  const reasons: string[] = [];
  if (themes.length > 0) reasons.push(`Coaching goals: ${themes.join(', ')}`);
  if (input.preference === 'coaching') reasons.push('Asked for coaching');
  if (screening.severity !== null) reasons.push(`PHQ-4 total ${screening.total} of 12 (${screening.severity}), no positive screen`);
  reasons.push('No sign that therapy or crisis support is needed');
  return { route: 'coaching', urgent: false, reasons, concerns, screening, version: RULES_VERSION };
}
