import type { Concepts } from './phrases';

/**
 * Crisis phrases as data: each concept is a list of phrases in everyday
 * intake language, one a line, written as normalised text reads (lower case,
 * no apostrophes: "dont", "its"); "{a,b}" gives each choice in turn, and an
 * empty choice makes a part optional ("nothing {,left }to live for"). Some are signs on their own ("nothing to
 * live for"); others only when two are said close together: a place with a
 * drop and thinking about the fall, a medicine and a quantity, two goodbyes.
 * A combination fires when one phrase of each of its concepts occurs within
 * `within` words, not negated and not said of someone else (see phrases.ts
 * and triage.ts). Every word here is ours.
 */
export const CRISIS_CONCEPTS: Concepts = {
  // Signs on their own, by what they tell the practitioner.
  endLife: `
{sucide,suicde,suiside,suicid,sucidal,kms,kys,unalive,unaliving,sewerslide,ctb,death wish}
{end,ending} it all
{my own,imagining my,imagine my,planning my,plan my} funeral
{almost,nearly} {did it,went through with it,ended it}
disappear {for good,forever,permanently}
{checking,check,checked} out {for good,permanently}`,
  notLive: `
not worth living
nothing {,left }to live for
{give,giving,given} up on {life,living}
cant go on {living,anymore,any more,any longer,like this}
sleep forever
{no,dont have a,dont have any,not a single} reason {,left }to keep {trying,going,living,fighting}
{no,dont have a,dont have any} reason left to {live,try,go on}
{not going to,wont,will not} be {here,around,alive} for {another one,the next one,another year,next year,next christmas,my next birthday}`,
  betterOff: `
better {off dead,without me,off without me}`,
  plan: `
{od,oding} on
with the {car,engine} running
for when i {,finally }decide
gave away my {gun,guns,firearm,firearms,pistol,rifle}
who {gets,should get,will get,can have,will have} what
{tengo,ya tengo,compre} {la,una} cuerda
{se donde hacerlo,ya se como lo voy a hacer}
{hose and tape,hose and duct tape,tape and a hose,hosepipe and tape}
{hose,pipe,hosepipe} {to,from,on} the exhaust`,
  selfHarm: `
cutting {again,myself}
cut {deeper,too deep}`,
  // Places people go to end their life.
  drop: `
{bridge near,a bridge,the bridge,that bridge,this bridge,overpass,flyover,footbridge,viaduct}
{train tracks,railway tracks,the tracks,railway line,rail line,train line,level crossing}
{platform edge,edge of the platform,the station,the platform,fast train,fast trains,trains come,the train comes}
{cliff,cliffs,ledge,rooftop,roof of,on the roof,off the roof,edge of the roof,balcony,top floor}
{multi storey,car park roof,parking garage,tall building,top of the building,quarry,the pier}
{tallest building,tallest buildings,roof access,roofs are open,roof is open}`,
  // Thinking about the fall, or being drawn to it.
  fall: `
how {quick,quickly,fast it,easy it,easily,painless,peaceful,simple it,high,far down}
the {drop,fall}
{climb,climbing,climbed} over
over the {railing,edge,barrier,side,yellow line}
{lean,leaning} over
{step,stepping} off
{step,jump} in front
{let myself fall,throw myself,lean out,step out}
{jump,jumped,jumping} {off,from}
{just,want to,urge to} jump
{jump down,thought of jumping,thoughts of jumping,about jumping}
what it would {feel like,be like to}
{all be over,it would be over,end it all}
{nobody,no one} would stop me
{pulls me,pulling me,drawn to it,calling me}
{close to,near,to} the edge`,
  medicine: `
{pills,tablets,paracetamol,tylenol,acetaminophen,ibuprofen,aspirin,antidepressants,insulin,painkillers}
{opioids,oxycodone,xanax,benzos,diazepam,lithium,sertraline,fluoxetine,citalopram,zopiclone,codeine,tramadol,morphine}
{,my }{meds,medication,medications,medicine,prescription}
{over the counter,drugs,pastillas,medicamentos}`,
  // A quantity or a store of it.
  amount: `
{took,taken} {a,the} whole
{a,the} whole bottle
{whole,entire} {box,packet,pack,strip,bottle}
{a handful of,handfuls of,the whole lot,the lot,all at once,months worth,weeks worth,lethal}
{took,taken,swallowed} too many
{stockpil*,hoarding,hoarded,stashing,stashed,been collecting,started collecting,collecting extra}
{saving up,saved up,been saving} my
enough to {kill,die,not wake,end,do it}
how many {it would take,would it take,id need,i would need,i need to}
{worked out,worked out exactly,figured out,exactly} how many
{took,take} them all
{hoping,hope} its enough
one day its enough
todas {las,mis} pastillas
{una caja entera,guardadas,acumulando,juntando}`,
  // Looking up which medicines kill.
  research: `
{researching,researched,looked up,looking up,googled,googling,reading up on,searching,search history}`,
  danger: `
{most dangerous,dangerous together,deadly,fatal,overdose,overdoses}`,
  // Not taking what keeps them alive, on purpose.
  withhold: `
{skipping,skipped,not taking,stopped taking,stopped,quit taking} my
{skipping,skipped,skip} {doses,my doses}`,
  onPurpose: `
{on purpose,deliberately,know what happens,so it will,hoping it}`,
  // Looking at the means.
  gaze: `
{keep looking at,cant stop looking at,staring at,stare at,keep eyeing,keep checking on}`,
  // A plan, and a time alone.
  aPlan: `
{got a plan,have a plan,made a plan,my plan is,a plan for}`,
  alone: `
{house is empty,when im alone,everyone is out,nobody is home,no one is home,everyone is asleep,when theyre away,while theyre away}`,
  // Putting things in order before going.
  goodbye: `
{gave,given} my {cat,dog}
{gave,given,giving,give} away my
{rehomed,rehoming} my
found {a home,a new home,homes} for my
{written,wrote,writing} letters
letters to my
{wrote,written,leave,left,leaving} a note
{said,saying,say} goodbye
{deleted my accounts,deleted all my,my passwords,who gets my,returned everything,paid back everyone}
{not,never} come back
{not,never} coming back
{not be coming back,never return,im done}
said {everything i needed to say,everything i wanted to say,what i needed to say}
cancelled my {subscriptions,phone,contract}
{wont,will not} be needing
tidied {my room,everything}
{,left }my bank details
time to go`,
  // Something sharp, and where it is held: at the wrist, on the arms.
  sharp: `
{razor,razors,razor blades,blade,blades,knife,knives,glass,shard,scissors,box cutter,stanley knife,lighter}`,
  skin: `
against my {wrist,wrists,arm,arms,throat,neck,skin}
into my {skin,arm,arms,wrist,thigh,thighs}
{across,along,over,to} my {wrist,wrists,arm,arms}
to my throat
{,one ,it ,them }on myself`,
  // A way out, and dying as that way.
  escape: `
only {escape,way out,option,answer,solution,relief,way to stop,way to make it stop}`,
  dying: `
not {being alive,being here,existing}
{dying,death,being dead,to die}
{ending,end} {it,my life}`,
  // Insurance, and what it would do for the family.
  insurance: `
{the insurance,life insurance,insurance money,insurance payout,my policy,the payout}`,
  provide: `
would {solve,pay off,take care of,look after,cover,set them up,provide for}
{solve everything,be better off,better off with,worth more dead}`,
  // Someone who died, and wanting to be with them.
  lost: `
{grave,cemetery,died,passed away}
{his,her,their} ashes
since {he,she} passed`,
  join: `
be there with {him,her,them}
be with {him,her,them} again
join {him,her,them}
go to be with
see {him,her} again soon`,
  // Someone close who harms a child, and threats to keep it secret.
  abuser: `
{my uncle,my stepdad,my stepfather,my dad,my father,my brother,my cousin,my grandad,my grandpa,my coach,my teacher,my neighbour,my neighbor,my mums boyfriend,my moms boyfriend}`,
  touches: `
{touches me,touched me,touching me,makes me do things,made me do things,gets into my bed,comes into my room}`,
  threat: `
{he,she,they} {will,would,is going to,are going to,said he would,said she would} {hurt,kill}
{hell,shell,theyll,hed,shed,theyd} {hurt,kill}
{threatens,threatened,threatening} to {hurt,kill}`,
  ifTell: `
if i {tell,ever tell,tell anyone,leave,go to the police}`,
  // A voice, and harm it urges or fears.
  voice: `
{a voice,the voice,the voices,voices,hearing voices,hear voices}`,
  harmUrged: `
{to hurt,hurt them,hurt me,kill them,kill me,stop them,before they,harm,punish,in danger,poisoning me,out to get me}`,
  // Everything prepared, and kept secret.
  ready: `
{have,got} everything ready
everything is ready
its all ready
everything {,is }in place
{got,have} it all planned
{everything planned,everything sorted,made up my mind}`,
  secret: `
{not going to,wont} say more
{not telling,havent told,not told} anyone
{nobody,no one} knows
dont want anyone to know
{keeping,keep} it to myself`,
};

export interface Combination {
  reason: string;
  concerns: Array<'depression' | 'self-harm' | 'psychosis' | 'abuse' | 'trauma'>;
  /** Concepts that must all occur; one listed twice needs two different phrases of it. */
  all: readonly string[];
  /** At most this many words from the first to the last. */
  within: number;
}

const PLAN = 'Mentions a plan, preparation or means to end their life';
const DANGER = 'Describes being in danger from someone else';

export const CRISIS_COMBINATIONS: readonly Combination[] = [
  { reason: 'Mentions thoughts of ending their life', concerns: ['depression'], all: ['endLife'], within: 8 },
  { reason: 'Mentions not wanting to live', concerns: ['depression'], all: ['notLive'], within: 8 },
  { reason: 'Feels others would be better off without them', concerns: ['depression'], all: ['betterOff'], within: 8 },
  { reason: PLAN, concerns: ['depression'], all: ['plan'], within: 8 },
  { reason: 'Mentions hurting themselves', concerns: ['self-harm'], all: ['selfHarm'], within: 8 },
  { reason: PLAN, concerns: ['depression'], all: ['drop', 'fall'], within: 18 },
  { reason: PLAN, concerns: ['depression'], all: ['medicine', 'amount'], within: 14 },
  { reason: PLAN, concerns: ['depression'], all: ['research', 'medicine', 'danger'], within: 16 },
  { reason: PLAN, concerns: ['depression'], all: ['goodbye', 'goodbye'], within: 40 },
  { reason: PLAN, concerns: ['depression'], all: ['ready', 'secret'], within: 20 },
  { reason: 'Mentions thoughts of ending their life', concerns: ['depression'], all: ['escape', 'dying'], within: 10 },
  { reason: PLAN, concerns: ['depression'], all: ['insurance', 'provide'], within: 12 },
  { reason: 'Mentions thoughts of ending their life', concerns: ['depression'], all: ['lost', 'join'], within: 20 },
  { reason: PLAN, concerns: ['depression'], all: ['medicine', 'withhold', 'onPurpose'], within: 16 },
  { reason: PLAN, concerns: ['depression'], all: ['medicine', 'gaze'], within: 8 },
  { reason: PLAN, concerns: ['depression'], all: ['aPlan', 'alone'], within: 14 },
  { reason: PLAN, concerns: ['depression'], all: ['research', 'drop'], within: 16 },
  { reason: DANGER, concerns: ['abuse', 'trauma'], all: ['abuser', 'touches'], within: 10 },
  { reason: DANGER, concerns: ['abuse', 'trauma'], all: ['threat', 'ifTell'], within: 12 },
  { reason: 'Hears voices that urge harm or warn of it', concerns: ['psychosis'], all: ['voice', 'harmUrged'], within: 14 },
  { reason: 'Mentions hurting themselves', concerns: ['self-harm'], all: ['sharp', 'skin'], within: 20 },
];
