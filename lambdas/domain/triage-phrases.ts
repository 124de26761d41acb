import type { Concepts, Groups } from './phrases';
import type { Concern } from './triage';
import { REASONS } from './triage-reasons';

/**
 * Groups of words several lines share, written "@self", "@intent" in a line
 * (see phrases.ts).
 */
export const GROUPS: Groups = {
  self: '{myself,my self,myslef,my slef,meself,my own self}',
  intent:
    '{thoughts of,thoughts about,fantasies of,fantasize about,fantasizing about,decide{,d},want{,ed,ing},wish{,ed},going,ready,plan{,ned,ning},plan on,thinking about,thinking of,thought about,think about,urge{,s},need,trying,tried,try,desire,long{,ing},about,might,will,would,could}',
  partner:
    '{he,she,they,partner,husband,wife,spouse,boyfriend,girlfriend,bf,gf,ex,fiance,dad,father,stepdad,stepfather,step dad,mom,mother,mum,stepmom,stepmum,step mum,step mom,brother,sister,son,daughter,grandson,granddaughter,carer,caregiver,care worker,roommate,flatmate,lodger,landlord}',
  // For "is going to kill me": parents and siblings say it as an idiom far more often than as a threat.
  intimate: '{he,she,partner,husband,wife,spouse,boyfriend,girlfriend,bf,gf,ex,fiance,stepdad,stepfather}',
  people:
    '{him,her,them,someone,somebody,people,everyone,others,other people,anyone,anybody,someone else,somebody else,{,the,those,these,some,all the} {people,person,guy,guys,kids,students,coworkers,co workers,bullies,bully,woman,man,girl{,s},boy,boys,neighbors,neighbours},my {husband,wife,partner,boss,kids,kid,children,child,son,daughter,baby,mom,mother,dad,father,brother,sister,boyfriend,girlfriend,ex,neighbor,neighbour,coworker{,s},co worker,roommate,flatmate,housemate,family,manager,teacher}}',
  // Drinking ("drink water" is not), drugs and gambling ("betting on myself" is not).
  substance:
    '{drink{,s,ing} !{{,more,less,enough,plenty of,so much,too much} {water,tea,coffee,milk,juice,smoothie{,s},shake{,s}}},drunk,alcohol,booze,wine,beer{,s},cider,vodka,whiskey,whisky,liquor,weed !{like,love,rather,be,have,need,want,better,both,all,also,go,get,never,really,just,always,only},pot,cannabis,marijuana,joints,spliff,spliffs,smoke a joint,smoking a joint,smoked a joint,vape,vaping,rol a joint,roling a joint,pills,painkillers,oxy,oxycodone,opioids,adderall,xanax,diazepam,valium,codeine,tramadol,benzos,ketamine,coke,cocaine,meth,heroin,getting high,get high,got high,high on,using,gambling,gambled,gamble,fruit machine,fruit machines,{betting,bet} !{on {myself,my self,me,us,yourself}},bets,casino,poker,slots,slot machine,scratch cards,scratchcards,scratchcard,lottery}',
  // Someone close, whose danger the person reports ("my son … told me he wants to die").
  close: '{son,daughter,kid,child,teen,teenager,boy,girl,husband,wife,partner,brother,sister,friend,best friend,mum,mom,dad}',
  // What a threat "if I'm late" makes an idiom of ("he'll kill me if I forget his birthday").
  slipup:
    '{if {i,we} {miss{,ed},forget,forgot,are late,was late,were late,mess up,messed up,screw up,screwed up,fail{,ed},break,broke,spend,spent,eat,ate},if {im,were} late}',
  // Spanish everyday burdens that make "no puedo más" a complaint, not a wish to die.
  agobio:
    '{con {el,la,los,las,mi,mis,este,esta,tant{a,o,as,os}} ~2 {trabajo,jefe,jefa,horario{,s},desorden,rutina,oficina,casa,papeleo,correos,reuniones,trafico,atascos,clientes,turnos}}',
  // Many times over, as a compulsion is counted ("I check the door twenty times").
  many: '{five,six,seven,eight,nine,1*,3*,5*,6*,7*,8*,9*,2{0,1,2,3,4,5,6,7,8,9}*,4{0,1,2,3,4,5,6,7,8,9}*,ten,fifteen,twenty,thirty,forty,fifty,a hundred,dozens of,hundreds of,many,so many}',
  // How someone close says it.
  toldme: '{told me,told us,said,says,keeps saying,texted me,wrote}',
  // Small choices many lines share.
  here: '{here,around,alive}',
  threatens: '{threatens,threatened,threatening}',
  themselves: '{himself,herself,themselves}',
  himself: '{himself,herself}',
  scared: '{scared,afraid,terified}',
  weekday: '{monday,tuesday,wednesday,thursday,friday,saturday,sunday}',
  pills: '{pills,tablets,meds,painkillers}',
  nobody: '{nobody,no one,noone}',
  forever: '{forever,for good,permanently}',
  they: '{he,she,they}',
  them: '{him,her,them}',
  their: '{his,her,their}',
  anymore: '{anymore,any more}',
  stand: '{sit,sat,sitting,stand{,ing},stood}',
  swallow: '{take,taking,swallow{,ing},down{,ing}}',
  everyone: '{everyone,people,them,my family,my friends}',
  hoy: '{hoy,esta noche,manana,este fin de semana}',
  harto: '{hart{a,o},cansad{a,o}}',
  tome: '{tome,me trague,me he tomado}',
  shes: '{shes,hes,she has,he has}',
  morirme: '{morir,morirme,matarme,suicidarme}',
  give: '{giv{e,en,ing},gave}',
  digit: '{0,1,2,3,4,5,6,7,8,9}',
  gun: '{gun,pistol,rifle,shotgun}',
  until: '{until,till,til}',
  pet: '{cat,cats,dog,dogs}',
  vehicle: '{car,bus,lorry,train,truck,van}',
  hope: '{hope,hoping,pray{,ing},wish}',
  wont: '{wont,not going to}',
  which: '{which,what}',
  drank: '{drink{,ing},drank}',
  packet: '{bottle,box,pack,packet}',
  ill: '{ill,i will,im going to}',
  might: '{might,could,will,would}',
  dontcant: '{dont,cant}',
  // More small choices, each named for a word of it: "@my car" reads "my car" or "the car".
  my: '{my,the}',
  his: '{her,his}',
  him: '{him,her}',
  he: '{he,she}',
  our: '{my,our}',
  took: '{took,taken,swallowed}',
  would: '{will,would}',
  few: '{two,three,four}',
  hurt: '{hurt,kill}',
  its: '{its,it is}',
  death: '{death,dying}',
  today: '{today,tonight}',
  kids: '{kids,children}',
  date: '{boyfriend,girlfriend}',
  chose: '{picked,chose{,n}}',
  think: '{thought,think{,ing}}',
  imagine: '{pictur{e,ing},imagin{e,ing}}',
  sure: '{sure,certain,convinced}',
  doubt: '{doubt,not sure,dont think}',
  felt: '{felt,feel{,ing}}',
  must: '{must,have to,need to}',
  id: '{id,i would}',
  got: '{got,have}',
  day: '{day,night}',
  not: '{not,havent}',
  dont: '{dont,wont}',
  it: '{it,them}',
  a: '{a,the}',
  quiero: '{quiero,pienso en,pensando en}',
  noches: '{cada noche,todas las noches}',
  arma: '{arma,navaja,pistola,cuchillo,escopeta}',
  mata: '{mata{,ra},va a matar}',
  ok: '{ok,okay,fine}',
  sit: '{sat,sit{,ting}}',
  drive: '{drove,driv{e,ing}}',
  again: '{over and over,again and again}',
  being: '{existing,being here,being alive}',
  hes: '{hes,shes,he is,she is}',
  check: '{wash{,ing},check{,ing},count{,ing}}',
  // How Spanish wishes not to be here or wake up ("seria un alivio no despertar").
  alivio: '{pienso en,pensando en,como seria,seria un alivio,ojala pudiera,seria mas facil,seria mejor,seria un descanso}',
  // The people closest by name, and a household: read inside larger choices ("{@kin,partner}").
  kin: '{mum,mom,dad,brother,sister,son,daughter,husband,wife}',
  household: '{family,kids,children}',
  // Whose things or words ("my mums pills", "my brothers note").
  kins: '{mums,moms,dads,brothers,sisters,sons,daughters,friends}',
  take: '{take,taking,took}',
  // A partner, a child, a parent by name, and what was written: read inside larger choices.
  spouse: '{husband,partner,wife}',
  spouses: '{husbands,partners,wifes}',
  child: '{daughter,son}',
  parent: '{dad,father,mom,mother}',
  wrote: '{written,wrote}',
  sibling: '{brother,sister}',
  poison: '{antifreeze,bleach,weed killer}',
  itall: '{everything,it all}',
  daily: '{constantly,every day}',
  nightly: '{at night,every night}',
  mymum: '{my mom,my mum}',
  vivo: '{estar viva,estar vivo}',
  workedout: '{figured out,worked out}',
  boss: '{boss,landlord,manager,teacher}',
  myfamily: '{my family,my kids}',
  someone: '{people,someone}',
  everybody: '{everybody,everyone}',
  things: '{everything,things}',
  career: '{business,career}',
  team: '{class,clients,coworkers,students,team}',
  home: '{flat,house}',
  meds: '{medication,meds}',
  weapon: '{gun,knife,weapon}',
  hoping: '{hope,hoping}',
  lookafter: '{look after,take care of}',
  // Working towards a goal ("help with launching"), and the rest a person may feel guilty about.
  doing:
    '{building,choosing,deciding,finding,getting,growing,improving,launching,learning,negotiating,organising,organizing,planning,preparing,setting,writing}',
  selfcare: '{about taking,asking for,delegating,for taking,resting,saying no,switching off,taking,that im not spending,when i take}',
  // Words after which a phrase reads as a time or an occasion, not a sign ("!{@when}").
  when: '{at,during,for,on,when}',
  build: '{build,finish,get,learn,practice,practise,start,write}',
  myspouse: '{my husband,my partner,my wife}',
  tonight: '{tonight,this weekend}',
  // What one may cut or burn without harm ("me volví a quemar el pelo").
  pelo: '{el cabello,el flequillo,el pelo,la barba,las unas}',
  blade: '{blade,knife,razor}',
  // Days a person may say they will not live to see.
  occasion: '{christmas,my birthday,new year}',
  todos: '{todos,todo el mundo,mi familia,mis hijos}',
  // Three prepositions that often follow a phrase that is not what it seems ("!{@prep,on}": "end it with him").
  prep: '{at,in,with}',
  existing: '{living,existing,being alive}',
  water: '{sea,lake,river,water}',
  fantasise: '{fantasis{e,ed,ing},fantasiz{e,ed,ing}}',
  jumpnot: '{into,in,on,at,ship,back,ahead,aboard,straight,from,to}',
  thinkabout: '{think about,thinking about,thought about}',
  unless: '{without,unless,if,at this,in this,with this}',
  calmer: '{mejor,mas tranquila,mas tranquilos,mas tranquilo,bien}',
  drinking: '{drink,drinking}',
  parents: '{dads,mums,moms,grans,grandads,nans,grandmas,grandpas,exs,partners}',
  mypartner: '{my wife,my husband,my partner,she,he,they}',
  antes: '{antes,para,porque,mientras,durante,hasta,cuando}',
  notfor: '{for,during,at,on,so,to,while,when,before,after,and went,and slept}',
  soon: '{esta semana,esta noche,manana,pronto,este fin de semana}',
  estate: '{house,money,insurance,payout,life insurance}',
  whodied: '{who ended it,who killed themselves,who took their own lives,who took their own life}',
  medsall: '{tablets,pills,meds,medication,painkillers,sleeping pills}',
  payout: '{life insurance,insurance money,insurance payout,the insurance}',
  highplace: '{balcony,roof,rooftop,bridge,ledge,building,cliff,platform,overpass,tower}',
  closeone: '{she,he,they,daughter,son,child,kid,kids,teen,teenager,friend,sister,brother,student,girlfriend,boyfriend,wife,husband,partner}',
  harming: '{pushing,hurting,harming,drowning,dropping,smothering}',
  workload: '{deadlines,questions,emails,requests,jokes,puns,facts,work,tasks,feedback}',
  hewill: '{hel,he will,shel,she will,theyl,he would,she would}',
  despedida: '{me despedi,despidiendome,me estoy despidiendo,me despido,me he despedido,despedirme}',
  despertar: '{despertar,despertarme,volver a despertar}',
  article: '{el,la,los,las,lo,mi,mis,lo que}',
  trauma: '{crash,accident,car accident,attack,assault,fire,shooting,robbery,mugging}',
  whose: '{her,his,their,your,someones,peoples,anyones}',
  nervous: '{nervous,scared,anxious,terrified,worried}',
  setaside: '{putting,put,set,setting,saving,saved,keeping,kept}',
  daysoon: '{monday,tuesday,wednesday,thursday,friday,saturday,sunday,tomorrow,tonight}',
  farewell: '{sorry for everything,im sorry for everything,goodbye}',
  // Someone who cannot be reached.
  noanswer:
    '{not answering,isnt answering,wont answer,no answer,not picking up,isnt picking up,wont pick up,voicemail,phone is {,now} off,phones off,phone off,location off,get hold of {him,her,them}}',
  lookedup: '{research{,ed,ing},googled,googling,looked up,looking up}',
  bodypart: '{arm,arms,skin,leg,legs,wrist{,s},stomach,thigh{,s}}',
  lover: '{boyfriend,girlfriend,partner,husband,wife}',
  pareja: '{mujer,marido,pareja,espos{a,o},novi{a,o}}',
  // Medicines a crisis line names (one list, so that a line written with "tablets" also knows "insulin").
  medicines:
    '{pills,tablets,meds,medication{,s},painkiller{,s},sleeping pills,sleeping tablets,antidepressants,anti depressants,insulin,morphine,fentanyl,paracetamol,acetaminophen,tylenol,ibuprofen,aspirin,codeine,co codamol,cocodamol,tramadol,oxycodone,oxy,xanax,diazepam,valium,sertraline,antihistamines}',
};

/**
 * The triage's phrases as data (crisis signs, then therapy signs, then the
 * words that weigh feelings against goals for coaching): each concept is a list of phrases in everyday
 * intake language, one a line, written as normalised text reads (lower case,
 * no apostrophes, a negation in one word, "i am" as "im": "dont", "its", "cant"); "{a,b}" gives each choice in turn, and an
 * empty choice makes a part optional ("nothing {,left }to live for"). Some are signs on their own ("nothing to
 * live for"); others only when two are said close together: a place with a
 * drop and thinking about the fall, a medicine and a quantity, two goodbyes.
 * A combination fires when one phrase of each of its concepts occurs within
 * `within` words, not negated and not said of someone else (see phrases.ts
 * and triage.ts). Every word here is ours.
 */
export const PHRASES: Concepts = {
  // Signs on their own, by what they tell the practitioner.
  // Thoughts of ending one's life, active or passive ("maybe I should just end it", "going ahead and ending it";
  // not "end it with him"), and what tells of them.
  endLife: `
if i crashed the car ~~8 {solve al my problems,be easier for everyone}
dead @kin ~~12 {tell{ing,s},calling} me to {come,join}
le {he dado,di,deje} ~4 {las llaves,el perro,la perra,el gato} ~~10 no voy a volver !{hasta,en,antes,a casa}
@id rather it {just,} ended sooner
{@wont,dont want to} wait {,around} for the end !{of} ~~10 {@pills,rope,gun,plan,got the}
{book{ed,ing}} a {hotel room,hotel,room} ~~20 {bringing,taking,got,packed} everything i need !{to,for}
@dont have to worry about me {after tonight,after today,ever again}
{put{,ting},set{,ting},keeping,kept} {my,} @medicines aside ~~10 {instead of taking,know how much,would be enough}
{rehears{e,ed,ing},going over,running through} how {@id,@ill} do it ~~12 {the note,a note,the place,the time,the day,the rope,the pills}
{me sente,me tumbe,me acoste,estuve sentado,estuve sentada,estuve tumbado,estuve tumbada} en {la via del tren,las vias}
{working out,figuring out,checking,looking for,finding} {where,which part} the {current{,s},undertow,rip} {is,are} {strong{,est},worst,deadliest}
{@wrote,writing} my last {post,message,letter,email} !{for,on,about,in,of,to,before} ~~10 {schedule{,d},set it to send,timed it}
{one,a,one quick,a quick} {turn,yank,flick,jerk} of the wheel ~~10 {all be over,it would be over,end it all,be over,be gone}
{writing,typing,texting,sending} this {from,on} @a ~4 {roof,rooftop,bridge,ledge,cliff{,s},tracks} !{terrace,garden,bar,deck,pool,of}
@vehicle ~~12 i {wouldnt,wont} {swerve,brake,get out of the way,jump out of the way}
{cancer,biopsy,tumo{r,ur},scan,results,diagnosis,comes back} ~~12 @wont fight it ~~6 {speed,hurry,help} it {up,along}
{im,im standing,im sitting} {on,at} the {bridge,roof,ledge,edge,cliff{,s},tracks,railway,rooftop} {,right now} |
@dontcant see {a,any} future !{@prep,for {@my,this}} ~~24 {go through with it,do it {this week,@tonight}} !{and}
all i {,can} think about {,lately,these days,now} is {@death,being dead,killing myself,ending it} !{metal,of,in,on}
{tonights,tonight is} the last night {im,ill be} {doing this,here,alive}
{chemist{,s},pharmac{ies,y}} ~~15 {bought,got} {@few,several} {boxes,pack{ets,s}}
{arranged,sorted,affairs,letter{,s},my will,the will,goodbyes} ~~20 {just have,only have,just need,only need} to {choose,pick,set,decide} the {day,date} !{for,of,to,we,when,that,and}
{online friend,someone online,a stranger online,a guy online,a girl online} ~~12 {do,end} it together {on,this,tonight,tomorrow,next}
{taking,took} @their old @pills !{to,back,in}
{@thinkabout,tempted to,urge to} {taking,swallowing} the whole {months,weeks} supply
@which {tree,bridge,pillar,lorry,truck} ~6 {id aim for,i would aim for,id drive into,to drive into}
left the door unlocked so {they,@someone,the police} can {get in,find me}
for whoever finds me !{@a,an,some,@prep}
swallowed {half,most,all} of @my {packet,box,bottle,@pills}
{if i,@thinkabout,tempted to,urge to,want to,picture} ~2 {step{,ped,ping},walk{,ed,ing}} out in front of {@a {bus,lorry,truck,train,car},it}
{@workedout,calculated,googled,looked up,know,found} the {dose,amount} ~4 {would stop,stops,to stop,that stops} @my heart
{@sit,lay,lying,laid,lie,stood,standing} {,down} {on,across,between} the {train tracks,railway tracks,tracks,railway line,rails} !{committee,board,project,team,panel,{of,in} {@my,a}}
make sure i {@dont,never} wake up !{{@prep,before,early,during,tired,every,so,too,again,feeling,groggy,late,on,when,@until}}
how {long,quickly,fast} ~4 {@poison,anti freeze,rat poison,weedkiller,drain cleaner,poison} ~3 {to work,to kill,takes,would take,would work,will work,kicks in} !{on,off,out}
{locked,hid{,den},put} {the,@our,his} {gun{,s},rifle,shotgun,pills,meds,knives} away ~~12 i know where {the key is,he keeps the key,she keeps the key,they are,he hid them,she hid them}
know exactly @which {@pills,drugs} and how {much,many}
no pienso ir ~~10 {lo,ya lo} tengo todo {arreglado,preparado,decidido}
{imagin{e,ing},picture,thought about} {let{,ting}} go of the {rail{,ing},barrier}
not going to do anything @today ~~8 cant promise
{hurt,hit,shook,shaken} my {baby,toddler,newborn,@child,child,kid,little one} when
no {podria,puedo,se si puedo} {mantenerme,estar} a salvo
{platform,tra{cks,in,ins},bridge,roof,cliff} ~~12 {working up the nerve,work up the nerve,building up the courage}
{cliff{,s},bridge,the sea,the woods,the lake,the river,the tracks} ~~10 {not planning on,not,wont be,dont plan on} coming back !{@until,for,before,after}
{died by suicide,killed @themselves,took @their own life} ~~20 {go,going,end up,ending up} the same way
{i have,got,theres,there is,i keep} @a rope in my {rucksack,bag,car,backpack,boot,pocket,room} !{{for,to,because,since,as,and the harness}}
{@take,sleep with,slept with,keep,kept} a @blade {to bed,in bed,under my pillow,by my bed}
{@drive,going,go} off the {pier,cliff,edge,bridge,quay,harbour wall}
{get{,ting},buy{,ing}} a gun without a {licen{ce,se},permit}
stop feeling {anything,everything} {|,} @forever
@fantasise about jumping !{{ship,in,at,on,into,the gun,through,for,back,out of,to}}
@fantasise about {dying,killing myself,ending it,being dead,not waking up,hanging myself}
{jump{,ed,ing}} {off,from} the top of {@my,a} ~2 {building,tower,block,car park,multi storey,bridge,cliff,hotel}
{lie,lay{,ing},lying} down in the {snow,cold,road,river,sea,water} and {not get up,never get up,not wake up,not come back}
{wish,@hoping} i {had,get,got,would get} {cancer,a terminal illness,an illness,something terminal} ~~6 {be over,die,would end}
{@gun,service weapon,plastic bag} ~~12 {thinking about using it,think about using it,thought about using it,thinking of using it,think about it more than} !{@when,to,in,as}
{@ill,i might,im about to} do something stupid {@tonight,today,soon}
{@got,packed} ~6 {everything,all} i need to do it !{{properly,right,well,myself,on time,today,this week,at work},| {a,an,some,savings,money,time,skills,the skills,the money,a plan,my plan}}
the only way to {make,stop,end} ~6 is {to die,@death,to end it,suicide,to kill myself}
{ive got,i have,i got,i now have,i already have} the means {|,and} ~6 {using them,use them,using it,use it} !{{to,for,on,in,at,wisely,well,better}}
{step{,ped},walk{,ed},ran,run} {out,} in front of @a @vehicle {on purpose,deliberately}
@scared of what {@ill,i might,i could} do {to myself,{@tonight,today} {on my own,alone,by myself},|}
rope in @my {car,boot,trunk,bag,van,rucksack,backpack} ~~10 {woods,forest,tree{,s},garage,loft,bridge,beam}
{looking at,look at,looked at,staring at,stare at,see} the {kni{fe,ves},@pills,rope} ~4 differently
{want{,ing},wish} everything to {go black,go dark,stop} {and stay that way,@forever}
{go,fade to,turn} black and stay that way
{stood,stand{,ing},got,got up,climbed} on @a {chair,stool} with {a,@my} {cord,rope,belt,scarf,cable,noose,nose,tie}
{,i} only stopped because {the dog,my dog,some{body,one},i heard,the doorbell,my flatmate,my son,my daughter,my partner} ~6 {last night,cord,rope,@pills,edge,knife,blade,jump,barked,came home,called,knocked,walked in}
{im,i might be,i could be} a danger to {myself,others,@myfamily}
{ready,going,want,decided} to stop fighting !{{@my,with,over,about,for,against,back,each,fires,everyone,@someone,@them}}
{thoughts,voice{,s},brain,head,mind} {tell{,s,ing},told,keep telling,keeps telling} me to {end it,kill myself,die,jump,hurt myself,end my life,do it} !{{all,myself,alone,by myself,anyway,now,properly,right,perfectly,better,faster,again,later}}
{i,} attempted {last year,last month,last week,before,twice,once,a few years ago,years ago,when i was,in my teens,as a teenager,two years ago,three years ago} !{to,and {passed,failed,finished,completed,won,lost}}
{walk{,ed},wade{,d},swam,swim} {into,out into} the {@water,ocean} {fully clothed,with my clothes on,and kept going,and kept walking}
{still,} not glad {@they,some{body,one}} {did,saved me,pulled me out,found me,stopped me}
{plan{,ing,ned,ning},imagin{e,ing}} {my,your} own {death,suicide} {in detail,step by step,carefully}
{ive got,i have,i got,bought} @a rope ~~6 {courage,nerve,guts,brave enough,the right moment,time}
{decide{,d},know} {that,} {@tonight,today,tomorrow,friday,saturday,sunday} {is,will be} @my last {@day,time}
{letter{,s},note{,s},video,message} ~~12 {after,when,once,for when} {im,ive} gone !{on,for,to,away,abroad,travel{ing,ling},from,out,off,over}
{found,hid{,den,e},keep,kept,made,tied,tying,make} {@my,a} nose !{job,ring,stud,piercing,spray,drops,strip{,s},hair{,s},bleed}
{dont,didnt,no longer} deserve to {live,be alive,be here,exist,breathe}
{@think,dream{,ing}} about {just,} not {swim{,ming},coming,walking} back
{except,apart from,other than,but,only} {@my,} life insurance {pay{ing,out},pay out}
{want{,ing},wish,trying} to {fade away,wither away,fade out} !{{from,of} {@my,social,this,public}}
{a plan and the means,the plan and the means,a plan and means,the means and a plan,the means and the plan} !{to,for}
{sucid{al,e},sui{cde,cid,side},kms,kys,unaliv{e,ing},sewerslide,ctb,death wish}
{end{,ing}} it all
{pray{,ed,ing},ask{ed,ing},begg{ed,ing}} {for god,god,him} to take me
{not planning,dont plan,dont intend,not intending,no plans} to check out !{@a,of,early,late,on,at,before,until,til,when,this,that,any}
@until {im gone,i {disappear,waste away,fade away,die}} !{from,for,into,on,off,of,in,at}
{giv{e,ing}} up and {die,end it,go to sleep forever}
{giv{e,ing}} up and jump !@jumpnot
@its time {for me,} to {just,} {die,end it,go for good,check out}
@its time for me to go {|}
im not going to make it {|,through {the night,tonight,this week,the weekend}}
@nobody {cares,would care,will care} if {im alive,i {live,die,live or die,was dead,disappear{,ed},vanished,was gone}} !{@prep,on,near,there,here,abroad,alone,for,from,by}
{goodbye,bye,farewell} {|,} {@everybody,world,cruel world,all of you} {|} !{that,it,thank{,s},this,its,see you,from,i will miss}
{@today,tomorrow} is my last @day {|,on earth,alive,here}
@its time {for me,} to {just,} {give up and,} jump !@jumpnot
{put,left,leaving,packed,sorted} ~6 {vet records,vet details,vets number,vet papers,feeding instructions,pet insurance} ~~8 {for,with} my {@sibling,mum,mom,dad,neighbo{r,ur},landlord,friend,@child,partner} !{while,when,for the,during,@until,as,because,before,in case}
{@tonight,today,tomorrow} {feels like,is,seems like} the {right,perfect} {@day,time} !{to,for}
{sleep,fall asleep} and not {deal with,face,feel,think about,have to deal with,have to face} ~4 {ever again,forever}
{sleep,fall asleep} and not have to {do,deal with,face,feel} {any of this,any of it,this,it,it all,life} {@anymore,again,ever again}
{stash,stockpile,hoard,supply,collection} of {my old,my mums,my moms,my dads,my grandmas,my grandads,my nans,my partners,my husbands,my wifes,someone elses,@his,old} {morphine,@medsall,antidepressants,oxycodone,insulin,patches,fentanyl}
{@household,@child} would ~2 be better {off,} with {a different,another,a better} {@parent,mum,parent}
{pain,hurting,suffering} will {stop,end,be over} soon ~~6 {made my mind up,decided,made the decision,my mind is made up}
havent {eaten or drunk,eaten or drank,eaten or had a drink,had anything to eat or drink} ~2 {in,for} ~2 {days,weeks} ~~6 {dont intend to,@wont,on purpose,dont plan to}
{left,leaving,@wrote,writen} {instructions,my wishes,wishes,details} for my funeral !{in my will,with my solicitor,with my lawyer,as part of}
{everythings,everything is,all} {sorted,ready,arranged,in place,done} ~~10 waiting {for,until} {the house,the flat,everyone,the kids,@myspouse} {to be empty,is empty,to leave,to go out,to go away,are out,is out,to be out} !{so,to,for,before,and then i can}
{saving,saving up,stockpiling,hoarding,collecting,stashing,hiding} {my,up my,up,all my} @medicines !{for {@a,@our} {trip,holiday,travel{,s},journey,flight},from @my {@kids,toddler,baby,dog},from,at,on @my way,today,this morning}
no {way out,escape,other way,option,solution} ~~6 {except,other than,|,apart from} {ending it,end it,ending it all,@death,to die,killing myself} !{early,now,with,on,by,and}
{if,whether,how much,does} {drowning,hanging,bleeding out,overdosing,an overdose,jumping,falling} {hurt{,s},is painful,is quick,takes long,feels}
hope @a {@vehicle,driver} {doesnt,wont,wouldnt} stop
{life,living,the world} ~~8 {ready to leave,ready to go,want to leave,ready to check out,ready to be done} {|,now,@forever}
{my own,imagining my,imagine my,imagined my,picturing my,picture my,pictured my,planning my,plan my,{imagin{e,ed,ing},pictur{e,ed,ing}} my family at my} funeral
{@lookafter,care for,raise,have} ~4 if {anything,something} {happens,should happen,were to happen} to me {@tonight,tomorrow,this week,soon,on @weekday}
{almost,nearly} {did,went through with,ended} it
disappear @forever
{check{,ed,ing}} out {for good,permanently}
{close,near} to {end{,ing}} {everything,it,my life}
{@hoping,wish,pray} my {heart,liver,body,kidneys} {,just} {gives up,stops,gives out,fails,packs in}
{@hoping,wish} the {plane,train,bus,car} {crash{,es},goes down,comes off the road} !{into,through,a bit}
{@drinking,drank,starv{e,ing}} myself to death
{mak{e,ing}} {@itall,it} go quiet @forever
{@hoping,hopes,pray} the {chemo,treatment,cancer} {doesnt work,fails,comes back,wins}
{scared,afraid} of {myself,what i might do} tonight
{dont think,shouldnt} {i should,} be alone tonight
only {,still} {here,alive} {because of,for} {my,@them}
the only {reason,thing} im still @here is
cant promise {@ill,i can} {be,keep myself,stay} safe
cant promise @ill {still,} be @here !{for,at,in,on time}
{wrote down,written down,planned,cho{osing,sen},picked,picked out} what i want {,played,sung,read} {at,for} my funeral
{neck{,ing},offing} @self
{go,die,end it} {,now} while i {can,still can} {choose,decide}
{im,ill be,i will be} ending it !{with,at,for,off,on,and}
only {reason,thing} {i havent,ive not} {done,gone through with,ended} it
{full of,thinking of,think about} ways to do it
{made,making,chosen,picked} a {playlist,song{,s},music} for my funeral
{playlist,song{,s},letter{,s},note} for when {i go,im gone,i die} !{running,out,to,on,for,away,back,abroad,travel{ing,ling},into,jogging,swimming,cycling}
@thinkabout how {@id,@ill} do it !{differently,better,if,@prep,without,right,properly,again,faster,myself,on,for,this,that,now}
{god,jesus,the voice,a voice,the voices} {told,tells,is telling} me ~~8 {join him,join them,come home,its time to die,tonight is the night}
!{budget,price,pay,tax,job,staff,cost,spending,hair} {cut{s,ting}} ~~8 something more permanent
{god,jesus,the voice,a voice,the voices} {told,tell{ing,s},is telling,keep telling,keeps telling} me {to jump,to die,to kill myself,to end it,to hurt myself,i have to die,i need to die}
{beers,drinks,wine,vodka,pints} ~~12 {sitting,sat} in the car ~~20 {everyone,they,my family} @would be fine
{level,railway} crossing ~~20 {one day,next time} i @dont stop
{skip{,ing},stop{,ed}} {,my,going to} dialysis ~~12 {be over,die,end it,the end}
@sit on @my {windowsill,window sill,window ledge} ~~12 {floor,storey} ~~8 {legs,feet} {out{,side},over,dangling}
{posted,wrote,texted,sent,put up,messaged} {,saying,that} {this is,this was,its} my last {post,message,text} !{of,for,before,@until,in,as}
{letter{,s},note{,s}} i @wrote {to,for} @my {@household,@spouse} ~~12 {meant {@it,every word},was serious,wasnt joking}
{decided,know} {@tonight,today} is the @day !{i,we,for,to,@prep,of,that}
@a {spot,place} ~6 where {i want,i plan,im going} {it to happen,to do it,to die}
{dream{,s},dreaming} ~4 {finally,actually} {go,went,going} through with it
{decided,know} {it will,itl,this wil,this will} be my last {one,birthday,christmas,anniversary}
{end{,ed,ing},@take,tak} {my,mine,my own} {,own} life
wish {i,id} {was,were,had been,could be} {dead,never born,gone}
wish {i,id} {,had} never {been born,existed,woke up}
wish{,ed,ing} {,that} {i,id} {wasnt,werent,hadnt been,never was} {born,@here,existing}
{@hoping,wish{,ing},pray{,ing}} {,that} i {,would,wil,could,just,get to} die
should {,just} {die,be dead,kill myself}
{car,engine} ~4 {closed,shut} garage
garage ~~10 {dizzy,how long it takes,the fumes}
{made,had} an attempt {before,last year,in the past,years ago,once} ~~8 {feel the same,same way,again,those thoughts are back,its back}
{bought,@got,purchased} a {@gun,firearm} ~~8 {dont hunt,never shot,no reason,dont know how to use it,for myself}
{dont,not} {plan on,planning on,plan to,intend to,expecting to,expect to} {being,be} @here {|,anymore,much longer,after}
why am i {even,still,} {alive,living,breathing} !{@prep,on,after,when,working}
{whats,what is} the point of me {,even} {|,@being}
{whats the,what is the,no} point {in,of} {carrying on,going on,@existing} !@prep
nothing {is,s} worth {going on,living,staying,carrying on} for !{@prep,this,that,my,here}
@dontcant {,really} see why i should {keep going,carry on,go on,keep living,stay} !{@prep,on,late}
dont want to be part of {it,this,life,the world} anymore
{lying,lie} if i said i {havent,dont,didnt,never} ~4 {end{,ing},kill*,suicide,dying,die}
rope ~~8 which {tree,beam,branch}
@wrote the {letter{,s},note{,s}} ~~8 {picked,chosen,set} the {day,date}
@dontcant see myself {getting,growing} old !{@prep,doing,working,here}
no me veo llegando a {viej{a,o},los}
use {it,the gun} on {us,me,her,@mymum}
{wait{,ing}} for the @kids to ~8 {out for good,gone for good,end it}
{end{,ing}} {things,it all} {quietly,for good,properly} !{with}
{deja{ra,se}} de existir
imagino que me dejo caer
se exactamente {donde,como,cuando} lo haria !{si,con,para,en mi,en el,en la}
{cuanto,lo que} {tarda{,ria}} en {caer,llegar al suelo} !{el,la,los,las}
{dejarme,me dejare} caer !{por}
not sure i want to be @here {much longer,anymore,|} !@prep
no estoy segur{a,o} de querer seguir {aqui,viv{a,iendo,o}}
{seria,es} un alivio no {existir,despertar}
a quien le dejo {mis cosas,mis pertenencias,cada cosa}
esta noche es la noche !{de,para,del}
{cant wait,looking forward} to {die,dying,being dead,be dead}
{after,when} im gone ~~4 {wont be long,not be long,soon}
{@today,finally,going to} ~4 let go of the {railing{,s},rail,ledge}
{stopped,no point} making plans {past,beyond,after} {next,this} !{quarter,year,season,term}
had enough of {@itall,life,living,being alive} !{at,in,about,to do with}
done with it all !{at,in,about,to do with}
{going to,want to,ready to,will,ill} {,finally} be done with {all of this,all this,everything} @forever
{driv{e,ing},motorway,road,car} ~~10 {let{,ting}} go of the {wheel,steering wheel}
{querer,ganas de,deseo de,desear} @morirme
{pensamientos,idea{cion,s}} {suicidas,de suicidio,de matarme,de quitarme la vida}
{me siento,estoy,soy} suicida
{me voy a suicidar,me quiero suicidar,quiero suicidarme,voy a suicidarme,me suicido,me suicidare,me suicidaria}
{me voy a matar,voy a matarme,me mato,me matare} !{de,a,trabajando,estudiando,en el,en la,corriendo,entrenando,por,con}
{hat{e,ing},cant stand,despise} being alive
might as well {die,be dead,kill myself,end it}
no {,le} {veo,encuentro,tiene,tengo} {,ningun} sentido {,a,de,en} {la vida,vivir,seguir,estar aqui}
no {,le} {veo,encuentro,tiene,tengo} {,ningun} sentido {,a,de,en} {levantarme,despertar{,me}} !{a,al,temprano,tan,para,antes,los,el,en,cuando}
{deserve{,d},should,ought,need{,s},better} to {die,be dead,not exist}
{tried,try{,ing},going,want{,ed}} {,to} od
want{,ed} {everything,it,my life,life} {,all} to {end,be over,stop}
{how,way{,s},whe{n,re},time} to end {@things,it}
end {@my,all my} suffering
{only,no other} way out
no way out {but,except,other than,besides}
except {@death,to die}
{rather,prefer to} {be dead !{tired,on my feet,to the world},die !{than {go to another,giv{e,ing},do another,sit through,present,speak,attend,wear,eat,listen to,cold call,make small talk,write,work another,work for,network}},not exist,not be alive}
feel{,ing} like {dying,i want to die,ending it}
wont be @here {,much} {longer,for long}
cant live like this
{no,what is the,whats the,dont see the,cant see the,dont see any,cant see any} point {,in,of} {,me} waking up !{early,before,at {4*,5*,6*,7*,dawn}}
{dont,no longer} care {if,whether} i {live,die,wake up,make it} !{at,early,before,on time,to {train,run,work,study,write}}
@dontcant {see,picture,imagine} myself {,still} {,being} @here
@think {,a lot,so much,constantly} about {dying,being dead,my death,my own death} !{my,@their,the{,m},it,clothes,fabric,wool,eggs}
{run{,ning},ran} out of reasons
out of reasons to {live,keep going,go on,stay}
dont think {ill,i wil,i ll} be @here
last {attempt,try,chance} {at,to} {ask,asking,reach{,ing},get help,getting help}
asleep forever
{sleep,rest} for ever
death is the only {thing,escape,solution,relief}
{no,zero,lost {@my,al},lack of,undesire to,without the} {desire,wil,wish} to live
undesire to live
{cant,not sure {i,if i} can,dont think i can,unable to,struggling to} {keep,stay} {,myself} safe
if i {,just} stop{,ped} {being around,@being}
{@wont,wont ever} be {a problem,a burden,an isue,a bother,around,here} {for,to} {any{body,one},you,them,everyone} {much,for much,any} longer
@wont be {a problem,a burden,around,here} {much,for much} longer
no {fight,strength,will} left ~~8 im {done,finished} {,with {all of it,@itall,life,living}} !{@prep,for}
{,i} {,just} {want,need} out !{of,from,there,here,by,before,within,into,| {ideally,preferably,maybe,hopefully} into,in {@a,two,three,six,a few} ~1,this year,next year,soon,asap,| {,and,but,so} {,i} {want,would like,plan,need,hope} to {be,start,build,run,go,find,move,get,set,launch,open,work,do},| help me}
done with {life,@existing,my life,this life,this world} !{of}
{want,wish{,ed,ing},longing} {,to,i could} {disappear,vanish} !{from,of,for a,into,in the,at}
{if,when,once} {im dead,i {was,were,m} {dead,gone}}
{better,happier,@ok,good,easier,lighter} {,off} without me !{@when,while}
should {,just} end it {,all} !{with,at,for,of,off,on,and,now,there,here,early,@today}
{go,going,goes,went} ahead and end{,ed,ing} it !{with,at,for,of,off,on,and}
said {,my} goodbye{,s} to {the people,@everybody,my} !{{,old,former} {car{,eer},job,@team,colleagues,@home,home,office,city,boss,manager,school},old life in,twenties}
saying {,my} goodbye{,s} to {people,@everybody,friends} !{at,before,as,from}
{ill,i wil,im going to} be {gone,dead} !{for,on,from,til,until,al,a few,the,this,next,in,to,by,over,at,during,most}
{wish{,ed,ing},@hoping,pray{,ing}} ~6 {acident,car crash,plane crash,{get,got} hit by {@a,an,something},get sick and die,get ill and die,die in my sleep,just die,not exist}
{@think,consider{ed,ing},plan{,ning},ready,decided} ~4 {end{,ing}} {@itall,it,things} !{with,at,for,off,on,and {mov*,start*,go,going,get*,find*,look*,focus*,try*,build*,sell*,leav*,quit*,begin*,travel*},and i {want,would like} to,up}
{wak{e,ing},woke} up ~7 wish {i,id} {hadnt,didnt,wouldnt,never}
if {a {bus,car,truck,train},something,someone,lightning} ~3 {hit{,s},kil{led,s}} me ~~10 {wouldnt,@dont} {,even} {mind,care}
{wouldnt,dont} {,even} {mind,care} if {i,@a} ~7 {died,dead,hit me,killed me,didnt wake up,never woke up}
@hope ~4 {@dont,wouldnt,not,never} make it {through,to}
want out of {life,this life,this world,existence}
life ~~8 want out
cant do {this,it} @anymore ~~8 {im done,ive decided,i have decided}
if i {wasnt,werent} in the picture
{beter,hapier,easier} {life,lives} ~10 if i {wasnt,werent,was gone,didnt exist}
gets beter ~~10 giv{e,en,ing} myself {until,til,one more,a week,a month,a deadline}
@hope ~4 {cancer,ilnes,disease,tumo{,u}r,virus,seizure} ~3 {comes back,returns,spreads,wins,gets me,takes me,kils me}
su{i,}{c,s}{i,}d{al,ality,ial,ed,ing,io,arme,arse,er} !{active duty,veteran,veterans,soldier,soldiers,people,person,persons,patient,patients,teen,teens,kids,students,friend,friends,client,clients,member,members,individual,individuals,ones,thought{,s} in {@someone,others}}
su{i,}{c,s}{i,}d{le,l,el,aly}
{suicide{al,watch,y},sucideal}
!{commit{,s,ted,ting},died by,died of,death by,lost to,lost {@them,@our {@sibling,@parent,@spouse,@child,mum,friend,best friend,cousin,uncle,aunt}} to,family to,friends to,friend to,risk of,rates of,rate of,cause of,prevention of,political,talking about,talk about,discussing,reading about,slides about,interfere with a,to a,battles to,it was,was it,ruled a,ruled it,army,military,veteran{,s},soldier{,s},teen,youth,@kins,fathers,mothers,@spouses,uncles,cousins,@their} suicide{,s} !{prevention*,awareness*,rate*,statistic*,hotline*,risk*,epidemic*,among*,in the,squad*,mission*,bomb*,attack*,door*,in {@someone,others,a person,anyone},is {a,never,wrong,selfish,cowardly},isnt,were up,was up,number*}
{i,id,im,ive} ~1 {want to,wanted to,want to go,wanted to go,going to,able to,about to,trying to,tried to,try to,close to,ready to,@might,almost,nearly,plan to,planned to,planning to,thinking of,thought of,@thinkabout,attempted to,attempt to,decided to,should,not to,feel like i could,wish i could} commit{,ted,ting} suicide
{make{,s},made} me {,want to} commit{,ting} suicide
{kill{,ed,ing,s}} @self !{{,trying} to {get,keep,make,finish,meet,hit,please,impress,prove,be perfect},trying to be,{with,over,at,on} {,the{,se},this,my,all,those,extra,long,late,all the} {overtime,work,hours,project{,s},deadline{,s},job,studies,studying,revision,training,workout{,s},gym,shift{,s},admin,email{,s}}}
{kill{ingmyself,myself}}
@intent {,to} end {@things,it} !{with,at,for,off,on,and,properly with,amicably}
@intent {,to,i} {die !{of {shock*,embarrassment*,laughter*,boredom*,curiosity*,envy*},for {a*,the*,it*,this*,that*}},be dead,cease to exist,disappear forever,be gone forever}
@intent {to,i} not {exist,be alive,be here}
@intent {,to,i} stop existing !{on autopilot,in survival mode,like this at work,as a,just for}
!{who,who have,who has,who had,who have had,who has had,who had had,those with,people with} thought{,s} {of,about} {@death,suicide,not being here,ending it,ending my life} !{in {@someone,others,a person,anyone,soldiers,teens,kids,young}}
{plan{,ned,ning,s},method{,s},way{,s}} {to,of,for} {kill*,end{,ing},die,hang*,overdos*,take my}
{attempted,tried to,try to,attempt to,attempts at,attempt at} {suicid*,kill @self,kill me,end my,take my,overdos*}
{tried,attempted} to jump !{{@a,ship,in,into,on,at,start,rope,higher,over the fence,back,out of,up,through,ahead}}
{drink,drank,starv{e,ing}} @self to death
what {im going to,i @might} do to @self
do something {stupid,drastic} to @self
{research{,ed},@lookedup,look up,searching} {how,ways,methods,the best way} {,to} {die,kill*,end{,ing},overdos*,hang*}
{@think,@fantasise,dream{,ing}} about not {@being,waking up}
{pain,everything,it,this,suffering} to {stop,end} {,|} @forever
{want,going,thinking about,thought about,thoughts of,urge,need} {,to} off @self !{@a,for,and,of,from,to}
let go for good
{ready,time,want,going} to let go {|,forever,now,tonight}
{jumping,@death,ending it,killing myself,suicide} {is,seems,feels like} the only {way,option,answer}
{dont,not} {plan on,planning on,plan to,intend to,expect to} {being,be} alive
{@everybody,people,@myfamily} ~4 to {say sorry,apologi{se,ze},say goodbye} before i go !{@prep,to,travel*,abroad,away,on,back,home,out,into,for,off,and,so}
{@dont,not} {get,be} found {in time,too soon,until its too late} !{by}
@drive with my eyes {shut,closed} for as long as i can
{picture{,s},image{,s}} of myself {dead,hanging !{out,around,on,off,up,with}}
{had,made} a plan to do it {last,on,this,that,yesterday,tonight} ~~12 couldnt
counting down {until,till,to} ~6 end it !{@prep,and}
{using,use,turn{,ing}} my {weapon,gun,rifle,pistol} on myself
{end{,ing}} both {our,of our} {suffering,lives}
sorry ~4 {note,letter} ~~14 {to find in the morning,to find when,find it after,find it when,find it in the morning}
{@chose,picked out,planned} what i want {played,sung,read} at the funeral | mine
{deserve,want{,ing},going} to {waste away,wither away,starve to death}
{imagin{e,ed,ing},pictur{e,ed,ing}} my {own,} {body,corpse} {at the bottom of,on the,under,in the,floating}`,
  notLive: `
{pray{,ing},hop{e,ing}} {,that} i {@dont,never} have to {do,face,live} {another day,tomorrow} !{@prep,of}
reasons to {stay,live} !{@prep,on} ~~12 reasons to {go,die} !{to,for,back,into,abroad}
{wait{,ing}} for my body to {catch up,give up,stop} !{with,after,healing,recovering}
{dont think,doubt} @ill {,still} be {around,alive} {by the time,when} {{this,my} {form,message} {gets,is} read,{you,someone,anyone} read{,s} {this,it}}
{not,isnt} worth living
{not planning,dont plan,not going} to wake up {on ~1,tomorrow,again,in the morning} {|,i have,ive}
reasons to {stay alive,live,keep going} ~~8 {down to one,down to {nothing,none,zero},only one left,{none,nothing} left}
{theres,there is} no future for me !{@prep,here,as,if,unless}
{stopped caring,dont care,no longer care} {if,whether} i wake up {|,or not,@anymore,tomorrow,in the morning}
{disappointed,upset,annoyed,angry,sad,gutted} {that im,im,to be,to find im} still {alive,breathing}
lived long enough !{to,@prep,here,there,abroad}
if {i fail,i dont get,i lose,i dont pass,she leaves,he leaves} ~~8 {im,ill be,i will be} done with {@itall,life,living} |
make sure {this is,this will be,it is} my last {christmas,birthday,summer,year} !{@prep,as,working,of,before}
im going to jump {@tonight,today,tomorrow,later} !{@prep,into,on,for,off the diving}
ending things with {everyone and everything,every{one,thing}} !{at work,in my {old,last} job}
{think,want,going,plan,decide{,d}} to {finish,stop} my life
nothing {,left} to live for
{giv{e,en,ing}} up on {life,living}
cant go on {living,@anymore,any longer,like this}
sleep forever
{no,dont have a,dont have any,not a single} reason {,left} {,for me} to {keep,stay} {trying,going,living,fighting,alive}
{no,dont have a,dont have any} reason left to {live,try,go on}
{decided,made up my mind} {im,that im} not going to be {here,around} for @occasion !{| {were,we,ill,im going,well}}
@wont be @here for {another one,the next one,another year,next year,next christmas,my next birthday}
{@doubt,dont know if} @ill {still be,be} @here {next week,next month,tomorrow,by then,much longer,at christmas,by christmas,by next year,by the summer,by summer}
@thinkabout {jumping,stepping,throwing myself} in front of the {tube,train{,s},bus,buses,lorry,lorries,truck{,s},cars,traffic}
{dont plan on being,not planning on being,dont intend on being,dont expect to be} @here {for,at,by} {my next birthday,next year,much longer,long,another year}
@dontcant see myself {making it to,being here at,being alive at,alive at,here at} {@occasion,the summer,next year,the end of the year,spring} !@unless
wish {i,id} {,just} {hadnt,didnt,never} {woke{,n},wake} up
@wont make it through {this,the} {winter,year,month,week,night}
reasons to {stay,live,keep going} ~~8 {getting shorter,running out,couldnt think of one,cant think of one}
@doubt @ill make it to {25,30,40,christmas,my birthday,next year,the summer,the weekend,spring,summer,the end of the year} !{party,market,dinner,do,lunch,meeting,match,game,without}
{manage,bring myself} to want to {be alive,live}
{should have,shouldve,should of} died !{of,laughing,from embarrassment}
{still,} welcom{e,ing} death
{tired,sick,exhausted} of waking up
{no,dont have a,dont have any} reason to {wake,get} up
{dont plan,not planning,dont expect} to be @here {for,by,at}
{stopped caring,dont care} {whether,if} i live or die
just not be here @anymore
if i disappeared @nobody would {notice,care,miss me}
@death doesnt scare me @anymore
im not {scared,afraid,frightened} of @death @anymore
{almost,so,quite,really} peaceful to think about {it,@death,not being here}
{ive,i have,i} made {my,} peace with {@itall,it,that} and im {tired,so tired,exhausted,done,ready} !{of,with,to,for}
{whats,what is} the point {when,if,since,as} {i wont,im not going to,i not going to} be {here,around} !{long,for long,in,at,on,after,past}
cant do life {@anymore,no more}
{didnt,dont} care if i {woke up,wake up,never woke up,live or die,lived or died} !{at,earl{ier,y},late,before,for,in time,on time,to}
{rather,prefer} i {was,were} dead ~~8 {agree,starting to agree,hes right,shes right,theyre right,maybe hes right,maybe shes right}
{@hoping,wish{,ing},pray{,ing}} {i,that i} {get,got} {cancer,a terminal illness} !{checked,tested,screened}
hope {one,a car,a bus,a truck,a lorry,a train} {hits,will hit} me !{with}
{@drive,rid{e,ing}} ~8 @hoping {@ill,@id} {lose control,crash,spin out,come off,hit something,hit a tree,hit a wall}
{@drive,rid{e,ing}} ~6 @hoping {i wont,i wouldnt,ill not,id not} make it
@felt {calm{,er},at peace,peaceful,relieved} since {i decided,deciding,i made up my mind} !{to,on} ~~8 {know what,its time,im ready,nothing left}
{only thing,only reason,one thing} stopping me {is,are} my {dog,cat,pets,@household,@kin,partner,faith}
{lie,lay} down and {not get,never get,not wake,never wake} up !{for,@until,after,on,in the morning}
{log off,logging off,sign off,signing off,clock out} {@forever,for ever} !{from,of,social media,instagram,facebook,twitter,tiktok,work}
become a star {in the sky,up there,in heaven}
{want,wish} everything {to,would} go {black,dark} {and stay,@forever}
@id rather not be @here {for it,to see it,when it happens}
@hoping {,one night,one day} {i,ill} {,just} @dont wake
{rather have,prefer} a dead {@child,child} ~~12 {get their wish,give them what they want,agree with them}
{want,wish} {the noise,the voices,the thoughts,@itall,the pain} {,in my head} to stop @forever
{ready,want,going} to rest @forever
@dontcant see myself {getting,making it} through {{this,the} {winter,year,month,week,night},@occasion |} !@unless
@dontcant see a future {where,in which} im {still,} @here !{@prep,doing,working,with,as}
{@drive,speeding,rid{e,ing}} ~2 {faster,too fast,recklessly,without a seatbelt,with my eyes closed} ~6 hoping {something happens !{@prep,for,on,to},something will happen !{@prep,for,on,to},i crash,i dont make it,for an accident,i have an accident,something hits me}
my last {@day,week{,end},month} {anywhere,on earth,on this earth,alive,on this planet} !{as,before,in,of,for}
{thats,that is,that will be} it for me !{@prep,and,on,as} ~~3 no more {trying,fighting,pretending} !{to,@prep,for,on}
dont want to {be here,be alive,live,go on} without {@them,my {@kin,partner,baby}}
{be sorry,make them all sorry,make them sorry,regret it,miss me} when im dead
{,can you,could you,please,can anyone,could anyone} {recommend,find,suggest,know} {someone,a therapist,a counsellor,a counselor,support} for {@myspouse,@myfamily,my children,@mymum,my parents} {after,when,once} im gone
after {that,then} {i wont,im not going to} be {around,here} |
{any{body,one},people,who} would {come,go,turn up,show up,cry} {to,at} my funeral
{im not,i wasnt,i was never,dont think im,dont think i was} meant to be {alive,here,born} !{@prep,doing,working,for}
and {not,never} {drive,come,walk,swim} back |
@doubt {@ill,i can} make it through {@tonight,this week,the night,the weekend,christmas,another {@day,week}} !{@prep,without,at,of,working}
{seatbelt,seat belt} ~1 {off,undone,behind my back} ~~10 {@hoping,praying} {something,an accident,a crash} {@would,might} happen
if i {got,had,get,was} {a terminal {diagnosis,illness},cancer,told i was dying} ~~6 @id {be,feel} {relieved,glad,grateful,happy} !{i,id,to,that,if,we}
{ready,going,want,about} to give up @forever !{on,@prep,and}
@fantasise about my {own,} death
so easy to {just,} not come home !{early,late,on time,for,before,@until,@prep}
{dont,cant} {see,picture,imagine} myself {getting,growing,living} {older than,past,beyond} {this year,next year,christmas,my birthday,thirty,forty,fifty,30,40,50} !{@prep,here,on,doing,working,if,unless}`,
  betterOff: `
would be {lighter,better,easier} if i {stepped,jumped,went} {off,over} the {ferry,side,edge,boat,bridge} !{with,and,at,onto,to}
theyd {,all} be {happier,better off} if i {,just} {disappeared,was gone,were gone,died,wasnt here}
miss me ~~12 {they{,d},they would,they will,theyll,everyone would,everyone will} get over it !{if,when,once,after i {leave,left,move{,d},quit}}
{@household,parents,@spouse,everyone,they,people} {@would,could} {be free,finally be free,be rid} of me
better {off dead,without me,off without me}
better off ~6 without me {@here,in their lives,in the picture}
{everyone,they,people,@myfamily,the world} ~2 would {{be,sleep,feel,live} {happier,better,better off},have {an easier,a better,a happier,a nicer} {christmas,time,life,year}} if i {just,} {disappeared,was gone,were gone,vanished,died,was dead,{wasnt,werent} {@here,there,in the world,in the next room,at the table}} !{on,at,for {@a,an,some,two,three,few,awhile},in,during,when,every,all,today,tomorrow}
{me,i} {,was} {out of the picture,gone} @forever
better off ~4 me out of the picture
{easier,better} for {everyone,my family,them,the kids} if i {,just} {had an accident,died,was gone,wasnt here,disappeared,went to sleep and didnt wake up,didnt wake up,never woke up}
worth more dead {than alive,to them,to my family}
better with one less {person,one} like me
{the world,every{one,thing},my family,their lives,life} would be {,a} {quieter,calmer,easier,lighter,simpler,better,happier,nicer} {,place} without me {in it,around}
{estaria{,n}} @calmer {sin mi,si {yo,} {desapareciera,no estuviera,me muriera,no existiera}}
{happier,better off,easier} without having to {pay for,look after,deal with,worry about,support} me
{theyd,they would,everyone would,they could,he would,she would,it would} {,all} ~3 if i {wasnt,werent} @here |`,
  plan: `
{say{,ing},said} {proper,real,final} goodbyes ~~10 just in case
{until,when} @my {@household,@spouse} {are,is} {at,away,out,asleep,gone} ~~8 {final{ly,y}} do it
{whether,if} {you,it} {feel{,s},hurt{,s}} {,anything,much} when {you,i} {drown,hang,jump,die,bleed out,overdose}
{aim{,ing},steer{,ing},swerv{e,ing},driv{e,ing}} {for,into,at} {it,a tree,the tree,a wall,the wall} ~2 {full speed,top speed,flat out}
{star{e,ing},look{,ing}} at the {knife,knives,knife block,blade{,s},razor{,s}} ~~10 {wrist{,s},arm{,s},skin,cut*}
{@wrote,said} {all,} my goodbyes !{to @my {@team,colleagues,old}}
sleep in the garage with the {car,engine} {on,running}
bridge ~~12 not get back in the car
{tonights,tonight is} the night !{of,for,we,i} ~~8 {had enough !{of},dont call me,dont try to}
{drank,drunk,swallowed} {a bottle of,some,a whole bottle of} bleach
so @nobody {i love,} {has to,@would,needs to,doesnt have to} find me !{procrastinating,doing,working,in,at,out,and}
{woods,forest} ~3 {with a,and a,with the} rope !{swing{,s},course,bridge,ladder,for,and}
{@wrote,left} {notes,letters,a note,a letter} for each of my
{time{s,table{,s}}} ~~10 {fast,nonstop,non stop} {ones,trains} {that,which} @dont stop at my {station,stop}
{tie,tying} {knots,a knot,a noose} !{for,in,on} ~~10 {i know what @its for,you know what for,to use on myself}
{a rope,the rope,a noose,the noose} in the {loft,attic,garage,shed,cellar,basement} ~~10 {sit with it,look at it,go up there,every night,most nights}
@medicines {that,} interact {badly,} with {alcohol,drink} ~~10 {have both,got both,both at home}
{keep{,ing},kept} the rope in the {boot,trunk} !{for,to,in case}
so i know when the water {will be,is} {highest,deepest}
@pills in my {school bag,schoolbag,locker,pencil case} !{for {migraines,headaches,my period,cramps,my asthma,allergies,hay fever}}
{col{ected,lecting},saving,hoarding,stockpiling} {razor blades,blades,razors} !{and,for {@our,the} {shop,business,store,collection}}
a {date,day} in my {diary,calendar} ~4 @nobody {knows,else knows}
{looking at,staring at,check{ed,ing},tested} the {beam{,s},banister,loft hatch,rafters} ~~10 {know which,which one,strong enough,would hold,hold my weight}
{tak{e,ing},swallow} everything in the {medicine,bathroom} {drawer,cabinet,cupboard,box}
{a belt,the belt,a cord,a scarf,a ligature,a rope,the rope} {round,around} my neck
{@got,laid,put,lined up,tipped} {all,} @my @medicines out {on,in front of,next to}
@dontcant trust myself {with,around,near} {@it,my @medicines,the {pils,tablets,kni{fe,ves},gun}}
@take my hands off the wheel
{walked,waded,went} {into,out into} the @water ~3 {up to my,until it was {at,over} my} {chest,neck,chin,shoulders}
{fantas{ies,y},@fantasise,thoughts,thinking,dream{,ing}} {about,of} {crashing,driving,riding,steering} @my {car,bike,motor{bike,cycle},van,lorry} {into,off}
@setaside ~4 {@poison,anti freeze,poison} ~3 {aside,away}
{borrow{,ing},tak{e,ing},using,use} {it,the gun,his gun,her gun} {for,on} myself
{@tonight,tomorrow,this week,on friday,on sunday,next week} is the end !{of}
{od,oding} on
with the {car,engine} running
for when i {,finally} decide
gave away my {gun,guns,firearm{,s},pistol,rifle}
who {gets,should get,will get,can have,will have} what !{role{,s},task{,s},job,jobs,responsibility,responsibilities,project{,s},bonus{,es},shift{,s},desk{,s},office,seat{,s},room{,s},part{,s},award{,s},prize{,s},gift{,s},budget,for christmas,for their birthday}
{tengo,compre,he comprado,tengo escondida} {la,una} cuerda !{{para,de,nueva,de escalada,larga para}}
{se donde hacerlo,ya se como lo voy a hacer}
{{hose{,pipe}} and {,some,duct} tape,tape and a hose} !{to {fix,mend,repair}}
{hose{,pipe},pipe} ~3 {@my,a,car} exhaust
{so it looks,make it look,made to look} like {an accident,a car accident,a car crash,natural causes}
{could,@would,ill,id,to} {,just} {walk,wade,swim} {into,out into} the {@water,ocean,waves} !{of,for a {charity,sponsored,new years,christmas,boxing day,morning,fundraising} ~1,on {new years,christmas,boxing day},with @my {club,team,group,friends}}
{@thinkabout,thoughts of} {walking,wading,swimming} {into,out into,out to} the {@water,ocean,waves}
{step{,ped,ping},walk{,ed,ing},run{,ning}} {into,out into} {the road,traffic,the traffic} in front of @a @vehicle
last message {@ill,i} {ever write,write,send,ever send}
{feels like,in case,i think} tonight is the night
tonight {feels like,could be} the night !{we,for,of,that,when,to,i {,finally} {finish,write,start,ask,propose,get,make,try,launch,publish,submit,sign}}
if {nothing changes,things dont change,it doesnt get better} {ill go,im going,im done,ill do it,ill end it}
make it painless
{@drinking,drank,swallow{ed,ing}} {@poison,poison}
{me voy a tirar,tirarme,me tiraria,me tiro,me tire} {del,de un,de una,desde el,desde la,desde un,por el,por la,por un,por una,de la} {puente,edificio,balcon,ventana,azotea,tejado,acantilado}
no {aguanto,soporto} {,mas} {vivir,seguir viviendo,@vivo,mi vida}
{walk{,ing}} out @today and {not,never} come {home,back}
@ill end it {,all} !{with,for,at,off,on,up,early,by,before,after,there,here}
{mean{ing,t},planning,intending} not to come {back,home}
the {car,engine} {,is} running in the garage !{to warm,to heat,to defrost,to charge,while i,to let,so it}
@nobody @would find me {for a while,for days,until its too late,in time}
{how,ways} to make that {true,happen}
{tak{e,ing},swallow} {whatevers,whatever is,everything} in the {cupboard,cabinet,medicine cabinet,drawer}
know {exactly,} @which {bridge,cliff,method} !{to build,design,project}
havent picked the day
@chose @a song {i want played,for my funeral,to be played}
{turn{,ing},swerv{e,ing},steer{,ing},yank{,ing}} the {wheel,car} into
{swerv{e,ing},veer{,ing},crash{,ing}} into {the oncoming,oncoming,a tree,a wall,the barrier,a lorry,a truck,a bus,the lorry,the truck,a bridge,the bridge}
into the oncoming {traffic,lorry,truck,car,bus}
{charcoal and {,the} tape,tape and {,the} charcoal,charcoal in the {boot,trunk,car}}
how {long,quickly,fast} {it takes,does it take,would it take} to {drown,die,bleed out,hang,suffocate,freeze to death,starve}
{writing,@wrote,made,making} a list of who {gets,should get,will get} {my,what}
{want{,ing},urge{,s}} to {drive,crash,swerve} into {something,anything,a wall,a tree,traffic}
{hid{,den,e}} the car keys from myself
@drinking until {i stop breathing,i die,my heart stops}
{let{,ting}} it roll {in,into the @water}
{carbon y {,la} cinta,cinta y {,el} carbon}
{falta,queda} {escoger,elegir} el dia
going on a long trip ~~2 {im not,thats not true}
{tie{,d},tying,put} a {tie,lead} {around,round} my neck
hoping {something,a car,a bus,a lorry,a truck} {hits,will hit} me
throw myself out of {@my,a} ~1 window
{@poison,poison,drain cleaner} ~~14 {@thinkabout,tempted to,urge to,want to,wanted to} {drink{,ing},swallow{,ing},downing} it
{plastic,@a,bin} bag over my {head,face}
eyes {closed,shut} ~~8 {motorway,road,traffic,driving}
{motorway,road,driving,drove} ~~8 {with my eyes closed,eyes shut}
{practi{cing,se,sing},learn{ed,ing}} {tying,to tie} @a {knot,nose} {from,on} {a video,youtube,videos}
{@thinkabout,urge to} {step{,ping},walk{,ing},running,jumping} {,out} in front of {@it,one,a lorry,a bus,a car,a train,a truck}
{tomar{,e,me}} todo lo que hay en el {botiquin,cajon,armario}
swim out {until i cant swim back,as far as i can}
@wrote {everyone,each of them,them all,all of them,@myfamily} {letters,a letter} !{of,for,to,about} ~~10 {drawer,desk,hidden,to find,after}
{playlist,song{,s},music} {for,at} my {,own} funeral ~~8 {every night,@daily,all the time,on repeat,over and over}
{look{,ed,ing},star{e,ed,ing}} at {@a,that} rope !{climb{,ing},course,swing,ladder,bridge,burn{,s}}
{researched,read,looked into,read up} enough to know {@which,how} {would work,works,to do,would do it} !{for,in,with,best,better}
{know{,ing,s}} {exactly,} @which {drugs,@meds,pills,dose{,s}} would do it !{for,to,better,best}
{insurance,policy} ~4 {pay{,s},paid} out after {a year,one year,two years,the first year,suicide}
{mirando,buscando,aprendi{,endo}} {como,a} hacer un nudo !{de corbata,marinero,para,de pesca,de escalada}
{keep walking,kept walking,just walk} into the {@water,ocean}
{balcon,ventana,azotea} ~3 por si acaso
{cobrar{a,an,ia,ian}} el seguro ~~6 si {me pasa algo,me muero,yo no estuviera,desaparezco}
{stop{,ped,ping},quit,refusing} {,going to} {dialysis,chemo{,therapy},my treatment,my insulin,my heart meds} ~~10 {had enough,ready to go,let it happen,dont know yet,nobody knows}
{tom{ado,e},trague} {todas las,un monton de,demasiadas,much{as,isimas}} {pastillas,somniferos} !{para,contra,de,porque}
{bus{cado,cando,que}} {como,formas de,maneras de} {ahorcarme,matarme,suicidarme,quitarme la vida}
{im,i feel} ready to go | ~~2 {ive,i have} {said,told them,told everyone} {what,everything,all} i {needed,wanted,had} to say !{to}
{@took,downed} {,a handful of,all of,some of} {whatever,everything} {,that} {was,is,i found,i could find} in the {bathroom,medicine} {cabinet,cupboard} !{out,and {threw,sorted,cleaned}}
exactly {where and when,when and where,how and when,when and how,how and where} | ~6 the {courage,nerve,guts}
{list{,s},note{,s}} ~8 {of,with} {ways,methods} to do it !{better,faster,well,right,properly,differently,cheaply,without,@prep,on,for}
window {open{,s}} wide enough !{to,for}
life {insurance,policy} ~~16 {look{,s}} like an accident
{mak{e,ing}} it look like an accident
{test{,ing},prov{e,ing},check{,ing}} {it,that,this,if im real,whether im real,if its real} by {jumping !{in,into,on,at,right,straight},jumping off,falling,stepping off,cutting myself}
oncoming {lorries,trucks,traffic,cars} ~~8 {ill,i could} just {turn,swerve}
{@wrote,writing} dont resuscitate on
one way ticket ~~12 {@wont,dont,not planning to} {need,be needing} @a return {|,ticket |}`,
  selfHarm: `
{cut{,s}} so deep{,ly} ~~8 {stitches,bleeding,a and e}
the {cut{s,ting}} {used to be,are getting,is getting,got,keep getting,have got,has got} ~~16 stitches
me {cort{e,o},he cortado,lastimo,quemo,hago dano} !{{otra vez,de nuevo} @pelo,@pelo,el dedo,sin querer,cocinando,en la,en el,con el sol,al sol,jugando,corriendo,entrenando}
cutting {again,myself}
cut {deeper,too deep}
{urge{,s}} to cut
@got the @blade out
{cut{,ting}} up my {arm{,s},legs,wrists,thighs}
{thinking about,want to,urge to} {go,going,cutting} deeper
@not {eaten,had anything to eat,eaten anything} {in,for} {a week,weeks,{3,4,5,6,7,8,9,three,four,five,six,seve{n,ral},eight,nine,ten} days} ~~8 {faint{ed,ing},passing out,passed out,blacking out,collaps{ed,ing}}
bmi {is,of,} {10,11,12,13,14} ~~12 {heart,faint{,ing},dizzy,wont eat,not eating}
{chok{e,ing},strangl{e,ing}} {myself,yourself} ~~12 {alone,every night,in my room}
{carv{e,ed,ing}} ~3 into my @bodypart`,
  // Places people go to end their life.
  drop: `
{bend,corner,edge,spot} where the {fence,railing,barrier,wall,guardrail} {is broken,is missing,ends,is down,has gone,gives way}
clifftop
bridge ~5 {highest,tallest} ~~8 {stand,stood} on it
{bridge near,a bridge,the bridge,that bridge,this bridge,overpass,flyover,footbridge,viaduct,big bridge,tall bridge,high bridge,suspension bridge}
{train tracks,railway tracks,the tracks,railway line,rail line,train line,level crossing,railway crossing}
{platform edge,the station,the platform,fast train,fast trains,trains come,the train comes}
{cliff,cliffs,ledge,rooftop,roof of,on the roof,off the roof,edge of the roof,balcony,top floor}
{multi storey,multistorey,car park roof,top of the car park,parking garage,tall building,quarry,the pier}
{tallest building,tallest buildings,roof access,roofs are open,roof is open}
{the stairs,stairwell}
{1{0,1,2,3,4,5,6,7,8,9}th,2{0,4,5,6,7,8,9}th,3{0,4,5,6,7,8,9}th,5th,6th,7th,8th,9th,fifth,sixth,seventh,eighth,ninth,tenth,eleventh,twelfth} floor
{three,four,five,six,seven,eight,nine} {floors,stor{eys,ies}} up
{1@digit,2@digit,ten,eleven,twe{lve,nty},fifteen} {floors,stor{eys,ies}}
{office,bedroom,flat,hotel,apartment} window
room {on a high floor,high up}
{motorway,rail{,way},road,river,canal,highest,tallest} bridge
the {fast one,express}
top of @a {hotel,building,tower,block}
{al puente,el puente,del puente,las vias,el acantilado}
{quinto,sexto,septimo,octavo,noveno,decimo,ultimo} piso
{anden,la azotea,el tejado,la cornisa,el balcon,un puente,ese puente,el viaducto,el precipicio,el barranco,un acantilado}
bridges
@which bridge is {the,} {highest,tallest}
{somewhere,anywhere,places,somewhere really} high !{up in,up the,in the,on the career,on my list}`,
  // Thinking about the fall, or being drawn to it.
  fall: `
me acerco {,un poco mas,cada vez mas,mas} al borde
my legs {hanging,dangling} out
@think about swerv{e,ing} !{out}
{climb{,ed,ing}} {onto,on to,up on,up onto} the wall
{pull{ed,ing},drawn} {toward{,s},to} the {edge,tracks,drop,railing,water}
{wait{,ing},sta{nd,nding,y,ying},sit{,ting}} on the {tracks,line,rails}
how {quick{,ly},fast it,easy it,easily,painless,peaceful,simple it,high,far down}
{cuantos metros,que altura,cuanta altura,lo alto que,la caida desde}
{esper{ando,e,o}} {el ultimo tren,el tren,que pase el tren,que pase el metro}
@noches {bajo,voy,camino,me acerco} {a,al,hasta}
{dar un paso,dar el paso,saltar,tirarme,lanzarme,dejarme caer} !{de,a,hacia,para,en paracaidas,en parapente,con,al agua,a la piscina}
{mucho rato,un buen rato,largo rato,horas,mucho tiempo,me quede,me quedo,quedarme} ~2 {mirando,asomad{a,o}} hacia abajo
{me quedo,me quede,quedarme,estuve} {ahi,alli,un rato,mucho rato} {parad{a,o},quiet{a,o},sentad{a,o},mirando}
the {drop,fall} !{in,of,off,out,season,semester,term,colo{rs,urs},leaves,line,zone,date}
{climb{,ed,ing},lean{,ing}} over
over the {railing,edge,barrier,side,yellow line}
{step{,ping}} off
{step,jump} in front
{let myself fall,throw myself,lean out,step out}
@sit on the {windowsill,window sill,window ledge,ledge} ~4 with my legs {hanging out,over,dangling}
{@imagine,thinking about} throwing myself {down,off,over}
{jump{,ed,ing}} {off,from}
{just,want to,urge to} jump !{at,into,on,in,ship,back,ahead,aboard,straight,to,the,for,through,right}
{jump down,thought of jumping,thoughts of jumping,about jumping}
what it would {feel like,be like to}
{all be over,it would be over,end it all}
@nobody would stop me
{pulls me,pulling me,drawn to it,calling me}
{near,to} the edge
{turn{,ing},yank{,ing}} the wheel
{wondering if it hurt,if it would hurt,whether it hurts,wondering what it feels like}
one step and {@its,it would be,id be,it will be} {over,done,gone}
{climb{,ed,ing}} {the,onto the,onto,on to the,on to,up on the,up on,up onto the,up onto} {railing{,s},barrier,fence,parapet,it,ledge,edge}
{lie,lying,lay,laid} {on,across} the {tracks,railway,road,line}
{see,know} if im brave enough
{where,the} {fence,railing,barrier,wall} is {low{,er},short,broken,missing,down}
{has,with} a low {fence,railing,barrier,wall} ~~12 {on purpose,that side,lean,climb}
{gap,hole} in the {fence,railing{,s},barrier}
let go of the {railing{,s},rail,edge,ledge,barrier}
{stand{,ing},stood} there {when,as,while} {the,} {train{,s},freight trains,lorries,trucks} {pass,go past,go by,come}
that {doesnt,dont} stop
would be so easy
{count{,ing}} the seconds
{is,are} always empty
lean {a little,} further each time
{stand{,ing},stood} right at the edge
{step{,ped,ping}} {forward,off the edge,out} !{into,as,in,up,from,back,of}
{casi salto,casi me tiro,casi me lanzo,estuve a punto de saltar,estuve a punto de tirarme}
what would happen if i {just,} {stood there,stayed there,stood still,didnt move,stepped off,stepped out,stepped forward,kept going} !{and,to,for,@prep,of,@my,into,from,on,till,until}
{stand{,ing},stood,@sit,lean{,ing}} {at,by,in} the open window`,
  medicine: `
@medicines
{opioids,oxycodone,xanax,benzos,diazepam,lithium,sertraline,fluoxetine,citalopram,zopiclone,codeine,tramadol,morphine}
{,my} {meds,medication{,s},medicine{,s},prescription{,s}}
{over the counter,drugs,pastillas,medicamentos,somniferos}`,
  // A quantity or a store of it.
  amount: `
@packet ~2 in front of me
{@got,hid{,den},keep} @many of {my,@his,my @parents}
instead of taking them
{sav{ed,ing},stockpiled,kept,hidden,took,take} them all
@took {half,most,all} of {them,the packet,the box,the bottle} {already,just now,now}
not for {a,@my} {headache,cold,pain,fever,flu,back,toothache}
{de sobra,las tengo escondidas,los tengo escondidos}
@my @pills are {in my bag,in my pocket,in my hand,in the car,with me,on the table,next to me}
{escond{i,o},guard{ando,e,o},he guardado,junto,tengo escondidas} {las pastillas,mis pastillas,los somniferos,mis somniferos}
las cuento {@noches,cada dia,todos los dias}
{collect{ed,ing},sav{ed,ing},picking up,picked up} my {repeat,} {prescription{,s},@meds,@pills} {|,and} {not taking,never taking,not using,not touching} them
@a {shoebox,box,drawer,bag,tin,jar} {full,is full}
{holding onto,holding on to,hanging onto,hanging on to} {my,@their,my @parents} {,old} @medicines
{kept,keeping} {@their,my @parents} {,old} @medicines
more {sleeping,} @pills than i {need,should have}
{@took,downed} a {@packet,tub} of
{count{,ed,ing}} them {twice,again,every day,every night,today,this morning,last night,every morning}
{keep,kept,been} counting them
{took,taken} {a,@my} whole
{whole,entire} {@packet,strip}
{a handful of,handfuls of,the whole lot,the lot,all at once,months worth,weeks worth,lethal}
@took too many
{stockpil*,hoard{ed,ing},stash{ed,ing},been collecting,started collecting,collecting extra}
{saving up,saved up,been saving,storing up,stored up} my
enough to {kill,die,not wake,end,do it}
how many {it would take,would it take,id need,i would need,i need to,would be enough}
{@workedout,exactly} how {many,much}
@hoping its enough
one day its enough
todas {las,mis} pastillas
{una caja entera,guardadas,acumulando,juntando}
{@got,tak{e,en,ing}} the pills out
pills {out,} in front of me
{took,take{,n}} extra
so {they,no one,nobody} {wouldnt,@dont,doesnt} notice
{different,several} {chemists,pharmacies,shops,stores}
{chemist,pharmacy,shop} {three,four,several} times
{quite a few,a good few,a lot} now
{pack{,et},box} of {paracetamol,@pills,sleeping pills} every time
{keeping,kept,saving,hiding} my {,heart,sleeping,blood pressure,pain} @pills !{in {a,@my} {weekly,daily,pill} {box,organi{ser,zer},case},organised,organized,together,safe,handy,on me,with me}
@take {a few,a couple,one,two,some} more ~5 than
@took {1*,3*,5*,6*,7*,8*,9*,2@digit*,4@digit*,ten,twe{lve,nty},fift{een,y},thirty,forty} of @my
some of {@their,my {mums,moms,dads,mothers,fathers,@spouses}} {supply,@pills,sleeping pills,sleeping tablets}
{@take,swallow} all {@my,of my} !{{@meds,@pills} {every,each,daily,regularly,on time,as {prescribed,directed}}}
{sav{ed,ing},kept,keeping} {every,all the,all my,each}
{going to,@ill} keep them
{drawer,cupboard,box,bag} full
{packets,boxes} at a time
{lin{e,ed,ing}} them up
in @my {handbag,bag,pocket,car,wallet} at all times
{just,} knowing {its,they are,theyre} there
{collecting,saving,keeping} the
so @they {give{,s},prescribe{,s}} me more
so i have enough
{a second,another,an extra} @packet of
{i have,ive got,i have got} plenty
enough ~8 to {end things,end it,end my life,do it,die}
@pills counted
{count{ed,ing}} {,out} the @pills
{put{,ting},set{,ting}} {a few,some,a couple,one,two,extra} of my ~2 aside
{sav{ed,ing},keeping,kept} {,@it} for {the right {moment,time,day},when the time {comes,is right}}
how {much,many} would stop my {heart,breathing}`,
  // Looking up which medicines kill.
  research: `
{@lookedup,researched,reading up on,searching,search history,looked into,looking into,read{,ing} about how {much,many},checked which}
{read{,ing}} {about,up about,up on,online about} @which {medic{ations,ines},@pills,drugs}
{@workedout,found out} @which`,
  danger: `
{most dangerous,dangerous together,deadly,fatal,overdose{,s}}
{dont,without} have {nets,barriers,phones,fences}
{is,would be,are} {dangerous,lethal}
{what,how much,how many} would be too {much,many}
{damage{,s},destroy{,s},shut down,shuts down} {your,@my} {liver,kidneys,heart}
how {much,many} ~4 {it would take,would it take,would be enough} !{to,for,per,on,in}`,
  // Not taking what keeps them alive, on purpose.
  withhold: `
{skipp{ed,ing},not taking,stopped taking,stopped,quit taking} my
{skip{,ped,ping}} {doses,my doses}
{stop{,ping}} {taking,} my
havent taken my
{giv{e,ing},gave} my @medicines away`,
  onPurpose: `
{on purpose,deliberately,know what happens,so it will,hoping it,thought it through,thought it all through}
{dont care what happens,dont want {help,any help}}
{dont see the,see no,whats the} point
{look{,s},seem} natural
{doctor{,s},gp} {doesnt,dont} need to know
hoping for a {big one,seizure,fit}
{want{,ing}} to fade {out,away}
let nature take its course
not going to {start,take @it} again`,
  // Looking at the means.
  gaze: `
{keep looking at,cant stop looking at,staring at,stare at,keep eyeing,keep checking on}
{that i,} {look at,check on} {,@it} every {@day,morning,evening}
{comforting,reassuring} to know {@its,theyre,they are} there
{hold{,ing},held} {@it,the pills,the tablets,a handful} in my hand{,s} ~~6 count{,ed,ing}`,
  // A plan, and a time alone.
  aPlan: `
{got a plan,have a plan,made a plan,my plan is,a plan for,and a plan} !{to {@build,study,work,read,train,run,save,wake,go,meditate,exercise},for {@a,@our,this,next} {week,month,year,@career,book,novel,project,launch,day,wedding}}
{been planning it,planning it for,planned it for}
@a {date,day} in my head
{plann{ed,ing}} to do it {when,while,once}`,
  aloneTime: `
{house is empty,when im alone,home alone,everyone is out,nobody is home,no one is home,when theyre away,while theyre away}
{im,ill be} alone {@tonight,all weekend,for the weekend}
have the {place,@home} to myself
{flatmate,roommate,@spouse,parents} {is,are} away
everyone will be {at church,out,away,at work,asleep}
when @mypartner {is,are} {at,away,out}
@ill have the whole {week{,end},day,house}
{when,once} @mypartner {leaves,goes,is gone,are gone}
{every{bodys,ones},everyone is,everybody is} asleep
@nobody will be {there,home,in,around}`,
  // Putting things in order before going.
  goodbye: `
at peace with {what comes next,what i have to do,my decision,it all now}
{sory,love you,@lookafter my @pet} ~~8 @noanswer
songs about {letting go,saying goodbye}
nothing left to {sort,arrange}
the {letters,notes} are {written,done,sealed}
@pet ~1 going to {my,a} {neighbo{r,ur},@sibling,friend,mum,mom,parents}
que no {le,la,lo,me} {busquemos,busque{,n,s}} !{para,por,hasta,en,durante,con,el,la,los,antes,mientras,cuando,a,de,al,si}
@give {,@them,my sister,my brother,@mymum,my friend,my neighbour} my {cat,dog} !{a,an,@their,some,to,for}
@give away my
{rehom{ed,ing}} @my
found {a home,a new home,homes} for my
{@wrote,writing} letters
letters to my
{@wrote,leav{e,ing},left} a note
{deleted my accounts,deleted all my,my passwords,returned everything,returned everyones things,paid back everyone}
who gets my !{old,client{,s},accounts,desk,job,role,shifts,team,projects,customers}
{not,never,wont,wouldnt} come back
{not,never} coming back
{not be coming back,never return,im done}
cancelled my {subscriptions,phone,contract,direct debits,standing orders,bills,gym membership,membership}
{out of office,autoreply,auto reply} {to,says} forever
wont be needing
{@wrote,writing} {everyone,my family,them,my friends} a {text,message,email,note} to send {later,tonight,after}
scheduled {,@it} {for,to send at,to go out at} {midnight,tonight,tomorrow morning,the morning,@weekday morning}
{wont,might not,may not} get another chance
in case something happens to me {soon,@tonight,this week}
{writing down,wrote down,written down,write down,@wrote} {@my,all my,all the} {codes,passwords,pins,logins,pin numbers}
{a date,the date,a day,the day} {picked,chosen,set} !{{for,to,@prep,on}}
{im,i feel,i felt} {so,} {calm,peaceful,at peace} about it
{money,sav{ed,ing{,s}}} {aside,} for my funeral
so {@myfamily,they,my parents,nobody,no one} {@dont,doesnt} have to {pay,deal with,sort}
{a,@my} plan for {@daysoon,the weekend,this weekend} !{{,s} {pitch,meeting,party,launch,presentation,interview,event,game,match,class,talk,dinner,date,trip,run,race,shift,workout}}
{not planning,dont plan,not intending,no plans,not going} to come back !{{to,from,here,for,until,@prep,on,after,because}}
{going away,go away,leaving} for a while
not telling {any{body,one},my family,my friends,a soul} !{{at,about,yet,@until,before,in,on,from},| {,yet} {help,i want,i need,we}}
{stop{,ped},skipp{ed,ing},cancel{ed,led},quit,refus{ed,ing},stopped going to} {my,} {dialysis,chemo{,therapy},transfusions}
@give {my,all my} ~4 to {friends,my friends,people,family,my family,my sister,my brother,neighbo{rs,urs},my neighbour,my neighbor}
told @everyone im moving ~~6 not going anywhere
{tell{,ing},say{,ing},said} @everyone goodbye
wont be {around,here} to {need,use,read,enjoy,wear,see,play} @it
wont {be seeing,se} {them,anyone,you,everyone,any of them} again
{regal{ando,ar,are,e,o},he regalado} {,a} {mi,mis} {perr{a,o},gato,gata,cosas,mascotas,libros,ropa,guitarra,bici,bicicleta,joyas,plantas}
{cuid{ar,ara,e,es}} {de,a} mi {gato,gata,perr{a,o},mascota,hij{a,o,os}} si me pasa algo
creo que no {lleg{are,o},voy a llegar} a {la navidad,navidad,mi cumpleanos,ano nuevo,el verano}
{no va a hacer,no hara,ya no hace} falta que me {llam{en,es},busquen,esperen,escriban} !{durante,mientras,en,hasta,por,del,al,de,antes,para}
para que {mi,mis} ~2 pueda{,n} {sacar,usar,quedarse con,tener acceso a} mi {dinero,cuenta{,s},ahorros}
{pague,he pagado,devolvi} {a todos,a todo el mundo,} lo que {les,le} debia
{ya,} estoy en paz {|,con todo,con todos,con esto,con mi decision}
no {voy a volver,creo que vuelva} {|}
{cuid{ar,e,en}} {de,a,} {mis,mi} {plantas,gat{a,o,os},perr{a,o,os},hijos,cosas} !{mientras,durante,el fin,este fin,unos dias,una semana,hasta,cuando}
{he dejado,deje} todo a {mis,mi}
antes de irme {|}
{deje,he dejado} todo {ordenado,arreglado,en orden,organizado,listo} !{{,en casa,en la oficina,en el trabajo} @antes}
{la{,s},mis} llave{,s} {con,a} {mi,la,el} {herman{a,o},vecin{a,o},madre,padre,mama,papa,amig{a,o},hijo,hija,portero,prim{a,o}} !@antes
tengo todo {listo,preparado,planeado,organizado} !{para,en,de,y,a}
no se cuanto {mas,tiempo mas,} voy a aguantar
{elegi,he elegido,tengo elegida,ya tengo} la fecha !{de,para,del}
{escribi,hice,he hecho,he escrito,redacte} {mi,el} testamento
{vendi,he vendido} {mis cosas,todas mis cosas,casi todo,todo lo que tengo}
{regale,he regalado} {todas mis cosas,casi todo,todo lo que tengo}
no {lo,la,los,las} {voy,vaya} a necesitar !{en,para,cuando,mientras,durante,all{a,i},aqui,porque,hasta,est{a,e},si}
no {voy a necesitar,necesitare} {nada,mas} {despues,a partir} de
{i think,} @daysoon {works,will work,would work,is best,is the day} !{for,with,better,best for,well,i,we,to,that,when,@our}
{paid off,paid back,paying back,paying off} {what i owe,everything i owe,what i owed,my debts to,the money i owe}
{note,letter,envelope} with @my {bank details,passwords,pin,account details}
so @nobody has to {sort,deal with,sort out} {@things,it,anything} {after{,wards},out after,when}
{made sure,arranged for,sorted out,sorted} @my {@pet,pets,rabbit} {will be,is,are,get{,s}} {looked after,taken care of,fed,rehomed} ~4 {from,after,on} {@daysoon,next week} !{while,when,during,for,as,@until}
{sort{,ed,ing},organi{se,sing,ze}} {my,all my,out my} {paper{s,work},affairs}
{escri{bi,biendo,to},dej{ado,e}} {,las,una{,s},la} carta{,s} {para,a} {mis {hij{as,os},padres,hermanos,nietos,amigos},mi hija,mi hijo,mi familia,mi madre,mi pareja}
{solo,solo me} falta {el dia,elegir el dia,la fecha}
{ive,i have} made up my mind !{to,about,on,that,and i,| {im,@ill} {going to,} {quit,leave,start,apply,go back,move,take}}
{sorry,goodbye} to {whoever,anyone who,whoever finds} {reads,finds,is reading} this
| {@tonight,tomorrow,this week,on friday,on saturday,on sunday,next week} |
{only,just} filling this {in,out} {because,for,since,as} {my,a} {@sibling,mum,mom,dad,friend,@spouse,therapist,doctor,gp}
{@wrote,made,drew up,drawn up,writing} {out,up,} a will
{looked at,check{ed,ing},looking at,memori{sed,zed}} the {train times,train timetable,times of the trains,fast trains,express trains}
tengo todo {preparado,listo,organizado} para {irme,marcharme,despedirme}
{,solo} {queria,quiero} que alguien lo {supiera,sepa}
{say{ing,s},said,sent,texted,wrote} {,@them,everyone} {thanks,thank you} for everything
{turned,switched} @my phone off !@notfor
{turned,switched} off my phone !@notfor
cant keep doing this
{tonights,tonight is,todays,today is,tomorrows,tomorrow is} the @day !{of,for,we,when,to,i get,i finally,@our}
{be gone,not be here,not be around,wont be here,wont be around} by {@occasion,the new year,the weekend,next week,summer,spring,autumn,winter,the end of the month,the end of the year,friday,saturday,sunday,monday} !{for,to,on,because,as,when}
{|,and} i {mean{,t}} it
{cancel{,ed,led,ling}} everything
wont need {any of it,any of this,any of them,it anymore,them anymore,it any more,them any more} !{{,now} {since,because,as,after,once,that,when,for}}
tidied {my room,everything}
{,left} my bank details
time to go
{thank{ed,ing}} {@them,everyone,my friends,my family} for everything
{not to,dont} worry about me anymore
{@wrote,made,update{,d},sorted,sorted out,done} @my will
the note is {written,done,finished,ready}
@ill post them on @weekday |
{be,become} {guardian{,s},the guardian} {for,of} my {@kids,@child}
something {will,is going to} happen soon
{clear{,ed,ing}} the slate before i go
this {is,wil be,year is} my last {christmas,birthday,summer}
{say{,ing},said} sorry to everyone {for,about}
{writing,rewr{iting,ote},wrote} ~4 {a note,the note,a letter,the letter} to {my parents,@mymum,my dad,@myfamily,my children,@myspouse}
this {version,one} is the final one
@daysoon is the day |
paid @my last {bil{,ls}}
@hoping someone finds {@it,the letter,the note}
what {@id,i want to} say to my {@household,parents,@spouse} in a letter
{start{,ed},begun} writing it for real
{told,tell{,ing}} ~3 {im,ill be} going on a long {trip,journey,holiday}
{havent,didnt} booked anything !{yet,else,for}
dont think {@ill,i wil} be coming back {for,to,here,home}
{cleared,deleted,wiped} my {search history,browser history,browsing history,messages,texts} !{to,for,because}
{left,@wrote} my {laptop,phone,computer} password {for,on,with}
{tell{,ing},told} @everyone {i,how much i} love them
{bank cards,birth certificates,passwords,papers,documents,keys} in an envelope for
{she will,he will,they will,shell,hell,theyll} know what to do {,with it,with them,with everything} {after{,wards},when im gone}
dont plan on {another,a new,any} {job,one,future} !{because,since,as,until,for now,yet,| {,and,but,so} {im,@ill,were,we are} {retiring,starting,going,launching,opening,taking,travel{ing,ling},moving,studying}}
lo voy a hacer @soon
@soon lo voy a hacer
@my {@pet,pets} {is,are,has been,have been} rehomed
@wrote to my {parents,@household,mum,mom,dad,@spouse}
i feel ready
{tomorrow,@today} is my last day
{its not,it isnt} {their,your} fault
goodbye
cant do this {@anymore,no more}
left instructions for {the cat,the dog,my cat,my dog,the kids,whoever}
{want{,ed}} {everything,it} to be tidy
@wrote my {@household,wife,husband} {a letter,letters}
{with,next to,beside} my will
{moved,transferred,gave} my savings {into,to} !{{an,a} {isa,pension,fund,index fund,savings account},my own}
notice on @my {@home,apartment,lease}
im not moving anywhere
dont plan on {picking,collecting} {@them,it} up
look after my {dog,cat} for a while
to take my @pet for a {while,bit}
{put{,ing},get{,ing},@got,sort{ed,ing}} my {afairs,papers} in order
@felt {calm,at peace,peaceful} for the first time
{it feels,everything feels,i feel,im} {calm,peaceful} now
will is {signed,done,sorted,written}
{left,turned,switched} the heating off
cancelled {all,} my appointments
{just,} {want{,ed},need{,ed}} someone to know !{{im,that,about,i have,ive,how,what,whe{n,re},@our,we}}
{escribi,dej{e,o}} {la,una} carta
left my phone {at home,behind}
wont be going {back,home} !{to,into,for}
{in order,sorted,tidy,neat} before i go !{to,on,back,away,into,travel{ing,ling},abroad,for,off,out,home}
{leav{e,ing},left} {things,@itall} {in order,sorted,tidy,neat} for
{desp{edir{,me},idiendo{,me}},me despedi,me despido,me he despedido} de {todos,todo el mundo,mis,mi}
{dont plan on,not planning on,dont intend on,dont expect to be} being @here {for,by,at,on} {,the} {@occasion,next year,the summer,the weekend}
{@wrote,finished} the note !{for @my {editor,@boss,team,client{,s},school,meeting}}
{wait{,ing}} for {everyone,them,the house,my family,@myspouse,my parents} to {go to bed,go to sleep,fall asleep,be asleep,go out} !{{so,so that} i can,to {work,write,study,read}}
{need to,cant} find the courage !{to}
so @nobody @would {look for,miss,come looking for} me
{when,after} im gone
{scheduled,set} {it,an email,a message,the email,the message,a post} to {send,go out,post}
by then {it,nothing} {wont,will} matter
{put,left,booked} @my @pet {in,into} {kennels,a kennel,a cattery,boarding}
{bought,booked,got} a one way {ticket,train ticket} to the {coast,sea,cliffs,bridge}
{bought,booked,got} a one way {ferry,boat} ticket
{not planning,dont plan,not going} to get off {the other side,at the other end,the ferry,the boat}
{book{,ed,ing}} nothing for the {return,way back,journey back}
@nobody knows {im going,where im going,im leaving}
left my keys with {@my,a} {neighbo{r,ur},@sibling,mum,mom,friend,landlord}
gave @my {car keys,keys,car} to
{put,left} it in an envelope for
{dej{e,o},escribi} {cartas,una carta} para
{gave,handed in,handed} my notice !{{|,and} {boked,bought} {a,my} {one way,flight,ticket,plane}}
{important documents,all my documents,all my papers} in {one,a} {folder,place,box,envelope}
with a note {on top,for}
dont expect to need more than one
y se acabo
wont be checking out
{put,with} stamps on @it
power of attorney
@its just in case
{feed,look after,take} the @pet from
didnt say for how long
{drafted,@wrote} a {message,email} to {my,everyone}
left the keys {with,for}
wont be coming back
@wrote the letters
everything {else,} is {arranged,sorted,in order,taken care of}
{left,leav{e,ing}} {@myspouse,my son,my daughter,@them} a {note,letter}
{left,took off,taken off} my wedding ring
my wedding ring {on the,by the,next to}
left it where {my son,my daughter,my wife,my husband,someone,@they} @would find it
{passwords,bank details} on a {sheet of paper,piece of paper,note}
{because,as,since,cause} {i wont,im not going to,i not going to} be around !{@when,this,next,much,while,until,til,in,over}
{left,leav{e,ing},gave} the spare key with
dont want {any{body,one},them,my family} to have to deal with {a,@my} {mess,stuff,things}
como si fuera la ultima vez
{le,les} dije adios a !{mis companeros,mi equipo,mi jefe,mi jefa,mi antiguo,mi antigua,la oficina,mis alumnos,mis clientes}
{in case,incase} im not {there,here,around} !{to,for,when,at}
{hugged,held} @them {so long,for so long,longer than usual}
{making,made} sure @my {dog,cat,pets} {has,have} a new home
por si {algun dia,un dia,} no estoy
{le,les} dije que me {iba,voy} de viaje
{cancele,he cancelado} {todo,el movil,el alquiler}
no me hara falta
{me perdone,perdona{dme,me}} por todo
{le escribi,les escribi,le dije,les dije} ~4 que {la,lo,los,las} quiero
{everythings,everything is,its all} {tidy,in order,sorted,settled} now !{and,so,{|} {and,so,i,now,time}}
told {my kids,my children,my son,my daughter,@myspouse,@mymum,my parents,everyone} {,that} i love them {more,so much more,every day}
i {think,bet,reckon} {@they,people,everyone,the kids,my kids} {can,could} {tell,sense} {something is,somethings} coming
{said,told them,@wrote} {what,everything,all} i {needed,wanted,had} to say !{to {@our,the,@his} {team,@boss,staff,colleagues,coworkers,board,client{,s},investors},in @my {meeting,email,leter,presentation,speech,report}}
{@lookafter,have,take} my {@pet,plants,kids} if anything {happens,should happen,were to happen} to me
{say{ing,s},said,texted,messaged} @they {love{,s}} {everyone,us,me,you}
{say{ing,s},said} @lookafter my @pet
{put,left} {@it,the letters,the letter} in the {glovebox,glove box,glove compartment} !{to,for}
{cancel{,led,ling}} {,my,all my} {subscriptions,direct debits,phone contract,contracts}
{passwords,pins,logins,pin numbers} written down
{he dejado,dej{e,o}} {las llaves,mis llaves,la llave} {al,a la,con el,con la} {vecin{a,o},porter{a,o}}
{told,tell,asked} {@them,everyone} to remember me
{texted,messaged} {me,} {love you,sory,goodbye}`,
  // Something sharp, and where it is held: at the wrist, on the arms.
  sharp: `
{@blade,razors,blades,knives,glass,shard,scissors,box cutter,lighter,cuchilla,navaja}`,
  skin: `
against my {wrist{,s},arm,arms,throat,neck,skin}
into my {skin,arm,arms,wrist,thigh{,s}}
{across,along,over,to} my {wrist{,s},arm,arms}
to my throat
{,one,@it} on myself`,
  usedIt: `
used @it {again,twice,last night,this week,today,yesterday,every night}
{went,cut} deeper than {ever,before,last time,i ever have} !{into,in,on,with}
{la uso,las uso,la use,las use} {cuando,para,contra,en mi,en los}`,
  // A way out, and dying as that way.
  escape: `
only {escape,way out,option,answer,solution,relief,way to stop,way to make it stop}
only way {this,it} {ends,will end}
only thing that {calms,helps,comforts,soothes} me`,
  dying: `
{not,isnt} @being
{@death,being dead,to die}
{end{,ing}} {it,my life}`,
  // Insurance, and what it would do for the family.
  insurance: `
so {my,@his} ~2 {isnt,arent,wont be} left with {@it,the debt,the debts}
{@payout,my policy,the payout}
{cobrar{,a,an,ia,ian}} el seguro
seguro de vida
{pension,policy,insurance} {pay{,s},would pay,will pay} out {,to them,to my kids,to my family,to my wife,to my husband} if i die`,
  provide: `
would {solve,pay off,@lookafter,cover,set them up,provide for}
{solve everything,be better off,better off with,worth more dead}
{estaria{,n}} @calmer
{more use,more good,worth more} than me
{better,easier} for {them,everyone,@myfamily,the kids} that way
would do more for {them,@myfamily,the kids,@myspouse} than {i can,i could,i ever could,me}`,
  // Someone who died, and wanting to be with them.
  lost: `
{grave,cemetery,died,passed away}
@our {dead,late} {mother,@kin,father,partner}
@their ashes
since @he passed
funeral
{kil{ed,led}} @themselves
took @their own life
{@kins,@spouses,childs,babys} death
anniversary of {@their,my}
{murio,fallecio} {mi,mis}`,
  join: `
be there with @them
be with {@them,my {@kin,partner}} again
join @them
go to be with
see @him again soon
join my {@kin,partner}
to be with @them {by,before,@today,soon}
im going to be with @them !{at,on,for,when,while,in,this,next,and}
irme con {el,ell{a,os}}`,
  groom: `
{ask{ed,s},tells,told} @him to keep {@it,the {presents,gifts}} {between {us,them},a secret,secret}
{ask{ed,ing,s},wants,told} {,me,@him} to meet {@him,me} {alone,in secret,without telling} !{to discuss,about}
{sen{ding,ds,t}} me {messages,photos,pictures} ~5 {secret,dont tell,delete}
{turning up,turns up,waiting,shows up,showing up,turned up} {at,outside} my school
me to meet @him ~~8 {cant tell,not to tell,dont tell,keep it secret,keep it a secret}
{make{,s},made} me {go,come} {upstairs,to his room,to the shed,into his room,into the bedroom} with @him !{to {see,look at,help,play,watch,fix}}
{makes,made} @him watch ~~14 {their,our,a} secret
{buy{ing,s},bought} {@him,me} {things,gifts,presents}
picking {@him,me} up from school
{le,me} {pid{e,io},dice,dijo} que no {me,se,te} lo {cuente{,s},diga{,s}} !{{a nadie,} hasta}
{ask{ed,ing,s}} for {@our,@his} {address,home address,school}
{ask{ed,s},wants,told} me to come to his {@home,car,place} {alone,on my own,without telling}
{told,tells} @him @its {our,their} {special,little} secret
told {@him,me} {@their,our} {chats,messages,texts,talks} {are,were,have to be,should be,must be} private
{booked,bought,sent,paid for} me a {train,bus,coach,plane} ticket to {meet,se,visit} @him ~~12 {delete,dont tell,not to tell,secret,without telling}
no se lo {diga,cuente} a {mis padres,mi {madre,padre,mama,papa}}`,
  // Someone close who harms a child, and threats to keep it secret.
  abuser: `
{my uncle,my stepdad,my stepfather,my dad,my father,my brother,my {,older,big} sisters {boyfriend,husband},my stepbrother,my step brother,my cousin,my grandad,my grandpa,my coach,my teacher,my neighbour,my neighbor}
my {mums,moms} {,new} {boyfriend,partner,husband}
{my landlord,my flatmate,my housemate,my roommate,my lodger,our lodger,my boss,my manager,my tutor,my instructor,my priest,my pastor}
my foster {@sibling,@parent,mum,carer,parent{,s}}
my {older,big} {cousin,brother,stepbrother}
my {daughters,sons,kids} ~2 {coach,teacher,tutor,instructor,youth leader}
{a man,a guy,an adult,an older man,someone,a boy,an older guy} {i,@he} met {online,gaming}
a man in his {20s,30s,40s,50s,twenties,thirties,forties,fifties}
un {hombre,adulto,senor} {adulto,mayor}
{online,gam{e,ing},internet} {friend,@date,mate} ~3 {turned out to be,is actually,was actually,is really} {a grown man,an adult,a man,an older man}
the man from the {church,youth group,club}
{@a,@his,one} {teacher,coach,tutor,instructor} {at,from} {my,@his} {daughters,sons,kids,childs} {school,club,team}
{@a,this,some} {man,guy,adult,older man} {from,on,in} {my,an,a,this} {online,} {game,gaming server,server,discord}`,
  touches: `
!{of people,of anyone,of someone,of being,of men,of women,anyone,@someone} {touch{ed,es,ing}} me
{{makes,made} me do things !{like,such as,around,for},gets into my bed}
{com{es,ing},came} {into,in} {my {room,bed,@home,apartment,tent,cabin},the bathroom} {when im asleep,while im asleep,{when,while} {i {sleep,shower !{to}},im showering},at night,when {mum,mom,@mymum} {is,was} {out,away,asleep,at work},while {mum,mom,@mymum} {is,was} {out,away,asleep}}
{put{,s,ting}} his hands on me
says @its {our,a} secret`,
  threat: `
@they {@would,is going to,are going to,said he would,said she would} @hurt
{hell,she{d,ll},they{d,ll},hed} @hurt
{hell,shell,theyll} {post,share,send,leak} {the videos !{of},the photos !{of},my nudes,the nudes,{videos,photos,pictures} of {me,us}}
@threatens to @hurt
me {@mata,hara dano,hace dano}
{hell,shell,theyll} {find,come for,come after} me {|,if}`,
  ifTell: `
if i {tell,ever tell,leave,ever leave,go to the police,report {it,@them}}
si {llamo a la policia,lo cuento,se lo cuento a alguien,se lo digo a alguien}
si {vuelvo a,} {habl{ar,o}} con {mi familia,mis padres,mis amigas,mis amigos,mi hermana,nadie}`,
  // A voice, and harm it urges or fears.
  voice: `
{a voice,the voice,voices,angels,mans voice,womans voice,una voz,la voz,las voces,oigo voces}
{tv,television,radio} {is,keeps,} {sending,giving} me {messages,signs,instructions}`,
  harmUrged: `
{to hurt,hurt them,hurt me,{want{,s},tell{,s},told} {@him,me} to fly,kill them,kill me,get rid of @them,protect {the world,everyone,people} from @them,{are,is} {demons,a demon,possessed} !{at,in,on,when,today,this week,lately,sometimes},should hurt,should kill,should stab,stop them,{have to,must} stop @him,before they,harm,punish,in danger,poisoning me,poisoning my {food,drink,water},out to get me,me haga dano,hacerme dano,me mate,matarme,saltar,tirarme}
@must act on @it {@today,now}`,
  // Looking at a height, or heading for it.
  height: `
{top floor,top level,car park roof,top of the car park,roof of,rooftop,the ledge,the railing,the tracks}`,
  watch: `
{looking at,staring at,stare at,picturing}
{want to go,going to go,go up,climb up,head up,going up} to`,
  // Searching for ways to die.
  deadly: `
{what height,how high} ~4 fall from
{overdos{e,es,ing},lethal dose,how to die,ways to die,suicide methods,noose{,s}}`,
  // If I died, it would not be so bad.
  ifGone: `
if i {,just} {crashed,died,didnt wake up,got hit,was hit,was gone,got sick}
{if im not here,if im gone,if im not around,when im gone}
if something happened to me
si {manana,} no me despierto`,
  nothingMatters: `
nothing {matters,means anything} @anymore
nothing {,much,really} {matters,will matter} after {this,next} {month,week{,end}}
{the rest,nothing,none of it} {doesnt,wont} matter after {@weekday,@tonight,tomorrow}
@dontcant see {much,any,the} point {in the mornings,in getting up,in waking up,@anymore,in anything}`,
  ownHands: `
{tak{e,ing}} matters into my own hands`,
  stash: `
{hid{,den,ing},stash{ed,ing}} ~4 {around the house,in my room,everywhere,in my bag}
so i always have one {close,near,with me}
taped {under,behind,inside}`,
  waitingAlone: `
{just,} waiting for {everyone,@them,the house} to {go to bed,go to sleep,fall asleep,leave,go out,be asleep}
{just,} waiting @until {everyones,everyone is,theyre,they are,hes,shes} asleep {|,to do it,then,so i can do it}`,
  booze: `
{bottle of,the} {vodka,whisk{ey,y},gin,rum,wine,tequila}`,
  gain: `
{theyd,they would,she would,shed,he would,hed,my family would,my kids would,my wife would,my husband would} get the @estate
{my wife,my husband,@myfamily,@they} {get{,s},will get} the @estate`,
  notBad: `
wouldnt {be the worst thing,be so bad,be a bad thing,mind,care}
{wont,wouldnt} be sad
be {a relief,okay with that,ok with that}
{@id,i wil,ill} be {grateful,relieved,thankful}
{no pasa nada,mejor para todos}`,
  // A gun, handled.
  dwell: `
{been thinking,keep thinking,think} about it {a lot,all the time,@daily}`,
  // At the station, and a last word before the train.
  platform: `
{standing,sitting,waiting} {at,on} the {station,platform,tracks}`,
  lastTell: `
{needed,wanted,had} to tell someone before
before the next train !{to,into,home,leaves,arrives,comes,back,at,in}`,
  gun: `
{@gun,firearm,service weapon} !{safety,club,range,collection,shop,store,licence,license,course{,s},instructor,show,control,law,laws}
{revolver,handgun}`,
  handle: `
{taking it out,holding it,hold it,loaded it,loading it,load it,staring at it}
{know the code,the key to the,where he keeps,where she keeps,the combination}
the code is
under my pillow
{sle{ep,eping,pt}} with {it,the gun}
{figure,think of,work out} why not to
{looking,staring} at the @gun !{scope{,s},reviews,prices,range}
loaded {on the table,in front of me,next to me,beside me}`,
  // Under the water, and not coming up.
  underwater: `
{the bath,a bath,underwater,under the water,in the pool}`,
  stayUnder: `
{get{,ting}} past the point {whe{n,re}} i {panic,start to panic}
{not coming up,not come up,wont come up,never come up,stay under,staying under,stay down there,{sli{de,p},sink,go} under and stay {there,down,under}} !{for {a,one,@few,five,a few,ten,thirty,forty,fifty,sixty,ninety} {minute{,s},seconds},longer}
{didnt,wouldnt,never} have to come {up,back up}
walk {in,into the {@water,reservoir}} and keep walking
{not,never,wont} {com{e,ing}} back up
stayed under @until
{nearly,almost} didnt come up`,
  // Something electric beside the bath.
  mains: `
{hairdryer,hair dryer,toaster,heater,plugged in,extension lead}`,
  // Water, and lingering there.
  waterside: `
the {reservoir,canal,weir,river,lake,quarry,dam}`,
  linger: `
{lean{,ing,ed},leant} ~3 over the {rail{,s,ing{,s}},edge,barrier,parapet,side}
{some nights,@nightly} ~6 {walk{,ing},go,going} to the edge {of the dam,of the water,of the weir,|}
{slowing down,slow down,pull over,pulling over,pulled over,stop the car,stopping the car} {|,there,at,by,near,on}
{walk{,ed,ing},wander{,ing}} along {it,the tracks,the line,the railway,the edge,the cliff,the cliffs} {@nightly,late at night,alone,in the dark}
@stand by the {barrier,railing{,s},edge,parapet,ledge,fence}
@stand by the {window,open window,edge,railing} ~~10 {think about it,thinking about it,jumping,the drop,looking down}
one way {ticket,train ticket,flight}
{mir{ando,e,o}} {el agua,el rio,las vias,abajo,hacia abajo,el mar,el vacio}
pienso en quedarme {ahi,alli,en las vias}
part of me {want{ed,s}} to {kep going,step {of,out,forward},jump !{again},let go,lean over,fal}
{casi,} todas las noches {voy,me voy,camino,conduzco}
@sit in the car for {an hour,hours,ages}
{staring,looking} at the water
{sat,sitting,stood,standing} on the {wall,edge,railing,barrier} for {an hour,hours,ages,a long time,a while}
{go,going,come} back {tonight,tomorrow,later}
{most nights,@nightly,some nights} i {drive,go,walk} {,out,down,up} to ~8 {sit,stand,park,wait}
{looking at,looked at,check{ed,ing}} the tide {tables,times}
{just,} sitting there {with the engine off,in the dark}
{park{,ed,ing},@stand} at the top of
{sto{od,p,pped,pping},stand{,ing},@sit} there for {an hour,hours,ages,a long time,a while}
{me quede,estuve} {una hora,horas,mucho rato,un buen rato}
{took,take{,n}} my shoes off
{go,going} back there {in the evenings,@nightly,every evening,most nights,alone}
@sit in @my car at the top
{just,} looking down {|,at the {drop,ground,road,cars,water,tracks,street}}
{time{,s},when} the {security guard,guard{,s},patrol,warden} {does,do,make{,s},walks} {@their,the} {round{,s},patrol}
{a gap,no one around,nobody around,nobody about} {around,at,between,after} {midnight,1am,2am,3am,4am,night}
{keep,kept,been} going back ~8 {and,just} @stand there
waiting for the barriers to come down
how {cold,deep} the water would {be,feel} !{in,for,at,on,this,today,tomorrow}
{work{,ed,ing}} up the {courage,nerve} !{to,for}
@sit on the {wall,edge,ledge,railing,parapet} with my legs {over,dangling}
@sit on the {wall,edge,railing,parapet,ledge} ~~12 {this week is the one,tonight is the night,its time,im ready} |`,
  // Not eating or drinking, and not wanting to be saved.
  stopIntake: `
{stop{,ped},not} {drinking water,drinking anything,eating}
@not {eaten,had anything to eat} {in,for} ~1 days
@not had {water,anything to drink} {in,for} ~1 days`,
  // Too much of a drug at once.
  tooMuch: `
@took a handful
{throwing up,vomiting,being sick} blood after drinking
{using,on,doing} {meth,speed,coke,crack} for {a week,days,three days}
{took,taken,done,had,did} {a load of,loads of,too much,a lot of,a bunch of} {mdma,ecstasy,cocaine,ket{,amine},speed,molly,pills}
@drank {mouthwash,hand {saniti{ser,zer},gel},rubbing alcohol,surgical spirit,antifreeze,meths,methylated spirits}
{used,took,taken,injected,did,had} a {much,way,lot} {bigger,larger} {amount,dose,hit,shot}
{mix{ed,ing},took,taken} {my,} {benzos,xanax,diazepam,valium,sleeping pills,@pills} {with,and} {a lot of,loads of,too much,a bottle of,} {wine,vodka,alcohol,booze,drink}`,
  // Days without sleep, or feeling unstoppable: with a reckless plan, mania in danger.
  sleepless: `
{@not,hardly,barely} slept {in,for} {@few,five,six,seve{n,ral},a few,3,4,5,6,7} {days,nights}
@felt {invincible,unstoppable,untouchable,like a god,like i cant die,like im on a mision from god}
me siento {invencible,inmortal}
{awake,up} for {@few,five,six,several,a few,3,4,5,6,7} {days,nights} !{with,because,{,looking} after,caring,feeding}`,
  reckless: `
{gave,giv{en,ing}} away {al,} my {savings,money}
conduje ~6 {a toda velocidad,a 200,con los ojos cerados}
{@drive,rid{e,ing}} !{the,@our,us,@them,people,@their} ~8 {at top speed,at full speed,flat out,as fast as {the car,it,i} can go,at {a,} hundred {,miles an hour,mph}}
{to prove {i,that i} cant {die,be hurt,get hurt},because i {can fly,cant die}}
{spent,blown,blew} {al,} @our {savings,money} on
{feel,felt} like i can fly`,
  // Heavy drinking, and a fit on stopping.
  heavyDrinking: `
{@drinking,drank} {a,one,two,three,a whole} {litre{,s},bottle{,s}} {,of {vodka,gin,whisk{ey,y},rum,spirits}} {a day,every day,@daily}
{been,} drinking {since yesterday,for {@few,five,several,a few} days,all {night,weekend},nonstop,non stop}`,
  withdrawalFit: `
{seing things,hallucinating,shaking and sweating} ~~8 {stoping,stoped,quit{,ting}} drinking
{tried to,try to,try and,tried and} stop ~6 {had,@got,get} {a fit,a seizure,fits,seizures,the dts,dts}
{had,having} {some kind of,a} {fit,seizure}`,
  // Seeing or hearing what is not there.
  unreal: `
{started,been} {seeing,hearing} things
{see{,ing},hear{,ing}} things that arent there`,
  noRescue: `
dont want to be {rescued,saved,found}
im just waiting {now,for it,for the end}
until {i die,it stops,its over}
dont want {any{body,one},you,them} to {stop,save,find} me`,
  // Dead inside, and finishing the job.
  deadInside: `
{{already,} dead inside,a ghost already}`,
  finishIt: `
{finish{,ed,ing}} the job !{hunt,search,application{,s},interview{,s},@prep,today,this week,on time}
wouldnt make {much,any} difference`,
  // Rope kept, and knots practised.
  rope: `
{a length of rope,rope in my,the rope,some rope,@a rope in the {loft,attic,garage,shed,wardrobe,cupboard}}`,
  knots: `
{tying,tie{,d}} {knots,a knot}
{@chose,found} the {tree,beam,branch,hook}
knots from a video`,
  cover: `
told {the guy,@them,the man,the woman,the cashier,everyone} it was for
told {@them,everyone} they {were,are} {old,vitamins,for}
told {my therapist,my doctor,my gp,my counsellor,my counselor,my psychiatrist,the nurse,the crisis team,my family,everyone} {im,i was} {@ok,better} | i {lied,was lying}`,
  // Revenge, and a weapon at hand.
  revenge: `
make {@them,{@them,} all,everyone,those people,{the people,the ones,everyone,those,the kids,the girls,the boys,the lads} who {hurt,bullied,betrayed,abused} me} {pay,suffer}
@scared of what {ill,i might,i wil,im going to} do to {@them,my boss,my ex}
{get{,ting},tak{e,ing}} {revenge,my revenge}
{get{,ting},got} back at @them
{pay,suffer} for what @they {did,has done,have done}
punish {the people,everyone,the ones,those} who {hurt,bullied} me`,
  weapon: `
{@got,bought,carry{,ing},keep} a {knife,gun,blade,bat,machete,hammer,crowbar}
{@got,taken,took,borrowed,found,grab{,bed}} {@my,his,my dads,my fathers,my brothers,my uncles} {@gun,revolver,handgun}
{has,owns} a @gun
{sharpen{,ed,ing}} a {knife,blade,machete}
{a,@my} {hammer,knife,bat,crowbar} on the passenger seat
{where,how} to {buy,get,get hold of} a {gun,pistol,handgun,firearm}
{bring{,ing},tak{e,ing}} something {to work,to school,in with me}`,
  // Things promised to friends, said as if in jest: someone else is the subject, so a sign of its own.
  giveaway: `
{giv{en,ing},gave} away {most of,all of,all,half of} my {things,stuff,belongings,possessions}
@give {my,all my} ~5 away
i {think,feel,know} its time !{to,for,i,we,that,when}
@they can have my {car,things,stuf,records,record colection,guitar,bike,boks,clothes,flat,jewel{ery,ry},plants}
{doesnt,dont} know i {mean{,t}} it
{gave,giv{en,ing}} my {little,younger,} {@sibling,@child,nephew,niece} my {favourite,} {games console,console,playstation,xbox,phone,guitar,bike,necklace,watch,ring}`,
  // Someone close to them at risk now (a parent writing about a teenager): crisis lines first.
  closeAtRisk: `
stoped eating and drinking ~~10 waiting to {go !{to,out,home,on,back,for,in},die}
{rang,caled} me {sobing,crying} ~4 {multi storey,car park,bridge,roof} ~~8 {went dead,hung up}
@threatens to {shot,hang} @himself
found {a,@his} note {saying,that said} sorry for everything
{sin tomar,no se toma,ha dejado {,de tomar}} {la insulina,sus pastillas,la medicacion,su medicacion} ~~12 {ya ha vivido bastante,quiere morir{,se},a proposito}
{stop{ed,ped},not} eating ~~12 made @their peace
{cut,overdose{,d},wrists,@pills} ~~16 @hewill do it properly {next,this} time
sabe como hacerlo ~~12 espera a que {nos vayamos,me vaya,se vayan,se duerman,no haya nadie} !{{,a dormir} para}
se {despid{e,io}} {de todos !{porque,en la reunion,en la fiesta,en el trabajo,en la oficina},y que lo siento por todo,y lo siento por todo,pidiendo perdon por todo} ~~12 no {contesta,coge,responde} {el,al} {telefono,movil}
@shes {taken,swallowed} all @his @medicines
locked @themselves in ~4 with {a,@my,@his} {@blade,@pills,rope}
locked @themselves in ~~12 {not,isnt,wont be} coming out alive
said goodbye ~~12 {like it was forever,@forever} !{when,because,as,after,before} ~~12 @noanswer
{text{ed,ing,s},messag{ed,ing},said,say{ing,s},told me,telling me} ~2 {tonights,tonight is} the night @he {,finally} {does,is going to do,will do,goes through with,ends} it
{stop{,ped,ping},refus{es,ing}} {eating,food,to eat} ~4 so @he can {die,go !{to,back,on,out},be with}
{taken,took} something !{for} ~~12 {wont,cant,doesnt} wake up !{before,@until,early,on time,in time}
{ha tomado,se tomo} algo ~~12 no {responde,reacciona,se despierta}
{mensaje,whatsapp,carta,nota,foto,audio,video} ~8 {diciendo adios,despidiendose,de despedida,hasta siempre} !{a {mis,mi,los,el} {companeros,equipo,jef{a,e},clientes,alumnos}} ~~12 no {me {contesta,responde},{contesta,responde,coge} {el telefono,al telefono,las llamadas,mis llamadas,el movil}}
{@lookafter,feed} {,my} {dog,cat,kids,plants,mum,mom} ~~12 {@noanswer,cant reach @them}
{cuida{,d}} de {mama,papa,mi madre,mi padre,tu madre,tu padre} ~~12 {no se donde esta,no contesta,no coge,apagado}
{found,read} {a,@his} {note,letter} ~~12 {sory,goodbye} ~~10 {loves us,love you,loves me,loved us}
{photo,pic{,ture}} of @his {wrists !{covered,in,with},cuts,bleding arm,arm bleding}
{texted,messaged,sent} me goodbye ~~8 answering
{texted,messaged,sent,wrote} {me,us} ~~10 {sory,loves me,love you,loves us} ~~10 {sory,loves me,love you,loves us} ~~10 @noanswer
@shes taken all @his ~2 @pills
locked @themselves in ~4 with {@their,my} ~2 {@pills,knife,razor} ~~12 {@noanswer,wont open,wont come out}
a {note,sign} on @their door !{saying {dont disturb,in a meeting,on a call,back in,busy}} ~~14 {@noanswer,not opening,wont open,isnt opening} !{email{,s},slack,messages,calls,the phone}
!{team,we,company} {posted,sent,texted,wrote} ~8 {a goodbye,se you on the other side} ~~12 @noanswer
{posted,sent,texted} {,me,us} a {photo,pic{,ture}} of ~4 {@pills,rope,noose,knife,bridge,@gun} ~~16 @noanswer !{because,as,now because}
@gun ~~16 {not to,dont} follow {@him,me}
{said,says,told me,texted} {,that} {hes,shes,theyre} done !{with,for,at,working,playing} ~~20 {gone quiet,room is empty,not answering,isnt answering,phone is off,phones off,no one has seen @him}
{love{,d,s}} {us,you,everyone} {all,} ~~12 {sorry,im sorry} for everything ~~16 @noanswer
{posted,texted,sent,wrote,messaged} {,me,us} @farewell ~~16 {@noanswer,location,door is locked,doors locked,door locked,wont open the door,wont open his door,wont open her door}
{thank you,thanks} for everything ~~16 door{,s} {is,} locked
@our ~2 year old ~~14 @toldme ~6 @they {want{,ed,s}} to {die,kill @themselves,be dead}
@our @close ~12 {has,have,had} {looked up,searched,googled,been googling,been looking up} {ways,how} to {die,kill @themselves,end it,end @their life}
{@he,and} {has,had} looked up ways
{want{,s}} to be dead by
{cut,carve,get} the devil out
smell of gas !{at} ~~12 @noanswer !{email{,s},messages}
{bulimic,anorexic,purging} ~~16 {cant stand up,collapsed,fainted,passed out}
{taken,took} @his ~2 @gun !{to the {range,club,shoot,clay shoot}} ~~12 @noanswer !{because,as}
{told,tells} ~4 @he has a plan for {the weekend,tonight,@weekday} ~~12 {wont say,wont tell,refuses to say}
{cut{s,ting}} ~~14 going deeper {until,til}
{starv{ed,ing}} @himself ~~12 {collapsed,fainted,passed out}
list ~6 {ways,methods} {@hes,theyre} {thinking of,thinking about,planning} {doing it,killing @himself,ending it}
@our @close ~6 @toldme ~3 @he {doesnt,didnt} want to {live,be alive,wake up}
@our @close ~6 @toldme ~3 @he {,doesnt want to,wants to,wanted to} {be alive,live anymore,kill @himself,end {it,his life,her life},be here anymore}
@our @close ~~6 @toldme ~8 @he {want{ed,s}} to die !{laughing,of,from,when,if,@their,my}
@our {@close,sons,daughters,@spouses,brothers,sisters,friends,dads} ~6 {is,has been,been,keeps} {talking about,saying} {killing @himself,suicide,wanting to die,not wanting to live,how {hed,shed} kill @himself}
mi {hij{a,o},amig{a,o},herman{a,o},pareja,novi{a,o},madre,padre} ~12 {me dijo,dice,me escribio,{,me} ha dicho,me ha escrito} que {no merece vivir,se va a {cortar las venas,suicidar,matar,pegar un tiro},quiere morir,quiere morirse,se quiere morir,no quiere vivir,ya no quiere vivir,se quiere matar,se quiere suicidar,tiene un plan para {matarse,suicidarse,quitarse la vida,morir},piensa {matarse,suicidarse,quitarse la vida},{se quiere,quiere} {ir para siempre !{a,de},desaparecer}}
@our @close ~8 {talking about,talks about,keeps talking about,keeps saying,says,said} ~3 {joining,being with,going to be with} @his {@kin,mother,father,friend} ~3 {who died,who passed,that died,in heaven,who killed}
@our @close ~6 {has been having,is having,has had,told me @he has,hes been having,shes been having,hes having,shes having,@he has been having} thoughts of {ending @his life,killing @himself,suicide}
{foto{,s}} de {una cuerda !{de,nueva},un cuchillo,una pistola,pastillas} ~~12 si {le,lo,la} dejo
si {le,lo,la} dejo ~~10 {se matara,se mata,se suicida,se quita la vida,se va a matar,se tira {del,por el} {balcon,puente}}
mi {hijo,hija,amig{a,o},herman{a,o},pareja,novi{a,o},madre,padre} ~6 me {dijo,escribio,ha dicho,ha escrito} que ya no quiere seguir !{con,en,estudiando,trabajando,jugando,ahi,alli,aqui,asi,de,el,la}
@their last {message,text} {said,was,just said} ~2 @farewell
{told,tells,texted} @his {teacher,friend{,s},mum,mom,dad,@sibling,counselor,counsellor,coach} @he {wants to,is going to,will} {kill @himself,die,end it}
{said,says,texted,told me,told us,messaged me} {@hes,she was,he was} going to {take all @his pils,kill @himself,end it,end @his life}
{@he,@close} {keeps saying,says,said,told me,told us} {@hes,she was,he was} going to stop {taking,} @his {,heart} @medicines ~6 so @he can {go,be with,join,see}
{help{,ing}} @him {go to sleep,sleep,go,die} @forever
{been,is,keeps,hes,shes} {saving,stockpiling,hoarding} @his @medicines
{cliff{,s},bridge,sea,river,lake,woods,tracks} ~~8 to be with @their {@kin,mother,father,partner,friend} !{for,at,on,this,next,over,and,in,while,during,to}
{texted,messaged,wrote,said,posted} ~6 @dont have to worry about {me,@him} {after tonight,after today,ever again}
{if,when} i {leave,break up with,dump,split up with} @him {shell,hell,she will,he will,she would,he would,she says shel,he says hel} {@hurt @himself,take all {@his,the} {,mums,moms,dads} @pills}
{threaten{ed,s},keeps threatening,says,said} @he {wil{,l},would,shel,hel,is going to} kill @himself !{laughing,if i dont {buy,get,take,bring}}
@toldme {wed,we would,youd,you would,everyone would} {manage,be,cope} {fine,better,better off,ok} without @him !{while,@when,once,after} ~~24 @give {away,} @his {tols,things,stuf,guitar,watch,clothes,bike,car,records,games,boks,fishing}
{crying,sobing} ~~14 {at,on} the {station,platform,bridge,tracks} !{because,after,as,since,waiting} ~~20 @noanswer
{refus{es,ing},stoped taking,stoped,wont take} @his {insulin,heart tablets,dialysis,@meds,tablets,pils} ~~20 no point {draging it out,living,in living,staying alive,going on living,carying on living}
@close ~~10 {post{ed,ing,s}} ~~6 black {scren{,s}} !{teasing,for,to,as,promoting,about} ~~12 soon
{search{ed,ing},@lookedup} {for,} painles {way{,s},methods} !{to {quit,stop,lose,learn,get,fix,make}}
{sorted,arranged,planned} ~1 @his {funeral,funeral plan} !{after,since,because,plan} ~~20 forgive @him
like @shes {going away,leaving} @forever ~~12 {hid{,den}} @his ~3 @pills
@dont have to put up with @them ~~12 {not leaving,isnt leaving,not retiring,isnt retiring}
more use out of {the{m,se},it,this} than {me,@him,i will,ill} {soon,where im going}
sorry for everything ~~12 @lookafter {mum,mom,dad,@our,the,@him}
@he {says,said,thinks,keeps saying} ~5 better off without @him !{as,in,on,at,there,here,around,for,now}
{gave,giv{en,ing}} {away,} @his ~~24 {doesnt matter now,doesnt matter anymore,wont need @it}
ha dejado una nota ~~10 no {sabemos donde esta,contesta,aparece}
{god,the devil,satan,an angel,the voices,a voice} {wants,told,tells,is telling,keeps telling} @him to {give {@him,the baby} back,@hurt,sacrifice,drown,harm,punish,smother}
{ha regalado,regalo} {su,sus} ~~12 no {contesta,responde,coge,abre} !{correos,emails,los correos}
{@close,mate{,s},friends,brothers,dads,husbands,sons} {,has} {been,keeps,kept} talking about @his @gun !{club,range,competition{,s},collection,licence} ~~16 {since,left,stopped,died,lost,funeral}`,
  // Watching the traffic or the trains go under a bridge, for a long time.
  watchTraffic: `
{look{,ed,ing},star{e,ed,ing},watch{,ed,ing}} at the {lories,tra{ffic,ins},cars,drop} {for ages,for hours,for a long time,for a while,go past,go under}
{star{e,ed,ing},look{,ed,ing}} {at,down at} the {motorway,railway,lories,tra{ffic,ins},river,water} ~4 {every evening,every night,every morning,every day,for hours,for ages}`,
  // Charcoal with the alarm silenced: a plan told by its shopping.
  charcoal: `
{bought,buying,@got,picked up} {,some,a bag of,a bag of the} charcoal
{compre,he comprado,tengo} carbon`,
  alarmOff: `
{@take,taken,removed} the batter* out of the {smoke,carbon monoxide,co,fire} alarm
not {planning,having,doing} a {barbecue,bbq}
{tap{e,ed,ing},seal{,ed,ing}} {up,} the ~1 {windows,door{,s},vents,gaps}
{he tapado,tap{ar,e},selle,he sellado} {las rendijas,la puerta,las ventanas,la ventana}`,
  // Where the person who hurt them can be found: with revenge or a weapon, a plan to harm.
  whereabouts: `
{know,found out,@workedout} where ~6 {live{,s},parks,works,sleeps,drinks}
@their {address{,es}}
{started,been,keep} {following,stalking} {@him,them,my {neighbo{r,ur},ex,boss}}`,
  // An eating disorder's behaviour beside a body in danger: crisis, not therapy.
  edBehaviour: `
stoped {eating and drinking,drinking and eating}
{eat{,en,ing}} almost nothing
{dont,only,barely} eat{,ing} {more than,} {an aple,a piece of fruit,a yoghurt,a cracker,a rice cake} a day
{purg{e,ed,ing},making myself sick,make myself sick,made myself sick,taking laxatives,abusing laxatives,starving myself,restricting,barely eating,eating nothing,not eating anything}
cant {make,bring} myself {to eat,eat}
@not eaten {properly,anything} {for,in} ~1 {days,weeks,a week,a month,months}
stopped eating {@few,five,six,a few,several,to,3,for,5,6,7} {days,weeks} ago
{down to,eat{,ing},living on,under,less than} {{1,2,3,4,5,6,7}{00,50},{one,@few,five,six,seven} hundred} {cal{ories,s},kcal} {a day,per day,daily} !{on {,@my} {fast{,ing},diet} days,twice a week,two days a week}
my {anorexia,bulimia,eating disorder} {is,s,has come,came} back
{thr{ow,owing},vomit{,ing},being sick} {up,} after {every meal,meals,eating} for {weeks,months,years}`,
  bodyDanger: `
{lips,fingers} {went,turn{,ed},are} blue
breathing {is,feels,fels} {realy,very,so,} slow
my {pe,urine,wee} is {dark,brown}
{chest hurts,chest pain,chest pains,palpitations,irregular heartbeat,faint{ed,ing},passed out,passing out,blacking out,blacked out,collapsed}
{my,@his} heart {is doing {strange,weird} flutters,feels weird,feels funny,feels strange,is skipping,keeps skipping,skips,is racing,races,flutters,is fluttering,is pounding,pounds,is going {crazy,mad,so fast}} !{with,when i {se,think,talk,meet}}
{my,} hair {is falling,falling,keeps falling,has been falling,comes} out
{throwing up,vomiting,sick,purging,coughing up} blood
blood when {im sick,i {throw up,vomit,make myself sick}}
down to {3@digit,4{0,1,2,3,4}} {kilo{grams,s},kg,kgs}
down to {five,six,5,6} stone
down to {7@digit,8@digit,9@digit} {pounds,lbs}
{pes{ar,o}} {3@digit,4{0,1,2,3,4}} {kilos,kg}
{me desmayo,me desmaye,me he desmayado,desmayos,se desmaya,{vomit{e,o},vomitando,vomitar} sangre,me duele el pecho,el corazon me {late raro,va muy rapido,da saltos},se me cae el pelo}
{dizzy,light headed,lightheaded} {all the time,every time i stand,whenever i stand,when i stand}
{heart rate,pulse,blood pressure,potassium,heartbeat} {is,was,has been,} {dangerously,really,very,so,too,worryingly} low
too {dizzy,weak} to {stand,walk,get up}
cant feel my {legs,arms,hands,feet,face,body}
my {vision,eyesight} {is,has gone,went,keeps going} {blur{red,y},double}
{can barely,cant,struggling to} keep my eyes open
{hard,struggling,difficult} to breathe`,
  edConducta: `
{me provoco el vomito,{vomit{ando,o},dev{olviendo,uelvo}} {despues de,tras} {comer,cada comida,las comidas},laxantes,purgar,purgarme,me purgo,purgo,purgando,atracon,atracones,no como {nada,casi nada},dejo de comer,{he,ha} dejado de comer !{carne,pescado,gluten,azucar,dulces,lacteos,comida,fuera},no he comido {nada,en dias}}`,
  // A car ready, and a place nobody goes.
  carReady: `
{fill{,ed}} the car
{petrol,fuel} in the car
{hose{,pipe}} in the {boot,trunk} !{for @my}
{tube,a hose,hosepipe} in my car
{car keys and a hose,a hose and the car keys,hose and the keys} in my {bag,car,boot}
{tak{e,ing},driv{e,ing}} the car {out,} {to,into} the {woods,forest} {|,tonight,at night,alone}`,
  undecided: `
{feel{,ing}} {calm{,er},better,safer} knowing {@its,theyre,they are} there
{havent,not yet} decided {whe{n,re}}
ready {,for} when i {decide,choose} !{to,whe{re,ther},if,on,@which,how,between}`,
  chosenPlace: `
{plan{ed,ned},worked out,mapped out} @my route to !{work,the office,school,the gym,the start,the finish,the venue}
{@chose,found} @a {spot,place} !{for,to {open,build,put,start,live,run,set up},where i {can,could} {work,write,live,study}}
{went,been,going} {there,back} ~3 to check`,
  // Been to a place with a drop before, to look.
  scouted: `
{been,went,gone} {there,} before to {look,check}`,
  // A last time, decided.
  lastTime: `
{this is,this will be,its going to be,its} my last {@day,week{,end},month,christmas,birthday} !{@prep,of,before,on,as,working,off,to,for}
{@daysoon,today} is the day !{i,we,to,for,of,my,that,when,after,before}
sera mi {ultim{a,o}} {mes,semana,dia,noche,navidad,cumpleanos}`,
  nobodyGoes: `
{where,that} @nobody {goes,comes,would find me}
where @nobody {walks,ever goes,would look}
{i go,going,il go,ill go} there ~3 {when,while} @its quiet |
@nobody {walks,goes,comes} there
{somewhere,a spot,a place} {quiet,out of the way,secluded} to park
{quiet,secluded} {spot,place} to park`,
  // Wishing not to wake, and making sure of it.
  wake: `
wish {i,id} {hadnt,didnt,never} {woke{,n},wake} up
{not,never,wont,wouldnt} wake up
wake up disappointed
{disappointed,gutted,angry} {,that} {im still here,i {woke up,did}}`,
  makeSure: `
{ways to make sure,how to make sure,make sure i dont,make sure of it}`,
  // Everything prepared, and kept secret.
  ready: `
@got everything ready !{to {,finally} {write,start,launch,build,begin,open,study,finish,work on}}
everything is ready
its all ready
everything {,is} in place
@got it all planned
{everything planned,everything sorted,made up my mind}
{already,ive} decided
{ive got,i have,i now have} everything i need !{to,for,now}
made my decision
{the date,a date,the day} {circled,marked,picked,chosen} !{for {@a,@our}}
know what @ill do
im done waiting
{only need,just need,just have} to {pick,choose} the {day,date,time} |
{after,by,before} {@occasion,the holidays,the weekend,next week,the end of the month} {,i think,i guess} {@ill,i wil} be ready !{to,for}
{ya lo tengo todo pensado,lo tengo todo planeado,ya lo tengo decidido,ya lo he decidido}`,
  // Those said goodbye to, who do not know it ("aunque ellos no lo saben"; not "todavía").
  unaware: `
{aunque,pero} {ell{a,os},el} no lo sabe{,n} !{todavia,aun}`,
  secret: `
@wont say more
{not telling,havent told,not told} anyone
@nobody knows
dont want anyone to know
{keep{,ing}} it to myself
{told,tell} {my therapist,my doctor,my gp,them,everyone} {im,i was} fine
so @they {wouldnt,wont} {section me,worry,find out}`,
  // —— Signs on their own (first written as regular expressions, then turned into phrases) ——
  notWantingToLive: `
how long {it would take,before,until} ~6 {notice{,d},find,found} {i was gone,im gone,i was dead,my body}
how {peaceful,nice,easy,good} it would be to {,just} {not exist,not be here,die,not wake up,disappear,be dead}
@hope a {car,bus,truck,lorry,train} {@would,could} {hit me,run me over,kill me,knock me down}
{@fantasise,daydream{,ing},dream{,ing}} about a {car,bus,truck,lorry,train} {hitting me,running me over,killing me,knocking me down}
{wouldnt,@dont,not} {get it treated,have it treated,have treatment,fight it,take the treatment,want treatment,getting treatment,having treatment,getting it treated,fighting it} ~~8 {relie{f,ved},let it,let it happen,glad,fine with,welcome it,welcome}
{thought{,s},think{,ing}} {about,of} not being @here !{{@when,in,to}}
{regret it,be sorry,miss me,understand,care} {when,once,after} im {dead,gone}
{just,} waiting to die
{@hoping,praying} {it comes,@its,death comes,i die,it happens,it ends} soon
{want{,ing},like,wish} to stop existing !{on,as,in,like,just,for,only,between,around}
{want{,ing},like,wish} to stop being alive
{want{,ing},like,wish} to stop living !{for,like,@prep,on,as,paycheck,@my,out,off,under,through,by,beyond,above,so}
{had enough of,finished with} {@existing,life} !{pay{,check},like,off,beyond,through,@prep,as,on,here,there,under,without,for,of,from,by}
im going to jump {|,@today,now} !{@prep,on,into,for,from,over,off @a {diving,high} board,rope,out of @a plane}
{nothing,it,things} {will ever,is ever going to,will never,wil never,never} get {better,easier} ~~4 {im done,i give up,i cant}
@existing {hurts,is too painful,is agony,is unbearable} {too much,|}
@dontcant trust myself {around,near,on,with} {the train tracks,trains,the tracks,bridges,heights,the balcony,my pills,the pills,knives,the edge,platforms,the railway,the river,myself tonight}
@doubt {im,@ill} {going to be,be} @here {much longer,for long,much more,by {christmas,summer,next year,the end}}
{dont,didnt,no longer,not sure i,never} {want,wish,care} {,to} {live,be alive,exist,be here anymore,be here |,wake up,go on,keep living,keep going,continue living}
{life,living} {isnt,aint,is no longer,isnt really,doesnt feel,dont feel,hasnt been} worth {living,it,it anymore,the pain,the effort,the struggle} !{to,for,if,when,at,in,on,because}
{life,living} s not worth {living,it}
{any,a,one,single} {,good} reason {to,for} {keep living,liv{e,ing},go on,going on,stay alive,be alive,stay,keep going} !{@prep,to}
disappointed {that,when,to} {i woke up,i wake up,wake up,im still here,im still alive,i survived} !{late,early,at,before,tired}
{say{,ing},said} if im still @here about {everything,all my plans,the future,next year,anything}
nothing {keeping,to keep} me {going,here,alive} !@prep
why {,should i,i should} {,even} bother {getting up,waking up,living,staying alive,going on,carrying on} !{early,at,before,with}
{@hoping,wish} i {@dont,never} {have to get,wake,get} up again !{early,at,before}
how {quick,easy,fast} it would be to {step,walk,jump} {out,in front}
{no,not any,nothing,zero} {reason{,s},point} {,in,to,of,for me to,for me in} {,me} {liv{e,ing},go on,going on,being alive,be alive,keep going,keep living,carry on,stay,being here,sticking around,staying around,being around} !{about,@prep {this,that,@my} {job,company,role,team,firm,ofice,city,town,course,career,school,relationship,marriage},at work}
whats the point {of,in} {life,anything}
{dont,cant,no longer,not} {,really,even,honestly} see {@a,any} point {of,in,to} {living,life,being alive,{going on,carrying on,staying,being here,sticking around,staying around,being around} !{@prep,on,as}}
{no,not any,zero} reason {for me,} to be here {|,@anymore}
{dont,cant,no longer,not} see {@a,any} point {of,in} {tomorrow,next week,next month,next year,another day,another week,another year} !{of,@prep,on,for,meeting{,s},trip,launch,plan,class}
lost {the,al} {wil,reason,point} {to,of,in} {liv{e,ing},go on,going on}
{tired,sick,exhausted} of {@existing,life} !{pay{,check},@prep,on,under,here,there,like,out,from,by,month,week,alone,this way,as,for}
{sleep,fall asleep} {,and,forever and} {not,never} {,have to} wake up
be {@ok,glad,happy,relieved} if i {didnt,never,dont} wake up !{in time,on time,early,for,at,before,to}
{@imagine,@fantasise about} ~10 {me not surviving,not surviving,me dying,i die,i dont survive,i wouldnt survive}
if i {dont,never,didnt} wake up {,tomorrow,in the morning,again} !{in,on,early,at,before,for,to,til,until,when,after,because} ~~3 {good,fine,so be it,i dont care,i wouldnt mind,whatever,relief,a relief,better,id be glad,thats fine,thats ok}
{relief,peaceful,easier,beter,nice,simpler} to {,just} {not exist,not be here,not be alive,be dead,die,stop existing,not wake up}
{easier,beter,simpler,a relief,more peaceful} {,for everyone} {to be gone,if i was gone,if i were gone,if i wasnt here,if i werent here,if i wasnt around,if i werent around,if i wasnt alive,if i was dead,if i were dead} !{@when,from,by,until,before,while,in,this,next,to,@my,al,so,as,much,more,people}
@nobody {@would,is going to} {,eve{n,r},really} miss me {|,if,when,at al}
cant {keep,go on,carry on} @existing !{pay{,check},like,@prep,on,under,off,from,out,for,as,by,without,through,this way,my}
cant do this @anymore {|} !{{i,we} {need,want,would like} {a,to},help me,how do i}
dont want to be here any more
{im,feel like} a waste of {space,oxygen,air,skin,a life}
{@everybody,they all,people} hate{,s} me ~~6 should {go,disappear,die,just go,leave for good}
nothing left for me {|,anymore,in this world,in life,here |}
@dontcant see {a,any} future for {me,myself} {|,anymore}
{plan{ing,ned,ning}} my {death,suicide,own death}
{keep,stop{,ing},keping} myself from acting on {@it,these,the thoughts,my thoughts,the urge{,s}}
{wish{,ing},@hoping,want,pray{,ing},rather} ~6 {not,never,wouldnt,@dont,didnt} {,to} wake up !{{at,before,early,so early,too early,in the night,during the night,at night,tired,groggy,with,again at,feeling,late,on time,in a panic,anxious,stresed,in a sweat}}
{have,let} {everything,it,it al,al of {it,this}} {,al} be over
close my eyes ~~8 {be over,never open,not open,not wake,@forever}
@whodied ~~6 {envy,jealous}
{envy,jealous of} ~6 @whodied
{wak{e,ing},woke} up {disappointed,gutted,angry} {,that} i did
had enough of {this,the} world !{of}
{angry,gutted} {@they,someone} saved me !{@a,an,some,money,time}`,
  burden: `
{better off,happier,easier for everyone} if i {,just} {wasnt,werent,was gone,were gone,wasnt around,died,fell asleep and {that was it,never woke up,didnt wake up}} !{{there,here,around,in} {@when,in,every,all,today,tomorrow}}
if i {wasnt,werent} @here anymore
{im,feel like,being} {,just} {a,such a} burden !{at work,to my team,on my team,on the team,at school,in class,in meetings,at the office}
burden {to,on} {@everybody,my family,others,the people}
{waiting for,want{,s}} me to {disappear,die,be gone,kill myself}
{want{,s}} me {gone,dead}
{@nobody,no body} {@would,could} {,eve{n,r},really,actually} {miss,notice,care} ~4 {gone,dead,died,die,disappeared,not here,{walk{,ed},swam,drove} into the {@water,traffic,canal}}
better off if {i,id} {had,} never {been born,existed}
better off without {a,an,someone} ~1 like me
{after that,soon,then} i wont be a {problem,burden}
be {@ok,better,happier,better off} if i {disappeared,vanished,was gone,were gone,wasnt here,wasnt around,died,just disappeared} !{for,on,to,from,into,off}
{everyone,they,@myfamily,people,the kids} would {cope,be fine,manage,get over it,move on} ~~6 {relie{f,ved},better off,happier,easier}
{soy,ser} una carga para {todos,mi familia,mis hijos,los demas}
@dont have to put up with me {much,for much} longer
{notice,miss me,care} if i {stopped showing up,disappeared,vanished} ~~14 {mak{e,ing}} {it,that,this} permanent`,
  planOrMeans: `
{helium,nitrogen} !{balloon{,s}} ~~12 {buy,order,get hold of,without anyone,hood,mask}
{pumped my stomach,had my stomach pumped,stomach was pumped}
{he buscado,bus{cando,co,que}} ~3 cuantas {pastillas,pildoras} ~3 {hacen falta,necesito,harian falta}
{one,two,a few} more ~2 {pil,pils,tablet{,s}} than {the night before,yesterday,last night,the day before,last time}
{envelope,folder,box} {marked,label{ed,led}} {after |,for after,when im gone}
one way ticket ~~14 not {bringing,taking} a coat
{fast trains,train comes,trains come,the edge,the yellow line} ~~14 force myself to step back !{and}
{rope,beam,hook,ban{ister,nister}} ~6 {hold{,s},take{,s},support{,s}} {a persons,my,a bodys,someones} weight
{sorted,rehomed,found a home for} ~3 @pet ~~16 {it,nothing} wont matter !{if}
{sold,selling,gave,giv{en,ing}} ~~14 @dont need {money,any money} where im going
@which {train lines,stations,platforms} dont have {barriers,gates,screens} !{wide,for,that,big,with}
{carta{,s}} {para,a} {mis,mi} ~~10 {he elegido,elegi,tengo elegido} {el dia,la fecha}
{letter{,s},note{,s},instructions,papers} ~~12 for when {they,@someone,somebody} find{,s} me
{bought,buy{,ing},got} extra @medicines !{for,to} ~~12 {keeping,hid{,ing},kept} @it {in,under} my {drawer,room,bag,wardrobe,bed}
{@take,swallow{,ing}} {all,every one} {,of} {@my,those} {pils,meds,tablets} !{every,each,as {prescribed,directed},daily,regularly,on time}
enough {@pills,sleeping pills}
how many {,of} {,my,the{,se},those} {,sleeping} @pills
{bought,buy{,ing},got} {,a,some} {rope,nose} !{swing,ladder,light,lights,for {@our,@a} {climbing,sailing,boat,camping,tent,garden,swing,tree swing,dog,gym,course,kids,caving,abseiling,washing line,lights,decorations,tree,stage,set,display}}
{painles,quickest,easiest,fastest,best} {way{,s}} to {go,die,do it,end}
{how,when} {im going to,{i,id} {would,wil,could}} do it
@swallow{,ed} {everything,al} in the {,medicine} cabinet
bleed out
@pills i {was,had been,have been,ve been} {hiding,hoarding,saving,stashing}
{took,take{,n}} more {,of my} @pills than {im,i was} {meant,supposed} to
{tom{ado,e,o}} mas {pastillas,medicamentos,calmantes} de {las,los} que {deb{eria,ia,o}}
@medicines {saved,sto{ckpiled,red},hiden,stashed,set aside}
@medicines ready !{to collect,for {collection,pickup,pick up,me to collect},at @my {pharmacy,chemist},when i decide {whether,to,if}}
@setaside {,some,a few} @medicines aside
{put{,ting},set{,ting}} {aside,away} ~4 @medsall !{for {@my,a} {trip,holiday,travel,journey}}
{collection,pile,stash,stockpile,hoard} of @medicines ~4 {shoebox,shoe box,drawer,wardrobe,hidden,under my bed,sock,box}
{step{,ing,ped},jump{,ing},walk{,ing},throw myself,throwing myself,lie down,lying down,driv{e,ing}} {,off the kerb,off the curb} {in front of,infront of,under,into} {@a,oncoming} {@vehicle,tra{fic,m}}
blow my brains
suck {,on} {a,@my} {barrel,gun,shotgun,pistol}
{eat{,ing},ate} {a,@my} {gun,bullet,shotgun}
{sli{ce,t},cut,slash,open}{,ing} {my,both} {wrist{,s},throat,veins}
suicide {note,leter}
goodbye {note,notes,leter,leters,mesage{,s},text{,s},email{,s},video{,s}} !{to {@our,the} {coleagues,@team,customers,staf,co workers,volunteers,patients},for {@our,the} {coleagues,team,clients,students,class,customers,leaving}}
final goodbye
{said,saying} my goodbyes !{to {@our,the} {,old} {@team,colleagues,office,job}}
giv{e,ing,en} away {my,al my} {things,stuf,belongings,posessions,pets}
giv{e,ing,en} {,al} {my,of my} {things,stuf,belongings,posessions,pets} away
{@take,swallow{,ing},inject{,ing},down{,ing}} {everything,@it,those,these,al of @it} al at once
so {my family,they,everyone,people,my {kids,parents,@spouse}} {wont,wil not} be {surprised,shocked}
{wont,doesnt,wouldnt,wil not} mater when im {not in it,gone,not here,not around}
{@workedout,decided,@chose} {@which,the} {bridge,building,cliff,method,spot}
{wrote,writ{e,en,ing},plan{,ed,ing}} my {,own} {eulogy,obituary,funeral} !{as {an,a} {exercise,coaching exercise,values exercise},for {a,@my} {course,class,workshop,exercise}}
{@wont,wil not} be {any{bodys,ones},your,their,everyones} {problem,burden}
{second,another,third,extra,one more} @packet of @medicines
{stop{ed,ing,s},kep{ing,s,t},holding} me {,back} from {ending it,ending my life,kiling myself,doing it,going through with it,acting on}
{know,knew,decided,planned,@workedout} {how,whe{n,re}} {i,@id,i wil,im going to,to} {do,end} it
{@chose,set,decided on} @a date !{for,to,with,of}
{@got,made,set,picked} {a,my} plan and @a {date,time,method} !{for,to,of,with,when,on}
{easier,beter,simpler} {to,if i} {,just} {not be,didnt exist,wasnt here,not exist} !{@a,an,so,as,in,involved,part,on,at}
who {should,wil,would,is going to,gets to} {get,have,take,look after,care for,feed} @my {@pet,pet{,s},things,stuf,@kids} !{while,when im away,during,for the,next,this,on}
{@pills,medication,bottle} ~~20 @swallow {the{m,se},it,those} all
{crash{,ed,ing},driv{e,ing},swerv{e,ing},wreck{,ing}} ~8 on purpose
engine {on,running} ~~10 {garage,door closed,doors shut,windows up}
{garage,door closed,doors shut} ~~10 engine {on,running}
{note{,s},leter{,s}} to {,my} {@household,@spouse,parents,mom,dad,@child} ~8 {why i {had to go,did it,couldnt stay,couldnt go on,left them},goodbye,sorry,had to go}
@lookedup ~3 {overdose{,s},lethal dose{,s},lethal}
lethal dose
{keep{,ing},kept,hid{,den,e},bought} {the,some,a bottle of} {@poison,weedkiller,rat poison} {in my room,under my bed,in my car,in my bag,by my bed}
in the car with @a {hose{,pipe},pipe,tube}
{tak{e,ing},swallow{,ing}} the rest of @my @medsall
{im going to go,going,ill go,i will go,i went,walk{,ed},drive,drove,take myself} to the {woods,forest} {with,and take} {@a,some} rope
@might {look,seem,pass} {like,as} an accident
{know{,s},@workedout,found out} {,exactly} {@which,how much} {dose,amount} {@would,could,is enough to} {do it,kill,be enough,end it}
{pils,tablets,meds,painkilers,razor{,s},blade{,s}} ~3 {lined up,laid out,counted out,al set out}
my head ~4 with a @gun
{note{,s},leter{,s},message{,s},video} ~8 saying goodbye
saying {,my} goodbye{,s} to {@everybody,my {@household,friends,parents}}
@stand ~5 {top,edge} of ~7 looking down
voice{,s} ~3 {tel{,s,ling},told,say{,s,ing},command{,ing}} ~3 {,me} to {hurt,kil,harm,stab,jump,die,end}
{@drinking,drunk,pils} ~8 {courage,nerve,guts} to {,finally} {do,go through with} it
{,just} {not turn,not brake,let go of the {,steering} wheel,keep driving straight} ~8 {bend,curve,corner,bridge,river,cliff,wall,tree,trafic,edge}
how many !{sessions,calories,steps,hours,days,weeks,months,years,people,clients,customers,sales,miles,reps,words,pages,times,applications,interviews} ~7 {it would take,would it take,it takes to,to die,would kil,is lethal,is fatal,to overdose}
how many {paracetamol,tylenol,ibuprofen,aspirin,advil,xanax,insulin}
@payout ~10 beter off
beter off ~10 @payout
@swallow ~2 {whole,entire,ful} {pack{,et},botle,box,strip,blister}
@lookedup ~5 {med{ications,s},pils,drugs,tablets} ~5 {dangerous,lethal,fatal,deadly}
with {@my,a} {@blade,pils,rope} ~~5 {count{,ing},wait{,ing},star{e,ing}}
{took,gave,rehomed,left} ~5 {dog,cat,pet{,s}} ~8 for god
how dep ~5 {enough,to cut,would it take}
{ghost,gone,dead} ~~10 {make,made} it oficial
@nobody ~8 notice ~8 if {something,anything} {happen{ed,s}} to me
gas on ~~8 {sleep,bed,hoping}
{text,mesage,leter,note,email,video} ~8 {send,leave,give} ~5 before i go
goodbye ~~15 {doesnt,@dont,didnt} {know,understand,reali{se,ze}} {what,why} i
{tie{,d},tying} ~5 {belt,cord,cable,scarf,rope,sheet,tie} ~8 {door,wardrobe,banister,beam,rail,hok,pipe}
{belt,cord,ligature,scarf} ~~12 {door hinge,hinge,banister,loft hatch,top of the door}
{skip{,ped,ping},stopped taking,not taking,stop taking} my {heart,blood pressure,insulin,epilepsy,seizure,diabetes,blood thinning} @medicines ~6 {so it,so that it,so my heart,hoping it,hoping my heart,until it,until my heart,in the hope}
to se if it {would,wil} hold
{cliff{,s},cliff edge,bridge,train tracks,railway,quary,dam} ~~15 {deciding,decide whether,make up my mind,work{,ed,ing} up the {courage,nerve} {|,to do it,to jump,to go through with it,to step off,to go over}}
{keep,kept,carry{,ing},have,hid{e,ing}} ~3 {razor{,s},blade{,s},pils,rope,gun,knife} ~8 {just in case,in case {i,@today,it},for when}
{into,in} the {@water,ocean,waves,woods,snow} ~5 {not come,never come,not coming,never coming,never came} {back,out,home}
sleep ~7 {,and} {not,never} {com{e,ing}} back
{swim{,ing},swam} out ~~10 {stop swiming,not come back,never come back,go under,sink,drown}
just stop swiming
{@sit,lay,lying,laid} ~8 with {@my,a} {@blade,pils,rope,gun}
{bath{,tub},tub} ~10 {razor,blade{,s}}
{razor,blade} ~8 {bath{,tub},tub}
bridge ~~15 {slow down,slowing down,look down,looking down,stop the car,pull over,lean over,climb over}
{want{,ed,s},urge{,s},tempted,@thinkabout} ~3 {to crash,to wreck,to roll,crashing,wrecking} @my {car,truck,motorbike,bike,van}
{stand{,ing},stood,step{,ping},lean{,ing},walk{,ing}} ~7 {platform edge,edge of the platform,onto the tracks,on the tracks,train tracks,railway line}
{hang{,ing}} @self
nose {around,for,ready}
{tie{,d},made} a nose
nose ~~40 {neck,hang,rope,ready,tie{,d},beam,closet}
!{died of an,died from an,died of,died from,death from an,death by,@their,after his,after her,after their,lost @them to an,{@kin,friend,father,mother,partner,cousin,uncle,aunt,nephew,niece,grand{daughter,son}} to an,@they,friend*,brother*,sister*,son*,daughter*,mum*,mom*,dad*,father*,mother*,husband*,wife*,partner*,cousin*,uncle*,aunt*} {overdos{e,ed,ing},over dose,over dosed,over dosing} !{on {coffee,caffeine,sugar,chocolate,deadlines,work,meetings,netflix}}
{stockpil{e,ed,ing},hoard{,ed,ing},saving up,save up,saved up,collect{,ed,ing},stash{,ed,ing}} ~2 {,sleep{,ing},pain,heart} @medicines !{from,at,on @my way,today,this morning}
{@drive,crash{,ing},steer{,ing},swerv{e,ing}} {,my car,the car,my truck} {into,off} {,@a} {wall{,s},tree{,s},bridge,road,cliff,truck,traffic,oncoming,barrier,guardrail,guard rail,pole,river,lake,median,central reservation}
{@took,downed} {,about,around,like,nearly,over,maybe,almost,at least} {ten,twelve,fifteen,twenty,thirty,forty,fifty,sixty,a hundred,{1,2,3,4,5,6,7,8,9}@digit*} {,of} {,@my,@his} {,sleeping} @medicines !{{over,in,across,during} @a {last,past,} {week{,s},month{,s},year},a {day,week,month}}
{steer{,ing},swerv{e,ing},crash{,ing},plo{ugh{,ing},w,wing}} {,my car,the car,my truck} through @a {barrier{,s},railing{,s},guardrail,guard rail,central reservation,fence}
{stood,stand{,ing},sat,sitting} {on,at} {,the} ~1 {edge,ledge,roof{,top},bridge,balcony,railing} !{of {a,@my} {career,change,decision,new,comfort,stage,pool,field,pitch,court}}
{@wrote,writing,posted,sent} {letters,notes} to {@everybody,all of them,each of them,the people i love,everyone i love} !{who,tha{nking,t},on,in,at,for,about,asking,inviting,ive,i have,i met,i know,i worked}
!{ceo,@boss,founder,colleague,coach} {@wrote,writing,left} {a,my} {,final,last,goodbye} {note,letter} !{to {myself,my self,my future self,future me,remind,@my {@boss,colleague,team,client},@boss,colleague,team,client},~4 to {thank,say thank you,apologi{se,ze},congratulate,invite,ask}}
{gun,pistol,rifle,@blade,rope} ~~12 {on,against,to,at} {myself,my self,my {head,wrist{,s},throat,neck,chest}}
{@take,swallow{,ed,ing},downed} {a {bunch,lot,whole lot,handful,load,whole bottle,bottle,box},all {,of} @my,too many,loads} {,of} {,@my,@their} ~1 {@pills,ibuprofen,paracetamol} !{every,each,as {prescribed,directed},daily,regularly,on time,for {@my,a} {back,head{,ache},migraine,period,cramps,knee}}
in case i {,decide to,want to,ever} {end it,end things,end my,kill*,die,go through with}
{jump{,ed,ing}} {off,from} {,a,@my} {bridge,building,roof,cliff,balcony,tower,overpass,window,parking garage,garage,car park,parking structure}
{sho{ot,oting,t},stab{,bed,bing},electrocut*,poison*,drown*,suffocat*,strangl*,set fire to,setting fire to,set{,ting},light{,ing}} @self !{up,a goal,goals,free,apart,on a,on the,up for,in the foot,in {work,my work,projects,tasks,books,coffee,paperwork,emails,busywork}}
{@gun,revolver,barrel,45,9mm,glock} ~~6 {at,to,in,against,under} my {head,throat,temple,mouth,chin}
{pull{,ed,ing,s}} the trigger ~~6 {at,to,in,against,under} my {head,throat,temple,mouth,chin}
{at,to,against,under} my {head,throat,temple,chin} ~~4 pull{,ed,ing} the trigger
{jump,run{,ning},walk,step{,ping},throw myself} {in to,into,in front of,infront of,out in front of} {,@a} {traffic,train{,s},oncoming,one}
@dont need {@it,these,those,any of {@it,this},my ~1} {where im going,for much longer,after {this,im gone}}
how easy it {@would,could} be to {,just} {die,end it,not wake,jump,crash,swerve,not turn,let go of the wheel,step {off,in front},swallow,take {@it,all}}
if my heart {,just} {stop{ped,s},would stop}
do something to @self
{last,final} {tidy up,tidyup}
said sorry to everyone
when {shes,hes,theyre,its,@they,it} {,is,are} gone {im,i will be,ill be,so am i}
only {thing,reason,one,person} {keeping,holding} me {@here,going} !{{is,are} {@my,a,this} {job,pension,contract,salary,money,mortgage,visa,lease,coffee,payche{ck,que},bonus,team,work,project,course,degree}}
{step{,ped,ping},throw myself,throwing myself,go} {off,from} {@my,a} @highplace
!{are,is,were,was,been,numbers,sales,prices} fall{,ing} {off,from} {@my,a} @highplace
want {@my,this} pain to {end,stop} {|,and i,@forever,now}
so {,that} {everything,it,the pain,all of it,all of this,this,the noise} {,all} {stops,ends,would stop,would end,is over,will stop,will end} |
{told,show{,ed,ing},tell{,ing}} ~4 where {my will,my passw*,the passw*,my papers,the papers,everything important} ~3 {is,are}
{bought,@got,buying,get} {,a} {rope,gun,pills,razor,blade{,s}} {to,so i can,and} {kill*,end*,hang*,die*,hurt*,cut*}
{@lookedup,reading about,wondering} how long {it takes,it would take,before} {@someone,a body,anyone} {to be found,is found,gets found,would find me,finds me}
{i have,i now have,got} the means !{to {pay,buy,afford,start,travel,retire,move,study,take,leave,go}}
i know how !{to} ~~6 @got {what,everything} i need
{beam{,s},rafter{,s},banister,branch,loft hatch} {is,are,would be} strong enough {|,to hold me,to take my weight,for me}`,
  selfInjury: `
{hold{,ing},held} my breath ~~10 {pass{,ed},black{,ed}} out
cut !{out,down,back,sugar,carbs,costs,calories,alcohol,weight,my hours,spending} ~~8 {started,start{ing,ed}} on my @bodypart
{pass{,ed},black{,ed}} out ~~14 woke up in the bath
{self harm*,selfharm*,cutting,hurting myself} ~~10 urge{,s} {,are,have} {back,again,come back,came back}
me {he hecho,hice,hago} {cortes,heridas,quemaduras} {,muy} {profund{as,os},en los brazos,en las piernas,otra vez}
{hit{,ting},bang{,ed,ing},smash{,ing},slam{,med,ming}} my head {against,on,into} @a {wall,door,floor,desk} @until {i feel dizzy,i get dizzy,it bleeds,i bleed,{i,it} bled,i see stars,it bruises,i bruise,it hurts,i get a nosebled,my nose bleds,i pas out,i pased out,i black out}
{corta{ndome,rme},me corto,me corte,me he cortado,he me cortado,me sigo cortando,me estoy cortando,quemandome,me quemo,me golpeo} {los brazos,las piernas,las munecas,la piel,el brazo,la pierna,a escondidas}
{me sigo cortando,me estoy cortando,he estado cortandome,volvi a cortarme,me volvi a cortar,me he vuelto a cortar,me vuelvo a cortar} !{@pelo,con el papel,cocinando,el dedo}
{scratch{ed,ing},carv{ed,ing},cut{,ting}} ~3 into my @bodypart
{keep,kept,carry,hid{den,e}} a {razor blade,blade,razor} {in,under,inside} my {phone case,wallet,mattress,pillow,pencil case,purse,sock drawer,bra}
{cuts,cut marks,scars,burns} {on,all over,along} my @bodypart
!{@closeone {,has,had,have,s,is}} {start{,ed},been,keep,kept,back to} cuting !{back,down,out}
used {@it,the {glas,@blade,shard,lighter},a {@blade,shard,lighter,piece of glas}} on my @bodypart
deserve {,the} pain
deserve to {hurt,sufer,be hurt,be punished,feel pain}
{cut{,ing},carv{e,ing},sli{ce,cing,t,ting},burn{,ing},scratch{,ed,ing}} {,into,the inside of} my @bodypart !{on,against,while,when,by acident,acidentaly}
{want{,ing},let myself,leting myself,going,trying} to waste away
{stop{,ed},quit} eating ~~8 on purpose
!{@closeone {,is,s,has been,has started,keeps,started,was,were,are,{was,has been,got,is,were} caught,caught},used to} {self {harm,harming,harmed,injur*,mutilat*,destruct* {behavio{r,ur}}},selfharm,selfharming,selfharmed,selfinjur*,selfmutilat*}
{burn{ed,t}} my {arm,arms,hand{,s},leg,legs,skin,wrist} ~4 on purpose
{cut{,s,ting},burn{,ed,ing,t},hurt{,ing,s},harm{,ed,ing},hit{,ting},punch{,ing},scratch{,ing},bruis{e,ing},stab{,bing},carv{e,ing},wound{,ing},mutilat*} {,at} @self !{off,out,loose,free,into}
nsi
{non suicidal,nonsuicidal} self*
!{{wash{,ed,ing},scrub{,bed,bing},clean{,ing},pick{,ed,ing},bit{e,ing},scalp} ~6} {until,til} {it,they,i,my skin,my arms} {bleed{,s},bruise{,s}}
{i,ive,i have} {,been} {sh,shing} {when,again,every,most,to}
{starv{e,ing}} @self !{the next day,the day after,after,before,to make up,to compensate,for a day,between,during}
{smash{,ing},bang{,ing},hit{,ting}} my head ~~8 {blood,bleed{,ing,s}}
{stopped eating,stopped drinking,not eating,starving myself,starve myself} ~6 to punish myself
{went for,attacked,cut,slashed,smashed,hit} my own {face,arm{,s},leg{,s},head,hand,chest} with @a {glass,@blade,bottle,hammer,broken glass,compass,scissors}
{punch{,ed,ing},hit{,ting}} {walls,the wall,a wall,the door,doors} {until,til} my {knuckles,hand{,s},fingers} {break,broke,ble{d,ed},crack{,ed},split}
{buy{,ing},bought} another {pack{,et},box} of {blades,razor blades} !{for}
cut {the fat,it,bits} off {myself,my {body,stomach,belly,thighs,arms}}`,
  harmingOthers: `
@imagine {run{,ning}} @them over
thoughts {about,of} @harming ~3 {baby{,s},@child,child,kid,newborn,@them,someone,@spouse,mum,mom,dad} ~~14 {part of me wants,i want to do it}
{ram{,ming}} my car into
{driv{e,ing}} my car into @them
{@weapon,blade} ~~10 {going to,gona,will,wants to} use it on {@them,those,@someone,the {boys,girls,guys,kids,lads}}
{{images,thoughts,urge{,s},pictures} of,think about} {throwing,shaking,hitting,hurting,smothering,drowning,strangling} {@him,my @close,the baby,my newborn} ~~14 {might snap,could snap,lose control,lose it,scared i would,afraid i would,scared i might,afraid i might,walk out,walked out,terifies me}
{had,put,wrapped,got} my hands {round,around} {@their,my {mums,moms,dads,@spouses,babys,sons,daughters,sisters,brothers}} {neck,throat}
going to kill {@our,@his} ~2 {stepdad,@parent,mum,@sibling,ex,boss,neighbo{r,ur}} ~~14 {mean{s,t}} it
{@scared,worried} {,that} {@ill,i might} {@hurt,harm,shake,hit} @my {kids,child{,ren},baby,newborn,@child,@spouse}
{@thinkabout,@fantasise about,want to,wanted to,going to} {kill{,ing},stab{,bing},shoot{,ing},hurt{,ing},attack{,ing}} my {exs,ex} ~2 @lover
!{intrusive,unwanted,obsessive,scary,horrible} {thoughts of,thinking about,urge to,urges to,want to,images of} {shak{e,ing},hurt{,ing},smother{,ing},suffocat{e,ing},drown{,ing},harm{,ing}} {@him,the baby,my baby,my son,my daughter,my newborn,the newborn,my child,my kids}
{might,could,going to,about to,will} snap and {@hurt,attack,stab,hit} {@them,some{body,one},my boss,my manager}
{bring{,ing},brought,@take} {,@a,my dads,my fathers,my brothers,my uncles,his,a loaded,my loaded} {weapon{,s},@gun,guns,knife,knives} {to,into} {school,work,clas,the ofice,church,campus}
{shoot{,ing},bomb{,ing}} {,up} {@a,@our} {school,ofice,workplace,church,class,mal}
{@scared,worried} {,that} i {wil,might,could,may} {hurt,harm,kil,shake} {@my,@them,some{body,one}}
{@scared,worried} {ill,id} {shake,hurt,smother,hit} {@them,the baby,my baby} !{feelings,by accident,accidentally,without meaning}
!{{intrusive,unwanted,obsessive,random,scary,horrible} {,thought{,s},image{,s}} {,that i,that}} {@intent,imagining,picturing} {,to} {@hurt,harm,stab,shoot,strangle,murder,beat up,poison,choke,smother,hit,slap,punch,shake}{,ing,ed} @people !{feelings,@career,chances,reputation,by accident,accidentaly,without meaning to,without noticing}
homicid*
{feel{,ing}} like {hurting,killing,harming,stabbing,strangling,punching,beating up,shooting} @people
{shoot{,ing},bomb{,ing}} {,up} @their {,old} {school,ofice,workplace,church,class,colege}
{has,got} a gun and {wants,plans,is going} to {@hurt,shoot}
@scared {@ill,i might} do worse
i {hurt,hit,pushed,shoved,choked} my {@lover,kids,child,@child} !{feelings}
{urge{,s},thoughts} to {push,hurt,harm,dro{p,wn},smother,shake,stab} my {baby,toddler,@child,child,kids,newborn} ~~10 {act on,do it,going to}
{@thinkabout,@fantasise about} {pushing,hurting,hitting,stabbing,strangling,choking,killing} my {@lover,boss,mum,mom,dad,kids,@child,baby,flatmate,neighbo{r,ur}} !{for,to,on,into,about,harder,out of}
{baby,@he} isnt {really,} mine ~~10 {get rid of,@hurt,harm}
{keep{,ing},kept,sleep with,sleeping with} a {hammer,knife,bat,weapon} ~~12 {deal with,get rid of} @them
{should,must,have to,going to} {get,@hurt} them first
@arma ~~12 {va,voy,iba,vamos} a ir a por {su,mi,tu} {jef{a,e},ex,mujer,marido,vecin{a,o},padre,madre,herman{a,o},companer{a,o},novi{a,o}}
@arma ~~12 {va,voy,iba,vamos} a ir a por {el,ell{a,as,os}}
@imagine push{,ing} @people down the stairs ~~8 @dontcant trust myself`,
  inDanger: `
{post{ed,ing},shar{ed,ing}} my {home,} address online ~~12 threaten*
{10,11,12,13,14,15} year old @child ~~14 meet @him {alone,on @his own}
{say{ing,s},told @him} {shes,hes} {so,very,realy,} mature for {10,11,12,13,14}
im {12,13,14,15} ~~6 my @date is {2,3,4}@digit
im {16,17} ~~6 my @date is {3,4}@digit
{encierra{,n},deja{,n}} a {sus,los} {hijos,ninos} ~~10 sin {com{er,ida}}
@threatens to @hurt @themselves {and,or} {@them,me,the kids,the baby,our @child}
@nobody ~2 find {my,your} body
lleva dias sin comer ~~16 {regal{ado,o}} {su,sus}
{say{ing,s},thinks,convinced} {,that} {hes,she{,s},he} can fly !{to,@a,home,out,back,over,in,planes,drones}
{uncle,step{dad,father},neighbo{r,ur},his coach,her coach,teacher,grandad,cousin,mums boyfriend,moms boyfriend} ~~16 {special,our little,their,their special} secret !{for,recipe,ingredient,sauce,to,about,project,weapon}
my @child ~2 is {12,13,14,15} ~~8 @his @date is {2,3,4}@digit
my {daughters,sons} @date is {2,3,4}@digit ~~8 @hes {12,13,14,15} !{months,weeks,days,hours,minutes,pounds,kilos,stone,points}
{told,tells,asked} her to keep it {secret,a secret} ~~10 meet him at a hotel
{dijo,dice,ha dicho} que la proxima vez no {falla{,ra},va a fallar} !{el,la,los,las,un,una}
{hand{,s}} {round,around,on} my {mums,moms,mothers,sisters} throat
{bruises,hit{,s},beat{,s},strangled,choked} ~~16 {hel,shel,he wil,she wil} finish the job
me {ha quitado,quito} {el pasaporte,mi pasaporte,los papeles,mis papeles}
{said,says} @he knows when {my @kids get home,im home alone,im on my own}
{me espero,me esperaba,me estaba esperando,me va a esperar,va a esperarme,mi {ex,exnovi{a,o},expareja,exmarido,marido,pareja,novio} {esta{,ba}}} {en,a} {el portal,la puerta,mi casa,mi trabajo,la salida} ~4 con {una navaja,un cuchillo,una pistola,un arma}
{hes,shes,theyre} {,waiting} {outside,at} my {@home,door,window,home,work,car} ~~12 {@shes got a,{has,with} a} {@weapon,machete}
{say{ing,s},said,threaten{ed,s}} {@hewill,hed,they wil,theyd} {hurt,kil,harm,come for,go after} {@myfamily,@mymum,my children,my sister,my brother,my daughter,my son,me} !@slipup
@threatens to {come round,come over,find me,turn up} ~4 {stab,@hurt,beat} me
{beats,hits,hurts,will kill,kills,will hurt} me if i {try to leave,leave,tell,say no,refuse,go to the police}
{my pimp,pimp takes,my trafficker}
@they know{,s} where i live ~~10 {hurt,kil,harm,come for} {me,my}
{my ex,@he,@myspouse,my boyfriend,my girlfriend} {broke,breaks,has broken,keeps breaking} into my {@home,home,room,car,apartment}
{abused,raped,molested} me ~~10 {moving back in,moving in,coming to stay}
{thr{ew,own,ows}} {,a pan of,a kettle of} {boiling water,hot water,bleach,acid} {at,over} me
{punched,hit,kicked,strangled,choked,beat,slapped} me ~~12 next time {will be,itll be,it will be,hel make it} worse
{hurts,hits,beats,touches,chokes} me ~~8 {dont believe,doesnt believe,wont believe,nobody believes,no one believes} me
{keep quiet,stay quiet,keep my mouth shut,not tell anyone,say nothing} or else
{me ha amenazado,me amenaza,me amenazo,me amenazaron,nos amenaza} {de muerte,con matarme,con matarnos,con un cuchillo,con una pistola,con un arma,con pegarme}
me {persigue,acosa,vigila} y {me ha amenazado,me amenaza,tengo miedo}
{mi ex,el,ella} me sigue a casa
my {mums,moms,mothers} {boyfriend,partner,husband} wants to get me alone
{watch{ed,es,ing},film{ed,s},photographs} me {shower{,ing},undress{,ing},in the shower,in the bath,get changed}
{keeps trying,trie{d,s},keeps wanting} to get me alone
{@threatens,said @he would,says @he will,said {hed,shed},says {hel,shel}} {,to} {throw acid,burn me,set me on fire,disfigure me,pour acid,scar me}
{mi tio,mi padre,mi padrastro,mi hermano,mi primo,mi abuelo,mi jefe,mi vecino,el novio de mi madre,la pareja de mi madre,{mi,su} {entrenador,profesor}} {abusa de mi,{me,la,lo} {toca{,ba}} !{el hombro,la espalda,las narices},me obliga,entra en mi cuarto,entra a mi cuarto,me viola}
!{dog,puppy,cat,kids,@child,shadow,baby,toddler} {follow{ed,s},has been following,keeps following,kept following} me {home,from work,to my car,to my house} !{{and,|} {we,i} {walk,play,cuddle}}
{@he,ex,@lover} {keeps,kept,has been,started} {turning up,showing up,waiting} {outside,at} my {work,@home,home,door,office,school}
{threaten,@threatens} {,to} {kil,hurt,shoot,stab,take} {me,my kids,my children,my baby,us}
{hel,she{d,l},hed,they{d,l},hes going to,shes going to} {kil,hurt,shoot,stab,strangle,choke} me !@slipup
{@scared,fear{,ing}} {for,of losing} my {life,safety}
{not,isnt,dont feel,never feel} safe {at home,in my home,in my house,with him,with her,with my @lover}
{choked,strangled} me
{pinned,grabbed,lifted} me ~6 by @my {neck,throat}
{lock{ed,ing,s}} me {in,inside}
left a {knife,bullet,blade,nose} {on,at,outside,by} my {door{,step},car,windscreen}
burn the house {down,} with {us,me,all of us,the kids} {in it,inside}
{me encierra{,n},me encero,me ha encerado}
mi @pareja ~~8 no me deja salir
@scared of {@him,my {@lover,@parent,step{dad,father},ex}}
!{@pet,kitten,puppy,toddler,@child,kid{,s},baby,@kids} comes into my {room,bed} {at night,when im asleep,while im asleep,in the night}
{thr{ew,owing,ows},pull{ed,s},held,holds,waved} {,a} {@weapon,knives} {at,on} me
{being,been} {abused,beaten,hit,hurt} {at home,by}
nowhere {,safe} to go
@they {would,is going to} find me and @hurt me
{point{ed,ing,s},aim{ed,s},wave{d,s}} {it,the gun,a gun,his gun,her gun} at me
{said,says,threatened} {hed,@hewill,shed} {@hurt,shoot,stab} {us,us all,@mymum,my kids} !@slipup
{dont,never} feel safe !{at work,in my job,sharing,speaking,asking,saying,talking,being myself}
{burn,set fire to,torch} ~7 with {me,us,the kids,my kids} {in,inside}
{corner{ed,s},pin{ed,s},trap{ed,s},block{ed,s}} me ~~15 {@weapon,blade}
{@hewill,they wil} ~3 make sure i {disappear,never,@dont}
next time {@they {wont,wouldnt},{hel,shel,theyl} not} mis
next time {hed,@hewill,shed,theyd} finish {the job,me off,what @they started,me} !{{@themselves,for me,on time,properly,faster,quicker,early,before}}
{turned up,showed up,came round,came over,@they {was,were} {in,outside} @our {garden,yard,drive{,way},hallway,door,window}} ~5 with a {baseball bat,bat,@weapon,crowbar,hamer,axe}
{say{d,s},said,told me,tels me,keeps saying,threaten{ed,s}} ~2 {@hewill,they wil} ~8 {kil,hurt,burn,shoot,stab,strangle,choke} {me,us}
{said,says,told me} {im,{my face,you} {is,are}} next
{slash{ed,ing}} my {tyres,tires}
{driv{es,ing},drove} past my {@home,home} {slowly,@nightly}
{left,leaves} a dead {bird,animal,rat,cat,fox} on my {doorstep,step,car}
{held,put,pressed,hold{ing,s}} a pillow over my face
@partner {held,holds,holding,push{ed,es},forced} my head under {the,} ~1 water
{raped,asaulted,atacked} ~4 {last night,yesterday,@today,this morning,at the weekend,on saturday,on friday,on sunday,this week}
@threatens to kill @his {@lover,@kids,@child,mum,mom,mother,baby} ~~8 {right now,now,tonight,happening}
@threatens me with a {@weapon,kitchen knife,bat,hammer,machete,axe}
@threatens to {take the kids and,} kill {them,the kids,our kids,my kids,the children,us}
{@hes,theyre,they are} coming for me {next,tonight,now}
{hid{,ing},locked myself} in @my {room,wardrobe,bathroom,cupboard} ~~10 {@they,drunk,smashing}
{smash{ed,es,ing}} the {@home,place} up
{burn,set fire to,torch} the {@home,place} {down,} with @our {mum,@parent,kids,family,@sibling} {inside,in it}
im watching you
{photos,pictures} of my {@home,car,door,window} @nightly
@shes been violent {before,in the past}
{finish{,ed}} what @they started
{broke{,n},fractured} my {arm,nose,ribs,jaw,wrist,finger,cheekbone} !{skiing,playing,falling,at,in,when i fell,climbing,cycling}
@threatens {@him,@mymum,my mother,my sister,my brother,us} with a {@weapon,bat,hammer,machete,axe}
{dad,father,step{dad,father},mums boyfriend,moms boyfriend} {hits,beats,hurts,chokes,punches} my {mum,mom,mother,@sibling}
{mums,moms} {,new} boyfriend {hit{,s},beats,hurts} {her,me,us}
@he hit me too
@hes {outside,waiting outside,parked outside,outside of} {@our,the,my sisters,my mums,my moms,my friends} ~1 {@home,door,work,place,home,building} {right now,now,as i write}
{went,gone,fled,ran} to a {shelter,refuge} ~~15 {regret it,find me,come for me,kill me}
{keeps,kept} {turning,showing} up at my {work,@home,home,door}
{said,says,told me} {im,ill be,youre,you are} dead {when,if} @they
@partner ~1 {put,puts,had,wrapped,squeez{ed,es}} {,{@their,both} hands {round,around,on}} my {neck,throat}
@intimate {,is,@would,s,has,keeps,kept,once,even} {going to,@might,tried to,try to,trying to,wants to,says he will,says she will,said he would,said she would} {@hurt,shoot,stab,strangle,choke} me !{if i {buy,spend,forget,miss,skip,eat,quit,order,book,sign up,get another,break},if im late,{|,} {haha,ha,lol,lmao,jk,hehe}}
@partner ~1 {hit{,s,ting},beat{,s,ing},punch{ed,es,ing},kicks,kicked,kicking,slaps,slapp{ed,ing},chok{ed,es},strangl{ed,es},shoved,push{ed,es},throws things at,threw things at} me !{at,to,in {every,@a,an,@our,@their} {game{,s},race{,s},argument{,s},match{,es},debate{,s},quiz,quizzes,competition{,s},sales,round,set,final,tournament},in {chess,tennis,golf,football,everything,sales,math{,s},arguments,races,cards,poker,scrabble},with @workload,when i was,as a {kid,child,teen{,ager},boy,girl},growing up,years ago,{a lot,all the time,often,sometimes} {when,as,growing}}
me {pone,puso,apr{eto,ieta}} {,las manos,la mano} {el,en el,alrededor del} cuello
{@pareja,ex} me {amenaz{a,o},ha amenazado,{ha dado,dio} una paliza,pega,pego,golpe{a,o},ahorc{a,o},estrangul{a,o},empuj{a,o},zarandea,abofetea,patea,da bofetadas,da patadas,tira del pelo,agarra del cuello}
tengo miedo de volver a casa
{held,holds,put,pointed} a {knife,gun} {to,at} {@his,my mums,my moms,my sisters,my brothers} {throat,neck,head}
@scared {hel,he will,shel,she will,he is going to,she is going to} kill {@him,@mymum,my sister,my brother,us}
{burn{ed,ing,s,t}} me with {cigarettes,a cigarette,a lighter,an iron,hot water}
{gets,got,climb{ed,s}} into my bed
@threatens to {kill,stab,shoot,strangle} {@mymum,my sister,my brother,my dad,@him}
{hel,he will,shel,she will,theyl,they will} find me and
{hed,shed,theyd,@hewill,they will,{hes,shes,theyre} going to,{threatened,tried,wants} to} finish {me,@him} !{{,off} {in,at} {@a,this},{,off} with {,@his,the,more,extra,hill} {sprints,training,workout{,s},drills,laps,homework,questions,jokes}}
{strangled,choked,stabbed,beat} my {mum,mom,mother,@sibling} ~~12 {do it again,kill her,kill him,kill us}
{lock{ed,ing,s}} me out {of the house,at night,in the cold}
hits me with {whatever,@a,@his}
@hewill {put,push,hold,smash} my head {in,under,through,into}
si lo {denuncio,dejo} me @mata
si lo {denuncio,dejo} ~3 {no voy a ver amanecer,no salgo viva,no vivo para contarlo,me las paga}
me {dijo,dice} que me @mata
{pega{,ba},ha pegado} a mi {madre,mama} ~~12 {matar{,la}}
me {va a hacer dano,hara dano,va a pegar}
{mi ex,mi exnovio,mi exnovia,mi expareja,mi exmarido,el,ella} me {sigue,persigue} a todas partes
@hewill use {one,it,the gun,a gun} on me
{grown,older,adult} man ~8 meet {@him,up with her,up with him} {alone,in secret,tonight}
{made me promise,makes me promise,made me swear} not to tell {any{body,one},@mymum,my parents} {what he does,what she does,what happens,about what he}
told me not to tell {any{body,one},@mymum,my parents} {what he does,what she does,about what he}
my ex {is,s} {outside,at} my {@home,door,window,work} {right now,now,again,every night}
{bring{,ing},brought} a @weapon {in,into school,to school} ~~10 {shoot,@hurt,stab}
{la,le,lo,me} {amenaz{a,o},amenazaba,ha amenazado} con {un,una} @arma
@partner {drinks and,gets drunk and,gets angry and,comes home drunk and,comes home and,loses it and,snaps and,still} {hits,beats,punches,kicks,slaps,chokes,hurts} me !{at,in,to,with @workload}
@partner ~1 {threw,throws,push{ed,es},shov{ed,es},dragged,drags,kicked,kicks} me {down the stairs,against the wall,into the wall,across the room,out of the car,to the floor,on the floor}
{send,post,share,show,leak} @our {pic{s,tures},photos,nudes,videos} ~~10 unless {i,we} {send,pay,give} {more,@them,money}
{pid{e,en,iendo,io},pedia} fotos ~~14 {amenaz{a,o},amenazando} con {publicarlas,subirlas,ensenarlas,mandarlas,difundirlas,colgarlas}
{ask{ed,ing,s},wants} {,me} for {pic{s,tures},photos,nudes} ~~14 {come to my schol,find me,where i live,tell my parents,post them,send them,our {little,} secret,im {10,11,12,13,14,15}}
!{jef{a,e},profe{,sor{,a}},entrenador} {dice,ha dicho,dijo} que ~6 nos @mata
{nobody,no one} @would believe {a kid,a child,a teenager,a girl,a boy,kids} over @him
{rompio,golpeo,pego,tiro,amenazo} ~~16 {escondid{a,o,as,os},encerrad{a,o,as,os}} en {el bano,el armario,mi cuarto}
{older,grown,@many year old} {man,woman,guy} {online,on {the internet,a game,instagram,snapchat,discord,tiktok}} ~~10 {hotel,his {@home,place},meet @him {alone,secretly,without telling},pick @him up}
{@not,hasnt} eaten or {drunk,drank} anything {in,for} {@few,five,several,a few} days
{man,guy,adult,stranger} ~12 {ask{ed,ing,s}} @him to send {pic{s,tures},photos,nudes} !{of}
{cover{ed,ing},held,holding} my {mouth,nose,face} ~~8 {couldnt,cant} breathe
@hewill make sure i {cant,wont,never} {walk,talk,see,breathe,get up,leave}
{making,made,forc{ed,ing},wants} ~3 send ~~16 {@threatens to,or {hel,shel}} {share,post,leak,tel}
sneaking out to meet {a,an,this,some} {,older} {man,guy}
{filmed,recorded} {us,me} ~~14 {@hewill,@threatens to} {send,post,share,show,leak} it
{beat{ing,s},hit{s,ting},attacking} @them ~~10 {right now,screaming}
un {hombre,chico,senor} que conoci {en internet,online,en un juego} ~~12 {su casa,sol{a,o},no se lo diga}
{abus{ed,ing},rap{ed,ing}} me ~~12 {moving in,moves in,coming to live,staying with us}
!{parents,mum,mom,dad,family,@spouse} {sen{d,ding,t},buy,bought,give} {@him,me} a {phone,sim card,sim} ~~10 secret
if i {dont,havent} {repl{ied,y},answer,text back} ~6 call the police
{ofrec{e,iendo,io},pid{e,io}} ~3 {dinero,regalos} por fotos
no {quedara,va a quedar} {ninguno,nadie} vivo
!{im a,as a} @many year old {man,guy} ~~22 without {us,her parents,his parents,telling us}
{care{giver,r},care worker,home help,nurse} ~10 {hit{,s},slap{,s},punch{,es},kick{,s},pinch{,es},shove{,s},push{,es},hurt{,s},beat{,s}} {me,@them} !{at,in,to}
{@threatens,{says,said} {hel,hed,she{d,l}}} {to,} {set fire to,burn,burn down,torch,petrol bomb,firebomb} @our {door,@home,home,car,front door} !{if i {dont,forget,leave}}
{theyl,hel,they wil,he wil,they said theyd,he said hed} {do it properly,finish the job} next time ~~12 {know{,s}} where i live
si {hablo con,llamo a,voy a,aviso a,se lo digo a} la policia ~3 me @mata
{leaves,keeps,is leaving,keeps leaving,has been leaving} {@him,me,@mymum,my dad,my nan,my gran,my grandma,my grandad} locked {in,inside,up} ~4 without {,my,@his} {food,water,heating,@meds} {for days,for hours,all day}
im {11,12,13,14,15} and {@my,this} {@date,bf,gf,guy im seeing,man im seeing} is {18,19,2@digit,3@digit,4@digit} !{months,weeks,days,too,as well}
tengo {11,12,13,14,15} anos y mi novio tiene {18,19,2@digit,3@digit,4@digit}
{@lover,step{dad,father,mom,mum},babysitter,nanny,uncle,childminder} {has been,is,keeps,been,kept} {hurting,hitting,beating,abusing,choking,strangling} @our {,little} {boy,girl,@child,@kids,baby,toddler}
{quemar,incendiar} la casa con {nosotros,todos,los ninos,mis hijos} dentro
{amenaz{a,o},ha amenazado} con {hacerle dano,hacer dano,matar,pegar} a {nuestr{a,o},mi} {hij{a,o,os},bebe}
me {toca{,ba},manosea} {por las noches,cuando {no hay nadie,mi madre no esta,estamos solos}}
{turned up,showed up,came,come} ~4 with {machetes,knives,a knife,a machete,guns,a gun,weapons,bats}
{@pareja,mi ex} me {ha roto,rompio} {la nariz,el brazo,una costilla,la mandibula,un diente}
no me deja ir al {hospital,medico}
@intimate ~6 {show{ed,s},flashed,pulled} me a {knife,gun,blade} !{@he {bought,got,made,sharpened},{that,which} @he}
{@his,my} {step{dad,father,mom,mum},@parent,mum} {hits,beats,whips} {@him,me} with {@a,@his} {belt,stick,cable,wire,shoe,slipper}
me {ech{a,o},ha echado} de casa ~~12 tengo {10,11,12,13,14,15} anos
makes my {little,younger,} {@sibling,@child} sleep in his bed
{me pide,me pidio,me pedia,le pide,le pidio} fotos {sin ropa,desnud{a,o},intimas}
{@kids,little ones} {are,were} left {alone,on their own} {for days,all night,overnight} ~~12 bruises
{grab{bed,s},held,holds,pin{ned,s}} {me,@them,my @kin,my little @sibling} by the throat
{sen{ding,ds,t},texted,posted} {me,} {photos,pic{s,tures}} of @our {house,home,front door,street,car} ~~14 {se you son,watching,im watching,im coming,coming for you}
{share,post,leak,send} them {,to everyone,online} unless {i,@they} {pay{,s},send{,s} {money,more {|,pic{s,tures},photos,nudes,videos}}}`,
  // Spanish (and a little French). "Mi jefe me va a matar si…" is an idiom; a partner or a stepfather who will is not.
  endingLifeSpanish: `
{tengo escrita,ya escribi,he escrito} la nota !{de,del,para el,para la}
{mir{ando,e,o}} {el balcon,la ventana,las vias,el puente,el vacio} ~~10 {seria tan facil,seria muy facil,seria facil,que facil seria}
{he escrito,escribi,tengo escrita,ya esta escrita} la carta !{de,al,{para,a} {el,la,los,las,un,una}} ~~14 {lo hago,lo hare,lo voy a hacer,acabo con todo,me mato}
@hoy me {tomo,trago} {todo lo que tengo,todas las pastillas,todo el bote,toda la caja,todo el blister}
{he pensado,pienso,pensando} {mucho,} en {como hacerlo,la forma de hacerlo,como matarme} ~~8 {ya se como,se como,lo tengo claro}
no me importaria {no despertar,morir{,me},no volver a despertar}
{una,la,mi} {nota,carta} de despedida !{{para,a} {mi equipo,mis companeros,el equipo,la empresa,mis clientes,mis alumnos,mi jefe,la oficina}}
{estoy,me encuentro,estoy sentado,estoy sentada} en {el puente,la azotea,el tejado,el borde,la cornisa,las vias} {ahora,en este momento}
{tengo miedo de,me da miedo} que {me,nos} mate
{abusa,esta abusando,sigue abusando} de mi
me amenaza si lo {cuento,digo}
{saltar,tirarme,lanzarme} {delante del,al,a las vias del,bajo el,delante de un} {metro,tren,autobus,camion}
ojala {me muriera,muriera,me muera}
{me hago,me estoy haciendo,me he hecho,me hice,hacerme} dano {a proposito,a mi mismo,a mi misma,todos los dias,cada dia}
me {he hecho,hice,hago} dano ~3 con {una cuchilla,un cuchillo,una navaja,cristales,un cristal,un mechero}
{guardo,tengo,escondo,tengo guardada,tengo guardado} {una navaja,un cuchillo,una cuchilla,pastillas,una cuerda} ~4 para cuando
pienso en lo facil que seria {|,saltar,tirarme,acabar,no despertar}
miedo de lo que {pueda,podria} hacerme
@despedida de {mis papas,mis padres,mi familia,mis amigos,mis hijos,todos,mi madre,mi padre,mi mama,mi papa,mi hermana,mi hermano,mi pareja} {como si nada,sin decirles nada,sin decir por que}
@despedida de {mis amigos,@todos,la gente} sin que {lo supieran,lo sepan,se dieran cuenta,se den cuenta,lo noten,lo notaran,se note,nadie lo sepa}
{quiero,voy a,pienso en,tengo {,tantas,muchas} ganas de} {hacerle dano,matarl{a,e,o},apunalarl{a,o},pegarle un tiro}
{seria,estaria} mejor para @todos {que yo no {estuviera,existiera},si yo no {estuviera,existiera},sin mi,si me muriera}
no {veo,tengo,encuentro} {ninguna,ni una} razon para {vivir,seguir}
{he dejado,deje,he escrito,escribi} una nota {para,a} {mi familia,mis hijos,mi madre,mi padre,mi pareja,mi marido,mi mujer} {|,por si}
{ya lo he,lo tengo,ya esta} decidido ~~8 {cartas escritas,carta escrita,cartas de despedida,carta de despedida,las pastillas,la cuerda}
estare {sol{a,o}} en casa ~~6 todo {preparado,listo} {|,y}
{he dejado,deje,he escrito,escribi} una carta ~~10 {pastillas preparadas,la cuerda,todo preparado,todo listo}
tengo {las pastillas,la cuerda} {preparada{,s},lista{,s}}
{he elegido,elegi,tengo elegido} el {dia,lugar,sitio} y {el lugar,el sitio,la hora,el dia} !{{de,para,del}}
{qui{ero,siera},deseo,ojala pudiera} dejar de existir
{elegi,he elegido,tengo elegido,ya tengo} el {lugar,sitio} {|,y} ~2 {me falta el dia,falta el dia,solo falta la fecha,me falta la fecha} !{de,del,para}
{para no sobrevivir,sin sobrevivir,para no despertar,para no fallar}
{mensajes,cartas,mails} programad{os,as} para {manana,esta noche,el viernes,el sabado,el domingo,el lunes,cuando} !{{a,de,para} ~2 {clientes,campana,marketing,newsletter,equipo,trabajo}}
{no me tomo,no tomo,no me pongo,deje de tomar,dejo de tomar,he dejado de tomar} {la,mi,mis} {medic{acion,ina},insulina,pastillas,tratamiento} ~3 a proposito
{nad{ando,ar,o},me meto} ~4 {mar adentro,hacia dentro,hacia adentro} ~~6 {hasta que me canso,hasta no poder,sin fuerzas para volver,y no vuelvo}
{me va a,nos va a,amenaza con,amenazo con} {quemar la casa,quemarme,prender fuego} ~3 {conmigo,con nosotros,con los ninos} dentro
{me quito,quitarme,me voy a quitar,me quitare} de en medio {|,para siempre,de una vez}
{siento,creo,y} que sobro {|,aqui,en todas partes,en el mundo}
{me despido,me despedi,despedirme,me voy a despedir} de {@todos,mis amigos,ustedes,vosotros,la vida,este mundo} para siempre
{estoy,sigo} en {la azotea,el tejado,el puente,la cornisa,el balcon} ~~10 {no se si {,quiero,voy a} bajar !{ya,a,al},no quiero volver}
{estoy,estoy sentado,estoy sentada,estoy de pie} en el borde {de la azotea,del puente,del tejado,del balcon,del acantilado,de la ventana,del anden}
{compre,consegui,tengo} {un arma,una pistola,una escopeta} ~~8 {no se disparar,no cazo,para mi,no tengo por que}
{estoy,me encuentro} en la {banera,ducha} con {una cuchilla,un cuchillo,una navaja,un cuter,las pastillas}
lo {intente,he intentado} {una vez,antes,el ano pasado,hace anos} {|,y} {ahora,} {siento lo mismo,me siento igual,vuelvo a sentir lo mismo}
{no se si,dudo que,no creo que} {voy,vaya} a {seguir,estar} {aqui,viv{a,o}} {para verlo,para verla,para entonces,mucho tiempo,mucho mas}
{para,pa} que {seguir viviendo,vivir,seguir vivo,seguir viva,seguir aqui,existir}
me da igual si {me atropella,me atropellan,me pilla,me muero,muero,me mata} {un coche,un camion,un tren,un autobus,|}
{hoy,manana,esta noche,el {lunes,martes,miercoles,jueves,viernes,sabado,domingo}} {es,sera} mi {ultimo dia,ultima noche} {|,aqui,en este mundo,de vida}
{@quiero,voy a} acabar con {esto,todo esto,todo} {|}
no {soporto,aguanto,puedo con} {mas,} esta vida {|}
{lo tengo decidido,ya lo decidi,ya esta decidido} ~~3 me voy {|}
mejor me {muer{a,o},mato} !{de,por,a,con}
{mejor,seria un alivio} si {me muriera,muriera,me muero,desapareciera,no existiera,no estuviera}
@harto de {@vivo,existir,la vida,respirar,seguir vivo,seguir viva} !{de,en,con,que,asi,como,del,social,laboral,nocturna}
{vivir,la vida,existir,@vivo} {duele,me duele,es insoportable,es un infierno,me pesa} {demasiado,tanto,mucho,|}
{qui{ero,siera},deseo,ganas de,ojala pudiera} dejar de {vivir,respirar,estar aqui} !{en,con,de,para,asi,como,a,al,sol{a,o},lejos,aqui en}
{me quiero ir,me voy a ir,me ire,irme} para siempre !{a,de,al,con,en}
no puedo seguir {asi,con esto,viviendo asi} {|,mas}
mi vida {no tiene,ya no tiene,ha perdido el,perdio el,no tiene ningun} sentido
nadie me {extranar{a,ia},echaria de menos,va a extranar,echaria en falta,va a echar de menos} {|,si,cuando}
no tengo {por que,para que,por quien} vivir
{qui{ero,siera},ojala,desearia,preferiria} estar muert{a,o}
prefiero no {@vivo,existir,vivir,seguir viva,seguir vivo} !{en,aqui,con,cerca,lejos,sol{a,o},de,asi}
{rasc{arme,o},cort{arme,o},aran{arme,o},golpeo} ~~8 hasta {sangrar,que sangran,hacerme sangre}
ojala estuviera muert{a,o}
me {he vuelto,volvi,vuelvo} a {lastimar,hacer dano,quemar} !{@pelo,con el papel,cocinando,el dedo,la mano}
mejor no {existir,vivir,haber nacido}
no {puedo,aguanto} mas ~~4 me rindo
no {le,} {veo,encuentro,hay} salida {a mi vida,a esto,a nada,|}
{pienso,pensando,pienso mucho,pienso todo el tiempo,pienso cada dia} en la muerte !{de,del}
{me canse,estoy cansado,estoy cansada,hart{a,o}} de todo ~~4 {me quiero ir,quiero irme,me voy a ir}
nadie me necesita {en este mundo,|,ya |,aqui |}
@alivio no estar {|,aqui,mas,viv{a,o}}
@alivio no @despertar !{a,al,tan,temprano,antes,con,para,cuando}
no despertar ~~8 {alivio,paz,descanso}
{todos,mi familia,ellos,el mundo,mis hijos} estaria{,n} {mejor,mas tranquila,mas tranquilo,mas tranquilos,mas felices,mas feliz,en paz} {sin mi,si yo no {existiera,estuviera},si no {existiera,estuviera},si me muero,si muriera,si desapareciera}
{estrellar el coche,estrellar el carro,estrellarme,chocar el coche,tirarme con el coche} {,contra {un muro,un arbol,una pared,otro coche,un camion}}
{escucho,oigo} voces que me {dicen,piden,ordenan} que me {haga dano,mate,muera,lastime,suicide,tire}
{intent{e,o},he intentado,trate de} {ahorcarme,matarme,suicidarme,colgarme,tirarme}
{deberia,tendria que,quisiera,ojala pudiera} irme para siempre
sin comer ni beber a proposito
{dej{ado,e,o}} de {comer y beber,beber agua,comer a proposito}
{@tome,tomar{,me}} {diez,quince,veinte,treinta,cuarenta,cincuenta,un monton de,muchas,todas las,una caja de,un bote de,un punado de} {pastillas,pildoras,medicinas,paracetamol,ibuprofeno,antidepresivos,calmantes}
{quitar{,me}} la vida
{acabar,terminar} con {mi vida,todo !{@article,de una vez con,tipo de}}
para que sigo {aqui,viv{a,iendo,o}}
no {quiero,deseo} {vivir,seguir,despertar,estar aqui,@vivo}
{me da pena,odio,me duele} despertarme
salirme de la carretera
no vale la pena {vivir,seguir}
no tengo {razon{,es},motivos} para {vivir,seguir viviendo} !{en,con,de,cerca}
{no tengo,sin,perdi las,he perdido las,se me fueron las,no me quedan} {ganas de,fuerzas para} {vivir,seguir,despertar,@vivo}
mejor muert{a,o}
ya no puedo mas !@agobio
me hago cortes
cortes en {los brazos,las piernas,las munecas,el brazo,la pierna}
{mi {@pareja,ex,expareja,padr{astro,e}},el,ella} me {va a,quiere} matar
{amenaza con matarme,amenazo con matarme,miedo por mi vida}
{qui{ero,siera},ganas de,pienso en,pensado en} {@morirme,acabar con todo !@article,terminar con todo !@article,quitarme la vida}
{qui{ero,siera},ganas de,pienso en,pensado en,deseo} desaparecer !{de {las redes,redes,internet,la oficina,instagram,facebook},un {mes,tiempo,rato,fin de semana},unos dias,una semana,del trabajo}
{ganas de morir,pensamientos de muerte,como matarme}
{cuantas pastillas,cuanto paracetamol,cuanto ibuprofeno,cuanta insulina,cuantos calmantes,cuantos antidepresivos} {necesitaria,harian falta,hacen falta,tendria que tomar,hace falta,haria falta,se necesita,se necesitan}
{@quiero,ganas de,pense en} {saltar,tirarme,lanzarme} !{en paracaidas,en parapente,al agua,a la piscina,de alegria}
{me voy a tomar,tomarme} {todo lo que tengo,todas mis pastillas,el bote,la caja}
{plan{,es},la forma,una forma,el metodo,la manera} {para,de} {matarme,suicidarme,acabar con mi vida,morirme}
{ojala,quisiera,desearia} no {despertar{,a},despertarme,existir,estar aqui,me despierte,despierte,me despertara,vuelva a despertar,volver a despertar} !{tarde,temprano,antes,con,a las,para}
no quiero existir
{estar{an,ia,ian,ias}} mejor {si yo no estuviera,sin mi}
soy una carga
a nadie le importaria si me muero
{guardando,juntando,acumulando,ahorrando,escondiendo} pastillas
{compre,tengo} una cuerda !{{para,de,nueva,de escalada,larga para}}
{tengo,compre,consegui} {la,una} soga !{para,de,nueva,larga}
cartas de despedida
le dije adios a mi familia
casi lo hago
como y cuando hacerlo
me {pega,golpea,ahorco,estrangulo}
no me siento segur{,a}
!{{pensamientos,imagenes} intrusiv{as,os} {de,sobre}} {hacerle dano,matar} a {mi bebe,mi hijo,mi hija,mi expareja,mi ex,mis hijos}
{me he estado cortando,me estoy cortando,autolesiono}
{me suicider,envie de mourir,veux mourir,en finir avec}
{quiero,deseo,necesito} que {todo,esto,el dolor,mi vida} {,se} {termine,acabe,pare} !{bien,pronto para,de una vez para}
pensando en @morirme
{estrellar,chocar} {el,mi} {coche,carro,auto} ~8 a proposito
tirarme {del,de un,desde el,a las,al,a la}
{arma,pistola} ~8 contra mi
{deseo,me gustaria,planeando como,planeo como} @morirme !{de risa,de ganas,de verguenza,de la risa,de hambre}
me quiero {tirar,lanzar} {por la ventana,por el balcon,del puente,al vacio,a las vias}
nadie {notaria,se daria cuenta} si {desapare{ciera,zco},me muero,me muriera}
vida ~~6 {quiero,voy a} {acabarla,terminarla,acabar con ella}
!{siento que me,senti que me,creo que me,crei que me,pense que me,como si me} voy a {@morirme,desaparecer}
me quiero {matar,morir}
!{siento que,senti que,creo que,crei que,pense que,como si} me voy a {matar,morir} !{de,a,trabajando,estudiando,corriendo,entrenando,por,con,en}
{hacerme dano,cortarme,lastimarme,autolesion{arme,ado,ada,andome}}
{dormir{,me,se}} {para siempre,y no {,volver a} despertar}
{me durmiera,me duerma,quedarme dormid{a,o}} y no {despertara,despierte,{volviera,vuelva} a despertar}
@harto de vivir !{al dia,de alquiler,con {mis,mi} ~1,en {est{a,e},la,el} ~1,asi de,lejos,tan lejos,de prestado}
{mi vida no vale nada,que todo termine para siempre}
{seria,es,estaria,era} mejor {morir{,me},estar muerto,estar muerta,dejar de existir} !{de,del,en,con,por,haciendo}
{he pensado en,pienso en,ya se} como hacerlo
@hoy lo voy a hacer
lo voy a hacer {esta noche,hoy}
{manana,pronto} {,ya} no voy a estar !{en,aqui en,disponible,conectad*,trabajando}
@quiero {colgarme,ahorcarme,tirarme,cortarme las venas}
sobro en {este mundo,esta vida,la vida}
{soy,mi vida es,me siento,me siento como} {un estorbo,una molestia,una carga} para {@todos,los demas}
{carta{,s},nota{,s}} {a,para} ~5 por si {me pasa algo,algo me pasa,no estoy,no vuelvo} {@soon,el viernes,el sabado,el domingo,el lunes}
{carta{,s},nota{,s}} {a,para} ~6 para que {la lea,la lean,lo lea,lo lean,las lea,las lean} {despues,cuando ya no este,cuando me vaya} !{del,de,de la,de las,de los}
{veneno,matarratas,raticida,insecticida,lejia,cianuro} ~~8 {no tengo {rat{as,ones},plagas,cucarachas,jardin},para mi,para tomarmelo,para tomarlo yo,para bebermelo}
{va a extranar,va a echar de menos,extranar{a,ia},echara de menos,echaria de menos} cuando {ya no este,me vaya,me muera,no este}
{usarl{a,o},usar la pistola,usar el arma,usar la escopeta} {conmigo,contra mi,en mi}
{irme,me voy,me ire,marcharme,me quiero ir,me iria} de este mundo !{corporativo,laboral,empresarial,financiero,academico,artistico,tecnologico,digital,profesional,del,de}
{meter,echar,lanzar,estampar} {el,mi} {coche,carro,auto} {contra,debajo de,bajo} {un,una,el,la}
me {ras{co,guno},arano,pellizco,golpeo,muerdo} hasta {sangrar,hacerme sangre,sacarme sangre,que sangra,que me sangra}
{@pareja,padr{astro,e},ex} ~6 me va a {ensenar,demostrar} lo que pasa si
{junta{ndo,r},reuni{endo,r},sacando,buscando} {el valor,valor,fuerzas,el coraje,coraje,las fuerzas} para hacerlo {est{a,e},el,manana,hoy,pronto,de una vez,ya}
cerrar los ojos y no {abrirlos,volver a abrirlos,despertar{,me}}
{dosis,cantidad} ~4 {mortal,letal,me mataria}
{quiero,deseo,necesito} que se {acabe,termine} {|,ya,de una vez,todo}
no {como,bebo} ni {bebo,como} {,nada} desde hace {dias,dos dias,tres dias,cuatro dias,varios dias}
{quedarme,hundirme,dejarme llevar,no salir} {en el,al fondo del,bajo el} {lago,mar,rio,agua,pantano} !{tod{a,o},unos,unas,est{a,e},el fin,de vacaciones,con,hasta,durante,por,mas}
{cuid{ar,e,en},se quede con,se encargue de,se queden con} {a,} {mi,mis} ~2 si {no vuelvo,me pasa algo,algo me pasa,no regreso} !{a tiempo,antes,del,de,hasta,para,el,la,est{a,e},en}
{ya no voy a ser,no voy a ser mas,dejare de ser} {un problema,un estorbo,una carga,una molestia} para {nadie,nadie mas,ustedes,ti,mi familia,nadie nunca} !{en,del,de la,cuando,si,porque}
{@quiero,ganas de,tentado de,tentada de} {soltar el volante,dar un volantazo,no frenar,acelerar y no frenar}
{me dijo,dice,me ha dicho,me amenazo con} {que,} no {sal{es,go},voy a salir,vas a salir} {viv{a,o},con vida}
{colgarme,ahorcarme,me quiero colgar,me voy a colgar} {del,de la,de un,de una,en el,en la} {arbol,techo,viga,balcon,puerta,barra,ventilador,escalera,rama}
me {quiero,voy a} ahorcar
si {me muero,me muriera,desapareciera,me pasa algo} ~3 nadie {se daria cuenta,se enteraria,lo notaria,me buscaria,me echaria de menos}
{dej{ado,e,o}} de {tomar,ponerme,inyectarme} {la insulina,mi medicacion,la medicacion,mis pastillas} a proposito
{van a estar,estar{an,ian}} {mejor,bien} ~5 cuando {yo falte,falte,ya no este,yo no este,me vaya} !{en,por,de,durante,a,al,unos,una,est{a,e}}
no {le temo,tengo miedo} a la muerte ~~6 {la estoy esperando,la espero,que venga,ojala llegue,la deseo,la busco}
{esper{ando,o}} {la muerte,mi muerte,morirme,que me llegue la muerte}
{garaje,cochera} ~6 {motor encendido,motor en marcha,el coche encendido,el carro encendido}
{motor encendido,motor en marcha,coche encendido,carro encendido} ~4 {dentro del,en el,en la} {garaje,cochera}
{quisiera,ojala,desearia,ojala nunca} {no haber nacido,nunca haber nacido,no hubiera nacido,no haber existido,nunca hubiera nacido}
si {me tirara,me tiro,saltara,me lanzara,me dejara caer} {del,de la,desde el,desde la,por la,por el}
{meterme,me meto,me meteria} {a,en} {la banera,el agua,el mar,el rio,el lago} y no {salir,volver a salir} {mas,nunca}
{voy a manejar,voy a conducir,ire,me voy,voy a ir} {hasta,a,al} {la costa,el mar,el acantilado,el puente,el bosque,la sierra,el lago,el rio,el monte} ~~5 no {voy a regresar,voy a volver,vuelvo,regreso,pienso volver,pienso regresar} !{a,al,hasta,en,por,de,tarde,pronto,temprano,con,nunca a,el,la}
no quiero que me {encuentre{,n}} {mis hijos,mi hija,mi hijo,mi familia,mi madre,mi mama,mis padres} !{llorando,asi,borrach{a,o},triste,mal,en,de,con}
{compre,tengo,llevo} {un cuter,una cuchilla,una navaja} ~~8 por si acaso
si {manana,hoy,esta noche,el lunes} no {contesto,respondo,aparezco,llego} ~~4 {ya saben por que,sabran por que,ya sabes por que,no me busquen}
ojala me {diera,de,pill{ara,e},atropell{ara,e}} un {infarto,coche,camion,auto,carro,tren,bus}
que me mate ~~8 {pensando en hacerlo,voy a hacerlo,lo voy a hacer,tienen razon,lo hare}
@harto de sufrir ~~6 {tome la decision,he tomado la decision,ya decidi,lo decidi,lo tengo decidido}
{tengo,estoy con} {el frasco,el bote,la caja,un frasco,un bote,las pastillas,el blister} {,de pastillas,de pastillas para dormir,de calmantes} {en la mano,delante de mi,enfrente}
ni siquiera {vivir,@vivo,seguir vivo,seguir viva,seguir viviendo}
no me importa {vivir,morir{,me},si me muero,si vivo o muero} !{de,en el intento,intentandolo,en,por,haciendo}
{dormir{,me}} y que todo {,se} {termin{ara,e},acab{ara,e}} !{bien,pronto,de,para {que,el,la,los,las,mi,mis,poder},a,en,antes,como}
{como,la forma de,la manera de,una forma de,una manera de} hacerlo sin {que duela,dolor,sufrir} !{la,el,los,las,mucho,tanto,al,a}
{guardo,tengo,escondo,duermo con} {una navaja,un cuchillo,una cuchilla,un cuter} {debajo de la almohada,bajo la almohada,en la cama,junto a la cama,en la mesita}
por si @hoy me {animo,atrevo,decido} !{a,con,y,para}
@tome {un blister,una tira,un frasco,el bote,la caja,el blister,una caja entera,un bote entero} de {pastillas,paracetamol,ibuprofeno,antidepresivos,calmantes}
@tome {un blister,una tira,el blister} enter{a,o}
@tome {una caja,un bote,un frasco} enter{a,o} !{de}
@tome {todo el blister,toda la caja,todo el bote,todo el frasco}
{cuando ~2 {se duerman,se duerma,duerma{,n},este solo,este sola,nadie me vea,no haya nadie},esta noche,esta madrugada} ~4 {voy a ir,ire,me ire,me voy,ir} a {las vias,la via,el puente,el acantilado,la azotea} !{verde{,s},de bici,en bici,a,para,con}
no creo que {llegue,vaya a llegar} a {navidad,fin de ano,mi cumpleanos,el verano,la primavera,fin de mes} !{con,a tiempo,sin,porque}
lo mejor seria no @despertar !{tan,temprano,tarde,a las,antes}
{me voy,irme,me ire} antes de {empeorar,ser una carga}
hacerlo sin que {nadie sufra,nadie se de cuenta,sufran}
{qui{ero,siera}} irme con mi {madre,padre,hij{a,o},herman{a,o},abuel{a,o},marido,esposa,mujer} ~~8 {sin ella,sin el,ya no tiene sentido,quedarme aqui}
{pref{eriria{,n},iere{,n}}} un {hij{a,o}} muerto ~~12 {dar el gusto,tienen razon,cumplir su deseo}
tengo todo {preparado,listo,organizado} !{para} ~~6 {esta semana,@hoy} lo {hago,voy a hacer,hare}
{para,hasta} que todo {acabe,termine,se acabe,se termine} !{bien,pronto,a tiempo,antes,rapido,mejor,en}
@harto de luchar ~~8 {rendirme del todo,rendirme para siempre,dejar de luchar para siempre,irme para siempre,acabar con todo !@article}
tengo {un plan y una fecha,una fecha y un plan} !{para,de,del,en}
mas pastillas de la cuenta ~~8 {a proposito,aposta,queriendo}
{he repartido,reparti} mis cosas ~~16 no {estare,voy a estar} !{en,disponible,para,libre,de}`,
  // —— What a therapist, not a coach, should help with ——
  grief: `
{cant stop,keep,kept} {replaying,going over,reliving} ~10 before @he {died,passed,was killed,took @his life}
{se suicido,se quito la vida,perdi un embarazo,perdi el embarazo,perdi al bebe,muri{eron,o},falleci{eron,o},perdi a mi,de duelo,duelo por,luto,aborto espontaneo,era solo una mascota}
pased away
{hear{,d,ing}} @our {dead,late} {mother{,s},mum,mums,mom,moms,father{,s},dad,dads,husband{,s},wife{,s},son,sons,daughter{,s},brother{,s},sister{,s}} ~1 voice
miscar{iage,ied}
stilbirth
widow{,ed,er}
funeral !{director{,s},home{,s},business,industry,celebrant,planner,services}
{comited,comit,died by,died of,death by,lost {,@them} to} suicide
{kiled,hanged,shot} {@themselves,themself}
took @their {,own} life
{los{ing,t}} the baby !{shower,clothes,monitor,seat,weight,gate,bag,blanket,photos,pictures,name}
{los{ing,t}} @our {@parent,@spouse,@child,child,baby,@sibling,best friend,friend,grandmother,grandfather,grandma,grandpa,parent{,s},dog,cat,pet,twin,fiance}
!{{podcast,book,blog,course,talk,workshop,charity,app,film,documentary,column,newsletter,research} {about,on}} {grief,griev{e,ed,ing},bereave*,mourn{,ing},duelo} !{{the,the loss of my,the loss of the} {@career,job,old job,life i,role,version,idea,plan,dream,years,time,lost time,decade},lost time,the end of,those years,my {twenties,thirties,youth,old job,old career},{over,about} losing @our {old,} {@career,team,colleagues},{support,charity,group{,s},counselor,counsellor,counsel{ing,ling},coach{,ing},training,work{,er,ers},cafe,retreat{,s}}}
!{to} {death,loss,suicide} of @our !{{,old,first} {job,@career,role,position,contract,client{,s}}}
@our ~1 {@kin,mother,father,child,baby,girl,boy,friend,partner,gran{,dad,ddad,dfather,dma,dmother,dpa,ny},nan,uncle,aunt{,ie},cousin,dog,cat,pet,twin} ~1 {died,passed,was killed,took @his {,own} life} !{when i was {young,little,small,a child,a kid,a baby,born}}
!{anniversary of} @our {@kins,fathers,mothers,@spouses,best friends} {suicide,death,passing}
la muerte de {mi,mis} !{{,antigu{a,o},viej{a,o}} {trabajo,empresa,negocio,carrera,proyecto}}`,
  substances: `
{@take,stealing,stole,using} my {sons,daughters,kids,childs,@spouses,mums,moms,dads} {adhd,} {@meds,@pills,adderall,ritalin}
{@his,@spouses,dads,mums} drinking is getting worse
!{hate,avoid,dont like} @drank {on my own,alone,by myself} {in the,every,most,at} ~1 {afternoon{,s},morning{,s},day,night{,s},evening{,s}}
{spen{d,ding,t}} all my {money,wages,salary,savings} on {online shopping,shopping,clothes,scratch cards,betting,gambling,slots,drink,drugs} ~6 {debt,cant stop,hide,lying,borrow}
cant control my spending
maxed out {,my} {,@few,five,all my} credit cards ~~8 {hid{,e,ing},lying,lie,secret,cant stop}
me engan{che,chad{a,o}} a
{get{,ting},got} into debt buying {things,stuf,clothes} i {dont need,cant afford}
{shop{,ping},spend{,ing},buy things} when {im,i feel,i get} {low,sad,down,stresed,anxious,bored,lonely}
{hid{,e,ing}} the {post,parcels,receipts,bank statements,credit card bills} from
{gam{ed,ing},play video games,playing video games,on my playstation,on my xbox} @until {2am,3am,4am,5am,dawn,the morning,sunrise}
{cant stop,addicted to} {gaming,video games,playing video games,online shopping,shopping,spending}
{cant sleep,no puedo dormir} {without,sin} {one,@it,a pill,a tablet,ella{,s},una pastilla}
{more,extra} {of my,} {@meds,pils,tablets,adhd meds,painkillers} than {prescribed,i should,im meant to}
{buy{,ing},bought,get{,ting}} {extra,more} {@pills,adderall} {from,of} {a friend,friends,someone,online,a dealer}
recuperar lo perdido
@drinking {too much !{coffee,tea,water,soda,caffeine,cola,energy},every @day,to cope,al day,alone every}
{drinking,drank} {heavily,way too much,more and more}
{smok{e,ing},@drinking,using} {weed,cannabis,joints,vodka,wine,coke} from the {moment,minute,second} i wake up
@drinking @few bottles of {wine,vodka,whisk{ey,y},cider} {a night,a day,every night,each night}
@take more and more of my
@drank {through,all} the {afternoon{,s},day,days,evenings}
@drank from {lunch{,time},the morning,midday,noon,breakfast}
@drank {at lunchtime,at lunch,before work,at work,in the car,in the mornings} !{water,coffee,tea}
{@drinking,drinks,a glass,pills,a pill,a joint,smoke,weed,wine,beer,vodka,gin} to take the edge off
{snort{,ed,ing},sniff{,ing},do,doing,did,have,had} {,a few,a couple of} {a line,lines,a bump,coke,cocaine,ket{,amine},speed} !{of {code,text,poetry,dialogue,copy},in {@my,a} ~1 {script,play,song,poem,show,film,musical}}
{need{,ed,s}} {a joint,a spliff,a line,a hit,a pill,weed,a bump,vodka} {before,to} {i can,i face,fac{e,ing},get through,getting through,deal with,get out of bed}
{smok{e,ing}} {weed,joints,spliffs} {all day,from morning to night,every hour}
{slot{,s},casino,betting,poker,roulette} {app{,s},machines,sites} ~8 {every night,every day,all night,hours,borrowed,debt,lying,lie,cant stop,wages,salary,rent}
a bottle of {vodka,wine,whisk{ey,y},gin,rum} {every,a day,a night,each}
cant stop {drinking,using,betting,smoking weed,taking}
substance {abuse,use}
{cocaine,heroin,meth,opioid{,s},opiate{,s},fentanyl,benzos,crack}
gambl{e,ing,er}
beting {problem,addiction,debt}
relaps{e,ed,ing}
sobriety
stay{,ing} sober
!{physio,knee,hip,back,shoulder,injury,sports,stroke} rehab !{plan,programme,program,exercises,after @my {surgery,op,operation,injury,knee,hip}}
blackout drunk
blacking out
@drinking ~6 {every @day,to {cope,sleep,fall asleep,forget,numb,get through}}
my {drinking,drug use,using,betting}
black{,ed} out {most,every,last}
chasing {,my} loses
{a,my} drink ~5 {morning,shak{e,ing}}
{morning,shak{e,ing}} ~8 {a,my} drink
@drinking {a lot,much,far,} more since
addict* !{{service{,s},nurse,counsellor,counselor,worker{,s},charity,medicine,research,team,policy},to {sugar,chocolate,learning,reading,books,coffee,running,the gym,exercise,podcasts,travel{,ing,ling},my work,work,new skills,courses,ideas,projects,netflix,tv,series}}
{alcoholi*,drinking problem,problem with {drinking,alcohol,drugs,gambling}}
{cant,couldnt} {get through,make it through,face,sleep,relax} ~5 without ~4 {@substance,vaping}
{how do i,how can i,help me,i cant} {stop,quit,cut down on,cut back on} {drinking,gambling,betting,using,smoking weed,taking pills,doing coke} !{{,so much,too much,as much,more,less} {coffee,tea,water,soda,fizzy,pop,cola,diet,energy,caffeine,juice,milk}}
{como dejo,como puedo dejar,ayudame a dejar,no puedo dejar,no consigo dejar} de {apostar,beber,drogarme,consumir,jugar}
{beb{er,iendo,o},tom{ar,o}} a escondidas
{escond{iendo,o}} {las botellas,botellas,el alcohol,la bebida}
{tomo,bebo} {@noches,todos los dias,a diario,desde que me levanto}
necesito {un par de copas,una copa,unas copas,un trago,unos tragos,beber,beber algo,fumar un porro,un porro,unas rayas,una raya} {antes de,para} {ir,poder,salir,dormir,trabajar,hablar,enfrentar,aguantar,funcionar,empezar}
{debt,spending} hidden from
{smok{e,ed,ing},vap{e,ing}} {@daily,all day,daily,nonstop,non stop,every hour,a pack a day,two packs a day,a lot,so much} ~3 {cant stop,cant quit,cant cut down,unable to stop,cant give up}
{cant,unable to} {stop,quit} {smoking,vaping} !{for {long,good}}
{addicted to,hooked on} {cigarettes,nicotine,vaping,my vape,smoking}
{drinking,using,gambling,betting} more than ever !{{from,at} the {coffee,water,tea},coffee,water,tea,from,at,before}
{showing up,show up,turning up,turned up,went in,going in,came in,coming in,turn up,showed up} {to work,at work,to class,to school,} hungover
{craving{,s},urges to drink,urge to drink,urges to use,urge to use} {are,is,have been,keep{,s}} {overwhelming,unbearable,constant,getting worse,too strong,winning}
{muchas,tantas} ganas de {beber,consumir,apostar,drogarme} {cada dia,todos los dias,todo el dia,constantemente}
@take more ~5 than {prescribed,i should}
{vap{e,es,ing}} {constantly,all the time,@daily,nonstop}`,
  couples: `
cada {conversacion,discusion} acaba en gritos
{check{,ed,ing},go through,going through,went through,snoop through,snooping through} {my,@his} {boyfriends,girlfriends,@spouses,fiances} {phone,messages,texts,emails} ~~10 {cant stop,every night,every day,obsessively,compulsively,while @he {sleeps,is asleep}}
{no hacemos mas que,solo sabemos,no paramos de} {pelear,discutir,gritarnos}
{ya no nos hablamos,no nos hablamos,apenas nos hablamos,@pareja y yo ~3 separarnos}
{matrimonio esta roto,matrimonio esta en {peligro,crisis},mi matrimonio se rompe,divorciarnos,infiel,infidelidad,matrimonio se esta,peleamos todos,discutimos todos}
{revisa,controla} {mi,el} {telefono,celular,movil,dinero,whatsapp}
{maltrat{a,aba,o},abuso} {psicologico,fisico,emocional,verbal}
me cuesta confiar en {nadie,la gente}
mi @pareja me {insulta,humilla,grita}
con quien puedo salir
marital
!{since my,after my,before my,post} divorc{e,ed,ing}
!{desde {mi,el},despues {de mi,del},tras {mi,el},antes de mi} divorcio
infidelity
affair
cheated on
cheating on me
@our {@lover,spouse} {,and i} {fight,argue,keep fighting,keep arguing,keep having the same {fight,argument,row},dont talk,never talk,barely talk,yel,cant talk without}
we {fight,argue,yel at each other} {al the time,@daily,nonstop,about everything,every night,every single night,in front of the kids}
{dont know how,how do we,how can we} {to fix,fix,save} us
{conflict,problems,trouble,isues,fight{ing,s}} in @our {relationship,mariage}
{threaten{ed,s},keeps threatening} to leave {me,every}
{neglects,ignores} {me,his family,her family,our family,the kids,us}
couples {therapy,counseling}
separat{ed,ion,ing} from my
trust isues
{havent,hasnt} {been intimate,had sex,slept together,touched}
we {barely,never,dont,rarely} {talk,speak}
mariage is !{solid,strong,great,good,hapy,wonderful,fine,stable}
mariage {problems,isues,counseling,is falling,on the rocks,in trouble,is over,is failing,struggles}
{toxic relationship,relationship is falling apart,break up,breakup,broke up,broken up,heartbroken,heart broken} !{{my,that,about,over,when,by} {,@our,the,not getting the,losing the,missing the} ~4 {pro{ject,motion},role,contract,deal,offer,grant,funding,place,final,title,startup,@career,company,team,app{,lication},bid,pitch,launch,book,idea,shop,novel,manuscript,album,film,audition,partnership,band,job,rejection}}
{go,going,went,goes} through my {@spouses,boyfriends,girlfriends} {things,phone,messages,stuf}
{cant stop,keep} {seeing,thinking about} my ex
check {@their,my exs} {social media,instagram,facebook,profile} every {hour,day,few minutes}
celos enfermizos
{reviso,miro,registro,cotilleo} el movil de {mi,su} {novi{a,o},pareja,mujer,marido}
{destr{ozando,uyendo},rompiendo,arruinando} {mi,nuestro} matrimonio`,
  eating: `
ashamed of {my body,how i look,my weight,how much weight}
still {feel,think im} {huge,fat,to big !{for}}
weigh myself {,@many} times a day
{if,when} the {number,scale{,s}} {goes,go,went} up ~4 {dont eat,skip,stop eating,starve}
no self control {over,with,around} {food,eating}
{struggl{e,ed,ing},battl{ed,ing}} with {my weight and food,food,my eating,eating}
me obsesiono con {mi peso,la comida,mi cuerpo}
me peso {diez,varias,muchas,veinte} veces
{com{er,iendo,o}} a escondidas
no puedo {dejar,parar} de comer
{avoid{,ing},cant face,stop{,ped},cant,wont} eating in front of
{phases,periods,days,weeks} of {not eating,barely eating,starving myself} ~~8 {eating everything,bing{eing,ing},eat everything}
{restrict{,ed,ing},eat{,ing},having,living on} {,to,only,about,around,under,less than} {3,4,5,6,7,8,9}{00,10,20,25,30,40,50,60,70,75,80,90} {cal{ories,s},kcal} !{{a day,} on {,@my} {fast{,ing}} days}
{barely,hardly} eating ~6 {los{ing,t},stone,pounds,kilos,kg,lbs,weight,thin,skinny}
{los{ing,t}} {,about,nearly,over} {@few,five,six,3,5,6,a} stone ~6 {barely,hardly,not eating,starving,skipping}
hate {what i see,how i look,my reflection} {|,in the mirror,when i look,in photos}
{convinced,sure,obsesed} ~2 my {nose,face,skin,body,teeth,hair,stomach,legs} {is,are,look{,s}} {deformed,ugly,disgusting,hideous,wrong}
{look{,ing},star{e,ing},check{,ing}} in the mirror for hours
{avoid{,ing}} {photos,mirrors,cameras,being photographed}
{mak{e,es,ing},made} myself {sick,throw up,vomit} !{with worry,worrying,laughing,over}
{thr{ew,ow,owing},vomit{,ing},being sick,make myself sick} {up,} after {meals,eating,dinner,lunch,breakfast,every meal}
{chew{,ing}} ~4 spit{,ting} @it out
eating {problem,disorder,isues}
{no como casi nada,como casi nada,apenas como {nada,algo},casi no como nada,atracon{,es} !{de {series,tele{,vision},netflix,trabajo,peliculas,libros,compras}},vomito,vomitar,miedo {a,de} engordar,trastorno alimentario,calorias,casi no como,bulimia,anorexia,{cuento,conta{ndo,r}} cada caloria,me peso despues de {cada comida,comer}}
{cant,unable to} eat in front of
lost so much weight without trying
make myself {throw up,vomit,sick} after
skip{,ping} meals
{only eat,eat only,only eating,only ate,only have,only having} {one meal,once,a meal,one thing} {every,in} {@few,few,other,couple of} days
{eat{,ing},starv{e,ing},skip{,ping}} ~4 to {stay,keep,get} {thin,skinny,small}
{hid{e,ing}} {food,wrappers}
cant stop eating ~~6 {when im full,even when,until i feel sick,until im sick,at night}
eat in secret
out of control around food
eat until {,im} {in pain,sick}
{eating disorder,anorexi*,bulimi*,bing{e,eing,ing},purg{e,ing}}
{starv{e,ing}} myself
terrified of gaining weight
body dysmorph*
{laxative{,s}}
{cant,couldnt} {get through,eat,have,finish} {a,one,a single} {meal,snack,bite} without {counting,weighing,checking} {,every} {calorie{,s},portion}
{obses*,count{,ing}} {,about,over} {,every} calorie{,s}
exercise for hours
@scared to eat
hate {how i look,my body,my face,the way i look}
{eat{en,ing}} almost nothing
{los{ing,t}} a lot of weight
{think{,ing},convinced} my {muscles,arms,chest,body} {are,is} too small
{no come,no comia,dejo de comer} {casi nada,nada,apenas}`,
  lowMood: `
{days,week{ends,s}} in bed with the curtains {shut,closed,drawn}
{punish{,ing},isolat{ed,ing}} myself
{really low,so low,depressed} every {winter,autumn}
{i have,i get,im having,i keep having,had} {,some,these} {dark,black} thoughts
{im,so,just} tired of @itall !{being,going,taking,in,at,about}
hopeles{,nes} !{at {saying,doing,being,making,keeping,getting,staying,managing,planning,organizing,time},with {money,names,numbers,tech}}
worthles{,nes}
{life,@itall} {is,feels,seems} {meaningles,pointles,empty}
empty inside
feel{,ing} {,so,completely,totaly} {empty,numb,dead inside}
cant {get,make myself get} out of bed
sleep al day
no {motivation,energy,wil} {to do,for} {anything,everything}
{los{e,ing,t},no} {,al} interest in {@things,anything,life,the things,my hobbies,hobbies,food,sex,seeing people,my friends}
nothing {makes me happy,brings me joy,feels good}
cant enjoy anything
@sure {that,} {@everybody,they all,people} {secretly,} {hate{,s},laughs at,laugh at} me
{convencid{a,o},segur{a,o}} de que {todos,todo el mundo,la gente} ~4 {se rien de mi,me odian,hablan mal de mi}
{run{,ning},ran} away from {@itall,my life} ~~12 {trapped,hopeless,numb,empty,cant cope,overwhelmed}
dont enjoy anything {@anymore,at all,these days}
cant {stop crying,get through @a day without {crying,tears,breaking down}}
{sad,down,low,miserable} {al the time,@daily,most days}
{cry{,ing},cried} {myself to sleep,al the time,@daily,every night,for no reason,a lot}
{hate myself,self esteem,self worth,self loathing,im a failure}
{feel like,im} a failure !{compared to,next to,at {networking,work,sales,sport,cooking,dating,interviews,presenting,public speaking,math{,s},languages}}
stopped enjoying {anything,@things,life,the things}
{cant,no longer,dont} {find,feel,get} {,any} {joy,pleasure,hapines}
pretend {,to be,im} {@ok,hapy}
stopped seeing {friends,people,anyone}
{wish i could,want to} {,just} {disappear,run away,vanish} for a {while,bit,few days}
!{a bit,a little,bit,little,slightly,somewhat} {lonel{ines,y},isolated,no friends,so alone} !{working,at work,as a {founder,manager,leader,freelancer},in my {job,role},since {moving,i moved,relocating,the move},sometimes,at times,now and then,in {my,a} new {city,town,country,job,school,flat}}
thoughts that im {a terrible,a bad,an awful,a horrible} person
{go over,going over,replay{,ing}} everything {i,ive} {said,done}
{no salgo de la cama,no tengo ganas de nada,todo me da igual,me da igual todo,duermo todo el dia,hart{a,o} de todo,estoy {destrozad{a,o},hundid{a,o}},no duermo}
{triste{,za},depr{e,imid{a,o}},sin ganas de nada,vaci{a,o},desanimad{a,o},decaid{a,o},no disfruto,inutil,fracasad{a,o},sin energia,todo me parece gris,levantarme de la cama,llor{ando,ar,o},nadie me quiere,culpable todo el tiempo}
!{great,economic,tropical} {depress{,ed,ing},depression,depressive}
@not {left,been out of} @my {@home,apartment,room,home,bed} ~2 {in,for} ~1 {days,weeks,months}
{dark place,low mood,low moods,feeling low,so low}
{@not,hasnt} {,ben able to} {get,got,gone} out of the house !{much,enough,as much,because of,with the,due to,for work,to}
{havent,hasnt} slept {properly,well,at all,more than a few hours} ~2 {in,for} ~1 {weeks,months} !{because of ~2 {newborn,baby,twins,kids,shifts,work,move,renovation,neighbo{rs,urs},dog,puppy}}
{so,really,very,@felt} down {lately,for weeks,for months,recently,these days}
{really,very,pretty,been,felt} low {for,since,all,lately}
stopped showering
{dont,no longer} want to leave the {@home,bedroom,room} !{{with{,out},before,@until,unless,for}}
havent {attended,been to,gone to} {a,any,my} {lecture{,s},class{,es},seminar} since ~~8 {stay in bed,in bed,cant get up,cant face}
{cry{,ing},cried} in the {car,toilet{,s},bathroom,shower,stairwell} {before,after,at,most,every}
{barely,hardly,@not} {spoken,talked} to {any{body,one},a soul,another person} {since,in,for} !{my {old,former,new} *,my {industry,field,team,network,clas,course}}
{dont,cant,havent} {shower{,ed},wash{,ed},get dressed} ~6 {stopped,days,weeks,@anymore,no energy,answering}
{stop{,ped},dont,cant} {answering,picking up} @my phone !{{after,@when,while,before,in} *}
in bed {most,for most,all} of the {last,past} {week,month,fortnight,few weeks,two weeks} !{with,because,after,recovering,sick,ill,from,due}
{dont,no longer} feel like myself
{cry{,ing}} most {evenings,nights,days}
{sle{ep,eping,pt}} most of the day
off my food
{cry{,ing},cried} at {work,my desk}
{al time,lowest} low {in my life,point}
@nobody to talk to !{about {@our,the} {@career,idea{,s},plans,project,work}}
{stop{,ped},dont} recognising myself
{raging,angry,furious} one minute and {sobbing,crying,in tears} the next
{@felt,been} {flat,heavy,low,grey,empty,numb} {for most of,for months,for weeks,for ages,for a long time,most of}
{havent,dont} {felt,feel} like myself {in,for,since} ~2 {weeks,months,years,ages,a long time,a while}
{pull{ed,ing},withdr{awn,ew}} away from {my friends,everyone,people,my family}
{sleep{,ing}} badly ~4 {for months,for weeks,every night,most nights,and {crying,waking,feel{,ing},cant,have no,no,wake}}
{los{ing,t}} {a stone,weight,kilos,so much weight} without {trying,meaning to}
{cant,dont} remember the last time i {laughed,smiled,felt happy,enjoyed anything,felt good}
dont care about anything {,@anymore} !{more than,else,except,but,as much as}
no {energy,appetite,motivation} ~3 no {energy,appetite,motivation,interest}
tearful
stopped getting dressed
me siento {sol{a,o}} !{desde que {me mude,nos mudamos,cambie de},en {la,mi} nueva {ciudad,casa,escuela},en el nuevo {trabajo,pais},a veces,un poco}
{since,after} my {breakdown,nervous breakdown,mental breakdown} !{of,into}
{having,had,going through} {,some,a lot of,really,many,so many} dark {days,times,weeks,months,patch{,es}}
{me cuesta,no puedo,no consigo} {,much{isimo,o}} salir de la cama
{he dejado de,deje de,ya no} {ver a,quedar con,salir con,hablar con} {mis amigos,mis amigas,nadie,la gente} !{del trabajo,de la oficina,porque me mude,porque me mudo}
{me siento,soy} un {fracaso,fracasad{a,o}} !{en el,en la,con el,con la,profesional}
{no tengo,sin} {energia,fuerzas,ganas} para nada
nada me hace ilusion`,
  // Panic described in the body too: "sure I'm dying", "I think I'm having a heart attack".
  anxiety: `
{cabeza llena de preocupaciones,no me concentro en nada}
@sure i have {cancer,a tumour,a tumor,a brain tumour,a serious illness}
me despierto ~8 {corazon a mil,sudando,temblando}
{sensacion,miedo} {constante,} de que algo {horrible,malo,terrible} {va a pasar,pase}
{tummy,stomach} {hurts,ache{,s},pains,hurting} ~2 {every,each} {school morning,morning before {school,nursery,kindergarten},sunday night}
{cries,crying,sobbing,cling{ing,s}} {to me,} at the {school,nursery,} gate
{cling{ing,s},clung} to my {leg{,s},arm} {screaming,sobbing,crying} !{for,when,because,at,and laughing}
{wak{e,ing},woke} up ~4 {every night,most nights,every morning,each night} ~~6 {dread,panic,heart racing,terr{ified,or},anxiety,shaking,sweating}
@scared of @death ~~8 {cant stop,@nightly,all the time,constantly,every,obsess,since}
{my,} thoughts {rac{e,ing},are racing} {so fast,all night,every night,constantly,nonstop,and i cant,i cant}
{spiral{,ed,ing,led,ling,s}} {for days,for hours,for weeks,for the rest of the day,after any,after every,every time,whenever,into panic,into a panic,into dread}
{nervous,mental,emotional} breakdown
{worr{ied,y,ying}} {al the time,constantly,about everything,nonstop,non stop}
cant stop {worrying,shaking,overthinking}
constant{,ly} {worry{,ing},fear,dread}
@scared {al the time,of everything,to leave the house}
{@sure,think,thought,feel like,felt like} {,that} {im,i was} {dying,going to die,having a heart attack,about to die}
{cant,couldnt} breathe
{leav{e,ing},left,abandon{,ed}} my {trolley,basket,cart,shopping} ~~8 {panic,collapse,faint,pass out,heart,breathe,dying,die}
{freeze,froze,panic{,ked,king}} in {supermarkets,shops,crowds,the supermarket,queues,busy shops}
{knot{,s}} in my {stomach,chest,throat} {al the time,for months,for weeks,@daily}
constant knot{,s} in my {stomach,chest,throat}
chest {,is,get{s,ting},goes} tight
cant face {people,anyone,the office,going in,work}
attack{,s} where
cant {drive,go out,leave the house,sleep,work,go to work,get on a train,get into,get in,walk past,go near,look at} ~6 without {shaking,panicking,crying,sweating,a panic attack}
{cant,couldnt} ~6 without {my heart racing,my heart pounding,shaking,panicking,a panic attack,feeling sick,throwing up}
{sense of,feeling of,impending} doom
me preocupo {por todo,todo el tiempo,demasiado}
{me da,me dan,tengo} terror {,de} salir {de casa,a la calle,de mi casa,sol{a,o},a comprar}
{ansi{edad,osa,oso},no puedo dejar de preocuparme,preocuparme por todo,angustia,miedo constante,me late el corazon,siento que me voy a morir,panico} !{{,antes de} {liderar,hablar en publico,presentar,dirigir,hablar con {mi,el,la} {jef{a,e}}}}
!{giv{e,es} me,gave me} {anxi{eties,ety,ous}} !{to*,{about,before} {going back,returning,getting back} {to,into} {work,the office,my job,uni{,versity},college},{speaking,presenting,talking} {,up} {in,at} {meeting*,work,conference*,class},{about,before} {,every,each,big} {,@our,@a,an,this,next,tomorrows,upcoming} ~2 {review*,interview*,networking*,event*,presentation*,exam*,test*,meeting*,launch*,pitch*,talk*,speech*,deadline*,move*,trip*,wedding*,promotion*,first day*,new job*,new role*,role*,manag*,lead*,hiring*,delegat*,job search*,negotiation*,money*,pric*,sales*,client*,finance*,budget*,marathon*,race*,triathlon*,game*,match*,tournament*,recital*,audition*,concert*,performance*,competition*,conference*,demo*,debut*,defense*,defence*,speak*,present*,perform*,turning*,getting older,my age,my birthday*,my future,the future,retirement*}}
!{{deadline{,s}} make{,s} me,last minute {,|} {,then,and then,and},{inbox,emails,calendar,spreadsheet{,s},to do list,tax return,bills} {give{,s},gave,nearly gave,almost gave} me a} {panic,panick{ed,ing},panicky} !{a {bit,little},about {deadline*,the deadline*,my deadline*,my to do list,my inbox,my calendar},{the night,the day,the morning,right} before,before {deadline*,the deadline*,my deadline*,exam*,my exam*,a pitch,pitches,a presentation,presentations,an interview,interviews}}
{sick with,filled with,overwhelming} dread
{a wave,waves,a feeling,this sense,a sense} of {dread,doom,terror,panic} ~8 {every time,whenever,each time,when i,have to,go back,leave,cant}
dread {all day,@daily,every morning,every shift,every single day,every working day}
mind racing ~5 {night,am,awake,sleep}
{wak{e,ing},woke} up ~4 {mind,thoughts,heart} racing
mind {races,is racing,wont stop racing} ~~12 {worst case,havent slept,cant sleep,cant switch off}
{phobia,agoraphob*,on edge all,racing thoughts,heart {rac{es,ing},pounding} !{just thinking about it}}
even though {every,all the,the} {test{,s},scan{,s},doctor{,s}} {is,are,say{,s},came back} {clear,fine,normal}
@scared of {vomiting,being sick,throwing up}
{vomiting,throwing up,throw up,threw up} {before,on the way to} {work,school,my shift}
{avoid{,ing}} {eating out,going out,leaving the house,crowds}
{freez{e,ing},frozen} with {dread,fear,panic}
{still,} {freeze,froze,flinch,shake} {when{,ever}} {@someone,anyone,a man,a woman,@he} {raise{,s},shout{,s},yells,gets angry,yel}
cant bring myself to {open,answer,read}
chest {pain{,s},tightness} before
{call{,ed,ing}} in sick
dreading {work,going in,every}
{everyone,they,people} {al,} {constantly,always} judge me
{avoid{,ing}} {large groups,parties,social situations,meeting new people,eye contact,crowds} ~6 {judg{e,ing},embaras{ed,ing},afraid,scared,fear,anxious}
{dread{,ed}} going in
{replay{,ed,ing}} {,every,each} conversation{,s} !{with {@my,a} {boss,manager,client{,s},team}}
{think,convinced,feel like,sure} {@everybody,people} hate{,s} me
{refus{ed,es,ing}} to go to school
{always,constantly} on edge
so {nervous,anxious,scared} before {work,school,shifts,my shift} that
{always,constantly} on high alert {since,after}
cant stop thinking about @death !{of,from,in,my,@their,the{,m},it}
{play{ing,s}} on {a loop,repeat} !{in @my {car,kitchen,headphones}}
waiting for something {terrible,bad,awful} to happen
{so,really,that,too} {anxious,nervous,scared,panicky} ~6 {,that} {im sick,i {throw up,vomit,threw up,puke,was sick,get sick}}
{social situations,parties,social events,crowds,going out} {terrif{ies,y}} me
{fear,@scared} of {leaving the house,going outside,going out alone}
{hear,se} criticism even when there {isnt,is no} any
{cut of,cuting of,droped,ghosted} ~4 {friends,people} ~~12 @sure they {hate{,d}} me
{avoid{,ed,ing}} ~4 since {a,@my} {near miss,accident,crash}
{cant face,avoid{,ing}} opening {the post,my post,letters,the letters,my emails,bills}`,
  trauma: `
{flinch,jump,freeze,panic} {when{,ever},every time} {anyone,@someone,a man,a woman,somebody} {touch{,es},comes near,gets close,stands close}
{scan{,ning}} {for threats,for danger,for exits,the room for}
cant be in crowds
{shak{e,ing},trembl{e,ing}} every time i {see,hear,get,read} ~4 {email{,s},message{,s},text{,s},name,voice}
{@not,hasnt} been able to {drive,go out,leave the house,sleep properly,get in a car,take the bus,ride my bike} {since,ever since} !{@my {knee,back,surgery,operation,injury,ankle,shoulder,hip,move,promotion,pregnancy,baby,pandemic,lockdown,flu,fracture,break},covid,lockdown,i moved,we moved}
{sufri{,do,o}} {abusos,maltrato{,s}}
abusaba de mi
no soporto que me toquen
trauma{,tic,tized,tised} !{surgeon{,s},surgery,unit,ward,team,nurse{,s},centre,center,informed,care}
cant stand the sound of
{lie,lying,lay} awake {listening,every night,al night,replaying}
cant get the {image{,s},picture,sound,smel} of ~4 out of my head
{keep seeing,still see,cant stop seeing} {my,@his} @kins face
the @day @they {overdosed,died,was kiled,hung himself,hanged himself} ~~6 {i,we} found @them
{replay{,ed,ing}} the {car crash,crash,accident,attack,assault,fire,shooting}
{havent,hasnt,cant} drive{,n} since
{keep seeing,still see,still seeing,cant stop seeing} ~4 {face{,s},bodies,body,blood,eyes} ~8 {close my eyes,@nightly,when i sleep,in my sleep,in my dreams}
{patients,people,the child,the kid,the man,the woman} {i,we} {couldnt,didnt} save
ptsd
cptsd
{keep,kept} {seeing,hearing,replaying} {it,the @trauma}
cant {drive,get in a car,go outside,go out} {without {shaking,panicking,crying},since the}
flashback{,s}
since the @trauma ~~8 {cant,couldnt,avoid,nightmares,panic,shak{e,ing},terrified,freeze,jump at}
@trauma ~~20 {wak{e,ing},woke} up {in a sweat,in a cold sweat,screaming,shaking,hearing,sweating}
{cant go near,cant get in,cant drive,avoid,terrified of} ~6 since the @trauma
!{giv{e,es,ing} me,gave me} nightmares
nightmare {every,most} night
{was,were,got,been,being} {,emotionaly,physicaly,sexualy,verbaly} abused
{assaulted,mugged,robbe{d,ry},carjacked,at gunpoint,deployment,combat}
{sen{d,ds,t},takes,took} me back to
cant be touched
{send{,s}} me {straight,right} back to
{loud bangs,loud noises,fireworks} {send,make} me
{abus{aron,o},viola{cion,ron},agresion sexual,pesadillas,recuerdos que vuelven,traumatic{a,o},me devuelven a,me asaltaron,el asalto}
wake up {screaming,sweating,shaking,in a panic}
{reliv{e,ed,es,ing},re live,re lives,re living,re lived} {it,@my,that,what,those,all of}
{rape{,d},molest*,sexually assaulted,sexual assault,sexual abuse,sexually abused}
cant stop {seeing,picturing,hearing} {the,@their} ~1 {face{,s},body,scream{,s},eyes}
still {shake,tremble,flinch} {when{,ever},every time} i {get,see,hear,receive}
{in,left,escaped} a cult`,
  abuse: `
@partner ~2 {call{ed,s},keeps calling} me {useless,worthless,stupid,pathetic,ugly,fat,a failure,an idiot}
@partner ~2 {control{led,s}} {all,} {the,@our} {money,finances,bank card,phone,passport}
desde el {accidente,asalto,ataque,robo,incendio,choque} ~~8 {no puedo,pesadillas,temblar,tiemblo,panico,miedo}
controling {@lover,relationship}
{control{ing,s},checks,monitors,tracks} {who i see,my phone,my money,my spending,what i wear,where i go,my location,my messages}
{isolates me,wont let me {see,go,have,leave,work}}
{abus{er,ive},domestic violence,gaslight*,narcissist*,coercive}
{walk{,ing}} on eggshells {around,with} {my,@his} {husband{,s},wife{,s},partner{,s},@date,@parent,mum,stepdad,stepmum,parents}
{racialy,sexualy,verbaly,physicaly} abused
{@he,who,@myspouse,my boyfriend,my girlfriend} {put{,s},keeps putting} me down
cant {seem,bring myself} to leave @them
{sexualy harased,sexual harasment,harased me,harasing me,groped,stalked,stalking me}
!{substance} abuse
{control{ling,s}} @our {money,finances,phone}`,
  compulsions: `
thoughts {about,of} @harming ~~14 {horrifi{ed,es},would never,never want,terrified,disgusted}
{or,otherwise} {,im sure} something {bad,terible,awful} {@would,might} happen to {me,someone i love,my {@household,mum,mom,dad,@spouse,baby,@child,parents}}
{cant stop,keep{,s},always} {thinking,picturing,imagining,worrying} {that,} i @might {push,@hurt,stab,harm,attack,hit} ~~12 {never want,would never,id never,wouldnt,terifi{ed,es},terify,scares me,horifi{ed,es}}
{wash{,ing}} my hands after touching
{varias,muchas,@many,cinco,seis,siete,ocho,diez,veinte,cien,mil} veces a {comprobar{,lo},revisar{,lo}} !{mis,el,los,las,un,una,si}
vuelvo a {revisar,comprobar} ~6 {varias,muchas,mil,diez,veinte} veces
have to ~6 {perfectly,exactly right,just right} or i {feel sick,panic,cant} !{before,about,during,at,in}
pensamientos {horribles,que no quiero tener,obsesivos,intrusivos}
no {puedo,consigo} dejar de {lavarme,revisar,comprobar,contar,ordenar,tocar} !{el correo,los correos,mis correos,el movil,el telefono,las redes,el email,whatsapp,instagram}
@must {count,tap,touch} ~4 before i can {leave,sleep,go to bed,eat}
if i {lose,mis} count {,i} @must {go back,start}
{hours,cant stop} picking at my {face,sca{bs,lp},lips}
confess {@things,it} {constantly,all the time,over and over,to everyone}
obsessed with the idea that i {might,could,may} {be,have,hurt,harm}
{go,going,went} back {three,four,five,six,seve{n,ral},eight,ten,a dozen,twenty} {or six,or seven,or so,or more,} times
obsessing {about,over} whether
intrusive {images,pictures,urges}
{@must,got to} {say,repeat,think,count,whisper} {{@a,a certain} {phrase,word{,s},prayer,number},it,something} ~3 {to stop,to cancel,to undo,or,until,before i can}
{check{,ing}} ~~10 {for about an hour,for an hour,for hours,for ages,an hour} before i can {leave,sleep,go}
{check{,ing}} ~2 {locks,doors,the oven,the stove,switches,plugs,the door,the lock} {constantly,all the time,@again,repeatedly,obsessively,many times}
compulsively {@check,clean{,ing},touch{,ing},reread,re read,googl{e,ing}} !{{,@my} {email{,s},phone,inbox,notifications,social media,slack,messages,instagram,twitter,news,stats,analytics,bank app,sales,dashboard}}
{check{,ed,ing}} {my body,myself,my skin,my breasts} for {lumps,moles,signs}
{lav{andome,arme,o}} las manos {tantas veces,una y otra vez,cada rato,sin parar,hasta que,todo el dia,cien veces}
{@must,got to,keep} {rearrang{e,ing},redo{,ing},reorder{,ing},arrang{e,ing},touch{,ing},tap,tapping,check{,ing},straighten{,ing},wash{,ing}} ~6 @until {@things,it,they} feel{,s} {right,just right}
!{a bit,bit,so,little,kind of,kinda,slightly,bit of an} ocd
cant stop washing my hands !{of}
{obses{ed,sed}} with {cleaning,germs,checking,symetry,counting}
{count{,ing},check{,ing},touch,tap,wash,repeat,arange,start again,start over,do it again} ~8 {or,otherwise,or else} something {bad,terible,awful,horible} {wil{,l},is going to} happen
{@check,touch{,ing},tap{,ping},repeat} ~8 {a certain number of times,the right number of times,exactly} ~~4 {or,otherwise,or else} ~3 {will die,die,get hurt,will get hurt,something bad}
lose count ~3 {start,begin} ~3 {again,over,from the beginning}
{obsesive compulsive,i lie compulsively}
compulsion{,s}
{intrusive,obsesive} thought{,s}
{horible,awful,scary,terible,disturbing,unwanted} {thoughts,images,urges}
keep {,going back to,having to} @check !{my {phone,email{,s},inbox,savings,bank,account,stats,numbers,sales,messages,socials,car},how,in,on,the {news,weather,time,stats,numbers,car}}
seek{,ing} reassurance
!{planing,morning,evening,weekly,daily,bedtime,writing,cofee,tea{,m},family,sunday,monday,friday,wedding,shutdown,new} ritual{,s} !{for,to help,that helps,around}
{cleaning,washing,checking} routine
{reviso,compruebo} ~10 {varias,muchas,mil,cien,diez,quince,veinte,treinta,cinco,seis,siete,ocho,nueve,@many} veces
{tengo que,necesito,no puedo evitar} {comprobar,revisar,mirar} ~10 {veces,una y otra vez}
lavo las manos hasta
{lavarme,me lavo} las manos {much{as,isimas},cientos de,decenas de} veces
{arrancarme,me estiro} el pelo
me tiro del pelo
{@check,touch{,ing}} @things ~~4 {cant stop,and i cant,over and over}
{cuento,conta{ndo,r}} {los pasos,las baldosas,los escalones,las veces,las letras} ~~10 {tengo que,si me equivoco,empezar de nuevo,volver a empezar,algo malo}
algo malo va a pasar
rituales
pensamientos que no puedo controlar
me arranco el pelo
{hit,run over,ran over,hurt,push{,ed},harm} ~5 {some{body,one},a cyclist,a person,a child,a pedestrian} ~~15 {check{,ing},go back,replay{,ing},without noticing,retrace,make sure}
{line up,arange,order,straighten,set out} ~7 {perfectly,exactly,just right,symetricaly} ~8 {before i can,or i,until}
{go,going,went,run{,ning}} back {@again,to check,and check}
{left,leave} the {door unlocked,door open,stove on,oven on,iron on,tap on,hob on,taps on} ~~10 {@again,go back,check}
@must {arrange,count,check,wash,clean,touch,tap,repeat,order} ~8 {or {else,i,something},perfectly,exactly,until it feels}
{check{,ed,ing,s}} !{{@my,} {phone,email{,s},inbox,social media,instagram,tiktok,notifications,messages,slack,stats,news,twitter,linkedin,bank app}} ~8 @many times
!lost {reread{,ing},re read,re reading,wash,washing,count,counting,clean,cleaning} ~8 @many times
{pull{,ing}} {,out} my {hair{,s},eyebrows,eyebrow hairs,eyelashes,lashes,brows}
{trichotilloman*,health anxiety,hypochondri*,googl{e,ed,ing} {,my} symptoms}
{pick{,ing}} {,at} @my skin
{shower{,s}} take ~1 hours
{scrub{,ing},wash{,ing}} my hands ~6 {until,til,crack,bleed,raw,hours}
{cant stop,keep,always} {checking,rechecking} {that,if,whether,the}
{go,going,went,driv{e,ing}} back home ~3 to check
{check{,ed,ing}} ~8 @again
cant {leave,leave the house,go out,go to bed,sleep} ~3 without {checking !{my {phone,inbox,email{,s},hair,makeup,messages}},going back to check,washing,counting,rechecking}
{pick{,ed,ing},bit{e,ing}} {,at} my {lips,skin,nails,cuticles,face,scabs} {until,til} {they,it} bleed{,s}
{touch,tap,count,check} every ~~14 if i {mis,skip,forget} {one,it} ~4 {go back,start again,start over}
only {feel,get} {calm,ok,okay,settled} ~3 after {ive,i have,i} {cleaned,washed,scrubbed,checked} ~6 {twice,three times,again,@many times}`,
  family: `
family {conflict,problems,isues,therapy,drama,fights}
estranged
custody
toxic {family,parents,@parent}
my {teen{,ager},@child,child{,ren},kid{,s}} {is,are,has,have,has ben,keeps} {struggling,depresed,cuting,using,acting out,self harming,refusing}
my @closeone {self harms,cuts herself,cuts himself,cuts themselves,burns herself,burns himself}
la familia se esta rompiendo
@he {hates,said he hates,said she hates} @his life
@our {@child,teen{,ager}} ~8 {stopped eating,stopped talking,up all night,wont leave @his room,self harming}
{make{,s}} me {shake,feel sick,panic} !{with {excitement,laughter,nerves,anticipation},a bit,a little}
meltdowns {every day,daily,all the time}`,
  anger: `
me pongo {violent{a,o},agresiv{a,o}} {cuando,con}
{explo{de,sive},blow up,lose it} {at,over} {tiny,little,small,the smallest,the tiniest} {things,stuff}
{tiptoe{,s},walk on eggshells,walks on eggshells} around me
{get{,ting},got} into fights {at,in,every,when,with {@someone,strangers,anyone,men,guys,other}}
{cautioned,arested} ~4 {fight{ing,s},violence,asault}
anger {isues,problems,management}
{have,get{,ting},had} {,these,such,terible,awful} rages
{slam doors,slamming doors,punch walls,punched a wall,punching walls}
{snap{,ping}} at {@everybody,my {@household,@spouse}} !{at work,in meetings}
rage
outburst{,s}
{los{e,ing,t}} my temper !{{in,during,at} {meeting{,s},standups,calls,work meetings},with myself,with a {colleague,coworker,client,customer}}
lash{,ing} out
{throw{,ing},threw} things !{away,out,together,into @a bag}
angry al the time
{me enojo muchisimo,les grito,no controlo mi {enojo,ira}}`,
  moodSwings: `
!{singing,speaking,own,inner} voice ~~12 {not mine,isnt mine,getting louder}
{@not,barely} slept {in,for} ~2 {nights,days} ~~10 {spen{ding,t},buying}
{barely,hardly,@not,didnt} {slept,sleep{,ing}} ~10 crash for {days,weeks,a week}
mood{,s} swing{,s}
bipolar
manic
mania
borderline
bpd
{neighbo{rs,urs},the government,strangers,cameras,my phone,the tv,the radio,people on the street,someone outside} {are,is,have been,keep} {watching,following,tracking,spying on,listening to,monitoring,reading} {me,my {mind,thoughts}}
dont sleep for days
my mood ~5 {up and down,swings,changes so,shifts,crashes}
hear ~5 voice {telling,saying,caling,commenting,whispering,talking}
{hear{,d,ing}} {whisper{ing,s},voices,someone talking,my name,my own name} ~8 {no one,nobody{,s},noone,isnt there,arent there,alone}
the {radio,tv,tel{evision,ly}} {seems to be,seem to be,is,keeps,kept} {talking about me,talking to me,sending me messages}
cambios de humor
{hear{,ing}} voices
{shut{,ting}} down and not {speaking,talking}
@nobody else {hears,can hear,sees,can see} !{it coming,the potential,the point,the value}
{plotting,conspiring,ganging up} against me !{in {the,our} ~2 {game,league,match,quiz,team}}
{everyone,they,people,my colleagues,my neighbours,my neighbors} {are,is} out to get me
{@things,the world,life} {feels,seems,looks} {unreal,fake,far away,distant,dreamlike,like a dream}
{hear{,d,ing}} {music,voices,sounds,noises,@someone} {that,who} {isnt,arent,wasnt} {playing,there,real}
{@scared,worried,frightened} {im,that im} losing my mind
{halucinat*,hallucinat*,paranoi*,psycho{ses,sis,tic},schizo*}
{zon{e,ed,ing}} out for hours
losing time
{los{e,ing,t}} chunks of time
{disociat{e,ing,ive}} {episodes,at work,a lot,constantly,al the time}
{watching,following,spying on,tracking} me ~~10 {reading my,recording,hacked,bugged,cameras,listening to my,tapped}
{hear{,d,ing},see{,ing},saw} things {,that} {other people,others,no one else,nobody else} {dont,cant,didnt} {hear,see} !{in,about,coming,the,potential,value,opportunit{ies,y},and i want,so}
{not sure,dont know,cant tell,unsure} {whats,what is,what was} real
{see{,ing},saw} things that {arent,werent} there
{mood{,s}} {goes,go,swing{,s}} from {sky high,manic,euphoric,on top of the world}`,
  perinatal: `
since {the baby,giving birth,having {@our,the} baby} ~4 {not myself,dont recognise myself,not the same,a different person,a stranger}
desde que nacio {mi,el} bebe ~4 {no soy yo,no me reconozco,otra persona}
{despues del,desde el} parto
{pos{parto,tnatal,tpart{o,um}},pos parto,post parto,post partum,post natal,perinatal,baby blues}
{miscarri{age{,s},ed},stillb{irth,orn},aborto espontaneo,perdi el bebe}
{detached,disconnected,numb} {from,toward{,s}} @my {baby,newborn}`,
  care: `
!{as a,as an addiction,im a,work as a,became a,training to be a,become a,fellow,speech,physical,occupational,financial,career,debt,guidance,camp,massage,grief,bereavement,not looking for,dont need,dont want,instead of,rather than} {therap{ist,y},psych{iatrist,ologist,otherapy},counsel{ing,or}} !{dog,dogs,animal{,s},pony,horse{,s}}
{antidepresant{,s},ssri{,s},zoloft,prozac,lexapro,xanax,wellbutrin,medication for {,my} {mood,anxiety,depresion}}
{adderal,aderal,vyvanse,ritalin,concerta,dex{amfetamine,amphetamine,edrine},strattera,gabapentin,pregabalin,lyrica,lithium,ser{oquel,traline},quetiapine,abilify,aripiprazole,lam{ictal,otrigine},olanzapine,risperidone,fluoxetine,citalopram,escitalopram,venlafaxine,efexor,duloxetine,cymbalta,mirtazapine,trazodone,clonazepam,klonopin,lorazepam,ativan,diazepam,valium,buspirone,propranolol}
{withdrawal,wd} symptoms
side {effect,efects} {of,from} {my,} {@meds,pils}
{dementia,alzheimers,insomnia,chronic pain}
{meltdown{,s},shutdowns} !{{in sales,in the market,of the server,of the system}}
{life,world,everything,i} {,is,s,m} {falling apart,breaking down,crumbling}
im {falling apart,breaking down,crumbling,coming apart}
cant {function,cope}
diagnosed
mental {health,ilnes} !{is {good,great,fine,stable,solid,strong,better},{nurs{e,es,ing},career{,s},job,charity,charities,first aid,awareness,app,apps,startup,policy,research,support worker,social work,training,course,degree,services,sector,field,professional{,s},podcast,campaign,programme,program,workshop{,s},lead,champion{,s}}}
emotional pain
self destructive
signed off {work,sick} {with,for} {stress,anxiety,depression,burnout}
!{im,were,we are,am} coping !{wel,@ok,beter,alright,strategies,skils,techniques,tools}
{terap{euta,ia},psi{colog{a,o},quiatra},demencia,insomnio,no puedo funcionar,toc,fobia}
no puedo mas !@agobio
{make{,s}} me fall apart
{had,having} a {,nervous,mental} breakdown
{at,reach{ed,ing}} {,my} breaking point !{with {@my,this} {to do list,inbox,emails,calendar,schedule}}
{might,think i} have {adhd,autism,bipolar,ocd,ptsd,depression,anxiety}
{wrecking,ruining} my {relationships,life,marriage}`,
  // Drinking, drugs or gambling, near the everyday words for losing control of them (English, then Spanish).
  substance: `
@substance`,
  losingControl: `
lost more than {i,we} {can,could} afford
{los{e,ing,t},blown,blew} {thousands,hundreds,a fortune,tens of thousands,all my savings} {on,to,at,gambling,betting}
{spen{d,ding,t},blow{,ing},blew,los{e,ing,t}} {@itall,all my money,my wages,my salary,my savings,my pay,my paycheck,my paycheque,{my,half my} {whole,entire,} {pay{,che{ck,que}},wages,salary,pay packet}} on
most of the {evening,@day}
{miss{,ed,ing}} {work,school,clases,shifts,lectures} because of
most evenings
{sneak,sneaking,sneaked,snuck,need more,needing more,to buy more,just to feel calm,even when it doesnt hurt,to start @my day,before work,only thing {that,which} {calms,helps,relaxes,works,gets me},all day,cant {focus,concentrate,work,sleep} {on anything,} without,before i can {face,get,start,go},every {morning,@day,evening,weekend,match,game,race,fight},daily,every single day,borrow,borrowed,borrowing,creeping,creep into,spilling into,weekdays,chase {,every,@my} loss{,es},in the night,most {nights,days,weekends},cant stop,cant cut {back,down},cant {get through,function,cope,last} {,a day,the day,a night} without,{from when,from the moment,the moment,as soon as,the minute} i wake up,out of {hand,control},hooked,hide,hiding,hid,hidden,in secret,lie,lied,lying,relapsed,withdrawal,shake,shakes,shaking,in the mornings,black out,blackout,cant remember the {evenings,nights},more and more,end up,always end,promis*,tried to {stop,quit,cut},never manage,owe,debt,chasing,paycheck,savings,win it back,taken over,to cope,to get through,to relax,to numb,to sleep,to get going,to function,prescri*,from friends,only way}
{cant,couldnt} control {it,myself}
{from,out of} {the,our} joint account
cant seem to {stop,quit,cut down}
{hours,hrs} a day`,
  sustancia: `
{beb{er,iendo,o}} !{{,mas,much{a,o},poca,menos,un,demasiado} {cafe,agua,te,leche,zumo,jugo,mate,batido{,s},refrescos,infusiones}}
{ansioliticos,tra{gaperras,gos,nquilizantes},benzodiacepinas,somniferos,un trago,cerveza{,s},copas,alcohol,maquinas tragamonedas,vino,marihuana,cocaina,drogas,analgesicos,pastillas,apuest{as,o},apostar,casino,juego,porro{,s},fumo hierba,fumar hierba}`,
  sinControl: `
{hasta las {dos,tres,cuatro,cinco,seis} de la {manana,madrugada},toda la noche,a diario,diario,{cada vez,} necesito mas,no me {recetaron,recetaron a mi},sin receta,para olvidar,para no pensar,para no sentir,para aguantar,para calmarme,para empezar el dia,{deb{emos,o}} {mucho,miles,dinero,mucho dinero},{me gasto,gast{e,o},me gaste} {todo,todo el dinero,todo lo que gano,el sueldo,mi sueldo},{todo mi sueldo,todo el sueldo,todo mi dinero,todos mis ahorros,toda la nomina,mi nomina},{ya,} no puedo {,estar,vivir,dormir,funcionar} sin {ell{a,as,os},el,beber,fumar},demasiado,no puedo controlarlo,no lo controlo,desde que me levanto,todos los dias,@noches,cada dia,cada manana,todas las mananas,para poder {ir a trabajar,trabajar,funcionar,salir,levantarme},enganchado,enganchada,no puedo parar,no puedo dejar,no consigo dejar*,no consigo parar,ya no puedo parar,no logro dejar,lo escondo,escondo,me engan*,deudas,perdido,ahorros,cada vez mas,hasta que,para poder dormir,para dormir,los fines de semana}
{prestamos,un prestamo,creditos} que no {puedo,podemos} pagar
le miento a mi {mujer,marido,pareja,familia}`,
  // Gaming, which with the words for losing control of it is a habit out of hand.
  gaming: `
{gam{e,ed,es,ing},video{games,juegos},fortnite,my xbox,my playstation,my ps5} !{of,plan,design{,er},developer,development,studio,industry,night with,theory,youtuber,channel,stream{,er,ing},content,community,company,@career,blog,podcast,club,cafe,shop}`,
  // —— What coaching sounds like ——
  // Words of feeling and of the people in someone's life. None says "therapy" on its own; when they
  // outweigh the goals a person names, a therapist fits better than a coach.
  personal: `
{sad,sadnes,unhapy,miserable,hurting,hurt !{@whose feelings},hurtful,suffering,struggling,struggle}
{cry{,ing},cried,tears,guilt,shame,ashamed,embarased,scared}
guilty !{{@selfcare,about saying no,for saying no} *}
{scar{es,y},afraid,fear{,s},insecur{e,ity},jealous{,y}}
overwhelmed !{by {,@our,the,all the,all my,so many} {inbox,email{,s},workload,to do list,schedule,calendar,admin,tasks,deadlines,projects,options,choices,orders,clients,paperwork,messages,wedding,wedding planning,planning,house move,renovation}}
{stres{,ed,ful},exhausted,broken,alone,lonely,pain{,ful},upset}
{ang{er,ry},mad,numb,confused,hap{ier,ines,y},emotion{,s}}
{emotional,emotionaly,!{hurt @whose} feelings,forgive,trust,rejected}
{feel{,ing,s},felt} !{good,great,strong,confident,better,ready,excited,proud,fit,healthy,comfortable,more,less,at ease,prepared,calm{,er},relaxed,guilty @selfcare}
{rejection,abandoned,betray{al,ed},toxic,manipulative,mean,yel{ing,s},fight}
{fighting,argu{e,ing},worr{ied,ies,y},nervous,cope,deal with}
{get over !{my fear},move on,mental,disorder,disability,psychiatric,depersonali{s,z}ation,derealization,disociat*,sex}
{sexual{,ity,y},gay,lesbian,bisexual,queer,transgender,gender,dysphoria}
{erection,erectile,intimacy,intimate,libido,porn,orientation,coming out !{alive,of,until,on top,soon,next,later},husband,wife}
{spouse,partner,@date,fiance{,e},ex,crush,mar{ied,riage}}
{@parent,mum,parents,step{dad,father,mom,mother}}
{@sibling,siblings,in laws,mother in law,@child,grand{father,mother},relationship}
{relationships,breakup,cheat{,ed,ing},lied,lying,liar,afair,bulied}
{buly,bulying,!{is a,was a,its a,such a} nightmare,nightmares,sleep,insomnia,weight,body,triste,{me siento,muy,tan} {sol{a,o}}}
{lloro,culpa,dolor,angustia,sufr{iendo,o},hundirme,espos{a,o}}
!{muerto de,muerta de,muertos de,muertas de} miedo
siento !{bien,mejor,preparad{a,o},list{a,o},fuerte,capaz,orgullos{a,o}}
{marido,pareja,madre,padre,mama,papa,hij{a,o,os},familia}
relacion`,
  // A difficulty the person says is behind them ("my divorce was final last year and I feel great",
  // "ADHD, well managed"): next to a goal, a therapy sign in the same clause or the one before does not count.
  resolved: `
{beat{,en},overc{ame,ome},got over} {an,my} {eating disorder,addiction,anorexia,bulimia,depression,drinking problem,gambling problem}
{therapy,counselling} paid off
{sorted,fixed,cured} {that,it}
{support{,ing},help{,ing},working with,work with,serv{e,ing}} {families,people,women,men,@kids,young people,clients,survivors,veterans,patients,students} ~3 {affected by,recovering from,living with,struggling with,dealing with,in recovery from}
{under control,well managed,well controlled,managed well,im steady,im stable,feel steady,feel stable,made peace,made my peace,at peace,been well,in remission,in recovery,on the other side,is stable,are stable,has been stable,been stable for,well treated,long gone,a thing of the past,amicably,on good terms}
in a {,really,very} {good,great,better,stable,healthy,solid} place
doing {,really,so,very} {great,well,@ok,better,alright}
{feel{,ing}} {great,strong,good,better,solid,lighter}
years ago !{{,and,but} {,i,it,@he} still}
ive since {joined,found,built,made friends,learn{ed,t},recovered,moved on}
{@its,thats,everything is,all} settled
{the kids,my kids,everyone} {are,is} {happy,thriving,doing well,settled}
!{want to,wish i could,need to,to} @got my life back
{@meds,treatment,tools,strategies} that {work{,s},really works}
my {@meds,treatment} {work{,s},is working,are working} {well,fine,great,for me}
{its,it has} been gone {for,since}
lo {rec{ordamos,uerdo}} con {carino,amor}
{think of,remember} @them with a smile
{and,but} were {@ok,good} !{until,before,at first,for a while,then}
{thriving,flourishing,best decision,manage it well,at first,built a life,proud of who im,worked through it,never been happier,happier than ever,used to,wrapped up,happily,remarried,recovered,relieved,done the work,did the work,when i first,healed,life is short,moved on,started over}
{@its,thats,that is,all,now,firmly,well,far,long} behind me
behind me now
{years,months} {sober,clean}
{sober,got treatment,got help} for
sober ~2 years
im {,genuinely,really,truly} {happy,well,stable}
im @ok with it
{going,gone} smoothly
@felt {@ok,good,great} about it
{a bit,a little,slightly,somewhat} {anxious,nervous,worried,stressed}
rebuilt {my life,everything,myself,my confidence}
stable for {@few,five,six,seve{n,ral},eight,nine,ten,many,a few,a couple of} years
im {,completely,totally,so} over @my {breakup,break up,divorce,split,ex,separation}
im @ok !{with}
@its {a relief,for the best}
had treatment
{it,that,which} explains {a lot,so much,everything}
im {good,doing good,much better} now
{ive,i have} {grieved,mourned,processed}
back {on form,to normal,to my old self,to full strength,to fitness}
inherited {@their,@my}
left me @their {garage,shop,business,farm,company,workshop,house,land}
took over {@their,the family,the} {business,shop,farm,company,restaurant,practice}
!{not,never,think im,if im,sure im,whether im} {ready,excited} {,now} to {rebuild,plan,build,focus,look ahead,move forward,start over,start again,start fresh,start dating,start planning,date again,move on,get back out there}
{has,have} {eased,softened,faded}
{it,that,which} taught me to {slow,be,live,value,appreciate,cherish,enjoy,make}
empezar de {nuevo,cero} !{pero no,y no,| no}
{rehacer mi vida,rehice mi vida,he rehecho mi vida,pasar pagina,pasar la pagina}
{un poco,algo} {triste,nervios{a,o},ansios{a,o},preocupad{a,o},estresad{a,o},agobiad{a,o}}
{it,that,therapy,which,counseling,treatment,rehab,medication,my therapist,the support} {helped,has helped,really helped} {a lot,so much,me a lot,me so much,enormously,massively,loads}
{been,was,went} {in,to} therapy {before,in the past,a while ago}
{lo tengo superado,lo supere,lo he superado,esta superado,lo tengo asumido,{ya hice,hice,he hecho} {el,mi} duelo,hice las paces con {eso,ello,su muerte}}
{estoy,me siento} {,muy,mucho,super,bastante} {bien,mejor,fuerte,feliz,recuperad{a,o}}
{sali{,mos},he salido} adelante
fue hace {anos,mucho,dos anos,tres anos,cuatro anos,cinco anos,varios anos}
{which is,thats,that is,its,which was} {natural,normal,to be expected,understandable,only natural}
in a {good,positive,fun,exciting} way
{it,that,which,this} {doesnt,never,wont} {stop{,s,ped},hold{,s},held} me
{come,came,got{,ten},made it,pulled,pushed} through {it,that,the worst,the other side}
!{no,no esta,no la tengo,no lo tengo,ya no esta,nada,poco,mal} {controlad{a,o},bajo control,bien controlada,bien controlado}
{mostly,mainly,overall} {excited,happy,positive,fine,good,great}
{psych{iatrist,ologist},therapist,doctor,gp,counsel{lor,or}} {suggested,recommended,advised,thinks} {a coach,coaching,getting a coach,i get a coach,i try coaching}
{finished,completed,ended,graduated from} {,@our} {therapy,treatment,rehab,counsel{ing,ling},sessions}
{done,did} {a lot of,so much,@my} {healing,grieving,work on myself}
{supere,he superado} {una,la,mi,el,los,esa}
{deje,he dejado} {el alcohol,la bebida,de beber,las drogas,el juego,de apostar,de fumar,el tabaco} hace {anos,mucho,dos anos,tres anos,cuatro anos,cinco anos,diez anos,varios anos,muchos anos}
{ya paso,ya quedo atras,forma parte del pasado,es cosa del pasado}
!{@not,never,cant,couldnt,still havent,yet to} {found,finding} {peace,my peace}
{been,stayed} clean {since 20*,since |,for {years,a year,over a year,two years,three years,four years,five years,ten years,a decade}}
{got,had,found} {good,great,the right,proper} {help,support,treatment,care}
{estoy,me siento} en paz
me {dio,dieron,han dado,ha dado} el alta
ya no me {pasa{,n},dan,da,afecta{,n}}
me {ayudo,ha ayudado} {much{isimo,o},bastante}
{put{,ting}} {it,that,all that,this,my grief,the grief,the loss,my loss,my divorce,the divorce,the past,my past} behind me`,
  // Goal framing: people who come for coaching tend to say what they want.
  goal: `
{i want to,i just want to,i really want to,i wana,i would like to,id like to,id love to,i would love to,i hope to,im hoping to,i plan to,im planning to,im determined to,my goal,my goals}
{we want to,we would like to,wed like to,we hope to,we plan to,our goal,our goals,we want a,wed like a,we would like a,we need a {,better,clearer,new,simple} {plan,system,way,process,agreement}}
what {i,we} {want,need,would like,id like} {,now,next,most,this year} is
{suggested,recommended} {coaching,a coach}
{starting,launching,opening} my own {firm,business,company,practice,shop,studio,agency}
{i aim to,help me {,to} {@build,go for,become,grow,improve,find,make,be,reach,achieve,plan,pre{pare,sent},overcome,pass,beat,communicate,explain,deliver,lead,navigate,manage,handle,structure},im ready to,ready for,next step,want a,want more,want better,{i,@id} {want,like,love} {,some} {help,coaching,support,a coach} {with,on,to,@doing,making,starting,running,practi{cing,sing},rehearsing,navigating,handling,picking,creating,designing}}
{i,@id} {want,like,love} {,some} {coaching,a coach,a sounding board,accountability,guidance on,a plan,a strategy,a roadmap}
{{qui{ero,siera},queremos,me gustaria} {apr{ender,ovechar},sacar{,me},aclarar,definir,ascender,cambiar,mejorar,emp{ezar,render},cre{ar,cer},ser,tener,hacer{,me},terminar,encontrar,lanzar,preparar{,me},pedir,correr,escribir,con{ocer,seguir,struir},apuntarme,organizar{,me},dejar,volver,equilibrar,lograr,pasar,hablar,bajar,ganar,superar,montar,ahorrar,sentirme,dedicarme,abrir,invertir,aceptar,comprar,viajar,estudiar,enfocarme,centrarme,retomar,desarrollar,planificar,definir,cumplir,ponerme,dar,subir,salir,publicar,recuperar},me gustaria,me encantaria,{busco,quiero,necesito} ayuda para,necesito {un plan,preparar},mi meta,mi objetivo}
{|,and,but,so,now} {,i} {,finally,really,also} {want,would like,hope,need} to {@build,become,grow,improve,find,make,be,reach,achieve,plan,prepare,focus,change,cut,stop,go,run,train,move,switch,negotiate,lead,save,launch,develop,work on,help,support,mentor,give back,coach,open,return,study,travel,buy,rebuild,pass,pay off,rehearse,stay calm,join,meet,explore,try,use,pivot,retrain,transition,hire,set up,take over,feel {more,less,confident,comfortable,ready,prepared,at ease}}
{dying,cant wait} to {start,launch,get,try,begin,open}
@ill go for it
{i need,i would like,id like,id love} a {better,new,simple,clear,launch,@career,solid,realistic,proper} {,revision,study} {system,plan,routine,process,way,timetable,schedule}
{i need,i want,i would like,id like,id love} {,better,simple,some,new} {systems,routines,processes,str{ategies,ucture},tools}
{trying to,want to,cant} decide {whether,if}
{where,how} do i {,even} start
{i need,want,looking for,id like,i would like} help {@doing,buying,studying,revising,training,saving,with my {@career,cv,resume,goals,plan,team,salary,startup,book,routine,schedule,finances,budget,side project,leadership}}
{and,now,finally,so,feel} ready to {focus,move,get,work,grow,take,commit,go,try,learn,find}
@nervous {|,and} {,im} {ready,excited,determined}
{ready,excited,determined} {|,and} {,im,a bit} @nervous about {launching,starting,presenting,@my,a}
help me {decide,choose,weigh,pick,prioriti{se,ze},think it through,think through,work out,figure out,sort out,map out}
{@id,i,we would,wed} like {us,for us} to
help {me,us} with @our {@career,plan,finances,routine,habits,writing,job search,cv,resume,startup,team}
{looking for,need,want} a {,@career,life,leadership,executive} coach
{lack,need,want,looking for,missing} {,is,some,more,a sense of,clear} direction
{a coach,coaching,a sounding board} {for,to help with,to help me with} {accountability,structure,motivation,focus,my career,my business}
{ready,excited} {,now} to {plan,start,build,focus on,return,go back,get back}
{quiero,busco,me gustaria} {un coach,un mentor,un plan,ayuda con mis metas}
how {do,can,should} i {prepare,get ready}
{desperate,dying,eager,keen} to get {a handle on,on top of,better at,organised}`,
  // The themes of coaching, named in the practitioner's reasons.
  career: `
{career,job,pro{fesion,motion},interview,resume,cv,work,industry,salary}
{raise,boss,manager,role,retrain,carrera,trabajo,empleo,ascenso,entrevista,curriculum}
{sueldo,aumento,puesto,jefe}
{workday,working day}
{laid off,made redundant,redundancy}`,
  business: `
{business,startup,founder,clients,company,entrepreneur,freelanc*,side project,side hustle,launch}
{sales,marketing,negocio,empre{nder,sa},clientes,restaurante}
{private practice,my practice,charging,my rates,pricing}
{cofounder{,s},co founder,equity,bakery,cafe,salon,my shop,farm,our shop}`,
  leadership: `
{lead{,er,ership},team,managing,delegat*,executive,presence,feedback,decision making}
{agree{,ing}} {how,on how,who does,roles,on roles,responsibilities}`,
  vision: `
{goal{,s},vision,purpose,values,direction,priorities,plan,clarity,potential}
{next step,next chapter,dream{,s}}
{trip,travel{,ing,ling},sabbatical,adventure}`,
  habits: `
{habit{,s},routine,morning,exercise,fitnes,gym,running,marathon,weight}
{diet,sleep schedule,sleep routine,better sleep,sleep better,sleep properly,health{,y},energy,nutrition,meditat*,screen time,cycling,biking,cook more,cooking}
{bike,climbing,skiing,surfing,swimming,tennis,golf,yoga,riding,training}
{los{e,ing}} ~2 {weight,kg,kilos,pounds,lbs,stone}
{sluggish,fitter,get fit,keep fit,energy levels}
{health{ier,y},better} relationship with
{tak{e,ing},real} {breaks,a break,a lunch break}
{time for myself,me time,protect time,protect my time}
{declutter{,ing},clutter,tid{ier,y}}
{correr,maraton,ejercicio,gimnasio,rutina,habitos,dieta,entrenar,desorden}`,
  focus: `
{productiv*,procrastinat*,focus,performance,time management,organi{s,z}ed,discipline,motivation,accountab*,consistency}
{consistent,timeline,schedule,checklist,to do list,organise my,organize my,plan my week,deadline{,s},workload}
{pro{crastinar,ductividad},con{centrarme,stancia},organizar{,me},tesis,disciplina}`,
  creative: `
{writ{e,ing},novel,book,music,art,paint*,creativ{e,ity},podcast}
{portfolio,photography,design}
{manuscript,publisher{,s},novel,memoir}`,
  money: `
{money,budget,saving{,s},invest*,financ{es,ial},debt,income,retire*}
{dinero,ahorr{ar,o,os},finanzas,presupuesto,inver{sion,tir},jubilacion,fondo de emergencia}`,
  relating: `
{dat{e,ing},communicat*,better partner,better parent,networking,friendships,boundaries,relationship goals,stay in touch,staying in touch,keep in touch,keeping in touch,social life}
{mend,rebuild,improve,strengthen,repair} my relationship
{spend more,quality} time {together,with}
{mak{e,ing},meet{,ing}} {friends,new friends,new people}
{for me and,with} my @household !{{,is,are} {never,hate,fight,argue},not,isnt,arent}
family time
{conocer gente,conocer a gente,hacer amigos,nuevos amigos,vida social,un club}`,
  growth: `
{confiden{ce,t},spe{aking,ech},presentation,growth,skills,learn{,ing},stuck}
{rut,bored,change,transition}
{uni{,versity},college,degree,masters,mba,what to study}
{techniques,strategies,tools,tips} {to,for}
{lose,overcome,get over,conquer,beat} my fear of
{confianza,seguridad en mi misma,seguridad en mi mismo,hablar en publico,habilidades,aprender,idiomas,ingles,universidad,master,carrera profesional,estudiar,enfermeria,oposiciones}`,
};

export interface Sign {
  route: 'crisis' | 'therapy';
  reason: string;
  concerns: Concern[];
  /** Concepts that must all occur; one listed twice needs two different phrases of it. */
  all: readonly string[];
  /** At most this many words from the first to the last. */
  within: number;
  /** A negation just before a phrase ("never had thoughts of …") cancels it. */
  negatable: boolean;
  /** Someone else as the subject just before a phrase ("she wants to die") cancels it. */
  aboutSelf: boolean;
}

type Checks = Pick<Sign, 'negatable' | 'aboutSelf'>;
const sign = (route: Sign['route'], reason: string, concerns: Concern[], all: string[], within: number, checks: Checks): Sign => ({
  route,
  reason,
  concerns,
  all,
  within,
  ...checks,
});

/** Two or more concepts close together about the person: crisis, with negation and the subject checked. */
const together = (reason: string, concerns: Concern[], all: string[], within: number): Sign =>
  sign('crisis', reason, concerns, all, within, { negatable: true, aboutSelf: true });

/**
 * Concepts close together whose subject may rightly be someone else (a
 * threat, a loss, someone's drinking near losing control): only a negation
 * cancels a phrase.
 */
const near = (route: Sign['route'], reason: string, concerns: Concern[], all: string[], within: number): Sign =>
  sign(route, reason, concerns, all, within, { negatable: true, aboutSelf: false });

/** A concept whose every phrase is a sign on its own. */
const alone = (route: Sign['route'], reason: string, concerns: Concern[], concept: string, checks: Checks): Sign =>
  sign(route, reason, concerns, [concept], 99, checks);

/** A therapy concept, a sign on its own: a negation cancels a phrase, the subject may be someone else (a partner's drinking). */
const therapyAlone = (reason: string, concerns: Concern[], concept: string): Sign =>
  alone('therapy', reason, concerns, concept, { negatable: true, aboutSelf: false });

const PLAN = REASONS.plan;
const DANGER = REASONS.danger;
const EATING_DANGER = REASONS.eatingDanger;

/** Concepts close together about the person that tell of a plan, preparation or means to end their life. */
const planNear = (all: string[], within: number): Sign => together(PLAN, ['depression'], all, within);

export const SIGNS: readonly Sign[] = [
  alone('crisis', REASONS.endingLife, ['depression'], 'endLife', { negatable: true, aboutSelf: true }),
  alone('crisis', REASONS.notLive, ['depression'], 'notLive', { negatable: true, aboutSelf: true }),
  alone('crisis', REASONS.betterOff, ['depression'], 'betterOff', { negatable: true, aboutSelf: true }),
  alone('crisis', PLAN, ['depression'], 'plan', { negatable: true, aboutSelf: true }),
  alone('crisis', REASONS.closeAtRisk, ['depression'], 'closeAtRisk', {
    negatable: false,
    aboutSelf: false,
  }),
  alone('crisis', REASONS.hurtingSelf, ['self-harm'], 'selfHarm', { negatable: true, aboutSelf: true }),
  together(EATING_DANGER, ['eating'], ['edBehaviour', 'bodyDanger'], 24),
  together(EATING_DANGER, ['eating'], ['edConducta', 'bodyDanger'], 24),
  together(EATING_DANGER, ['eating'], ['stopIntake', 'bodyDanger', 'eating'], 24),
  together(REASONS.starving, [], ['stopIntake', 'unreal'], 24),
  near('crisis', REASONS.drugDanger, ['addiction'], ['tooMuch', 'bodyDanger'], 20),
  near('crisis', REASONS.maniaDanger, ['mood'], ['sleepless', 'reckless'], 24),
  near('crisis', REASONS.withdrawalDanger, ['addiction'], ['heavyDrinking', 'withdrawalFit'], 20),
  planNear(['drop', 'fall'], 18),
  planNear(['medicine', 'amount'], 14),
  planNear(['research', 'medicine', 'danger'], 16),
  planNear(['goodbye', 'goodbye'], 40),
  planNear(['goodbye', 'drop'], 24),
  planNear(['goodbye', 'nothingMatters'], 30),
  planNear(['ready', 'secret'], 20),
  planNear(['aPlan', 'secret'], 24),
  planNear(['goodbye', 'unaware'], 16),
  together(REASONS.endingLife, ['depression'], ['escape', 'dying'], 10),
  planNear(['insurance', 'provide'], 24),
  planNear(['insurance', 'ready'], 24),
  near('crisis', REASONS.endingLife, ['depression'], ['lost', 'join'], 20),
  planNear(['medicine', 'withhold', 'onPurpose'], 22),
  planNear(['medicine', 'gaze'], 12),
  planNear(['aPlan', 'aloneTime'], 14),
  planNear(['ready', 'aloneTime'], 16),
  planNear(['research', 'drop'], 16),
  planNear(['watch', 'height'], 8),
  planNear(['research', 'deadly'], 8),
  together(REASONS.endingLife, ['depression'], ['ifGone', 'notBad'], 12),
  planNear(['ifGone', 'gain'], 14),
  planNear(['medicine', 'waitingAlone'], 16),
  planNear(['sharp', 'waitingAlone'], 16),
  planNear(['medicine', 'booze'], 14),
  planNear(['gun', 'handle'], 16),
  planNear(['gun', 'aPlan'], 8),
  planNear(['gun', 'provide'], 16),
  planNear(['gun', 'dwell'], 20),
  planNear(['platform', 'lastTell'], 20),
  planNear(['gun', 'aloneTime'], 16),
  planNear(['gun', 'secret'], 20),
  planNear(['underwater', 'stayUnder'], 18),
  planNear(['waterside', 'stayUnder'], 20),
  planNear(['underwater', 'mains'], 14),
  planNear(['waterside', 'linger'], 18),
  planNear(['drop', 'watchTraffic'], 20),
  planNear(['drop', 'linger'], 18),
  planNear(['rope', 'knots'], 16),
  planNear(['rope', 'cover'], 24),
  planNear(['medicine', 'cover'], 14),
  planNear(['research', 'cover'], 20),
  planNear(['carReady', 'nobodyGoes'], 18),
  planNear(['carReady', 'undecided'], 20),
  planNear(['medicine', 'undecided'], 16),
  planNear(['carReady', 'aloneTime'], 18),
  planNear(['chosenPlace', 'nobodyGoes'], 16),
  planNear(['ready', 'lastTime'], 12),
  planNear(['ready', 'ownHands'], 16),
  planNear(['goodbye', 'chosenPlace'], 20),
  planNear(['drop', 'scouted'], 20),
  planNear(['stopIntake', 'noRescue'], 16),
  together(REASONS.endingLife, ['depression'], ['deadInside', 'finishIt'], 16),
  planNear(['wake', 'makeSure'], 16),
  near('crisis', PLAN, ['depression'], ['giveaway', 'giveaway'], 30),
  planNear(['charcoal', 'alarmOff'], 20),
  near('crisis', PLAN, ['depression'], ['giveaway', 'goodbye'], 40),
  near('crisis', REASONS.harmingOthers, ['anger'], ['revenge', 'weapon'], 24),
  near('crisis', REASONS.harmingOthers, ['anger'], ['revenge', 'whereabouts'], 20),
  near('crisis', REASONS.harmingOthers, ['anger'], ['weapon', 'whereabouts'], 20),
  near('crisis', REASONS.harmingOthers, ['anger'], ['revenge', 'aPlan'], 20),
  near('crisis', DANGER, ['abuse', 'trauma'], ['abuser', 'touches'], 12),
  near('crisis', DANGER, ['abuse', 'trauma'], ['abuser', 'groom'], 24),
  near('crisis', DANGER, ['abuse', 'trauma'], ['threat', 'ifTell'], 12),
  // Whoever the voices name ("my mother is poisoning my drink"), the person hears them.
  near('crisis', REASONS.voices, ['psychosis'], ['voice', 'harmUrged'], 20),
  together(REASONS.hurtingSelf, ['self-harm'], ['sharp', 'skin'], 20),
  together(REASONS.hurtingSelf, ['self-harm'], ['sharp', 'usedIt'], 20),
  together(REASONS.hurtingSelf, ['self-harm'], ['sharp', 'stash'], 16),
  alone('crisis', REASONS.notLive, ['depression'], 'notWantingToLive', { negatable: false, aboutSelf: false }),
  alone('crisis', REASONS.betterOff, ['depression'], 'burden', { negatable: false, aboutSelf: false }),
  alone('crisis', REASONS.plan, ['depression'], 'planOrMeans', { negatable: false, aboutSelf: false }),
  alone('crisis', REASONS.hurtingSelf, ['self-harm'], 'selfInjury', { negatable: true, aboutSelf: false }),
  alone('crisis', REASONS.harmingOthers, ['anger'], 'harmingOthers', { negatable: true, aboutSelf: false }),
  alone('crisis', DANGER, ['abuse', 'trauma'], 'inDanger', { negatable: false, aboutSelf: false }),
  alone('crisis', REASONS.endingLife, ['depression'], 'endingLifeSpanish', { negatable: true, aboutSelf: false }),
  therapyAlone(REASONS.grief, ['grief'], 'grief'),
  therapyAlone(REASONS.substances, ['addiction'], 'substances'),
  near('therapy', REASONS.substances, ['addiction'], ['substance', 'losingControl'], 18),
  near('therapy', REASONS.substances, ['addiction'], ['sustancia', 'sinControl'], 18),
  near('therapy', REASONS.gaming, ['addiction'], ['gaming', 'losingControl'], 18),
  near('therapy', REASONS.gaming, ['addiction'], ['gaming', 'sinControl'], 18),
  therapyAlone(REASONS.couples, ['couples'], 'couples'),
  therapyAlone(REASONS.eating, ['eating'], 'eating'),
  therapyAlone(REASONS.lowMood, ['depression'], 'lowMood'),
  therapyAlone(REASONS.anxiety, ['anxiety'], 'anxiety'),
  therapyAlone(REASONS.trauma, ['trauma'], 'trauma'),
  therapyAlone(REASONS.abuse, ['abuse', 'trauma'], 'abuse'),
  therapyAlone(REASONS.compulsions, ['ocd'], 'compulsions'),
  therapyAlone(REASONS.family, ['family'], 'family'),
  therapyAlone(REASONS.anger, ['anger'], 'anger'),
  therapyAlone(REASONS.moodSwings, ['mood'], 'moodSwings'),
  therapyAlone(REASONS.perinatal, ['perinatal', 'depression'], 'perinatal'),
  therapyAlone(REASONS.care, [], 'care'),
];

/** Coaching themes: each concept above and the words the practitioner reads ("Coaching goals: career, money"). */
export const COACHING_THEMES: ReadonlyArray<[concept: string, theme: string]> = [
  ['career', 'career'],
  ['business', 'business'],
  ['leadership', 'leadership'],
  ['vision', 'goals and vision'],
  ['habits', 'habits and health'],
  ['focus', 'performance and focus'],
  ['creative', 'creative work'],
  ['money', 'money'],
  ['relating', 'relationships as goals'],
  ['growth', 'confidence and growth'],
];
