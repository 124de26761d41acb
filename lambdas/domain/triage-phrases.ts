import type { Concepts } from './phrases';

/**
 * Crisis phrases as data: each concept is a list of phrases in everyday
 * intake language, one a line, written as normalised text reads (lower case,
 * no apostrophes: "dont", "its"). Some are signs on their own ("nothing to
 * live for"); others only when two are said close together: a place with a
 * drop and thinking about the fall, a medicine and a quantity, two goodbyes.
 * A combination fires when one phrase of each of its concepts occurs within
 * `within` words, not negated and not said of someone else (see phrases.ts
 * and triage.ts). Every word here is ours.
 */
export const CRISIS_CONCEPTS: Concepts = {
  // Signs on their own, by what they tell the practitioner.
  endLife: `
sucide
suicde
suiside
suicid
sucidal
end it all
ending it all
kms
kys
unalive
unaliving
sewerslide
ctb
death wish
my own funeral
imagining my funeral
imagine my funeral
planning my funeral
plan my funeral
almost did it
nearly did it
almost went through with it
nearly went through with it
almost ended it
nearly ended it
disappear for good
disappear forever
disappear permanently`,
  notLive: `
not worth living
nothing to live for
nothing left to live for
give up on life
giving up on life
given up on life
give up on living
giving up on living
given up on living
cant go on living
cant go on anymore
cant go on any more
cant go on any longer
cant go on like this
sleep forever`,
  betterOff: `
better off dead
better without me
better off without me`,
  plan: `
od on
oding on
with the car running
with the engine running
for when i decide
for when i finally decide
gave away my gun
gave away my guns
gave away my firearm
gave away my firearms
gave away my pistol
gave away my rifle
who gets what
who should get what
who will get what
who can have what
who will have what`,
  selfHarm: `
cutting again
cutting myself
cut deeper
cut too deep`,
  // Places people go to end their life.
  drop: `
bridge near
a bridge
the bridge
that bridge
this bridge
overpass
flyover
footbridge
viaduct
train tracks
railway tracks
the tracks
railway line
rail line
train line
level crossing
platform edge
edge of the platform
cliff
cliffs
ledge
rooftop
roof of
on the roof
off the roof
edge of the roof
balcony
top floor
multi storey
car park roof
parking garage
tall building
top of the building
quarry
the pier`,
  // Thinking about the fall, or being drawn to it.
  fall: `
how quick
how quickly
how fast it
how easy it
how easily
how painless
how peaceful
how simple it
how high
how far down
the drop
the fall
climb over
climbing over
climbed over
over the railing
over the edge
over the barrier
over the side
lean over
leaning over
step off
stepping off
step in front
let myself fall
throw myself
jump off
jump from
jumped off
jumping off
jump down
jump in front
just jump
want to jump
urge to jump
thought of jumping
thoughts of jumping
about jumping
what it would feel like
what it would be like to
all be over
it would be over
end it all
nobody would stop me
no one would stop me
pulls me
pulling me
drawn to it
calling me`,
  medicine: `
pills
tablets
paracetamol
tylenol
acetaminophen
ibuprofen
aspirin
antidepressants
my meds
my medication
my medicine
insulin
painkillers
opioids
oxycodone
xanax
benzos
diazepam
lithium
my prescription
sertraline
fluoxetine
citalopram
zopiclone
codeine
tramadol
morphine
meds
medications
over the counter
drugs
pastillas
medicamentos`,
  // A quantity or a store of it.
  amount: `
took a whole
taken a whole
took the whole
a whole bottle
the whole bottle
whole box
whole packet
whole pack
whole strip
entire bottle
entire box
entire packet
a handful of
handfuls of
took too many
taken too many
swallowed too many
stockpil*
saving up my
saved up my
been saving my
hoarding
hoarded
stashing
stashed
enough to kill
enough to die
enough to not wake
enough to end
enough to do it
how many it would take
how many would it take
lethal
all at once
months worth
weeks worth
the whole lot
the lot
took them all
take them all
most dangerous
dangerous together
deadly
fatal
todas las
una caja entera
guardadas
acumulando
juntando`,
  // Putting things in order before going.
  goodbye: `
gave my cat
given my cat
gave my dog
given my dog
gave away my
given away my
giving away my
give away my
rehomed my
rehoming my
found a home for my
found a new home for my
found homes for my
written letters
wrote letters
writing letters
letters to my
wrote a note
written a note
said goodbye
saying goodbye
say goodbye
deleted my accounts
deleted all my
my passwords
who gets my
cancelled my subscriptions
returned everything
paid back everyone
leave a note
left a note
leaving a note
not come back
never come back
not coming back
never coming back
not be coming back
never return`,
  // Something sharp, and where it is held: at the wrist, on the arms.
  sharp: `
razor
razors
razor blades
blade
blades
knife
knives
glass
shard
scissors
box cutter
stanley knife
lighter`,
  skin: `
against my wrist
against my wrists
against my arm
against my arms
against my throat
against my neck
against my skin
into my skin
into my arm
into my arms
into my wrist
into my thigh
into my thighs
across my wrist
across my wrists
across my arm
along my arm
along my arms
over my wrist
over my wrists
to my wrist
to my wrists
to my throat`,
  // Everything prepared, and kept secret.
  ready: `
have everything ready
got everything ready
everything is ready
its all ready
everything in place
everything is in place
got it all planned
have it all planned
everything planned
everything sorted
made up my mind`,
  secret: `
not going to say more
wont say more
not telling anyone
havent told anyone
not told anyone
nobody knows
no one knows
dont want anyone to know
keeping it to myself
keep it to myself`,
};

export interface Combination {
  reason: string;
  concerns: Array<'depression' | 'self-harm'>;
  /** Concepts that must all occur; one listed twice needs two different phrases of it. */
  all: readonly string[];
  /** At most this many words from the first to the last. */
  within: number;
}

const PLAN = 'Mentions a plan, preparation or means to end their life';

export const CRISIS_COMBINATIONS: readonly Combination[] = [
  { reason: 'Mentions thoughts of ending their life', concerns: ['depression'], all: ['endLife'], within: 8 },
  { reason: 'Mentions not wanting to live', concerns: ['depression'], all: ['notLive'], within: 8 },
  { reason: 'Feels others would be better off without them', concerns: ['depression'], all: ['betterOff'], within: 8 },
  { reason: PLAN, concerns: ['depression'], all: ['plan'], within: 8 },
  { reason: 'Mentions hurting themselves', concerns: ['self-harm'], all: ['selfHarm'], within: 8 },
  { reason: PLAN, concerns: ['depression'], all: ['drop', 'fall'], within: 18 },
  { reason: PLAN, concerns: ['depression'], all: ['medicine', 'amount'], within: 14 },
  { reason: PLAN, concerns: ['depression'], all: ['goodbye', 'goodbye'], within: 40 },
  { reason: PLAN, concerns: ['depression'], all: ['ready', 'secret'], within: 20 },
  { reason: 'Mentions hurting themselves', concerns: ['self-harm'], all: ['sharp', 'skin'], within: 20 },
];
