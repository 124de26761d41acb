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
    '{thoughts of,thoughts about,fantasies of,fantasize about,fantasizing about,decide{,d},want{,ed,ing},wish{,ed},going,ready,plan{,ned,ning},plan on,thinking about,thinking of,thought about,think about,urge{,s},ned,trying,tried,try,desire,long{,ing},about,might,wil,would,could}',
  partner:
    '{he,she,they,partner,husband,wife,spouse,boyfriend,girlfriend,bf,gf,ex,fiance,dad,father,stepdad,stepfather,step dad,mom,mother,mum,stepmom,stepmum,step mum,step mom,brother,sister,son,daughter,grandson,grandaughter,carer,caregiver,care worker,romate,flatmate,lodger,landlord}',
  // For "is going to kill me": parents and siblings say it as an idiom far more often than as a threat.
  intimate: '{he,she,partner,husband,wife,spouse,boyfriend,girlfriend,bf,gf,ex,fiance,stepdad,stepfather}',
  people:
    '{him,her,them,someone,somebody,people,everyone,others,other people,anyone,anybody,someone else,somebody else,{,the,those,these,some,al the} {people,person,guy,guys,kids,students,coworkers,co workers,bulies,buly,woman,man,girl{,s},boy,boys,neighbors,neighbours},my {husband,wife,partner,bos,kids,kid,children,child,son,daughter,baby,mom,mother,dad,father,brother,sister,boyfriend,girlfriend,ex,neighbor,neighbour,coworker{,s},co worker,coleague{,s},romate,flatmate,housemate,family,manager,teacher}}',
  // Drinking ("drink water" is not), drugs and gambling ("betting on myself" is not).
  substance:
    '{drink{,s,ing} !{{,more,les,enough,plenty of,so much,to much} {water,tea,cofe,milk,juice,smothie{,s},shake{,s}}},drunk,alcohol,boze,wine,ber{,s},cider,vodka,whiskey,whisky,liquor,wed !{like,love,rather,be,have,ned,want,beter,both,al,also,go,get,never,realy,just,always,only},pot,canabis,marijuana,joints,splif,splifs,smoke a joint,smoking a joint,smoked a joint,vape,vaping,rol a joint,roling a joint,pils,pil habit,painkilers,oxy,oxycodone,opioids,aderal,xanax,diazepam,valium,codeine,tramadol,benzos,ketamine,coke,cocaine,meth,heroin,geting high,get high,got high,high on,using,gambling,gambled,gamble,fruit machine,fruit machines,{beting,bet} !{on {myself,my self,me,us,yourself}},bets,casino{,s},poker,slots,slot machine,scratch cards,scratchcards,scratchcard,lotery}',
  // Someone close, whose danger the person reports ("my son … told me he wants to die").
  close: '{son,daughter,kid,child,ten,tenager,boy,girl,husband,wife,partner,brother,sister,friend,best friend,mum,mom,dad}',
  // What a threat "if I'm late" makes an idiom of ("he'll kill me if I forget his birthday").
  slipup:
    '{if {i,we} {mis{,ed},forget,forgot,are late,was late,were late,mes up,mesed up,screw up,screwed up,fail{,ed},break,broke,spend,spent,eat,ate},if {im,were} late}',
  // Spanish everyday burdens that make "no puedo más" a complaint, not a wish to die.
  agobio:
    '{con {el,la,los,las,mi,mis,este,esta,tant{a,o,as,os}} ~2 {trabajo,jefe,jefa,horario{,s},desorden,rutina,oficina,casa,papeleo,coreos,reuniones,trafico,atascos,clientes,turnos}}',
  // Many times over, as a compulsion is counted ("I check the door twenty times").
  many: '{five,six,seven,eight,nine,1*,3*,5*,6*,7*,8*,9*,2{0,1,2,3,4,5,6,7,8,9}*,4{0,1,2,3,4,5,6,7,8,9}*,ten,fiften,twenty,thirty,forty,fifty,a hundred,dozens of,hundreds of,many,so many}',
  // How someone close says it.
  toldme: '{told me,told us,said,says,keps saying,texted me,wrote}',
  // Small choices many lines share.
  here: '{here,around,alive}',
  threatens: '{threatens,threatened,threatening}',
  themselves: '{himself,herself,themselves}',
  himself: '{himself,herself}',
  scared: '{scared,afraid,terified}',
  weekday: '{monday,tuesday,wednesday,thursday,friday,saturday,sunday}',
  pills: '{pils,tablets,meds,painkilers}',
  nobody: '{nobody,no one,none}',
  forever: '{forever,for god,permanently}',
  they: '{he,she,they}',
  them: '{him,her,them}',
  their: '{his,her,their}',
  anymore: '{anymore,any more}',
  stand: '{sit,sat,siting,stand{,ing},stod}',
  swallow: '{take,taking,swalow{,ing},down{,ing}}',
  everyone: '{everyone,people,them,my family,my friends}',
  hoy: '{hoy,esta noche,manana,este fin de semana}',
  harto: '{hart{a,o},cansad{a,o}}',
  tome: '{tome,me trague,me he tomado}',
  shes: '{shes,hes,she has,he has}',
  morirme: '{morir,morirme,matarme,suicidarme}',
  give: '{giv{e,en,ing},gave}',
  digit: '{0,1,2,3,4,5,6,7,8,9}',
  gun: '{gun,pistol,rifle,shotgun}',
  until: '{until,til}',
  pet: '{cat,cats,dog,dogs}',
  vehicle: '{car,bus,lory,train,truck,van}',
  hope: '{hope,hoping,pray{,ing},wish}',
  wont: '{wont,not going to}',
  which: '{which,what}',
  drank: '{drink{,ing},drank}',
  packet: '{botle,box,pack,packet}',
  ill: '{il,i wil,im going to}',
  might: '{might,could,wil,would}',
  dontcant: '{dont,cant}',
  enough: '{would it take,it would take,would be enough}',
  revisar: '{revisar,comprobar}',
  existiera: '{estuviera,existiera}',
  railing: '{wal,fence,barier,railing}',
  dejado: '{deje,he dejado}',
  barely: '{barely,hardly}',
  leter: '{note,leter}',
  tonights: '{tonights,tonight is}',
  whether: '{if,whether}',
  aslep: '{slep,fal aslep}',
  goes: '{go,went,going}',
  spans: '{weks,months}',
  mesages: '{mesages,email{,s}}',
  ive: '{ive,i have}',
  headed: '{to,for,back,into,abroad}',
  timing: '{at,early,before}',
  dosing: '{each,every,daily,on time,regularly,as {prescribed,directed}}',
  leaving: '{left,leav{e,ing}}',
  living: '{life,living}',
  nolonger: '{dont,no longer}',
  around: '{here,around}',
  muriera: '{me muriera,no estuviera,no existiera,desapareciera}',
  saving: '{saving,hoarding,stockpiling}',
  quiet: '{go out,be aslep,fal aslep,go to bed,go to slep}',
  intend: '{plan on,plan to,intend to,expect to,planing on}',
  coach: '{a coach,coaching}',
  listo: '{listo,preparado,organizado}',
  extrem: '{el brazo,la pierna,los brazos,las piernas,las munecas}',
  stare: '{lok{,ed,ing},star{e,ed,ing}}',
  noany: '{no,dont have a,dont have any}',
  sons: '{sons,daughters}',
  // Fourteen more small choices many lines share.
  gave: '{gave,giv{en,ing}}',
  leak: '{post,leak,send,share}',
  vivir: '{vivir,seguir viviendo}',
  wasnt: '{wasnt,werent}',
  anos: '{anos,mucho,dos anos,tres anos,cinco anos,varios anos,cuatro anos}',
  calmantes: '{pastilas,calmantes,ibuprofeno,paracetamol,antidepresivos}',
  notgoing: '{dont plan,not going,not planing}',
  elegi: '{elegi,he elegido,tengo elegido}',
  cuchila: '{un cuter,una navaja,una cuchila}',
  told: '{said,says,told me}',
  hapier: '{hapier,beter of}',
  couldnt: '{cant,couldnt}',
  teen: '{13,14,15,12}',
  guted: '{guted,angry,disapointed}',
  // Six more small choices many lines share.
  wouldnt: '{wont,wouldnt}',
  woke: '{woke,wak{e,ing}}',
  varias: '{diez,varias,veinte,muchas}',
  texted: '{texted,mesaged}',
  stuf: '{stuf,things}',
  theyall: '{they,people,everyone}',
  // Four more small choices many lines share ("@notes" for a note or letters left; "@pics" for images sent).
  beter: '{beter,easier}',
  notes: '{note{,s},leter{,s}}',
  stood: '{stod,stand{,ing}}',
  pics: '{nudes,photos,pic{s,tures}}',
  // He or she will (@hewill adds they, and would).
  hewil: '{hel,shel,he wil,she wil}',
  // More small choices, each named for a word of it: "@my car" reads "my car" or "the car".
  my: '{my,the}',
  his: '{her,his}',
  him: '{him,her}',
  he: '{he,she}',
  our: '{my,our}',
  took: '{tok,taken,swalowed}',
  would: '{wil,would}',
  few: '{two,thre,four}',
  hurt: '{hurt,kil}',
  // What someone may do to another: read inside larger choices (@hurt without the weapons).
  wound: '{stab,shot,hurt,kil}',
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
  felt: '{felt,fel{,ing}}',
  must: '{must,have to,ned to}',
  id: '{id,i would}',
  got: '{got,have}',
  day: '{day,night}',
  not: '{not,havent}',
  dont: '{dont,wont}',
  it: '{it,them}',
  a: '{a,the}',
  quiero: '{quiero,pienso en,pensando en}',
  noches: '{cada noche,todas las noches}',
  arma: '{arma,navaja,pistola,cuchilo,escopeta}',
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
  take: '{take,taking,tok}',
  // A partner, a child, a parent by name, and what was written: read inside larger choices.
  spouse: '{husband,partner,wife}',
  // A partner or the household (@spouse and @household together).
  folks: '{husband,partner,wife,family,kids,children}',
  spouses: '{husbands,partners,wifes}',
  child: '{daughter,son}',
  parent: '{dad,father,mom,mother}',
  wrote: '{writen,wrote}',
  // @wrote, and writing now.
  write: '{writen,wrote,writing}',
  sibling: '{brother,sister}',
  poison: '{antifreze,anti freze,bleach,wed kiler}',
  itall: '{everything,it al}',
  daily: '{constantly,every day}',
  nightly: '{at night,every night}',
  mymum: '{my mom,my mum}',
  vivo: '{estar viva,estar vivo}',
  workedout: '{figured out,worked out}',
  boss: '{bos,landlord,manager,teacher}',
  myfamily: '{my family,my kids}',
  someone: '{people,someone}',
  everybody: '{everybody,everyone}',
  things: '{everything,things}',
  career: '{busines,carer}',
  team: '{clas,clients,coworkers,students,team}',
  home: '{flat,house}',
  meds: '{medication,meds}',
  weapon: '{gun,knife,weapon}',
  hoping: '{hope,hoping}',
  lookafter: '{lok after,take care of}',
  // Working towards a goal ("help with launching"), and the rest a person may feel guilty about.
  doing: '{building,chosing,deciding,finding,geting,growing,improving,launching,learning,negotiating,organising,organizing,planing,preparing,seting,writing}',
  selfcare: '{about taking,asking for,delegating,for taking,resting,saying no,switching of,taking,that im not spending,when i take}',
  // Words after which a phrase reads as a time or an occasion, not a sign ("!{@when}").
  when: '{at,during,for,on,when}',
  build: '{build,finish,get,learn,practice,practise,start,write}',
  myspouse: '{my husband,my partner,my wife}',
  tonight: '{tonight,this wekend}',
  // What one may cut or burn without harm ("me volví a quemar el pelo").
  pelo: '{el cabelo,el flequilo,el pelo,la barba,las unas}',
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
  unless: '{without,unles,if,at this,in this,with this}',
  calmer: '{mejor,mas tranquila,mas tranquilos,mas tranquilo,bien}',
  drinking: '{drink,drinking}',
  parents: '{dads,mums,moms,grans,grandads,nans,grandmas,grandpas,exs,partners}',
  mypartner: '{my wife,my husband,my partner,she,he,they}',
  antes: '{antes,para,porque,mientras,durante,hasta,cuando}',
  notfor: '{for,during,at,on,so,to,while,when,before,after,and went,and slept}',
  soon: '{esta semana,esta noche,manana,pronto,este fin de semana}',
  estate: '{house,money,insurance,payout,life insurance}',
  whodied: '{who ended it,who kiled themselves,who tok their own lives,who tok their own life}',
  medsall: '{tablets,pils,meds,medication,painkilers,sleping pils}',
  payout: '{life insurance,insurance money,insurance payout,the insurance}',
  highplace: '{balcony,rof,roftop,bridge,ledge,building,clif,platform,overpas,tower}',
  closeone: '{she,he,they,daughter,son,child,kid,kids,ten,tenager,friend,sister,brother,student,girlfriend,boyfriend,wife,husband,partner}',
  harming: '{pushing,hurting,harming,drowning,droping,smothering}',
  workload: '{deadlines,questions,emails,requests,jokes,puns,facts,work,tasks,fedback}',
  hewill: '{hel,he wil,shel,she wil,theyl,he would,she would}',
  despedida: '{me despedi,despidiendome,me estoy despidiendo,me despido,me he despedido,despedirme}',
  despertar: '{despertar,despertarme,volver a despertar}',
  article: '{el,la,los,las,lo,mi,mis,lo que}',
  trauma: '{crash,acident,car acident,atack,asault,fire,shoting,robery,muging}',
  whose: '{her,his,their,your,someones,peoples,anyones}',
  nervous: '{nervous,scared,anxious,terified,woried}',
  setaside: '{puting,put,set,seting,saving,saved,keping,kept}',
  daysoon: '{monday,tuesday,wednesday,thursday,friday,saturday,sunday,tomorow,tonight}',
  farewell: '{sory for everything,im sory for everything,godbye}',
  // Someone who cannot be reached.
  noanswer:
    '{not answering,isnt answering,wont answer,no answer,not picking up,isnt picking up,wont pick up,voicemail,phone is {,now} of,phones {,ben} of,phone of,location of,get hold of {him,her,them},{nobody,no one} can reach}',
  lookedup: '{research{,ed,ing},gogled,gogling,loked up,loking up}',
  bodypart: '{arm,arms,skin,leg,legs,wrist{,s},stomach,thigh{,s}}',
  lover: '{boyfriend,girlfriend,partner,husband,wife}',
  pareja: '{mujer,marido,pareja,espos{a,o},novi{a,o}}',
  // Medicines a crisis line names (one list, so that a line written with "tablets" also knows "insulin").
  medicines:
    '{pils,tablets,meds,medication{,s},painkiler{,s},sleping pils,sleping tablets,antidepresants,anti depresants,insulin,morphine,fentanyl,paracetamol,acetaminophen,tylenol,ibuprofen,aspirin,codeine,co codamol,cocodamol,tramadol,oxycodone,oxy,xanax,diazepam,valium,sertraline,antihistamines}',
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
{plan{ed,ing}} my exit from {@itall,life,this world}
@id rather it {just,} ended soner
{rehears{e,ed,ing},going over,runing through} how {@id,@ill} do it ~~12 {the note,a note,the place,the time,the day,the rope,the pils}
{me sente,me tumbe,me acoste,estuve sentado,estuve sentada,estuve tumbado,estuve tumbada} en {la via del tren,las vias}
@write my last {post,mesage,leter,email} !{for,on,about,in,of,to,before} ~~10 {schedule{,d},set it to send,timed it}
{writing,typing,texting,sending} this {from,on} @a ~4 {rof,roftop,bridge,ledge,clif{,s},tracks} !{terace,garden,bar,deck,pol,of}
@vehicle ~~12 i @wouldnt {swerve,brake,get out of the way,jump out of the way}
{cancer,biopsy,tumo{r,ur},scan,results,diagnosis,comes back} ~~12 @wont fight it ~~6 {sped,hury,help} it {up,along}
{im,im standing,im siting} {on,at} the {bridge,rof,ledge,edge,clif{,s},tracks,railway,roftop} {,right now} |
@dontcant se {a,any} future !{@prep,for {@my,this}} ~~24 {go through with it,do it {this wek,@tonight}} !{and}
al i {,can} think about {,lately,these days,now} is {@death,being dead,kiling myself,ending it} !{metal,of,in,on}
{chemist{,s},pharmac{ies,y}} ~~15 {bought,got} {@few,several} {boxes,pack{ets,s}}
{aranged,sorted,afairs,leter{,s},my wil,the wil,godbyes} ~~20 {just have,only have,just ned,only ned} to {chose,pick,set,decide} the {day,date} !{for,of,to,we,when,that,and}
{online friend,someone online,a stranger online,a guy online,a girl online} ~~12 {do,end} it together {on,this,tonight,tomorow,next}
{taking,tok} @their old @pills !{to,back,in}
@which {tre,bridge,pilar,lory,truck} ~6 {id aim for,i would aim for,id drive into,to drive into}
for whoever finds me !{@a,an,some,@prep}
swalowed {half,most,al} of @my {packet,box,botle,@pills}
{if i,@thinkabout,tempted to,urge to,want to,picture} ~2 {step{,ped,ping},walk{,ed,ing}} out in front of {@a {bus,lory,truck,train,car},it}
{@workedout,calculated,gogled,loked up,know,found} the {dose,amount} ~4 {would stop,stops,to stop,that stops} @my heart
{@sit,lay,lying,laid,lie,stod,standing} {,down} {on,acros,betwen} the {train tracks,railway tracks,tracks,railway line,rails} !{comite,board,project,team,panel,{of,in} {@my,a}}
{wish{,es,ed},wishing} it had worked !{out}
reasons to {stay,live,go on} {|,and} ~~6 down to
plan{ed,ing} it for ~10 kids {are,wil be} {at,with,away}
{hiding,hid{,den},saving} ~6 @pills ~~12 @got about
@drive at ~4 with my eyes {closed,shut}
{coroner{,s},inquest} {reports,records} ~~12 {ways,methods,werent found}
to do it after ~6 {weding,birthday,graduation,christmas} ~~10 {ruin,spoil} it for {@them,@kin,everyone}
{die,go,end it} on my own terms {|,son,now,before}
{list{,s} of,titled,caled,headed} ways out !{of}
how {long,quickly,fast} ~4 {@poison,rat poison,wedkiler,drain cleaner,poison} ~3 {to work,to kil,takes,would take,would work,wil work,kicks in} !{on,of,out}
not going to do anything @today ~~8 cant promise
{hurt,hit,shok,shaken} my {baby,todler,newborn,@child,child,kid,litle one} when
no {podria,puedo,se si puedo} {mantenerme,estar} a salvo
{platform,tra{cks,in,ins},bridge,rof,clif} ~~12 {working up the nerve,work up the nerve,building up the courage}
{clif{,s},bridge,the sea,the wods,the lake,the river,the tracks} ~~10 {not planing on,not,wont be,dont plan on} coming back !{@until,for,before,after}
{i have,got,theres,there is,i kep} @a rope in my {rucksack,bag,car,backpack,bot,pocket,rom} !{{for,to,because,since,as,and the harnes}}
{@take,slep with,slept with,kep{,t}} a @blade {to bed,in bed,under my pilow,by my bed}
{@drive,going,go} of the {pier,clif,edge,bridge,quay,harbour wal}
{get{,ting},buy{,ing}} a gun without a {licen{ce,se},permit}
stop feling {anything,everything} {|,} @forever
@fantasise about jumping !{{ship,in,at,on,into,the gun,through,for,back,out of,to}}
@fantasise about {dying,kiling myself,ending it,being dead,not waking up,hanging myself}
{lie,lay{,ing},lying} down in the {snow,cold,road,river,sea,water} and {not get up,never get up,not wake up,not come back}
{wish,@hoping} i {had,get,got,would get} {cancer,a terminal ilnes,an ilnes,something terminal} ~~6 {be over,die,would end}
{@gun,service weapon,plastic bag} ~~12 {thinking about using it,think about using it,thought about using it,thinking of using it,think about it more than} !{@when,to,in,as}
{@ill,i might,im about to} do something stupid {@tonight,today,son}
{step{,ped},walk{,ed,ing},ran,run} {out,} {in front of @a @vehicle,into the road} {,without loking} {on purpose,deliberately}
@scared of what {@ill,i might,i could} do {to myself,{@tonight,today} {on my own,alone,by myself},|}
rope in @my {car,bot,trunk,bag,van,rucksack,backpack} ~~10 {wods,forest,tre{,s},garage,loft,bridge,beam}
{loking at,lok at,loked at,staring at,stare at,se} the {kni{fe,ves},@pills,rope} ~4 diferently
{want{,ing},wish} everything to {go black,go dark,stop} {and stay that way,@forever}
{@stood,got,got up,climbed} on @a {chair,stol} with {a,@my} {cord,rope,belt,scarf,cable,nose,tie}
{im,i might be,i could be} a danger to {myself,others,@myfamily}
{ready,going,want,decided} to stop fighting !{{@my,with,over,about,for,against,back,each,fires,everyone,@someone,@them}}
{thoughts,voice{,s},brain,head,mind} {tel{,s,ing},told,kep teling,keps teling} me to {end it,kil myself,die,jump,hurt myself,end my life,do it} !{{al,myself,alone,by myself,anyway,now,properly,right,perfectly,beter,faster,again,later}}
{i,} atempted {last year,last month,last wek,before,twice,once,a few years ago,years ago,when i was,in my tens,as a tenager,two years ago,thre years ago} !{to,and {pased,failed,finished,completed,won,lost}}
{stil,} not glad {@they,some{body,one}} {did,saved me,puled me out,found me,stoped me}
{plan{,ing,ned,ning},imagin{e,ing}} {my,your} own {death,suicide} {in detail,step by step,carefuly}
{ive got,i have,i got,bought} @a rope ~~6 {courage,nerve,guts,brave enough,the right moment,time}
{@notes,video,mesage} ~~12 {after,when,once,for when} {im,ive} gone !{on,for,to,away,abroad,travel{ing,ling},from,out,of,over}
{found,hid{,den,e},kep,kept,made,tied,tying,make} {@my,a} nose !{job,ring,stud,piercing,spray,drops,strip{,s},hair{,s},bled}
{@nolonger,didnt} deserve to {live,be alive,be here,exist,breathe}
{@think,dream{,ing}} about {just,} not {swim{,ming},coming,walking} back
{except,apart from,other than,but,only} {@my,} life insurance {pay{ing,out},pay out}
{want{,ing},wish,trying} to {fade away,wither away,fade out} !{{from,of} {@my,social,this,public}}
{a plan and the means,the plan and the means,a plan and means,the means and a plan,the means and the plan} !{to,for}
{sucid{al,e},sui{cde,cid,side},kms,kys,unaliv{e,ing},sewerslide,ctb,death wish}
{end{,ing}} it al
{pray{,ed,ing},ask{ed,ing},beg{ed,ing}} {for god,god,him} to take me
{not planing,dont plan,dont intend,not intending,no plans} to check out !{@a,of,@timing,late,on,@until,when,this,that,any}
@until {im gone,i {disapear,waste away,fade away,die}} !{from,for,into,on,of,in,at}
{giv{e,ing}} up and {die,end it,go to slep forever}
{giv{e,ing}} up and jump !@jumpnot
@its time {for me,} to {just,} {die,end it,go for god,check out}
@its time for me to go {|}
im not going to make it {|,through {the night,tonight,this wek,the wekend}}
@nobody {cares,would care,wil care} if {im alive,i {live,die,live or die,was dead,disapear{,ed},vanished,was gone}} !{@prep,on,near,there,here,abroad,alone,for,from,by}
{godbye,bye,farewel} {|,} {@everybody,world,cruel world,al of you} {|} !{that,it,thank{,s},this,its,se you,from,i wil mis}
{@today,tomorow} is my last @day {|,on earth,alive,here}
@its time {for me,} to {just,} {give up and,} jump !@jumpnot
{put,left,leaving,packed,sorted} ~6 {vet records,vet details,vets number,vet papers,feding instructions,pet insurance} ~~8 {for,with} my {@sibling,mum,mom,dad,neighbo{r,ur},landlord,friend,@child,partner} !{while,when,for the,during,@until,as,because,before,in case}
{@tonight,today,tomorow} {fels like,is,sems like} the {right,perfect} {@day,time} !{to,for}
@aslep and not {deal with,face,fel,think about,have to deal with,have to face} ~4 {ever again,forever}
{stash,stockpile,hoard,suply,colection} of {my old,my mums,my moms,my dads,my grandmas,my grandads,my nans,my partners,my husbands,my wifes,someone elses,@his,old} {morphine,@medsall,antidepresants,oxycodone,insulin,patches,fentanyl}
{@household,@child} would ~2 be beter {of,} with {a diferent,another,a beter} {@parent,mum,parent}
{pain,hurting,sufering} wil {stop,end,be over} son ~~6 {made my mind up,decided,made the decision,my mind is made up}
{left,leaving,@wrote} {instructions,my wishes,wishes,details} for my funeral !{in my wil,with my solicitor,with my lawyer,as part of}
{everythings,everything is,al} {sorted,ready,aranged,in place,done} ~~10 waiting {for,until} {the house,the flat,everyone,the kids,@myspouse} {to be empty,is empty,to leave,to go out,to go away,are out,is out,to be out} !{so,to,for,before,and then i can}
{@saving,saving up,colecting,stashing,hiding} {my,up my,up,al my} @medicines !{for {@a,@our} {trip,holiday,travel{,s},journey,flight},from @my {@kids,todler,baby,dog},from,at,on @my way,today,this morning}
no {way out,escape,other way,option,solution} ~~6 {except,other than,|,apart from} {ending it,end it,ending it al,@death,to die,kiling myself} !{early,now,with,on,by,and}
{@whether,how much,does} {drowning,hanging,bleding out,overdosing,an overdose,jumping,faling} {hurt{,s},is painful,is quick,takes long,fels}
hope @a {@vehicle,driver} {doesnt,@wouldnt} stop
{@living,the world} ~~8 {ready to leave,ready to go,want to leave,ready to check out,ready to be done} {|,now,@forever}
im ready to check out {|,now,@forever}
{my own,imagining my,imagine my,imagined my,picturing my,picture my,pictured my,planing my,plan my,{imagin{e,ed,ing},pictur{e,ed,ing}} my family at my} funeral
{almost,nearly} {did,went through with,ended} it
disapear @forever
{check{,ed,ing}} out {for god,permanently}
{close,near} to {end{,ing}} {everything,it,my life}
{@hoping,wish,pray} my {heart,liver,body,kidneys} {,just} {gives up,stops,gives out,fails,packs in}
{@hoping,wish} the {plane,train,bus,car} {crash{,es},goes down,comes of the road} !{into,through,a bit}
{@drinking,drank,starv{e,ing}} myself to death
{mak{e,ing}} {@itall,it} go quiet @forever
{@hoping,hopes,pray} the {chemo,treatment,cancer} {doesnt work,fails,comes back,wins}
{scared,afraid} of {myself,what i might do} tonight
{dont think,shouldnt} {i should,} be alone tonight
only {,stil} {here,alive} {because of,for} {my,@them}
the only {reason,thing} im stil @here is
cant promise {@ill,i can} {be,kep myself,stay} safe
cant promise @ill {stil,} be @here !{for,at,in,on time}
{wrote down,writen down,planed,cho{osing,sen},picked,picked out} what i want {,played,sung,read} {at,for} my funeral
{neck{,ing},ofing} @self
{go,die,end it} {,now} while i {can,stil can} {chose,decide}
{im,il be,i wil be} ending it !{with,at,for,of,on,and}
{made,making,chosen,picked} a {playlist,song{,s},music} for my funeral
@thinkabout how {@id,@ill} do it !{diferently,beter,if,@prep,without,right,properly,again,faster,myself,on,for,this,that,now}
!{budget,price,pay,tax,job,staf,cost,spending,hair} {cut{s,ting}} ~~8 something more permanent
{god,jesus,the voice,a voice,the voices} {told,tel{ing,s},is teling,kep teling,keps teling} me {to jump,to die,to kil myself,to end it,to hurt myself,i have to die,i ned to die}
{skip{,ing},stop{,ed}} {,my,going to} dialysis ~~12 {be over,die,end it,the end}
@sit on @my {windowsil,window sil,window ledge} ~~12 {flor,storey} ~~8 {legs,fet} {out{,side},over,dangling}
{posted,wrote,@texted,sent,put up} {,saying,that} {this is,this was,its} my last {post,mesage,text} !{of,for,before,@until,in,as}
@notes i @wrote {to,for} @my @folks ~~12 {meant {@it,every word},was serious,wasnt joking}
{decided,know} {@tonight,today} is the @day !{i,we,for,to,@prep,of,that}
@a {spot,place} ~6 where {i want,i plan,im going} {it to hapen,to do it,to die}
{dream{,s},dreaming} ~4 {finaly,actualy} @goes through with it
{end{,ed,ing},@take,tak} {my,mine,my own} {,own} life
wish {i,id} {was,were,had ben,could be} {dead,never born,gone}
wish {i,id} {,had} never {ben born,existed,woke up}
wish{,ed,ing} {,that} {i,id} {@wasnt,hadnt ben,never was} {born,@here,existing}
{@hoping,wish{,ing},pray{,ing}} {,that} i {,@would,could,just,get to} die
should {,just} {die,be dead,kil myself}
{car,engine} ~4 {closed,shut} garage
garage ~~10 {dizy,how long it takes,the fumes}
{bought,@got,purchased} a {@gun,firearm} ~~8 {dont hunt,never shot,no reason,dont know how to use it,for myself}
{dont,not} {@intend,expecting to} {being,be} @here {|,anymore,much longer,after}
why am i {even,stil,} {alive,living,breathing} !{@prep,on,after,when,working}
{whats,what is} the point of me {,even} {|,@being}
{whats the,what is the,no} point {in,of} {carying on,going on,@existing} !@prep
nothing {is,s} worth {going on,living,staying,carying on} for !{@prep,this,that,my,here}
rope ~~8 which {tre,beam,branch}
@dontcant se myself {geting,growing} old !{@prep,doing,working,here}
use {it,the gun} on {us,me,her,@mymum}
{end{,ing}} {things,it al} {quietly,for god,properly} !{with}
{deja{ra,se}} de existir
imagino que me dejo caer
se exactamente {donde,como,cuando} lo haria !{si,con,para,en mi,en el,en la}
{cuanto,lo que} {tarda{,ria}} en {caer,legar al suelo} !{el,la,los,las}
{dejarme,me dejare} caer !{por}
no estoy segur{a,o} de querer seguir {aqui,viv{a,iendo,o}}
{seria,es} un alivio no {existir,despertar}
a quien le dejo {mis cosas,mis pertenencias,cada cosa}
esta noche es la noche !{de,para,del}
{cant wait,loking forward} to {die,dying,being dead,be dead}
{after,when} im gone ~~4 {wont be long,not be long,son}
{stoped,no point} making plans {past,beyond,after} {next,this} !{quarter,year,season,term}
had enough of {@itall,@living,being alive} !{at,in,about,to do with}
done with it al !{at,in,about,to do with}
{going to,want to,ready to,wil,il} {,finaly} be done with {al of this,al this,everything} @forever
{querer,ganas de,deseo de,desear} @morirme
{pensamientos,idea{cion,s}} {suicidas,de suicidio,de matarme,de quitarme la vida}
{me siento,estoy,soy} suicida
{me voy a suicidar,me quiero suicidar,quiero suicidarme,voy a suicidarme,me suicido,me suicidare,me suicidaria}
{me voy a matar,voy a matarme,me mato,me matare} !{de,a,trabajando,estudiando,en el,en la,coriendo,entrenando,por,con}
{hat{e,ing},cant stand,despise} being alive
might as wel {die,be dead,kil myself,end it}
no {,le} {veo,encuentro,tiene,tengo} {,ningun} sentido {,a,de,en} {la vida,vivir,seguir,estar aqui}
no {,le} {veo,encuentro,tiene,tengo} {,ningun} sentido {,a,de,en} {levantarme,despertar{,me}} !{a,al,temprano,tan,para,antes,los,el,en,cuando}
{deserve{,d},should,ought,ned{,s},beter} to {die,be dead,not exist}
{tried,try{,ing},going,want{,ed}} {,to} od
want{,ed} {everything,it,my life,life} {,al} to {end,be over,stop}
{how,way{,s},whe{n,re},time} to end {@things,it}
end {@my,al my} sufering
{only,no other} way out
no way out {but,except,other than,besides}
except {@death,to die}
{rather,prefer to} {be dead !{tired,on my fet,to the world},die !{than {go to another,giv{e,ing},do another,sit through,present,speak,atend,wear,eat,listen to,cold cal,make smal talk,write,work another,work for,network}},not exist,not be alive}
fel{,ing} like {dying,i want to die,ending it}
wont be @here {,much} {longer,for long}
cant live like this
{no,what is the,whats the,dont se the,cant se the,dont se any,cant se any} point {,in,of} {,me} waking up !{early,before,at {4*,5*,6*,7*,dawn}}
@nolonger care @whether i {live,die,wake up,make it} !{@timing,on time,to {train,run,work,study,write}}
@dontcant {se,picture,imagine} myself {,stil} {,being} @here
@think {,a lot,so much,constantly} about {dying,being dead,my death,my own death} !{my,@their,the{,m},it,clothes,fabric,wol,egs}
{run{,ning},ran} out of reasons
out of reasons to {live,kep going,go on,stay}
dont think {il,i wil,i l} be @here
last {atempt,try,chance} {at,to} {ask,asking,reach{,ing},get help,geting help}
aslep forever
{slep,rest} for ever
death is the only {thing,escape,solution,relief}
{no,zero,lost {@my,al},lack of,undesire to,without the} {desire,wil,wish} to live
undesire to live
{cant,not sure {i,if i} can,dont think i can,unable to,strugling to} {kep,stay} {,myself} safe
if i {,just} stop{,ped} {being around,@being}
@wont be {a problem,a burden,@around} {much,for much} longer
no {fight,strength,wil} left ~~8 im {done,finished} {,with {al of it,@itall,@living}} !{@prep,for}
{,i} {,just} {want,ned} out !{of,from,there,here,by,before,within,into,| {idealy,preferably,maybe,hopefuly} into,in {@a,two,thre,six,a few} ~1,this year,next year,son,asap,| {,and,but,so} {,i} {want,would like,plan,ned,hope} to {be,start,build,run,go,find,move,get,set,launch,open,work,do},| help me}
done with {life,@existing,my life,this life,this world} !{of}
{want,wish{,ed,ing},longing} {,to,i could} {disapear,vanish} !{from,of,for a,into,in the,at}
{if,when,once} {im dead,i {was,were,m} {dead,gone}}
{@beter,hapier,@ok,god,lighter} {,of} without me !{@when,while}
should {,just} end it {,al} !{with,at,for,of,on,and,now,there,here,early,@today}
{@goes,goes} ahead and end{,ed,ing} it !{with,at,for,of,on,and}
said {,my} godbye{,s} to {the people,@everybody,my} !{{,old,former} {car{,er},job,@team,coleagues,@home,home,ofice,city,bos,manager,schol},old life in,twenties}
saying {,my} godbye{,s} to {people,@everybody,friends} !{at,before,as,from}
@ill be {gone,dead} !{for,on,from,@until,al,a few,the,this,next,in,to,by,over,at,during,most}
{wish{,ed,ing},@hoping,pray{,ing}} ~6 {acident,car crash,plane crash,{get,got} hit by {@a,an,something},get sick and die,get il and die,die in my slep,just die,not exist}
{@think,consider{ed,ing},plan{,ning},ready,decided} ~4 {end{,ing}} {@itall,it,things} !{with,at,for,of,on,and {mov*,start*,go,going,get*,find*,lok*,focus*,try*,build*,sel*,leav*,quit*,begin*,travel*},and i {want,would like} to,up}
@woke up ~7 wish {i,id} {hadnt,didnt,wouldnt,never}
if {a {bus,car,truck,train},something,someone,lightning} ~3 {hit{,s},kil{led,s}} me ~~10 {wouldnt,@dont} {,even} {mind,care}
{wouldnt,dont} {,even} {mind,care} if {i,@a} ~7 {died,dead,hit me,kiled me,didnt wake up,never woke up}
@hope ~4 {@dont,wouldnt,not,never} make it {through,to}
want out of {life,this life,this world,existence}
life ~~8 want out
{@beter,hapier} {life,lives} ~10 if i {@wasnt,was gone,didnt exist}
gets beter ~~10 giv{e,en,ing} myself {@until,one more,a wek,a month,a deadline}
@hope ~4 {cancer,ilnes,disease,tumo{,u}r,virus,seizure} ~3 {comes back,returns,spreads,wins,gets me,takes me,kils me}
su{i,}{c,s}{i,}d{al,ality,ial,ed,ing,io,arme,arse,er} !{active duty,veteran,veterans,soldier,soldiers,people,person,persons,patient,patients,ten,tens,kids,students,friend,friends,client,clients,member,members,individual,individuals,ones,thought{,s} in {@someone,others}}
su{i,}{c,s}{i,}d{le,l,el,aly}
{suicide{al,watch,y},sucideal}
!{comit{,s,ted,ting},died by,died of,death by,lost to,lost {@them,@our {@sibling,@parent,@spouse,@child,mum,friend,best friend,cousin,uncle,aunt}} to,family to,friends to,friend to,risk of,rates of,rate of,cause of,prevention of,political,talking about,talk about,discusing,reading about,slides about,interfere with a,to a,batles to,it was,was it,ruled a,ruled it,army,military,veteran{,s},soldier{,s},ten,youth,@kins,fathers,mothers,@spouses,uncles,cousins,@their} suicide{,s} !{prevention*,awarenes*,rate*,statistic*,hotline*,risk*,epidemic*,among*,in the,squad*,mision*,bomb*,atack*,dor*,in {@someone,others,a person,anyone},is {a,never,wrong,selfish,cowardly},isnt,were up,was up,number*}
{i,id,im,ive} ~1 {want to,wanted to,want to go,wanted to go,going to,able to,about to,trying to,tried to,try to,close to,ready to,@might,almost,nearly,plan to,planed to,planing to,thinking of,thought of,@thinkabout,atempted to,atempt to,decided to,should,not to,fel like i could,wish i could} comit{,ted,ting} suicide
{make{,s},made} me {,want to} comit{,ting} suicide
{kil{,ed,ing,s}} @self !{{,trying} to {get,kep,make,finish,met,hit,please,impres,prove,be perfect},trying to be,{with,over,at,on} {,the{,se},this,my,al,those,extra,long,late,al the} {overtime,work,hours,project{,s},deadline{,s},job,studies,studying,revision,training,workout{,s},gym,shift{,s},admin,email{,s}}}
{kil{ingmyself,myself}}
@intent {,to} end {@things,it} !{with,at,for,of,on,and,properly with,amicably}
@intent {,to,i} {die !{of {shock*,embarasment*,laughter*,boredom*,curiosity*,envy*},for {a*,the*,it*,this*,that*}},be dead,cease to exist,disapear forever,be gone forever}
@intent {to,i} not {exist,be alive,be here}
@intent {,to,i} stop existing !{on autopilot,in survival mode,like this at work,as a,just for}
!{who,who have,who has,who had,who have had,who has had,who had had,those with,people with} thought{,s} {of,about} {@death,suicide,not being here,ending it,ending my life} !{in {@someone,others,a person,anyone,soldiers,tens,kids,young}}
{plan{,ned,ning,s},method{,s},way{,s}} {to,of,for} {kil*,end{,ing},die,hang*,overdos*,take my}
{atempted,tried to,try to,atempt to,atempts at,atempt at} {suicid*,kil @self,kil me,end my,take my,overdos*}
@took {enough,so {much,many},to {much,many}} ~4 couldnt {wake up,breathe,stay awake}
{tried,atempted} to jump !{{@a,ship,in,into,on,at,start,rope,higher,over the fence,back,out of,up,through,ahead}}
{drink,drank,starv{e,ing}} @self to death
do something {stupid,drastic} to @self
{research{,ed},@lookedup,lok up,searching} {how,ways,methods,the best way} {,to} {die,kil*,end{,ing},overdos*,hang*}
{@think,@fantasise,dream{,ing}} about not {@being,waking up}
{pain,everything,it,this,sufering} to {stop,end} {,|} @forever
{want,going,thinking about,thought about,thoughts of,urge,ned} {,to} of @self !{@a,for,and,of,from,to}
let go for god
{ready,time,want,going} to let go {|,forever,now,tonight}
{jumping,@death,ending it,kiling myself,suicide} {is,sems,fels like} the only {way,option,answer}
{dont,not} @intend {being,be} alive
{@everybody,people,@myfamily} ~4 to {say sory,apologi{se,ze},say godbye} before i go !{@prep,@headed,travel*,away,on,home,out,of,and,so}
{@dont,not} {get,be} found {in time,to son,until its to late} !{by}
@drive with my eyes {shut,closed} for as long as i can
{picture{,s},image{,s}} of myself {dead,hanging !{out,around,on,of,up,with}}
{had,made} a plan to do it {last,on,this,that,yesterday,tonight} ~~12 couldnt
counting down {@until,to} ~6 end it !{@prep,and}
{using,use,turn{,ing}} my {weapon,gun,rifle,pistol} on myself
{end{,ing}} both {our,of our} {sufering,lives}
sory ~4 @leter ~~14 {to find in the morning,to find when,find it after,find it when,find it in the morning}
{deserve,want{,ing},going} to {waste away,wither away,starve to death}
{imagin{e,ed,ing},pictur{e,ed,ing}} my {own,} {body,corpse} {at the botom of,on the,under,in the,floating}
{not,dont fel,never fel} safe {with,around,from} myself
@aslep and never {have to {deal with,face} {any of this,this,it,anything} again}
disapear{,ing} ~~10 make it permanent`,
  notLive: `
reasons to {stay,live} !{@prep,on} ~~12 reasons to {go,die} !@headed
{wait{,ing}} for my body to {catch up,give up,stop} !{with,after,healing,recovering}
{not,isnt} worth living
@notgoing to wake up {on ~1,tomorow,again,in the morning} {|,@ive}
reasons to {stay alive,live,kep going} ~~8 {down to one,down to {nothing,none,zero},only one left,{none,nothing} left}
{theres,there is} no future for me !{@prep,here,as,if,unles}
{stoped caring,dont care,no longer care} @whether i wake up {|,or not,@anymore,tomorow,in the morning}
{@guted,upset,anoyed,sad} {that im,im,to be,to find im} stil {alive,breathing}
lived long enough !{to,@prep,here,there,abroad}
if {i fail,i dont get,i lose,i dont pas,she leaves,he leaves} ~~8 {im,il be,i wil be} done with {@itall,@living} |
im going to jump {@tonight,today,tomorow,later} !{@prep,into,on,for,of the diving}
ending things with {everyone and everything,every{one,thing}} !{at work,in my {old,last} job}
{think,want,going,plan,decide{,d}} to {finish,stop} my life
nothing {,left} to live for
{giv{e,en,ing}} up on @living
cant go on {living,@anymore,any longer,like this}
slep forever
{@noany,not a single} reason {,left} {,for me} to {kep,stay} {trying,going,living,fighting,alive}
@noany reason left to {live,try,go on}
{@doubt,dont know if} @ill {stil be,be} @here {next wek,next month,tomorow,by then,much longer,at christmas,by christmas,by next year,by the sumer,by sumer}
wish {i,id} {,just} {hadnt,didnt,never} {woke{,n},wake} up
reasons to {stay,live,kep going} ~~8 {geting shorter,runing out,couldnt think of one,cant think of one}
@doubt @ill make it to {25,30,40,christmas,my birthday,next year,the sumer,the wekend,spring,sumer,the end of the year} !{party,market,diner,do,lunch,meting,match,game,without}
{manage,bring myself} to want to {be alive,live}
{should have,shouldve,should of} died !{of,laughing,from embarasment}
{stil,} welcom{e,ing} death
{tired,sick,exhausted} of waking up
@noany reason to {wake,get} up
{dont plan,not planing,dont expect} to be @here {for,by,at}
just not be here @anymore
@death doesnt scare me @anymore
{whats,what is} the point {when,if,since,as} {i wont,im not going to,i not going to} be @around !{long,for long,in,at,on,after,past}
cant do life {@anymore,no more}
{rather,prefer} i {was,were} dead ~~8 {agre,starting to agre,hes right,shes right,theyre right,maybe hes right,maybe shes right}
{@hoping,wish{,ing},pray{,ing}} {i,that i} {get,got} {cancer,a terminal ilnes} !{checked,tested,screned}
hope {one,a car,a bus,a truck,a lory,a train} {hits,wil hit} me !{with}
{@drive,rid{e,ing}} ~8 @hoping {@ill,@id} {lose control,crash,spin out,come of,hit something,hit a tre,hit a wal}
{@drive,rid{e,ing}} ~6 @hoping {i wont,i wouldnt,il not,id not} make it
@felt {calm{,er},at peace,peaceful,relieved} since {i decided,deciding,i made up my mind} !{to,on} ~~8 {know what,its time,im ready,nothing left}
{only thing,only reason,one thing} stoping me {is,are} my {dog,cat,pets,@household,@kin,partner,faith}
{lie,lay} down and {not get,never get,not wake,never wake} up !{for,@until,after,on,in the morning}
{log of,loging of,sign of,signing of,clock out} {@forever,for ever} !{from,of,social media,instagram,facebok,twiter,tiktok,work}
become a star {in the sky,up there,in heaven}
{want,wish} everything {to,would} go {black,dark} {and stay,@forever}
@hoping {,one night,one day} {i,il} {,just} @dont wake
{want,wish} {the noise,the voices,the thoughts,@itall,the pain} {,in my head} to stop @forever
{ready,want,going} to rest @forever
@dontcant se a future {where,in which} im {stil,} @here !{@prep,doing,working,as}
my last {@day,wek{,end},month} {anywhere,on earth,on this earth,alive,on this planet} !{as,before,in,of,for}
{thats,that is,that wil be} it for me !{@prep,and,on,as} ~~3 no more {trying,fighting,pretending} !{to,@prep,for,on}
dont want to {be here,be alive,live,go on} without {@them,my {@kin,partner,baby}}
{be sory,make them al sory,make them sory,regret it,mis me} when im dead
{,can you,could you,please,can anyone,could anyone} {recomend,find,sugest,know} {someone,a therapist,a counselor,suport} for {@myspouse,@myfamily,my children,@mymum,my parents} {after,when,once} im gone
after {that,then} {i wont,im not going to} be @around |
{im not,i wasnt,i was never,dont think im,dont think i was} meant to be {alive,here,born} !{@prep,doing,working,for}
and {not,never} {drive,come,walk,swim} back |
@doubt {@ill,i can} make it through {@tonight,this wek,the night,the wekend,christmas,another {@day,wek}} !{@prep,without,of,working}
if i {got,had,get,was} {a terminal {diagnosis,ilnes},cancer,told i was dying} ~~6 @id {be,fel} {relieved,glad,grateful,hapy} !{i,id,to,that,if,we}
{ready,going,want,about} to give up @forever !{on,@prep,and}
@fantasise about my {own,} death
{@guted,anoyed} {im,to be,that im} stil @here !{at,in,on,after,working,doing,because}`,
  betterOff: `
beter {of dead,without me,of without me}
beter of ~6 without me {@here,in their lives,in the picture}
{@theyall,@myfamily,the world} ~2 would {{be,slep,fel,live} {@hapier,beter},have {an easier,a beter,a hapier,a nicer} {christmas,time,life,year}} if i {just,} {disapeared,was gone,were gone,vanished,died,was dead,@wasnt {@here,there,in the world,in the next rom,at the table}} !{on,at,for {@a,an,some,two,thre,few,awhile},in,during,when,every,al,today,tomorow}
{me,i} {,was} {out of the picture,gone} @forever
@beter for {everyone,my family,them,the kids,my @spouse} if i {,just} {had an acident,died,was gone,wasnt here,disapeared,went to slep and didnt wake up,didnt wake up,never woke up}
worth more dead {than alive,to them,to my family}
beter with one les {person,one} like me
{the world,every{one,thing},my family,their lives,life} would be {,a} {quieter,calmer,@beter,lighter,simpler,hapier,nicer} {,place} without me {in it,around}
{estaria{,n}} @calmer {sin mi,si {yo,} @muriera}
{theyd,they would,everyone would,they could,he would,she would,it would} {,al} ~3 if i @wasnt @here |
kinder {to,for} {everyone,my family,them,the kids} if i {went !{part,ful,@headed,on,out,frelance},was gone,wasnt here,died}
beter {life,of} with the {insurance,life insurance} {,money,payout} than with me`,
  plan: `
planed how {il,i wil,to} do it ~~10 wait
{until,when} @my @folks {are,is} {at,away,out,aslep,gone} ~~8 {final{ly,y}} do it
{aim{,ing},ster{,ing},swerv{e,ing},driv{e,ing}} {for,into,at} {it,a tre,the tre,a wal,the wal} ~2 {ful sped,top sped,flat out}
{star{e,ing},lok{,ing}} at the {knife,knives,knife block,blade{,s},razor{,s}} ~~10 {wrist{,s},arm{,s},skin,cut*}
{@wrote,said} {al,} my godbyes !{to @my {@team,coleagues,old}}
@tonights the night !{of,for,we,i} ~~8 {had enough !{of},dont cal me,dont try to}
{drank,drunk,swalowed} {a botle of,some,a whole botle of} bleach
so @nobody {i love,} {has to,@would,neds to,doesnt have to} find me !{procrastinating,doing,working,in,at,out,and}
{wods,forest} ~3 {with a,and a,with the} rope !{swing{,s},course,bridge,lader,for,and}
{a rope,the rope,a nose,the nose} in the {loft,atic,garage,shed,celar,basement} ~~10 {sit with it,lok at it,go up there,every night,most nights}
@pills in my {schol bag,scholbag,locker,pencil case} !{for {migraines,headaches,my period,cramps,my asthma,alergies,hay fever}}
{col{ected,lecting},@saving} {razor blades,blades,razors} !{and,for {@our,the} {shop,busines,store,colection}}
{loking at,staring at,check{ed,ing},tested,found} @a {beam{,s},banister,loft hatch,rafters} ~~10 {know which,which one,strong enough,would hold,wil hold {|,me},hold my weight}
{a belt,the belt,a cord,a scarf,a ligature,a rope,the rope} {round,around} my neck
{@got,laid,put,lined up,tiped} {al,} @my @medicines out {on,in front of,next to}
@dontcant trust myself {with,around,near} {@it,my @medicines,the {pils,tablets,kni{fe,ves},gun}}
@take my hands of the whel
{walked,waded,went} {into,out into} the @water ~3 {up to my,until it was {at,over} my} {chest,neck,chin,shoulders}
{fantas{ies,y},@fantasise,thoughts,thinking,dream{,ing}} {about,of} {crashing,driving,riding,stering} @my {car,bike,motor{bike,cycle},van,lory} {into,of}
@setaside ~4 {@poison,poison} ~3 {aside,away}
{borow{,ing},tak{e,ing},using,use} {it,the gun,his gun,her gun} {for,on} myself
{@tonight,tomorow,this wek,on friday,on sunday,next wek} is the end !{of}
{od,oding} on
with the {car,engine} runing
for when i {,finaly} decide
gave away my {gun,guns,firearm{,s},pistol,rifle}
who {gets,should get,wil get,can have,wil have} what !{role{,s},task{,s},job,jobs,responsibility,responsibilities,project{,s},bonus{,es},shift{,s},desk{,s},ofice,seat{,s},rom{,s},part{,s},award{,s},prize{,s},gift{,s},budget,for christmas,for their birthday}
{tengo,compre,he comprado,tengo escondida} {la,una} cuerda !{{para,de,nueva,de escalada,larga para}}
{se donde hacerlo,ya se como lo voy a hacer}
{{hose{,pipe}} and {,some,duct} tape,tape and a hose} !{to {fix,mend,repair}}
{hose{,pipe},pipe} ~3 {@my,a,car} exhaust
@thinkabout the exhaust {|,and,pipe}
{so it loks,make it lok,made to lok} like {an acident,a car acident,a car crash,natural causes}
{could,@would,il,id,to} {,just} {walk,wade,swim} {into,out into} the {@water,ocean,waves} !{of,for a {charity,sponsored,new years,christmas,boxing day,morning,fundraising} ~1,on {new years,christmas,boxing day},with @my {club,team,group,friends}}
{@thinkabout,thoughts of} {walking,wading,swiming} {into,out into,out to} the {@water,ocean,waves}
{step{,ped,ping},walk{,ed,ing},run{,ning}} {into,out into} {the road,trafic,the trafic} in front of @a @vehicle
last mesage {@ill,i} {ever write,write,send,ever send}
tonight {fels like,could be} the night !{we,for,of,that,when,to,i {,finaly} {finish,write,start,ask,propose,get,make,try,launch,publish,submit,sign}}
if {nothing changes,things dont change,it doesnt get beter} {il go,im going,im done,il do it,il end it}
make it painles
{@drinking,drank,swalow{ed,ing}} {,the,some} {@poison,poison}
{me voy a tirar,tirarme,me tiraria,me tiro,me tire} {del,de un,de una,desde el,desde la,desde un,por el,por la,por un,por una,de la} {puente,edificio,balcon,ventana,azotea,tejado,acantilado}
no {aguanto,soporto} {,mas} {@vivir,@vivo,mi vida}
@ill end it {,al} !{with,for,@timing,of,on,up,by,after,there,here}
{mean{ing,t},planing,intending} not to come {back,home}
@nobody @would find me {for a while,for days,until its to late,in time}
{how,ways} to make that {true,hapen}
{tak{e,ing},swalow} {whatevers,whatever is,everything} in the {cupboard,cabinet,medicine cabinet,drawer}
know {exactly,} @which {bridge,clif,method} !{to build,design,project}
havent picked the day
@chose @a song {i want played,for my funeral,to be played}
{turn{,ing},swerv{e,ing},ster{,ing},yank{,ing}} the {whel,car} into
{swerv{e,ing},ver{,ing},crash{,ing}} into {the oncoming,oncoming,a tre,a wal,the barier,a lory,a truck,a bus,the lory,the truck,a bridge,the bridge}
into the oncoming {trafic,lory,truck,car,bus}
{charcoal and {,the} tape,tape and {,the} charcoal,charcoal in the {bot,trunk,car}}
how {long,quickly,fast} {it takes,does it take,would it take} to {drown,die,bled out,hang,sufocate,freze to death,starve}
{@write,made,making} a list of who {gets,should get,wil get} {my,what}
{want{,ing},urge{,s}} to {drive,crash,swerve} into {something,anything,a wal,a tre,trafic}
@drinking until {i stop breathing,i die,my heart stops}
{let{,ting}} it rol {in,into the @water}
{carbon y {,la} cinta,cinta y {,el} carbon}
{falta,queda} {escoger,elegir} el dia
{tie{,d},tying,put} a {tie,lead} {around,round} my neck
hoping {something,a car,a bus,a lory,a truck} {hits,wil hit} me
{@poison,poison,drain cleaner} ~~14 {@thinkabout,tempted to,urge to,want to,wanted to} {drink{,ing},swalow{,ing},downing} it
{plastic,@a,bin} bag over my {head,face}
eyes {closed,shut} ~~8 {motorway,road,trafic,driving}
{motorway,road,driving,drove} ~~8 {with my eyes closed,eyes shut}
{@thinkabout,urge to} {step{,ping},walk{,ing},runing,jumping} {,out} in front of {@it,one,a lory,a bus,a car,a train,a truck}
swim out {until i cant swim back,as far as i can}
@wrote {everyone,each of them,them al,al of them,@myfamily} {leters,a leter} !{of,for,to,about} ~~10 {drawer,desk,hiden,to find,after}
{playlist,song{,s},music} {for,at} my {,own} funeral ~~8 {every night,@daily,al the time,on repeat,over and over}
@stare at {@a,that} rope !{climb{,ing},course,swing,lader,bridge,burn{,s}}
{insurance,policy} ~4 {pay{,s},paid} out after {a year,one year,two years,the first year,suicide}
{mirando,buscando,aprendi{,endo}} {como,a} hacer un nudo !{de corbata,marinero,para,de pesca,de escalada}
{kep walking,kept walking,just walk} into the {@water,ocean}
{balcon,ventana,azotea} ~3 por si acaso
{cobrar{a,an,ia,ian}} el seguro ~~6 si {me pasa algo,me muero,yo no estuviera,desaparezco}
{stop{,ped,ping},quit,refusing} {,going to} {dialysis,chemo{,therapy},my treatment,my insulin,my heart meds} ~~10 {had enough,ready to go,let it hapen,dont know yet,nobody knows}
{tom{ado,e},trague} {todas las,un monton de,demasiadas,much{as,isimas}} {pastilas,somniferos} !{para,contra,de,porque}
{bus{cado,cando,que}} {como,formas de,maneras de} {ahorcarme,matarme,suicidarme,quitarme la vida}
{im,i fel} ready to go | ~~2 @ive {said,told them,told everyone} {what,everything,al} i {neded,wanted,had} to say !{to}
{@took,downed} {,a handful of,al of,some of} {whatever,everything} {,that} {,was,is,i found,i could find} in the {bathrom,medicine} {cabinet,cupboard} !{out,and {threw,sorted,cleaned}}
exactly {where and when,when and where,how and when,when and how,how and where} | ~6 the {courage,nerve,guts}
{list{,s},note{,s}} ~8 {of,with} {ways,methods} to do it !{beter,faster,wel,right,properly,diferently,cheaply,without,@prep,on,for}
window {open{,s}} wide enough !{to,for}
life {insurance,policy} ~~16 {lok{,s}} like an acident
{mak{e,ing}} it lok like an acident
{test{,ing},prov{e,ing},check{,ing}} {it,that,this,if im real,whether im real,if its real} by {jumping !{in,into,on,at,right,straight},jumping of,faling,steping of,cuting myself}
oncoming {lories,trucks,trafic,cars} ~~8 {il,i could} just {turn,swerve}
@write dont resuscitate on
one way ticket ~~12 {@wont,dont,not planing to} {ned,be neding} @a return {|,ticket |}
{can{ot,t}} {kep,go on} living like this !{@prep,because} ~~16 {made up my mind,decided,fel calm,at peace}
{decid{e,ing},wondering} @whether to go {home,back} or {go to,to} the {bridge,clifs,tracks,river,station,rof} !{club,game,night,team,tournament}
handed in my {laptop,badge,keys,notice} ~~20 {wont,not} be starting {any{thing,where}} {else,new} | !{i,im,because,as,but,so}`,
  selfHarm: `
{cut{,s}} so dep{,ly} ~~8 {stitches,bleding,a and e}
the {cut{s,ting}} {used to be,are geting,is geting,got,kep geting,have got,has got} ~~16 stitches
me {cort{e,o},he cortado,lastimo,quemo,hago dano} !{{otra vez,de nuevo} @pelo,@pelo,el dedo,sin querer,cocinando,en la,en el,con el sol,al sol,jugando,coriendo,entrenando}
cuting {again,myself}
cut {deper,to dep}
{urge{,s}} to cut
@got the @blade out
{cut{,ting}} up my {arm{,s},legs,wrists,thighs}
{thinking about,want to,urge to} {go,going,cuting} deper
@not {eaten,had anything to eat,eaten anything} {in,for} {a wek,{,two} weks,{3,4,5,6,7,8,9,thre,four,five,six,seve{n,ral},eight,nine,ten} days} ~~8 {faint{ed,ing},pasing out,pased out,blacking out,colaps{ed,ing}}
bmi {is,of,} {10,11,12,13,14} ~~12 {heart,faint{,ing},dizy,wont eat,not eating}
{chok{e,ing},strangl{e,ing}} {myself,yourself} ~~12 {alone,every night,in my rom}
{carv{e,ed,ing}} ~3 into my @bodypart`,
  // Places people go to end their life.
  drop: `
{bend,corner,edge,spot} where the {@railing,guardrail} {is broken,is mising,ends,is down,has gone,gives way}
cliftop
bridge ~5 {highest,talest} ~~8 {stand,stod} on it
{bridge near,a bridge,the bridge,that bridge,this bridge,overpas,flyover,fotbridge,viaduct,big bridge,tal bridge,high bridge,suspension bridge}
{train tracks,railway tracks,the tracks,railway line,rail line,train line,level crosing,railway crosing}
{platform edge,the station,the platform,fast train,fast trains,trains come,the train comes}
{clif{,s},ledge,roftop,rof of,on the rof,of the rof,balcony,top flor}
{multi storey,multistorey,car park rof,top of the car park,parking garage,tal building,quary,the pier}
{talest building,talest buildings,rof aces,rofs are open,rof is open}
{the stairs,stairwel}
{1{0,1,2,3,4,5,6,7,8,9}th,2{0,4,5,6,7,8,9}th,3{0,4,5,6,7,8,9}th,5th,6th,7th,8th,9th,fifth,sixth,seventh,eighth,ninth,tenth,eleventh,twelfth} flor
{thre,four,five,six,seven,eight,nine} {flors,stor{eys,ies}} up
{1@digit,2@digit,ten,eleven,twe{lve,nty},fiften} {flors,stor{eys,ies}}
{ofice,bedrom,flat,hotel,apartment} window
rom {on a high flor,high up}
{motorway,rail{,way},road,river,canal,highest,talest} bridge
the {fast one,expres}
top of @a {hotel,building,tower,block}
{al puente,el puente,del puente,las vias,el acantilado}
{quinto,sexto,septimo,octavo,noveno,decimo,ultimo} piso
{anden,la azotea,el tejado,la cornisa,el balcon,un puente,ese puente,el viaducto,el precipicio,el baranco,un acantilado}
bridges
@which bridge is {the,} {highest,talest}
{somewhere,anywhere,places,somewhere realy} high !{up in,up the,in the,on the carer,on my list}
{steped,step{,ping},stod,standing} {over,past,on} the yelow line`,
  // Thinking about the fall, or being drawn to it.
  fall: `
me acerco {,un poco mas,cada vez mas,mas} al borde
my legs {hanging,dangling} out
@think about swerv{e,ing} !{out}
{climb{,ed,ing}} {onto,on to,up on,up onto} the wal
{pul{ed,ing},drawn} {toward{,s},to} the {edge,tracks,drop,railing,water}
{wait{,ing},sta{nd,nding,y,ying},sit{,ting}} on the {tracks,line,rails}
how {quick{,ly},fast it,easy it,easily,painles,peaceful,simple it,high,far down}
creo que {puedo,podria} volar
im on @a ledge !{of a}
{cuantos metros,que altura,cuanta altura,lo alto que,la caida desde}
{esper{ando,e,o}} {el ultimo tren,el tren,que pase el tren,que pase el metro}
@noches {bajo,voy,camino,me acerco} {a,al,hasta}
{dar un paso,dar el paso,saltar,tirarme,lanzarme,dejarme caer} !{de,a,hacia,para,en paracaidas,en parapente,con,al agua,a la piscina}
{mucho rato,un buen rato,largo rato,horas,mucho tiempo,me quede,me quedo,quedarme} ~2 {mirando,asomad{a,o}} hacia abajo
{me quedo,me quede,quedarme,estuve} {ahi,ali,un rato,mucho rato} {parad{a,o},quiet{a,o},sentad{a,o},mirando}
the {drop,fal} !{in,of,out,season,semester,term,colo{rs,urs},leaves,line,zone,date}
{climb{,ed,ing},lean{,ing}} over
over the {railing,edge,barier,side,yelow line}
{step{,ping}} of
{step,jump} in front
{let myself fal,throw myself,lean out,step out}
{@imagine,thinking about} throwing myself {down,of,over}
{jump{,ed,ing}} {of,from}
{just,want to,urge to} jump !{at,into,on,in,ship,back,ahead,aboard,straight,to,the,for,through,right}
{jump down,thought of jumping,thoughts of jumping,about jumping}
what it would {fel like,be like to}
{al be over,it would be over,end it al}
@nobody would stop me
{puls me,puling me,drawn to it,caling me}
{near,to} the edge
{turn{,ing},yank{,ing}} the whel
{wondering if it hurt,if it would hurt,whether it hurts,wondering what it fels like}
one step and {@its,it would be,id be,it wil be} {over,done,gone}
{climb{,ed,ing}} {the,onto the,onto,on to the,on to,up on the,up on,up onto the,up onto} {railing{,s},barier,fence,parapet,it,ledge,edge}
{lie,lying,lay,laid} {on,acros} the {tracks,railway,road,line}
{se,know} if im brave enough
{where,the} @railing is {low{,er},short,broken,mising,down}
{has,with} a low @railing ~~12 {on purpose,that side,lean,climb}
{gap,hole} in the {fence,railing{,s},barier}
let go of the {railing{,s},rail,edge,ledge,barier}
@stood there {when,as,while} {the,} {train{,s},freight trains,lories,trucks} {pas,go past,go by,come}
that {doesnt,dont} stop
would be so easy
{count{,ing}} the seconds
{is,are} always empty
lean {a litle,} further each time
@stood right at the edge
{step{,ped,ping}} {forward,of the edge,out} !{into,as,in,up,from,back,of}
{casi salto,casi me tiro,casi me lanzo,estuve a punto de saltar,estuve a punto de tirarme}
what would hapen if i {just,} {stod there,stayed there,stod stil,didnt move,steped of,steped out,steped forward,kept going} !{and,to,for,@prep,of,@my,into,from,on,@until}
{@stood,@sit,lean{,ing}} {at,by,in} the open window`,
  medicine: `
@medicines
{opioids,oxycodone,xanax,benzos,diazepam,lithium,sertraline,fluoxetine,citalopram,zopiclone,codeine,tramadol,morphine}
{,my} {meds,medication{,s},medicine{,s},prescription{,s}}
{over the counter,drugs,pastilas,medicamentos,somniferos}`,
  // A quantity or a store of it.
  amount: `
@packet ~2 in front of me
{@got,hid{,den},kep} @many of {my,@his,my @parents}
instead of taking them
{sav{ed,ing},stockpiled,kept,hiden,tok,take} them al
@took {half,most,al} of {them,the packet,the box,the botle} {already,just now,now}
not for {a,@my} {headache,cold,pain,fever,flu,back,tothache}
{de sobra,las tengo escondidas,los tengo escondidos}
@my @pills are {in my bag,in my pocket,in my hand,in the car,with me,on the table,next to {me,it}}
{escond{i,o},guard{ando,e,o},he guardado,junto,tengo escondidas} {las pastilas,mis pastilas,los somniferos,mis somniferos}
las cuento {@noches,cada dia,todos los dias}
@a {shoebox,box,drawer,bag,tin,jar} {ful,is ful}
{holding onto,holding on to,hanging onto,hanging on to} {my,@their,my @parents} {,old} @medicines
{kep{ing,t}} {@their,my @parents} {,old} @medicines
more {sleping,} @pills than i {ned,should have}
{@took,downed} a {@packet,tub} of
@took {a load of,loads of} ~3 @medicines
{count{,ed,ing}} them {twice,again,every day,every night,today,this morning,last night,every morning}
{kep{,t},ben} counting them
{tok,taken} {a,@my} whole
{whole,entire} {@packet,strip}
{a handful of,handfuls of,the whole lot,the lot,al at once,months worth,weks worth,lethal}
@took to many
{stockpil*,hoard{ed,ing},stash{ed,ing},ben colecting,started colecting,colecting extra}
{saving up,saved up,ben saving,storing up,stored up} my
enough to {kil,die,not wake,end,do it}
how many {@enough,id ned,i would ned,i ned to}
{@workedout,exactly} how {many,much}
@hoping its enough
@workedout ~6 would do it
one day its enough
todas {las,mis} pastilas
{una caja entera,guardadas,acumulando,juntando}
{@got,tak{e,en,ing}} the pils out
pils {out,} in front of me
{tok,take{,n}} extra
so {they,no one,nobody} {wouldnt,@dont,doesnt} notice
{diferent,several} {chemists,pharmacies,shops,stores}
{chemist,pharmacy,shop} {thre,four,several} times
{quite a few,a god few,a lot} now
{pack{,et},box} of {paracetamol,@pills,sleping pils} every time
{kep{ing,t},saving,hiding} my {,heart,sleping,blod presure,pain} @pills !{in {a,@my} {wekly,daily,pil} {box,organi{ser,zer},case},organised,organized,together,safe,handy,on me,with me}
@take {a few,a couple,one,two,some} more ~5 than
@took {1*,3*,5*,6*,7*,8*,9*,2@digit*,4@digit*,ten,twe{lve,nty},fift{en,y},thirty,forty} of @my
some of {@their,my {mums,moms,dads,mothers,fathers,@spouses}} {suply,@pills,sleping pils,sleping tablets}
{@take,swalow} al {@my,of my} !{{@meds,@pills} @dosing}
{sav{ed,ing},kept,keping} {every,al the,al my,each}
{going to,@ill} kep them
{drawer,cupboard,box,bag} ful
{packets,boxes} at a time
{lin{e,ed,ing}} them up
{just,} knowing {its,they are,theyre} there
{colecting,saving,keping} the
so @they {give{,s},prescribe{,s}} me more
so i have enough
{a second,another,an extra} @packet of
{i have,ive got,i have got} plenty
enough ~8 to {end things,end it,end my life,do it,die}
@pills counted
{count{,ed,ing}} {,out} @my @pills
{put{,ting},set{,ting}} {a few,some,a couple,one,two,extra} of my ~2 aside
{sav{ed,ing},keping,kept} {,@it} for {the right {moment,time,day},when the time {comes,is right}}
{taken,tok,injected} {a lot,loads,to much,extra} of my`,
  // Looking up which medicines kill.
  research: `
{@lookedup,researched,reading up on,searching,search history,loked into,loking into,read{,ing} about how {much,many},checked which}
{read{,ing}} {about,up about,up on,online about} @which {medic{ations,ines},@pills,drugs}
{@workedout,found out} @which`,
  danger: `
{most dangerous,dangerous together,deadly,fatal,overdose{,s}}
{dont,without} have {nets,bariers,phones,fences}
{is,would be,are} {dangerous,lethal}
{what,how much,how many} would be to {much,many}
{damage{,s},destroy{,s},shut down,shuts down} {your,@my} {liver,kidneys,heart}
how {much,many} ~4 @enough !{to,for,per,on,in}`,
  // Not taking what keeps them alive, on purpose.
  withhold: `
{skip{ed,ing},not taking,stoped taking,stoped,quit taking} my
{skip{,ped,ping}} {doses,my doses}
{stop{,ping}} {taking,} my
havent taken my
{giv{e,ing},gave} my @medicines away`,
  onPurpose: `
{on purpose,deliberately,know what hapens,so it wil,hoping it,thought it through,thought it al through}
{dont care what hapens,dont want {help,any help}}
{dont se the,se no,whats the} point
{lok{,s},sem} natural
{doctor{,s},gp} {doesnt,dont} ned to know
hoping for a {big one,seizure,fit}
{want{,ing}} to fade {out,away}
let nature take its course
no reason to kep
not going to {start,take @it} again
waiting for {it,my heart} to {give out,stop,give up}`,
  // Looking at the means.
  gaze: `
{kep loking at,cant stop loking at,staring at,stare at,kep eyeing,kep checking on}
{that i,} {lok at,check on} {,@it} every {@day,morning,evening}
{comforting,reasuring} to know {@its,theyre,they are} there`,
  // A plan, and a time alone.
  aPlan: `
{got a plan,have a plan,made a plan,my plan is,a plan for,and a plan} !{to {@build,study,work,read,train,run,save,wake,go,meditate,exercise},for {@a,@our,this,next} {wek,month,year,@career,bok,novel,project,launch,day,weding}}
{ben planing it,planing it for,planed it for}
@a {date,day} in my head
{plan{ed,ing}} to do it {when,while,once}
to do what i {ned,have} to |`,
  aloneTime: `
{house is empty,when im alone,home alone,everyone is out,nobody is home,no one is home,when theyre away,while theyre away}
{im,il be} alone {@tonight,al wekend,for the wekend}
have the {place,@home} to myself
{flatmate,romate,@spouse,parents} {is,are} away
everyone wil be {at church,out,away,at work,aslep}
when @mypartner {is,are} {at,away,out}
@ill have the whole {wek{,end},day,house}
{when,once} @mypartner {leaves,goes,is gone,are gone}
{every{bodys,ones},everyone is,everybody is} aslep
@nobody wil be {there,home,in,around}`,
  // Putting things in order before going.
  goodbye: `
@give my @pet to
at peace with {what comes next,what i have to do,my decision,it al now}
{sory,love you,@lookafter my @pet} ~~8 @noanswer
songs about {leting go,saying godbye}
nothing left to {sort,arange}
the {leters,notes} are {writen,done,sealed}
@pet ~1 going to {my,a} {neighbo{r,ur},@sibling,friend,mum,mom,parents}
que no {le,la,lo,me} {busquemos,busque{,n,s}} !{para,por,hasta,en,durante,con,el,la,los,antes,mientras,cuando,a,de,al,si}
@give {,@them,my sister,my brother,@mymum,my friend,my neighbour} my {cat,dog} !{a,an,@their,some,to,for}
@give away my
{rehom{ed,ing}} @my
found {a home,a new home,homes} for my
@write leters
leters to my
{@wrote,@leaving} a note
{deleted my acounts,deleted al my,my paswords,returned everything,returned everyones things,paid back everyone}
who gets my !{old,client{,s},acounts,desk,job,role,shifts,team,projects,customers}
{not,never,@wouldnt} come back
{not,never} coming back
{not be coming back,never return,im done}
canceled my {subscriptions,phone,contract,direct debits,standing orders,bils,gym,membership}
{out of ofice,autoreply,auto reply} {to,says} forever
wont be neding
scheduled {,@it} {for,to send at,to go out at} {midnight,tonight,tomorow morning,the morning,@weekday morning}
{wont,might not,may not} get another chance
in case something hapens to me {son,@tonight,this wek}
{writing down,wrote down,writen down,write down,@wrote} {@my,al my,al the} {codes,paswords,pins,logins,pin numbers}
{a date,the date,a day,the day} {picked,chosen,set} !{{for,to,@prep,on}}
{im,i fel,i felt} {so,} {calm,peaceful,at peace} about it
{money,sav{ed,ing{,s}}} {aside,} for my funeral
{a,@my} plan for {@daysoon,the wekend,this wekend} !{{,s} {pitch,meting,party,launch,presentation,interview,event,game,match,clas,talk,diner,date,trip,run,race,shift,workout}}
{@notgoing,not intending,no plans} to come back !{{to,from,here,for,until,@prep,on,after,because}}
{going away,go away,leaving} for a while
not teling {any{body,one},my family,my friends,a soul} !{{at,about,yet,@until,before,in,on,from},| {,yet} {help,i want,i ned,we}}
{stop{,ped},skip{ed,ing},cancel{ed,led},quit,refus{ed,ing},stoped going to} {my,} {dialysis,chemo{,therapy},transfusions}
@give {my,al my} ~4 to {friends,my friends,people,family,my family,my sister,my brother,neighbo{rs,urs},my neighbour,my neighbor}
{tel{,ing},say{,ing},said} @everyone godbye
wont {be seing,se} {them,anyone,you,everyone,any of them} again
{regal{ando,ar,are,e,o},he regalado} {,a} {mi,mis} {per{a,o},gato,gata,cosas,mascotas,libros,ropa,guitara,bici,bicicleta,joyas,plantas}
{no va a hacer,no hara,ya no hace} falta que me {lam{en,es},busquen,esperen,escriban} !{durante,mientras,en,hasta,por,del,al,de,antes,para}
para que {mi,mis} ~2 pueda{,n} {sacar,usar,quedarse con,tener aceso a} mi {dinero,cuenta{,s},ahoros}
{pague,he pagado,devolvi} {a todos,a todo el mundo,} lo que {les,le} debia
{ya,} estoy en paz {|,con todo,con todos,con esto,con mi decision}
no {voy a volver,creo que vuelva} {|}
{cuid{ar,e,en}} {de,a,} {mis,mi} {plantas,gat{a,o,os},per{a,o,os},hijos,cosas} !{mientras,durante,el fin,este fin,unos dias,una semana,hasta,cuando}
@dejado todo a {mis,mi}
antes de irme {|}
@dejado todo {ordenado,areglado,en orden,organizado,listo} !{{,en casa,en la oficina,en el trabajo} @antes}
tengo todo {@listo,planeado} !{para,en,de,y,a}
{elegi,he elegido,tengo elegida,ya tengo} la fecha !{de,para,del}
{escribi,hice,he hecho,he escrito,redacte} {mi,el} testamento
{vendi,he vendido} {mis cosas,todas mis cosas,casi todo,todo lo que tengo}
{regale,he regalado} {todas mis cosas,casi todo,todo lo que tengo}
no {lo,la,los,las} {voy,vaya} a necesitar !{en,para,cuando,mientras,durante,al{a,i},aqui,porque,hasta,est{a,e},si}
no {voy a necesitar,necesitare} {nada,mas} {despues,a partir} de
{i think,} @daysoon {works,wil work,would work,is best,is the day} !{for,with,beter,best for,wel,i,we,to,that,when,@our}
{paid of,paid back,paying back,paying of} {what i owe,everything i owe,what i owed,my debts {to,so},the money i owe}
{@leter,envelope} with @my {bank details,paswords,pin,acount details}
so @nobody has to {sort,deal with,sort out} {@things,it,anything} {after{,wards},out after,when}
{made sure,aranged for,sorted out,sorted} @my {@pet,pets,rabit} {wil be,is,are,get{,s}} {loked after,taken care of,fed,rehomed} ~4 {from,after,on} {@daysoon,next wek} !{while,when,during,for,as,@until}
{sort{,ed,ing},organi{se,sing,ze}} {my,al my,out my} {paper{s,work},afairs}
{escri{bi,biendo,to},dej{ado,e}} {,las,una{,s},la} carta{,s} {para,a} {mis {hij{as,os},padres,hermanos,nietos,amigos},mi hija,mi hijo,mi familia,mi madre,mi pareja}
{solo,solo me} falta {el dia,elegir el dia,la fecha}
@ive made up my mind !{to,about,on,that,and i,| {im,@ill} {going to,} {quit,leave,start,aply,go back,move,take}}
| {@tonight,tomorow,this wek,on friday,on saturday,on sunday,next wek} |
{@write,made,drew up,drawn up} {out,up,} a wil
{loked at,check{ed,ing},loking at,memori{sed,zed}} the {train times,train timetable,times of the trains,fast trains,expres trains}
tengo todo @listo para {irme,marcharme,despedirme}
{,solo} {queria,quiero} que alguien lo {supiera,sepa}
{say{ing,s},said,sent,texted,wrote} {,@them,everyone} {thanks,thank you} for everything
{turned,switched} @my phone of !@notfor
{turned,switched} of my phone !@notfor
cant kep doing this
{@tonights,todays,today is,tomorows,tomorow is} the @day !{of,for,we,when,to,i get,i finaly,@our}
{be gone,not be here,not be around,wont be here,wont be around} by {@occasion,the new year,the wekend,next wek,sumer,spring,autumn,winter,the end of the month,the end of the year,friday,saturday,sunday,monday} !{for,to,on,because,as,when}
{|,and} i {mean{,t}} it
{cancel{,ed,led,ling}} everything
wont ned {any of it,any of this,any of them,it anymore,them anymore,it any more,them any more} !{{,now} {since,because,as,after,once,that,when,for}}
tidied {my rom,everything}
{,left} my bank details
time to go
{thank{ed,ing}} {@them,everyone,my friends,my family} for everything
{not to,dont} wory about me anymore
{@wrote,made,update{,d},sorted,sorted out,done} @my wil
the note is {writen,done,finished,ready}
@ill post them on @weekday |
{be,become} {guardian{,s},the guardian} {for,of} my {@kids,@child}
something {wil,is going to} hapen son
this {is,wil be,year is} my last {christmas,birthday,sumer}
{say{,ing},said} sory to everyone {for,about}
{writing,rewr{iting,ote},wrote} ~4 {a note,the note,a leter,the leter} to {my parents,@mymum,my dad,@myfamily,my children,@myspouse}
this {version,one} is the final one
@daysoon is the day |
paid @my last {bil{,ls}}
@hoping someone finds {@it,the leter,the note}
what {@id,i want to} say to my {@folks,parents} in a leter
{start{,ed},begun} writing it for real
{havent,didnt} boked anything !{yet,else,for}
{cleared,deleted,wiped} my {search history,browser history,browsing history,mesages,texts} !{to,for,because}
{left,@wrote} my {laptop,phone,computer} pasword {for,on,with}
{tel{,ing},told} @everyone {i,how much i} love them
{bank cards,birth certificates,paswords,papers,documents,keys} in an envelope for
dont plan on {another,a new,any} {job,one,future} !{because,since,as,until,for now,yet,| {,and,but,so} {im,@ill,were,we are} {retiring,starting,going,launching,opening,taking,travel{ing,ling},moving,studying}}
lo voy a hacer @soon
@soon lo voy a hacer
@my {@pet,pets} {is,are,has ben,have ben} rehomed
@wrote to my {parents,@folks,mum,mom,dad}
i fel ready
{tomorow,@today} is my last day
{its not,it isnt} {their,your} fault
godbye
cant do this {@anymore,no more}
left instructions for {the cat,the dog,my cat,my dog,the kids,whoever}
{want{,ed}} {everything,it} to be tidy
@wrote my {@household,wife,husband} {a leter,leters}
{with,next to,beside} my wil
{moved,transfered,gave} my savings {into,to} !{{an,a} {isa,pension,fund,index fund,savings acount},my own}
notice on @my {@home,apartment,lease}
im not moving anywhere
dont plan on {picking,colecting} {@them,it} up
lok after my {dog,cat} for a while
{put{,ing},get{,ing},@got,sort{ed,ing}} my {afairs,papers} in order
@felt {calm,at peace,peaceful} for the first time
{it fels,everything fels,i fel,im} {calm,peaceful} now
wil is {signed,done,sorted,writen}
{left,turned,switched} the heating of
canceled {al,} my apointments
{just,} {want{,ed},ned{,ed}} someone to know !{{im,that,about,@ive,how,what,whe{n,re},@our,we}}
{escribi,dej{e,o}} {la,una} carta
left my phone {at home,behind}
wont be going {back,home} !{to,into,for}
{in order,sorted,tidy,neat} before i go !{@headed,on,away,travel{ing,ling},of,out,home}
@leaving {things,@itall} {in order,sorted,tidy,neat} for
{desp{edir{,me},idiendo{,me}},me despedi,me despido,me he despedido} de {todos,todo el mundo,mis,mi}
{dont plan on,not planing on,dont intend on,dont expect to be} being @here {for,by,at,on} {,the} {@occasion,next year,the sumer,the wekend}
{@wrote,finished} the note !{for @my {editor,@boss,team,client{,s},schol,meting}}
{ned to,cant} find the courage !{to}
so @nobody @would {lok for,mis,come loking for} me
{when,after} im gone
{scheduled,set} {it,an email,a mesage,the email,the mesage,a post} to {send,go out,post}
by then {it,nothing} {wont,wil} mater
{put,left,boked} @my @pet {in,into} {kenels,a kenel,a catery,boarding}
{bought,boked,got} a one way {ticket,train ticket} to the {coast,sea,clifs,bridge}
{bought,boked,got} a one way {fery,boat} ticket
@notgoing to get of {the other side,at the other end,the fery,the boat}
{bok{,ed,ing}} nothing for the {return,way back,journey back}
@nobody knows {im going,where im going,im leaving}
gave @my {car keys,keys,car} to
{dej{e,o},escribi} {cartas,una carta} para
{gave,handed in,handed} my notice !{{|,and} {boked,bought} {a,my} {one way,flight,ticket,plane}}
{important documents,al my documents,al my papers} in {one,a} {folder,place,box,envelope}
with a note {on top,for}
dont expect to ned more than one
y se acabo
wont be checking out
{put,with} stamps on @it
power of atorney
@its just in case
{fed,lok after,take} the @pet from
didnt say for how long
{drafted,@wrote} a {mesage,email} to {my,everyone}
left the keys {with,for}
wont be coming back
@wrote the leters
everything {else,} is {aranged,sorted,in order,taken care of}
@leaving {@myspouse,my son,my daughter,@them} a @leter
{left,tok of,taken of} my weding ring
my weding ring {on the,by the,next to}
{paswords,bank details} on a {shet of paper,piece of paper,note}
{because,as,since,cause} {i wont,im not going to,i not going to} be around !{@when,this,next,much,while,@until,in,over}
{@leaving,gave} the spare key with
dont want {any{body,one},them,my family} to have to deal with {a,@my} {mes,@stuf}
como si fuera la ultima vez
{le,les} dije adios a !{mis companeros,mi equipo,mi jefe,mi jefa,mi antiguo,mi antigua,la oficina,mis alumnos,mis clientes}
{in case,incase} im not {there,@around} !{to,for,when,at}
{huged,held} @them {so long,for so long,longer than usual}
por si {algun dia,un dia,} no estoy
{le,les} dije que me {iba,voy} de viaje
{cancele,he cancelado} {todo,el movil,el alquiler}
no me hara falta
{me perdone,perdona{dme,me}} por todo
{le escribi,les escribi,le dije,les dije} ~4 que {la,lo,los,las} quiero
{everythings,everything is,its al} {tidy,in order,sorted,setled} now !{and,so,{|} {and,so,i,now,time}}
told {my kids,my children,my son,my daughter,@myspouse,@mymum,my parents,everyone} {,that} i love them {more,so much more,every day}
i {think,bet,reckon} {@they,people,everyone,the kids,my kids} {can,could} {tel,sense} {something is,somethings} coming
{said,told them,@wrote} {what,everything,al} i {neded,wanted,had} to say !{to {@our,the,@his} {team,@boss,staf,coleagues,coworkers,board,client{,s},investors},in @my {meting,email,leter,presentation,spech,report}}
{@lookafter,have,take} my {@pet,plants,kids} if anything {hapens,should hapen,were to hapen} to me
{say{ing,s},said,@texted} @they {love{,s}} {everyone,us,me,you}
{say{ing,s},said} @lookafter my @pet
{put,left} {@it,the leters,the leter} in the {glovebox,glove box,glove compartment} !{to,for}
{cancel{,led,ling}} {,my,al my} {subscriptions,direct debits,phone contract,contracts}
{paswords,pins,logins,pin numbers} writen down
{he dejado,dej{e,o}} {las laves,mis laves,la lave} {al,a la,con el,con la} {vecin{a,o},porter{a,o}}
{told,tel,asked} {@them,everyone} to remember me
@texted {me,} {love you,sory,godbye}
doesnt stop {here,at {this,@our} station} !{@anymore,on,at,after,so,since}
scheduled {it,@a {text,mesage,email}} to {send,go out}
a note for my {@kin,family,kids,par{ents,tner}} !{about,to,saying,with,on,in}
returned my {@kins,neighbours} {boks,@stuf,tols}`,
  // Something sharp, and where it is held: at the wrist, on the arms.
  sharp: `
{@blade,razors,blades,knives,glas,shard,scisors,box cuter,lighter,cuchila,navaja}`,
  skin: `
against my {wrist{,s},arm,arms,throat,neck,skin}
into my {skin,arm,arms,wrist,thigh{,s}}
{acros,along,over,to} my {wrist{,s},arm,arms}
to my throat
{,one,@it} on myself`,
  usedIt: `
used @it {again,twice,last night,this wek,today,yesterday,every night}
{went,cut} deper than {ever,before,last time,i ever have} !{into,in,on,with}
{la uso,las uso,la use,las use} {cuando,para,contra,en mi,en los}`,
  // A way out, and dying as that way.
  escape: `
only {escape,way out,option,answer,solution,relief,way to stop,way to make it stop}
only way {this,it} {ends,wil end}
only thing that {calms,helps,comforts,sothes} me`,
  dying: `
{not,isnt} @being
{@death,being dead,to die}
{end{,ing}} {it,my life}`,
  // Insurance, and what it would do for the family.
  insurance: `
{@payout,my policy,the payout}
{cobrar{,a,an,ia,ian}} el seguro
seguro de vida
{pension,policy,insurance} {pay{,s},would pay,wil pay} out {,to them,to my kids,to my family,to my wife,to my husband} if i die`,
  provide: `
would {solve,pay of,@lookafter,cover,set them up,provide for}
{solve everything,be beter of,beter of with,worth more dead}
{estaria{,n}} @calmer
{more use,more god,worth more} than me
@beter for {them,everyone,@myfamily,the kids} that way
would do more for {them,@myfamily,the kids,@myspouse} than {i can,i could,i ever could,me}
{and,to} finaly be comfortable`,
  // Someone who died, and wanting to be with them.
  lost: `
{grave,cemetery,died,pased away}
@our {dead,late} {mother,@kin,father,partner,grand{mother,father,ma,pa}}
@their ashes
since @he pased
funeral
{kil{ed,led}} @themselves
tok @their own life
{@kins,@spouses,childs,babys} death
aniversary of {@their,my}
{murio,falecio} {mi,mis}`,
  join: `
be there with @them
be with {@them,my {@kin,partner}} again
join @them {|,son,there,again,in heaven,up there,wherever,on the,and}
go to be with
se @him again son
join my {@kin,partner}
to be with @them {by,before,@today,son}
irme con {el,el{a,os}}
{il,i wil} be with @them son`,
  groom: `
{ask{ed,s},tels,told} @him to kep {@it,the {presents,gifts}} {betwen {us,them},a secret,secret}
{ask{ed,ing,s},wants,told} {,me,@him} to met {@him,me} {alone,in secret,without teling} !{to discus,about}
{sen{ding,ds,t}} me {mesages,photos,pictures} ~5 {secret,dont tel,delete}
{turning up,turns up,waiting,shows up,showing up,turned up} {at,outside} my schol
me to met @him ~~8 {cant tel,not to tel,dont tel,kep it secret,kep it a secret}
{make{,s},made} me {go,come} {upstairs,to his rom,to the shed,into his rom,into the bedrom} with @him !{to {se,lok at,help,play,watch,fix}}
{makes,made} @him watch ~~14 {their,our,a} secret
{buy{ing,s},bought} {@him,me} {things,gifts,presents}
picking {@him,me} up from schol
{le,me} {pid{e,io},dice,dijo} que no {me,se,te} lo {cuente{,s},diga{,s}} !{{a nadie,} hasta}
{ask{ed,ing,s}} for {@our,@his} {adres,home adres,schol}
{ask{ed,s},wants,told} me to come to his {@home,car,place} {alone,on my own,without teling}
{told,tels} @him @its {our,their} {special,litle} secret
{boked,bought,sent,paid for} me a {train,bus,coach,plane} ticket to {met,se,visit} @him ~~12 {delete,dont tel,not to tel,secret,without teling}
no se lo {diga,cuente} a {mis padres,mi {madre,padre,mama,papa}}
{makes,made} me send @him @pics !{of {@a,our,an,every,each}}
{say{ing,s}} im his special {girl,boy}
{touch{ing,ed,es}} me in the {changing rom{,s},showers}`,
  // Someone close who harms a child, and threats to keep it secret.
  abuser: `
{my uncle,my stepdad,my stepfather,my dad,my father,my brother,my {,older,big} sisters {boyfriend,husband},my stepbrother,my step brother,my cousin,my grandad,my grandpa,my coach,my teacher,my neighbour,my neighbor}
my {mums,moms} {,new} {boyfriend,partner,husband}
{my landlord,my flatmate,my housemate,my romate,my lodger,our lodger,my bos,my manager,my tutor,my instructor,my priest,my pastor}
my foster {@sibling,@parent,mum,carer,parent{,s}}
my {older,big} {cousin,brother,stepbrother}
my {@sons,kids} ~2 {coach,teacher,tutor,instructor,youth leader}
{a man,a guy,an adult,an older man,someone,a boy,an older guy} {i,@he} met {online,gaming}
a man in his {20s,30s,40s,50s,twenties,thirties,forties,fifties}
un {hombre,adulto,senor} {adulto,mayor}
{online,gam{e,ing},internet} {friend,@date,mate} ~3 {turned out to be,is actualy,was actualy,is realy} {a grown man,an adult,a man,an older man}
the man from the {church,youth group,club}
{@a,this,some} {man,guy,adult,older man} {from,on,in} {my,an,a,this} {online,} {game,gaming server,server,discord}
{man,coach} {in,at,from} {@his,my} {fotbal,rugby,swiming,sports} club
{piano,music,dance,singing,driving,swiming} {teacher,instructor}`,
  touches: `
!{of people,of anyone,of someone,of being,of men,of women,anyone,@someone} {touch{ed,es,ing}} me
{{makes,made} me do things !{like,such as,around,for},gets into my bed}
{com{es,ing},came} {into,in} {my {rom,bed,@home,apartment,tent,cabin},the bathrom} {when im aslep,while im aslep,{when,while} {i {slep,shower !{to}},im showering,im in the {shower,bath}},at night,when {mum,mom,@mymum} {is,was} {out,away,aslep,at work},while {mum,mom,@mymum} {is,was} {out,away,aslep}}
{put{,s,ting}} his hands on me
says @its {our,a} secret
{touch{ed,ing}} @him in the {changing,showers,car}`,
  threat: `
@they {@would,is going to,are going to,said he would,said she would} @hurt
{hel,she{d,l},they{d,l},hed} {@wound,beat up}
{hel,shel,theyl} @leak {the videos !{of},the photos !{of},my nudes,the nudes,{videos,photos,pictures} of {me,us}}
@threatens to @hurt
me {@mata,hara dano,hace dano}
{hel,shel,theyl} {find,come for,come after} me {|,if}`,
  ifTell: `
if i {tel,ever tel,leave,ever leave,go to the police,report {it,@them}}
si {lamo a la policia,lo cuento,se lo cuento a alguien,se lo digo a alguien}
si {vuelvo a,} {habl{ar,o}} con {mi familia,mis padres,mis amigas,mis amigos,mi hermana,nadie}
if {@he,i,we} {doesnt,dont,cant} {bring,pay,give} {more,it,the money}
si {le,lo} {dej{ara,o},abandono}`,
  // A voice, and harm it urges or fears.
  voice: `
{i hear that,god {tel{,s,ing},told} me,a voice,the voice,voices,angels,mans voice,womans voice,una voz,la voz,las voces,oigo voces}
{tv,television,radio} {is,keps,} {sending,giving} me {mesages,signs,instructions}
{mesages,voices,sign{als,s}} {in,from,on} the {radio,tv,television}`,
  harmUrged: `
{to hurt,hurt them,hurt me,{want{,s},tel{,s},told} {@him,me} to fly,kil them,kil me,get rid of @them,protect {the world,everyone,people} from @them,{are,is} {demons,a demon,posesed,evil} !{at,in,on,when,today,this wek,lately,sometimes},should {@hurt,stab,smother},stop them,{have to,must} stop @him,before they,harm,punish,in danger,poisoning me,poisoning my {fod,drink,water},out to get me,sacrifice myself,me haga dano,hacerme dano,me mate,matarme,saltar,tirarme,castigar}
@must act on @it {@today,now}
{want{,s},tel{,s},told} me to do something to
{put,hold,burn} my {hand,arm} {in,on} the {fire,flame{,s},stove,hob}`,
  // Looking at a height, or heading for it.
  height: `
{top flor,top level,car park rof,top of the car park,rof of,roftop,the ledge,the railing,the tracks}`,
  watch: `
{loking at,staring at,stare at,picturing}
{want to go,going to go,go up,climb up,head up,going up} to`,
  // Searching for ways to die.
  deadly: `
{what height,how high} ~4 fal from
{overdos{e,es,ing},lethal dose,how to die,ways to die,suicide methods,nose{,s}}`,
  // If I died, it would not be so bad.
  ifGone: `
if i {,just} {crashed,died,didnt wake up,got hit,was hit,was gone,got sick}
{if im not here,if im gone,if im not around,when im gone}
if something hapened to me
si {manana,} no me despierto`,
  nothingMatters: `
nothing {maters,means anything} @anymore
wont mater what hapens to me {after,|,@anymore}
like {ive,im} already {died,dead}
nothing {,much,realy} {maters,wil mater} after {this,next} {month,wek{,end}}
{the rest,nothing,none of it} {doesnt,wont} mater after {@weekday,@tonight,tomorow}
@dontcant se {much,any,the} point {in the mornings,in geting up,in waking up,@anymore,in anything}`,
  ownHands: `
{tak{e,ing}} maters into my own hands`,
  stash: `
{hid{,den,ing},stash{ed,ing}} ~4 {around the house,in my rom,everywhere,in my bag}
taped {under,behind,inside}
{kep{,ing,t}} it {by,next to,beside,under} my {bed,pilow}`,
  waitingAlone: `
{just,} waiting for {everyone,@them,the house} to {@quiet,leave}
{just,} waiting @until {everyones,everyone is,theyre,they are,hes,shes} aslep {|,to do it,then,so i can do it}`,
  booze: `
{botle of,the} {vodka,whisk{ey,y},gin,rum,wine,tequila}`,
  gain: `
{theyd,they would,she would,shed,he would,hed,my family would,my kids would,my wife would,my husband would} get the @estate
{my wife,my husband,@myfamily,@they} {get{,s},wil get} the @estate`,
  notBad: `
wouldnt {be the worst thing,be so bad,be a bad thing,mind,care}
@wouldnt be sad
be {a relief,okay with that,ok with that}
{@id,i wil,il} be {grateful,relieved,thankful}
{no pasa nada,mejor para todos}`,
  // A gun, handled.
  dwell: `
{ben thinking,kep thinking,think} about it {a lot,al the time,@daily}`,
  // At the station, and a last word before the train.
  platform: `
{standing,siting,waiting} {at,on} the {station,platform,tracks}`,
  lastTell: `
{neded,wanted,had} to tel someone before
before the next train !{to,into,home,leaves,arives,comes,back,at,in}`,
  gun: `
{@gun,firearm,service weapon} !{safety,club,range,colection,shop,store,licence,license,course{,s},instructor,show,control,law,laws}
{revolver,handgun,guns,shotguns}`,
  handle: `
{taking it out,holding it,hold it,loaded it,{,un}loading it,load it,for an hour,staring at it}
{know the code,the key to the,where he keps,where she keps,the combination}
the code is
under @my pilow
in my mouth
{sle{ep,eping,pt}} with {it,the gun}
{figure,think of,work out} why not to
{loking,staring} at the @gun !{scope{,s},reviews,prices,range}
loaded {on the table,in front of me,next to me,beside me}`,
  // Under the water, and not coming up.
  underwater: `
{the bath,a bath,underwater,under the water,in the pol}`,
  stayUnder: `
{get{,ting}} past the point {whe{n,re}} i {panic,start to panic}
{not coming up,not come up,wont come up,never come up,stay under,staying under,stay down there,{sli{de,p},sink,go} under and stay {there,down,under}} !{for {a,one,@few,five,a few,ten,thirty,forty,fifty,sixty,ninety} {minute{,s},seconds},longer}
{didnt,wouldnt,never} have to come {up,back up}
walk {in,into the {@water,reservoir}} and kep walking
{not,never,wont} {com{e,ing}} back up
stayed under @until
{nearly,almost} didnt come up`,
  // Something electric beside the bath.
  mains: `
{hairdryer,hair dryer,toaster,heater,pluged in,extension lead}`,
  // Water, and lingering there.
  waterside: `
the {reservoir,canal,weir,river,lake,quary,dam}`,
  linger: `
{lean{,ing,ed},leant} ~3 over the {rail{,s,ing{,s}},edge,barier,parapet,side}
{some nights,@nightly} ~6 {walk{,ing},go,going} to the edge {of the dam,of the water,of the weir,|}
{slowing down,slow down,pul over,puling over,puled over,stop the car,stoping the car} {|,there,at,by,near,on}
{walk{,ed,ing},wander{,ing}} along {it,the tracks,the line,the railway,the edge,the clif,the clifs} {@nightly,late at night,alone,in the dark}
@stand by the {barier,railing{,s},edge,parapet,ledge,fence}
@stand by the {window,open window,edge,railing} ~~10 {think about it,thinking about it,jumping,the drop,loking down}
one way {ticket,train ticket,flight}
{mir{ando,e,o}} {el agua,el rio,las vias,abajo,hacia abajo,el mar,el vacio}
pienso en quedarme {ahi,ali,en las vias}
part of me {want{ed,s}} to {kep going,step {of,out,forward},jump !{again},let go,lean over,fal}
{casi,} todas las noches {voy,me voy,camino,conduzco}
{staring,loking} at the water
{go,going,come} back {tonight,tomorow,later}
{most nights,@nightly,some nights} i {drive,go,walk} {,out,down,up} to ~8 {sit,stand,park,wait}
{loking at,loked at,check{ed,ing}} the tide {tables,times}
{just,} siting there {with the engine of,in the dark}
{park{,ed,ing},@stand} at the top of
{sto{od,p,ped,ping},stand{,ing},@sit} there for {an hour,hours,ages,a long time,a while}
{me quede,estuve} {una hora,horas,mucho rato,un buen rato}
{tok,take{,n}} my shoes of
{go,going} back there {in the evenings,@nightly,every evening,most nights,alone}
{just,} loking down {|,at the {drop,ground,road,cars,water,tracks,stret}}
{a gap,no one around,nobody around,nobody about} {around,at,betwen,after} {midnight,1am,2am,3am,4am,night}
waiting for the {barier{,s},train} to come down
how {cold,dep} the water would {be,fel} !{in,for,at,on,this,today,tomorow}
{work{,ed,ing}} up the {courage,nerve} !{to,for}
@sit on the {wal,edge,ledge,railing,parapet} with my legs {over,dangling}
@sit on the {wal,edge,railing,parapet,ledge} ~~12 {this wek is the one,tonight is the night,its time,im ready} |`,
  // Not eating or drinking, and not wanting to be saved.
  stopIntake: `
{stop{,ped},not} {drinking water,drinking anything,eating}
@not {eaten,had anything to eat} {in,for} ~1 days
@not had {water,anything to drink} {in,for} ~1 days`,
  // Days without food, counted.
  fasted: `
{eaten,had} nothing {in,for} {,over} {five,six,seven,eight,nine,ten,eleven,twe{lve,nty},fourten} days
havent {eaten,had} {anything,anything | water} {in,for} @many days`,
  // Too much of a drug at once.
  tooMuch: `
@took a handful
{throwing up,vomiting,being sick} blod after drinking
{using,on,doing} {meth,sped,coke,crack} for {a wek,days,thre days}
{tok,taken,done,had,did} {a load of,loads of,to much,a lot of,a bunch of} {mdma,ecstasy,cocaine,ket{,amine},sped,moly,pils}
@drank {mouthwash,hand {saniti{ser,zer},gel},rubing alcohol,surgical spirit,meths,methylated spirits}
{used,tok,taken,injected,did,had} a {much,way,lot} {biger,larger} {amount,dose,hit,shot}
{mix{ed,ing},tok,taken} {my,} {benzos,xanax,diazepam,valium,sleping pils,@pills} {with,and} {a lot of,loads of,to much,a botle of,} {wine,vodka,alcohol,boze,drink}
{tak{en,ing},tok,using} double @my {methadone,dose,prescription,@pills,subutex}
{stuf,pils,something} {my mate,a friend,someone,a guy,@they} gave me
after drinking {al night,al day,for hours}`,
  // Days without sleep, or feeling unstoppable: with a reckless plan, mania in danger.
  sleepless: `
{@not,@barely} slept {in,for} {@few,five,six,seve{n,ral},a few,3,4,5,6,7} {days,nights}
@felt {invincible,unstopable,untouchable,like {a,im} god,like i cant die,like im on a mision from god}
me siento {invencible,inmortal}
{awake,up} for {@few,five,six,several,a few,3,4,5,6,7} {days,nights} !{with,because,{,loking} after,caring,feding}`,
  reckless: `
@gave away {al,} my {savings,money}
{hamer,knife,machete,bat} by the dor
conduje ~6 {a toda velocidad,a 200,con los ojos cerados}
{@drive,rid{e,ing}} !{the,@our,us,@them,people,@their} ~8 {at top sped,at ful sped,flat out,as fast as {the car,it,i} can go,at {a,} hundred {,miles an hour,mph}}
{to prove {i,that i} cant {die,be hurt,get hurt},because i {can fly,cant die}}
{spent,blown,blew} {al,} @our {savings,money} on
{fel{,t}} like i can fly
prove i can {walk,run,drive} {acros,on,along} the {motorway,highway,tracks,railway}
{boked,bought,spent} ~8 {money,cash} i {dont have,havent got}
i {can,could} fly if i {jump{,ed}}
mision from god ~~6 {prove,@must}
prime minister ~~6 whatever it takes`,
  // Heavy drinking, and a fit on stopping.
  heavyDrinking: `
{@drinking,drank} {a,one,two,thre,a whole} {litre{,s},botle{,s}} {,of {vodka,gin,whisk{ey,y},rum,spirits}} {a day,@daily}
{ben,} drinking {since yesterday,for {@few,five,several,a few} days,al {night,wekend},nonstop,non stop}`,
  withdrawalFit: `
{seing things,halucinating,shaking and sweating} ~~8 {stoping,stoped,quit{,ting}} drinking
{tried to,try to,try and,tried and} stop ~6 {had,@got,get} {a fit,a seizure,fits,seizures,the dts,dts}
{had,having} {some kind of,a} {fit,seizure}`,
  // Seeing or hearing what is not there.
  unreal: `
{started,ben} {seing,hearing} things
{se{,ing},hear{,ing}} things that arent there`,
  noRescue: `
dont want to be {rescued,saved,found}
im just waiting {now,for it,for the end}
until {i die,it stops,its over}`,
  // Dead inside, and finishing the job.
  deadInside: `
{{already,} dead inside,a ghost already}`,
  finishIt: `
{finish{,ed,ing}} the job !{hunt,search,aplication{,s},interview{,s},@prep,today,this wek,on time}
wouldnt make {much,any} diference`,
  // Rope kept, and knots practised.
  rope: `
{a length of rope,rope in my,the rope,some rope,@a rope in the {loft,atic,garage,shed,wardrobe,cupboard}}
{loft,atic,garage} with @a {belt,cable,extension {cable,lead},dresing gown cord}`,
  knots: `
{tying,tie{,d}} {knots,a knot}
{@chose,found} @a {tre,beam,branch,hok}
knots from a video`,
  cover: `
told {the guy,@them,the man,the woman,the cashier,everyone} it was for
told {@them,everyone} they {were,are} {old,vitamins,for}
{told,tel} @them {i was,im} {fixing,loking for,just geting,sorting,checking}`,
  // Revenge, and a weapon at hand.
  revenge: `
make {@them,{@them,} al,everyone,those people,{the people,the ones,everyone,those,the kids,the girls,the boys,the lads} who {hurt,bulied,betrayed,abused} me} {pay,sufer}
{get{,ting},tak{e,ing}} {revenge,my revenge}
{get{,ting},got} back at @them
{pay,sufer} for what @they {did,has done,have done}
punish {the people,everyone,the ones,those} who {hurt,bulied} me
{planing,plan{,ned}} how to @hurt @them`,
  weapon: `
{@got,bought,cary{,ing},kep} a {knife,gun,blade,bat,machete,hamer,crowbar}
{@got,taken,tok,borowed,found,grab{,bed}} {@my,his,my dads,my fathers,my brothers,my uncles} {@gun,revolver,handgun}
{has,owns} a @gun
{sharpen{,ed,ing}} a {knife,blade,machete}
{where,how} to {buy,get,get hold of} a {gun,pistol,handgun,firearm}
{bring{,ing},tak{e,ing}} something {to work,to schol,in with me}`,
  // Things promised to friends, said as if in jest: someone else is the subject, so a sign of its own.
  giveaway: `
@gave away {most of,al of,al,half of} my {@stuf,belongings,posesions}
@give {my,al my} ~5 away
i {think,fel,know} its time !{to,for,i,we,that,when}
{@they can,to} have my {car,@stuf,records,record colection,guitar,bike,boks,clothes,flat,jewel{ery,ry},plants}
{{doesnt,dont} know,realised} i {mean{,t}} it
@gave my {litle,younger,} {@sibling,@child,nephew,niece} my {favourite,} {games console,console,playstation,xbox,phone,guitar,bike,necklace,watch,ring}`,
  // Someone close to them at risk now (a parent writing about a teenager): crisis lines first.
  closeAtRisk: `
@threatens to {shot,hang} @himself
found @a {rope,nose} ~~6 @notes
{tiene,esconde,guarda} una cuerda !{de,para,nueva,larga}
ha dejado de comer ~~16 testamento
{pistola,escopeta} ~~16 {va a {matar{la,lo,los,nos},matarse},primero {ela,el} y}
{stop{ed,ped},not} eating ~~12 made @their peace
sabe como hacerlo ~~12 espera a que {nos vayamos,me vaya,se vayan,se duerman,no haya nadie} !{{,a dormir} para}
se {despid{e,io}} {de todos !{porque,en la reunion,en la fiesta,en el trabajo,en la oficina},y que lo siento por todo,y lo siento por todo,pidiendo perdon por todo} ~~12 no {contesta,coge,responde} {el,al} {telefono,movil}
@shes {taken,swalowed} al @his @medicines
locked @themselves in ~4 with {a,@my,@his} {@blade,@pills,rope}
said godbye ~~12 {like it was forever,@forever} !{when,because,as,after,before} ~~12 @noanswer
{taken,tok} something !{for} ~~12 {wont,cant,doesnt} wake up !{before,@until,early,on time,in time}
{ha tomado,se tomo} algo ~~12 no {responde,reaciona,se despierta}
{mensaje,whatsap,carta,nota,foto,audio,video} ~8 {diciendo adios,despidiendose,de despedida,hasta siempre} !{a {mis,mi,los,el} {companeros,equipo,jef{a,e},clientes,alumnos}} ~~12 no {me {contesta,responde},{contesta,responde,coge} {el telefono,al telefono,las lamadas,mis lamadas,el movil}}
{@lookafter,fed} {,my} {dog,cat,kids,plants,mum,mom} ~~12 {@noanswer,cant reach @them}
{cuida{,d}} de {mama,papa,mi madre,mi padre,tu madre,tu padre} ~~12 {no se donde esta,no contesta,no coge,apagado}
search history ~~10 how to {hang,kil} yourself
{photo,pic{,ture}} of @his {wrists !{covered,in,with},cuts,bleding arm,arm bleding}
{@texted,sent} me godbye ~~8 answering
said godbye ~~10 {weird,strange,od,funy} ~~14 @noanswer
posted ~4 sory for everything ~~16 @noanswer
@hes on the {rof,bridge,ledge} ~~16 @noanswer
{@texted,sent,wrote} {me,us,the family} ~~10 {sory,loves me,love you,loves us} ~~10 {sory,loves me,love you,loves us} ~~10 @noanswer
@shes taken al @his ~2 @pills
!{team,we,company} {posted,sent,texted,wrote} ~8 {a godbye,se you on the other side} ~~12 @noanswer
{posted,sent,texted} {,me,us} a {photo,pic{,ture}} of ~4 {@pills,rope,nose,knife,bridge,@gun} ~~16 @noanswer !{because,as,now because}
@gun ~~16 {not to,dont} folow {@him,me}
{@told,texted} {,that} {hes,shes,theyre} done !{with,for,at,working,playing} ~~20 {gone quiet,rom is empty,not answering,isnt answering,phone is of,phones of,no one has sen @him}
{posted,@texted,sent,wrote} {,me,us} @farewell ~~16 {@noanswer,location,dor is locked,dors locked,dor locked,wont open the dor,wont open his dor,wont open her dor}
{thank you,thanks} for everything ~~16 dor{,s} {is,} locked
@our ~2 year old ~~14 @toldme ~6 @they {want{,ed,s}} to {die,kil @themselves,be dead}
@our @close ~12 {has,have,had} {loked up,searched,gogled,ben gogling,ben loking up} {ways,how} to {die,kil @themselves,end it,end @their life}
{@he,and} {has,had} loked up ways
{want{,s}} to be dead by
{cut,carve,get} the devil out
smel of gas !{at} ~~12 @noanswer !@mesages
{bulimic,anorexic,purging} ~~16 {cant stand up,colapsed,fainted,pased out}
{taken,tok} @his ~2 @gun !{to the {range,club,shot,clay shot}} ~~12 @noanswer !{because,as}
{told,tels} ~4 @he has a plan for {the wekend,tonight,@weekday} ~~12 {wont say,wont tel,refuses to say}
{cut{s,ting}} ~~14 going deper @until
{starv{ed,ing}} @himself ~~12 {colapsed,fainted,pased out}
mi {hij{a,o},amig{a,o},herman{a,o},pareja,novi{a,o},madre,padre} ~12 {me dijo,dice,me escribio,{,me} ha dicho,me ha escrito} que {no merece vivir,se va a {cortar las venas,suicidar,matar,pegar un tiro},quiere {morir{,se},matarse,suicidarse},se quiere morir,no quiere vivir,ya no quiere vivir,se quiere matar,se quiere suicidar,piensa {matarse,suicidarse,quitarse la vida},{se quiere,quiere} {ir para siempre !{a,de},desaparecer}}
si {le,lo,la} dejo ~~10 {se matara,se mata,se suicida,se quita la vida,se va a matar,se tira {del,por el} {balcon,puente}}
@their last {mesage,text} {said,was,just said} ~2 @farewell
{told,tels,texted} @his {teacher,friend{,s},mum,mom,dad,@sibling,counselor,coach} @he {wants to,is going to,wil} {kil @himself,die,end it}
{@told,texted,told us,mesaged me} {@hes,she was,he was} going to {take al @his pils,kil @himself,end it,end @his life}
{help{,ing}} @him {go to slep,slep,go,die} @forever
{ben,is,keps,hes,shes} @saving @his @medicines
{threaten{ed,s},keps threatening,says,said} @he {wil{,l},would,shel,hel,is going to} kil @himself !{laughing,if i dont {buy,get,take,bring}}
@toldme {wed,we would,youd,you would,everyone would} {manage,be,cope} {fine,beter,beter of,ok} without @him !{while,@when,once,after} ~~24 @give {away,} @his {tols,@stuf,guitar,watch,clothes,bike,car,records,games,boks,fishing}
{crying,sobing} ~~14 {at,on} the {station,platform,bridge,tracks} !{because,after,as,since,waiting} ~~20 @noanswer
{refus{es,ing},stoped taking,stoped,wont take} @his {insulin,heart tablets,dialysis,@meds,tablets,pils} ~~20 no point {draging it out,living,in living,staying alive,going on living,carying on living}
@close ~~10 {post{ed,ing,s}} ~~6 black {scren{,s}} !{teasing,for,to,as,promoting,about} ~~12 son
{search{ed,ing},@lookedup} {for,} painles {way{,s},methods} !{to {quit,stop,lose,learn,get,fix,make}}
{sorted,aranged,planed} ~1 @his {funeral,funeral plan} !{after,since,because,plan} ~~20 forgive @him
@dont have to put up with @them ~~12 {not leaving,isnt leaving,not retiring,isnt retiring}
more use out of {the{m,se},it,this} than {me,@him,i wil,il} {son,where im going}
sory for everything ~~12 @lookafter {mum,mom,dad,@our,the,@him}
@gave {away,} @his ~~24 {doesnt mater now,doesnt mater anymore,wont ned @it}
{god,the devil,satan,an angel,the voices,a voice} {wants,told,tels,is teling,keps teling} @him to {give {@him,the baby} back,@hurt,sacrifice,drown,harm,punish,smother}
{ha regalado,regalo} {su,sus} ~~12 no {contesta,responde,coge,abre} !{coreos,emails,los coreos}
{@close,mate{,s},friends,brothers,dads,husbands,sons} {,has} {ben,kep{s,t}} talking about @his @gun !{club,range,competition{,s},colection,licence} ~~16 {since,left,stoped,died,lost,funeral}
{gone quiet,@noanswer} ~~12 se you {al,} on the other side
tiene un plan para {matarse,suicidarse,quitarse la vida,morir}
tel {the,@our,@his} {@kids,boys,girls} i loved them
{its done,it is done} ~~2 i love you !{al}
being reunited with {@his,my} {late,dead} {@spouse,@child,mum,dad}
{dice que,ha dicho que,amenaza con} {va a saltar,saltar,tirarse} {por,desde} {la ventana,el balcon}`,
  // Watching the traffic or the trains go under a bridge, for a long time.
  watchTraffic: `
{@stare,watch{,ed,ing}} at the {lories,tra{fic,ins},cars,drop} {for ages,for hours,for a long time,for a while,go past,go under}
@stare {at,down at} the {motorway,railway,lories,tra{fic,ins},river,water} ~4 {every evening,every night,every morning,every day,for hours,for ages}`,
  // Charcoal with the alarm silenced: a plan told by its shopping.
  charcoal: `
{bought,buying,@got,picked up} {,some,a bag of,a bag of the} charcoal
{compre,he comprado,tengo} carbon`,
  alarmOff: `
{@take,taken,removed} the bater* out of the {smoke,carbon monoxide,co,fire} alarm
not {planing,having,doing} a {barbecue,bq}
{tap{e,ed,ing},seal{,ed,ing}} {up,} the ~1 {windows,dor{,s},vents,gaps}
{he tapado,tap{ar,e},sele,he selado} {las rendijas,la puerta,las ventanas,la ventana}`,
  // Where the person who hurt them can be found: with revenge or a weapon, a plan to harm.
  whereabouts: `
{know,found out,@workedout} where ~6 {live{,s},parks,works,sleps,drinks}
@their {adres{,es}}
{started,ben,kep} {folowing,stalking} {@him,them,my {neighbo{r,ur},ex,bos}}`,
  // An eating disorder's behaviour beside a body in danger: crisis, not therapy.
  edBehaviour: `
stoped {eating and drinking,drinking and eating}
{eat{,en,ing}} almost nothing
{dont,only,barely} eat{,ing} {more than,} {an aple,a piece of fruit,a yoghurt,a cracker,a rice cake} a day
{purg{e,ed,ing},making myself sick,make myself sick,made myself sick,taking laxatives,abusing laxatives,starving myself,restricting,barely eating,eating nothing,not eating anything}
cant {make,bring} myself {to eat,eat}
@not eaten {properly,anything} {for,in} ~1 {days,@spans,a wek,a month}
stoped eating {@few,five,six,a few,several,to,3,for,5,6,7} {days,weks} ago
{down to,eat{,ing},living on,under,les than} {{1,2,3,4,5,6,7}{00,50},{one,@few,five,six,seven} hundred} {cal{ories,s},kcal} {a day,per day,daily} !{on {,@my} {fast{,ing},diet} days,twice a wek,two days a wek}
my {anorexia,bulimia,eating disorder} {is,s,has come,came} back
{thr{ow,owing},vomit{,ing},being sick} {up,} after {every meal,meals,eating} for {@spans,years}
stoped eating {|,and,altogether,completely}
{had,} no fod for {@few,five,six,seve{n,ral}} days`,
  bodyDanger: `
{lips,fingers} {went,turn{,ed},are,have gone} blue
breathing {is,fels} {realy,very,so,} slow
my {pe,urine,we} is {dark,brown}
{can,could} @barely stand {up,on my fet}
{chest hurts,chest pain,chest pains,palpitations,iregular heartbeat,faint{ed,ing},pased out,pasing out,blacking out,blacked out,colapsed}
{my,@his} heart {is doing {strange,weird} fluters,fels weird,fels funy,fels strange,is skiping,keps skiping,keps flutering,skips,is racing,races,fluters,is flutering,is pounding,pounds,is going {crazy,mad,so fast}} !{with,when i {se,think,talk,met}}
{my,} hair {is faling,faling,keps faling,has ben faling,comes} out
{throwing up,vomiting,sick,purging,coughing up} blod
blod when {im sick,i {throw up,vomit,make myself sick}}
down to {3@digit,4{0,1,2,3,4}} {kilo{grams,s},kg,kgs}
down to {five,six,5,6} stone
down to {7@digit,8@digit,9@digit} {pounds,lbs}
{pes{ar,o}} {3@digit,4{0,1,2,3,4}} {kilos,kg}
{me desmayo,me desmaye,me he desmayado,desmayos,se desmaya,{vomit{e,o},vomitando,vomitar} sangre,me duele el pecho,el corazon me {late raro,va muy rapido,da saltos},se me cae el pelo}
{dizy,light headed,lightheaded} {al the time,every time i stand,whenever i stand,when i stand}
{heart rate,pulse,blod presure,potasium,heartbeat} {is,was,has ben,} {dangerously,realy,very,so,to,woryingly} low
to {dizy,weak} to {stand,walk,get up}
cant fel my {legs,arms,hands,fet,face,body}
my {vision,eyesight} {is,has gone,went,keps going} {blur{red,y},double}
{can barely,cant,strugling to} kep my eyes open
{hard,strugling,dificult} to breathe
{nod{ed,ing},fel,faling} {of,aslep} at the whel
cant stand up without {everything,it} going {black,dark}`,
  edConducta: `
{me provoco el vomito,{vomit{ando,o},dev{olviendo,uelvo}} {despues de,tras} {comer,cada comida,las comidas},laxantes,purgar,purgarme,me purgo,purgo,purgando,atracon,atracones,no como {nada,casi nada},dejo de comer,{he,ha} dejado de comer !{carne,pescado,gluten,azucar,dulces,lacteos,comida,fuera},no he comido {nada,en dias,en una semana}}`,
  // A car ready, and a place nobody goes.
  carReady: `
{fil{,ed}} the car
{petrol,fuel} in the car
{hose{,pipe}} in the {bot,trunk} !{for @my}
{tube,a hose,hosepipe} in my car
{tak{e,ing},driv{e,ing}} the car {out,} {to,into} the {wods,forest} {|,tonight,at night,alone}`,
  undecided: `
{fel{,ing}} {calm{,er},beter,safer} knowing {@its,theyre,they are} there
{havent,not yet} decided {whe{n,re}}
ready {,for} when i {decide,chose} !{to,whe{re,ther},if,on,@which,how,betwen}`,
  chosenPlace: `
{plan{ed,ned},worked out,maped out} @my route to !{work,the ofice,schol,the gym,the start,the finish,the venue}
{@chose,found} @a {spot,place} !{for,to {open,build,put,start,live,run,set up},where i {can,could} {work,write,live,study}}
{went,ben,going} {there,back} ~3 to check`,
  // Been to a place with a drop before, to look.
  scouted: `
{ben,went,gone} {there,} before to {lok,check}`,
  // A last time, decided.
  lastTime: `
{this is,this wil be,its going to be,its} my last {@day,wek{,end},month,christmas,birthday} !{@prep,of,before,on,as,working,to,for}
{@daysoon,today} is the day !{i,we,to,for,of,my,that,when,after,before}
sera mi {ultim{a,o}} {mes,semana,dia,noche,navidad,cumpleanos}`,
  nobodyGoes: `
{where,that} @nobody {goes,comes,would find me}
where @nobody {walks,ever goes,would lok}
{i go,going,il go} there ~3 {when,while} @its quiet |
@nobody {walks,goes,comes} there
{somewhere,a spot,a place} {quiet,out of the way,secluded} to park
{quiet,secluded} {spot,place} to park`,
  // Wishing not to wake, and making sure of it.
  wake: `
wish {i,id} {hadnt,didnt,never} {woke{,n},wake} up
{not,never,@wouldnt} wake up
wake up disapointed
@guted {,that} {im stil here,i {woke up,did}}`,
  makeSure: `
{ways to make sure,how to make sure,make sure i dont,make sure of it}`,
  // Everything prepared, and kept secret.
  ready: `
@got everything ready !{to {,finaly} {write,start,launch,build,begin,open,study,finish,work on}}
everything is ready
its al ready
everything {,is} in place
@got it al planed
{everything planed,everything sorted,made up my mind}
{already,ive} decided
{ive got,i have,i now have} everything i ned !{to,for,now}
made my decision
{the date,a date,the day} {circled,marked,picked,chosen} !{for {@a,@our}}
know what @ill do
im done waiting
{after,by,before} {@occasion,the holidays,the wekend,next wek,the end of the month} {,i think,i gues} @ill be ready !{to,for}
{ya lo tengo todo pensado,lo tengo todo planeado,ya lo tengo decidido,ya lo he decidido}`,
  // Those said goodbye to, who do not know it ("aunque ellos no lo saben"; not "todavía").
  unaware: `
{aunque,pero} {el{a,os},el} no lo sabe{,n} !{todavia,aun}`,
  secret: `
@wont say more
{not teling,havent told,not told} anyone
@nobody knows
dont want anyone to know
{kep{,ing}} it to myself
{told,tel} {my therapist,my doctor,my gp,them,everyone} {im,i was} fine
so @they @wouldnt {section me,wory,find out}
@myspouse {doesnt,dont} know`,
  // —— Signs on their own (first written as regular expressions, then turned into phrases) ——
  notWantingToLive: `
{wouldnt,@dont,not} {get it treated,have it treated,have treatment,fight it,take the treatment,want treatment,geting treatment,having treatment,geting it treated,fighting it} ~~8 {relie{f,ved},let it,let it hapen,glad,fine with,welcome it,welcome}
{thought{,s},think{,ing}} {about,of} not being @here !{{@when,in,to}}
{regret it,be sory,mis me,understand,care} {when,once,after} im {dead,gone}
{just,} waiting to die
{@hoping,praying} {it comes,@its,death comes,i die,it hapens,it ends} son
{want{,ing},like,wish} to stop existing !{on,as,in,like,just,for,only,betwen,around}
{want{,ing},like,wish} to stop being alive
{want{,ing},like,wish} to stop living !{for,like,@prep,on,as,paycheck,@my,out,of,under,through,by,beyond,above,so}
{had enough of,finished with} {@existing,life} !{pay{,check},like,of,beyond,through,@prep,as,on,here,there,under,without,for,from,by}
im going to jump {|,@today,now} !{@prep,on,into,for,from,over,of @a {diving,high} board,rope,out of @a plane}
{nothing,it,things} {wil ever,is ever going to,wil never,never} get @beter ~~4 {im done,i give up,i cant}
@existing {hurts,is to painful,is agony,is unbearable} {to much,|}
@doubt {im,@ill} {going to be,be} @here {much longer,for long,much more,by {christmas,sumer,next year,the end}}
{@nolonger,didnt,not sure i,never} {want,wish,care} {,to} {live,be alive,exist,be here anymore,be here |,wake up,go on,kep living,kep going,continue living}
@living {isnt,aint,is no longer,isnt realy,doesnt fel,dont fel,hasnt ben} worth {living,it,it anymore,the pain,the efort,the strugle} !{to,for,if,when,at,in,on,because}
@living s not worth {living,it}
{any,a,one,single} {,god} reason {to,for} {kep living,liv{e,ing},go on,going on,stay alive,be alive,stay,kep going} !{@prep,to}
disapointed {that,when,to} {i woke up,i wake up,wake up,im stil here,im stil alive,i survived} !{late,@timing,tired}
{say{,ing},said} if im stil @here about {everything,al my plans,the future,next year,anything}
nothing {keping,to kep} me {going,here,alive} !@prep
why {,should i,i should} {,even} bother {geting up,waking up,living,staying alive,going on,carying on} !{@timing,with}
how {quick,easy,fast} it would be to {step,walk,jump} {out,in front}
{no,not any,nothing,zero} {reason{,s},point} {,in,to,of,for me to,for me in} {,me} {liv{e,ing},go on,going on,being alive,be alive,kep going,kep living,cary on,stay,being here,sticking around,staying around,being around} !{about,@prep {this,that,@my} {job,company,role,team,firm,ofice,city,town,course,carer,schol,relationship,mariage},at work}
whats the point {of,in} {life,anything}
{@nolonger,cant,not} {,realy,even,honestly} se {@a,any} point {of,in,to} {@living,being alive,{going on,carying on,staying,being here,sticking around,staying around,being around} !{@prep,on,as}}
{no,not any,zero} reason {for me,} to be here {|,@anymore}
lost {the,al} {wil,reason,point} {to,of,in} {liv{e,ing},go on,going on}
{tired,sick,exhausted} of {@existing,life} !{pay{,check},@prep,on,under,here,there,like,out,from,by,month,wek,alone,this way,as,for}
@aslep {,and,forever and} {not,never} {,have to} wake up
{@imagine,@fantasise about} ~10 {me not surviving,not surviving,me dying,i die,i dont survive,i wouldnt survive}
{relief,peaceful,@beter,nice,simpler} to {,just} {not exist,not be here,not be alive,be dead,die,stop existing,not wake up}
{@beter,simpler,a relief,more peaceful} {,for everyone} {to be gone,if i was gone,if i were gone,if i wasnt here,if i werent here,if i wasnt around,if i werent around,if i wasnt alive,if i was dead,if i were dead} !{@when,from,by,until,before,while,in,this,next,to,@my,al,so,as,much,more,people}
@nobody {@would,is going to} {,eve{n,r},realy} mis me {|,if,when,at al}
cant {kep,go on,cary on} @existing !{pay{,check},like,@prep,on,under,of,from,out,for,as,by,without,through,this way,my}
cant do this @anymore {|} !{{i,we} {ned,want,would like} {a,to},help me,how do i}
dont want to be here any more
{im,fel like} a waste of {space,oxygen,air,skin,a life}
{@everybody,they al,people} hate{,s} me ~~6 should {go,disapear,die,just go,leave for god}
nothing left for me {|,anymore,in this world,in life,here |}
@dontcant se {a,any} future for {me,myself} {|,anymore}
{plan{ing,ned,ning}} my {death,suicide,own death}
{wish{,ing},@hoping,want,pray{,ing},rather} ~6 {not,never,wouldnt,@dont,didnt} {,to} wake up !{{@timing,so early,to early,in the night,during the night,at night,tired,grogy,with,again at,feling,late,on time,in a panic,anxious,stresed,in a sweat}}
{have,let} {@itall,it,al of {it,this}} {,al} be over
close my eyes ~~8 {be over,never open,not open,not wake,@forever}
@whodied ~~6 {envy,jealous}
{envy,jealous of} ~6 @whodied
@woke up @guted {,that} i did
had enough of {this,the} world !{of}
{angry,guted} {@they,someone} saved me !{@a,an,some,money,time}
{mixed,tok,downed} ~6 to se if @id {wake up,survive}
if i disapeared tonight
rather be in the ground
whats the point of me !{going,trying,doing,aplying,learning,working}
plan ~8 {isnt,not} @being !{@when,in,with,but}
obituaries ~~12 {jealous,envious} of them
made up my mind ~3 @wont be @here`,
  burden: `
{@hapier,easier for everyone} if i {,just} {@wasnt,was gone,were gone,wasnt around,died,fel aslep and {that was it,never woke up,didnt wake up}} !{{there,@around,in} {@when,in,every,al,today,tomorow}}
if i @wasnt @here anymore
{im,fel like,being} {,just} {a,such a} burden !{at work,to my team,on my team,on the team,at schol,in clas,in metings,at the ofice}
burden {to,on} {@everybody,my family,others,the people}
{waiting for,want{,s}} me to {disapear,die,be gone,kil myself}
{want{,s}} me {gone,dead}
{@nobody,no body} {@would,could} {,eve{n,r},realy,actualy} {mis,notice,care} ~4 {gone,dead,died,die,disapeared,not here,{walk{,ed},swam,drove} into the {@water,trafic,canal}}
beter of without {a,an,someone} ~1 like me
be {@ok,beter,@hapier} if i {disapeared,vanished,was gone,were gone,wasnt here,wasnt around,died,just disapeared} !{for,on,to,from,into,of}
{@theyall,@myfamily,the kids} would {cope,be fine,manage,get over it,move on} ~~6 {relie{f,ved},@hapier,easier}
{soy,ser} una carga para {todos,mi familia,mis hijos,los demas}
@dont have to put up with me {much,for much} longer`,
  planOrMeans: `
{helium,nitrogen} !{balon{,s}} ~~12 {buy,order,get hold of,without anyone,hod,mask}
{pumped my stomach,had my stomach pumped,stomach was pumped}
{practis*,rehears*} ~4 my note |
let {@few,several,@many} trains {go,pas} {,past,by} {|,already}
@write leters ~~10 ready to go {|,tonight}
{he buscado,bus{cando,co,que}} ~3 cuantas {pastilas,pildoras} ~3 {hacen falta,necesito,harian falta}
{one,two,a few} more ~2 {pil,pils,tablet{,s}} than {the night before,yesterday,last night,the day before,last time}
{envelope,folder,box} {marked,label{ed,led}} {after |,for after,when im gone}
one way ticket ~~14 not {bringing,taking} a coat
{fast trains,train comes,trains come,the edge,the yelow line} ~~14 force myself to step back !{and}
{rope,beam,hok,ban{ister,nister}} ~6 {hold{,s},take{,s},suport{,s}} {a persons,my,a bodys,someones} weight
{sorted,rehomed,found a home for} ~3 @pet ~~16 {it,nothing} wont mater !{if}
{sold,seling,@gave} ~~14 @dont ned {money,any money} where im going
@which {train lines,stations,platforms} dont have {bariers,gates,screns} !{wide,for,that,big,with}
{@take,swalow{,ing}} {al,every one} {,of} {@my,those} {pils,meds,tablets} !@dosing
enough {@pills,sleping pils}
how many {,of} {,my,the{,se},those} {,sleping} @pills
{bought,buy{,ing},got} {,a,some} {rope,nose} !{swing,lader,light,lights,for {@our,@a} {climbing,sailing,boat,camping,tent,garden,swing,tre swing,dog,gym,course,kids,caving,abseiling,washing line,lights,decorations,tre,stage,set,display}}
{painles,quickest,easiest,fastest,best} {way{,s}} to {go,die,do it,end}
{how,when} {im going to,{i,id} {@would,could}} do it
@swallow{,ed} {everything,al} in the {,medicine} cabinet
bled out
@pills i {was,had ben,have ben,ve ben} {hiding,hoarding,saving,stashing}
@medicines {saved,sto{ckpiled,red},hiden,stashed,set aside}
@medicines ready !{to colect,for {colection,pickup,pick up,me to colect},at @my {pharmacy,chemist},when i decide {@whether,to}}
@setaside {,some,a few} @medicines aside
{put{,ting},set{,ting}} {aside,away} ~4 @medsall !{for {@my,a} {trip,holiday,travel,journey}}
{colection,pile,stash,stockpile,hoard} of @medicines ~4 {shoebox,shoe box,drawer,wardrobe,hiden,under my bed,sock,box}
{step{,ing,ped},jump{,ing},walk{,ing},throw myself,throwing myself,lie down,lying down,driv{e,ing}} {,of the kerb,of the curb} {in front of,infront of,under,into} {@a,oncoming} {@vehicle,tra{fic,m}}
blow my brains
suck {,on} {a,@my} {barel,gun,shotgun,pistol}
{eat{,ing},ate} {a,@my} {gun,bulet,shotgun}
{sli{ce,t},cut,slash,open}{,ing} {my,both} {wrist{,s},throat,veins}
suicide @leter
godbye {@leter,notes,leters,mesage{,s},text{,s},email{,s},video{,s}} !{to {@our,the} {coleagues,@team,customers,staf,co workers,volunters,patients},for {@our,the} {coleagues,team,clients,students,clas,customers,leaving}}
final godbye
{said,saying} my godbyes !{to {@our,the} {,old} {@team,coleagues,ofice,job}}
giv{e,ing,en} away {my,al my} {@stuf,belongings,posesions,pets}
giv{e,ing,en} {,al} {my,of my} {@stuf,belongings,posesions,pets} away
{@take,swalow{,ing},inject{,ing},down{,ing}} {everything,@it,those,these,al of @it} al at once
so {my family,@theyall,my {kids,parents,@spouse}} {wont,wil not} be {surprised,shocked}
{@wouldnt,doesnt,wil not} mater when im {not in it,gone,not here,not around}
{@workedout,decided,@chose} {@which,the} {bridge,building,clif,method,spot}
{wrote,writ{e,en,ing},plan{,ed,ing}} my {,own} {eulogy,obituary,funeral} !{as {an,a} {exercise,coaching exercise,values exercise},for {a,@my} {course,clas,workshop,exercise}}
{@wont,wil not} be {any{bodys,ones},your,their,everyones} {problem,burden}
{second,another,third,extra,one more} @packet of @medicines
{stop{ed,ing,s},kep{ing,s,t},holding} me {,back} from {ending it,ending my life,kiling myself,doing it,going through with it,acting on}
{know,knew,decided,planed,@workedout} {how,whe{n,re}} {i,@id,i wil,im going to,to} {do,end} it
{@chose,set,decided on} @a date !{for,to,with,of}
{@got,made,set,picked} {a,my} plan and @a {date,time,method} !{for,to,of,with,when,on}
{@beter,simpler} {to,if i} {,just} {not be,didnt exist,wasnt here,not exist} !{@a,an,so,as,in,involved,part,on,at}
who {should,@would,is going to,gets to} {get,have,take,lok after,care for,fed} @my {@pet,pet{,s},@stuf,@kids} !{while,when im away,during,for the,next,this,on}
{@pills,medication,botle} ~~20 @swallow {the{m,se},it,those} al
{crash{,ed,ing},driv{e,ing},swerv{e,ing},wreck{,ing}} ~8 on purpose
engine {on,runing} ~~10 {garage,dor closed,dors shut,windows up}
{garage,dor closed,dors shut} ~~10 engine {on,runing}
@notes to {,my} {@folks,parents,mom,dad,@child} ~8 {why i {had to go,did it,couldnt stay,couldnt go on,left them},godbye,sory,had to go}
@lookedup ~3 {overdose{,s},lethal dose{,s},lethal}
lethal dose
{kep{,ing},kept,hid{,den,e},bought} {the,some,a botle of} {@poison,wedkiler,rat poison} {in my rom,under my bed,in my car,in my bag,by my bed}
@might {lok,sem,pas} {like,as} an acident
{know{,s},@workedout,found out} {,exactly} {@which,how much} {dose,amount} {@would,could,is enough to} {do it,kil,be enough,end it}
{@pills,razor{,s},blade{,s}} ~3 {lined up,laid out,counted out,al set out}
my head ~4 with a @gun
{@notes,mesage{,s},video} ~8 saying godbye
saying {,my} godbye{,s} to {@everybody,my {@household,friends,parents}}
@stand ~5 {top,edge} of ~7 loking down
voice{,s} ~3 {tel{,s,ling},told,say{,s,ing},comand{,ing}} ~3 {,me} to {@hurt,harm,stab,jump,die,end}
{@drinking,drunk,pils} ~8 {courage,nerve,guts} to {,finaly} {do,go through with} it
{,just} {not turn,not brake,let go of the {,stering} whel,kep driving straight} ~8 {bend,curve,corner,bridge,river,clif,wal,tre,trafic,edge}
how many !{sesions,calories,steps,hours,days,@spans,years,people,clients,customers,sales,miles,reps,words,pages,times,aplications,interviews} ~7 {it would take,would it take,it takes to,to die,would kil,is lethal,is fatal,to overdose}
how many {paracetamol,tylenol,ibuprofen,aspirin,advil,xanax,insulin}
@payout ~10 beter of
beter of ~10 @payout
@swallow ~2 {whole,entire,ful} {pack{,et},botle,box,strip,blister}
@lookedup ~5 {med{ications,s},pils,drugs,tablets} ~5 {dangerous,lethal,fatal,deadly}
with {@my,a} {@blade,pils,rope} ~~5 {count{,ing},wait{,ing},star{e,ing}}
{tok,gave,rehomed,left} ~5 {dog,cat,pet{,s}} ~8 for god
how dep ~5 {enough,to cut,would it take}
{ghost,gone,dead} ~~10 {make,made} it oficial
@nobody ~8 notice ~8 if {something,anything} {hapen{ed,s}} to me
gas on ~~8 {slep,bed,hoping}
{text,mesage,@leter,email,video} ~8 {send,leave,give} ~5 before i go
godbye ~~15 {doesnt,@dont,didnt} {know,understand,reali{se,ze}} {what,why} i
{tie{,d},tying} ~5 {belt,cord,cable,scarf,rope,shet,tie} ~8 {dor,wardrobe,banister,beam,rail,hok,pipe}
{belt,cord,ligature,scarf} ~~12 {dor hinge,hinge,banister,loft hatch,top of the dor}
{clif{,s},clif edge,bridge,train tracks,railway,quary,dam} ~~15 {deciding,decide whether,make up my mind,work{,ed,ing} up the {courage,nerve} {|,to do it,to jump,to go through with it,to step of,to go over}}
{kep,kept,cary{,ing},have,hid{e,ing}} ~3 {razor{,s},blade{,s},pils,rope,gun,knife} ~8 {just in case,in case {i,@today,it},for when}
slep ~7 {,and} {not,never} {com{e,ing}} back
{swim{,ing},swam} out ~~10 {stop swiming,not come back,never come back,go under,sink,drown}
just stop swiming
{@sit,lay,lying,laid} ~8 with {@my,a} {@blade,pils,rope,gun}
{bath{,tub},tub} ~10 {razor,blade{,s}}
{razor,blade} ~8 {bath{,tub},tub}
bridge ~~15 {slow down,slowing down,lok down,loking down,stop the car,pul over,lean over,climb over}
{want{,ed,s},urge{,s},tempted,@thinkabout} ~3 {to crash,to wreck,to rol,crashing,wrecking} @my {car,truck,motorbike,bike,van}
{@stood,step{,ping},lean{,ing},walk{,ing}} ~7 {platform edge,edge of the platform,onto the tracks,on the tracks,train tracks,railway line}
{hang{,ing}} @self
nose {around,for,ready}
{tie{,d},made} a nose
nose ~~40 {neck,hang,rope,ready,tie{,d},beam,closet}
!{died of an,died from an,died of,died from,death from an,death by,@their,after his,after her,after their,lost @them to an,{@kin,friend,father,mother,partner,cousin,uncle,aunt,nephew,niece,grand{daughter,son}} to an,@they,friend*,brother*,sister*,son*,daughter*,mum*,mom*,dad*,father*,mother*,husband*,wife*,partner*,cousin*,uncle*,aunt*} {overdos{e,ed,ing},over dose,over dosed,over dosing} !{on {cofe,cafeine,sugar,chocolate,deadlines,work,metings,netflix}}
{stockpil{e,ed,ing},hoard{,ed,ing},saving up,save up,saved up,colect{,ed,ing},stash{,ed,ing}} ~2 {,slep{,ing},pain,heart} @medicines !{from,at,on @my way,today,this morning}
{@drive,crash{,ing},ster{,ing},swerv{e,ing}} {,my car,the car,my truck} {into,of} {,@a} {wal{,s},tre{,s},bridge,road,clif,truck,lor{y,ies},trafic,oncoming,barier,guardrail,guard rail,pole,river,lake,median,central reservation}
{@took,downed} {,about,around,like,nearly,over,maybe,almost,at least} {ten,twelve,fiften,twenty,thirty,forty,fifty,sixty,a hundred,{1,2,3,4,5,6,7,8,9}@digit*} {,of} {,@my,@his} {,sleping} @medicines !{{over,in,acros,during} @a {last,past,} {wek{,s},month{,s},year},a {day,wek,month}}
{ster{,ing},swerv{e,ing},crash{,ing},plo{ugh{,ing},w,wing}} {,my car,the car,my truck} through @a {barier{,s},railing{,s},guardrail,guard rail,central reservation,fence}
{@stood,sat,siting} {on,at} {,the} ~1 {edge,ledge,rof{,top},bridge,balcony,railing} !{of {a,@my} {carer,change,decision,new,comfort,stage,pol,field,pitch,court}}
{@write,posted,sent} {leters,notes} to {@everybody,al of them,each of them,the people i love,everyone i love} !{who,tha{nking,t},on,in,at,for,about,asking,inviting,@ive,i met,i know,i worked}
!{ceo,@boss,founder,coleague,coach} {@write,left} {a,my} {,final,last,godbye} @leter !{to {myself,my self,my future self,future me,remind,@my {@boss,coleague,team,client},@boss,coleague,team,client},~4 to {thank,say thank you,apologi{se,ze},congratulate,invite,ask}}
{gun,pistol,rifle,@blade,rope} ~~12 {on,against,to,at} {myself,my self,my {head,wrist{,s},throat,neck,chest}}
{@take,swalow{,ed,ing},downed} {a {bunch,lot,whole lot,handful,load,whole botle,botle,box},al {,of} @my,to many,loads} {,of} {,@my,@their} ~1 {@pills,ibuprofen,paracetamol} !{@dosing,for {@my,a} {back,head{,ache},migraine,period,cramps,kne}}
in case i {,decide to,want to,ever} {end it,end things,end my,kil*,die,go through with}
{jump{,ed,ing}} {of,from} {,a,@my} {bridge,building,rof,clif,balcony,tower,overpas,window,parking garage,garage,car park,parking structure}
{sho{ot,oting,t},stab{,bed,bing},electrocut*,poison*,drown*,sufocat*,strangl*,set fire to,seting fire to,set{,ting},light{,ing}} @self !{up,a goal,goals,fre,apart,on a,on the,up for,in the fot,in {work,my work,projects,tasks,boks,cofe,paperwork,emails,busywork}}
{@gun,revolver,barel,45,9m,glock} ~~6 {at,to,in,against,under} my {head,throat,temple,mouth,chin}
{pul{,ed,ing,s}} the triger ~~6 {at,to,in,against,under} my {head,throat,temple,mouth,chin}
{at,to,against,under} my {head,throat,temple,chin} ~~4 pul{,ed,ing} the triger
{jump,run{,ning},walk,step{,ping},throw myself} {in to,into,in front of,infront of,out in front of} {,@a} {trafic,train{,s},oncoming,one}
@dont ned {@it,these,those,any of {@it,this},my ~1} {where im going,for much longer,after {this,im gone}}
if my heart {,just} {stop{ped,s},would stop}
do something to @self
{last,final} {tidy up,tidyup}
said sory to everyone
when {shes,hes,theyre,its,@they,it} {,is,are} gone {im,i wil be,il be,so am i}
only {thing,reason,one,person} {keping,holding} me {@here,going} !{{is,are} {@my,a,this} {job,pension,contract,salary,money,mortgage,visa,lease,cofe,payche{ck,que},bonus,team,work,project,course,degre}}
{step{,ped,ping},throw myself,throwing myself,go} {of,from} {@my,a} @highplace
!{are,is,were,was,ben,numbers,sales,prices} fal{,ing} {of,from} {@my,a} @highplace
want {@my,this} pain to {end,stop} {|,and i,@forever,now}
so {,that} {everything,it,the pain,al of it,al of this,this,the noise} {,al} {stops,ends,would stop,would end,is over,wil stop,wil end} |
{told,show{,ed,ing},tel{,ing}} ~4 where {my wil,my pasw*,the pasw*,my papers,the papers,everything important} ~3 {is,are}
{bought,@got,buying,get} {,a} {rope,gun,pils,razor,blade{,s}} {to,so i can,and} {kil*,end*,hang*,die*,hurt*,cut*}
{i have,i now have,got} the means !{to {pay,buy,aford,start,travel,retire,move,study,take,leave,go}}
i know how !{to} ~~6 @got {what,everything} i ned
{beam{,s},rafter{,s},banister,branch,loft hatch} {is,are,would be} strong enough {|,to hold me,to take my weight,for me}
{bank details,paswords} and @my wil !{template}
im {on,up on} the rof of !{the world}
{tonight,last night} i {cleaned,loaded} my @gun
{low tide,high tide,tide times} ~~12 {nobodys,nobody,no one} {around,about}
{col{ected,lecting},@saving} ~2 blister packs !{for,to}
{lost everything,nothing left} ~~16 {when,how} {il,i wil} {finish it,end it,do it}
asking {for,about} the least painful way
@got enough {,now} to {not,never} wake up
one way {ticket,train ticket} ~~10 {rope,@medicines}
{filing,filed} a {botle,jar} with {al my,my} ~2 {prescriptions,@medicines}
estoy en {la azotea,el tejado,la cornisa} ~~10 {no se por que,no se que hago,adios,ya no}
@drinking until ~~8 {not,never,dont} wake up !{@until,before}
{everything is,its al} {aranged,sorted,organised} ~~16 @wouldnt be @here
{me subi,me he subido,subirme,estaba subid{a,o}} {a,en} la barandila {del puente,del balcon,de la azotea,del viaducto}
{swerv{e,ed,ing}} {towards,toward} {lories,a lory,the lories,oncoming trafic,trucks,a truck}
{al perro,al gato,a mi perro,a mi gato} ~~10 no creo que vuelva`,
  selfInjury: `
{hold{,ing},held} my breath ~~10 {pas{,ed},black{,ed}} out
cut !{out,down,back,sugar,carbs,costs,calories,alcohol,weight,my hours,spending} ~~8 {started,start{ing,ed}} on my @bodypart
{self harm*,selfharm*,cuting,hurting myself} ~~10 urge{,s} {,are,have} {back,again,come back,came back}
me {he hecho,hice,hago} {cortes,heridas,quemaduras} {,muy} {profund{as,os},en los brazos,en las piernas,otra vez}
{hit{,ting},bang{,ed,ing},smash{,ing},slam{,med,ming}} my head {against,on,into} @a {wal,dor,flor,desk} @until {i fel dizy,i get dizy,it bleds,i bled,{i,it} bled,i se stars,it bruises,i bruise,it hurts,i get a nosebled,my nose bleds,i pas out,i pased out,i black out}
{corta{ndome,rme},me corto,me corte,me he cortado,he me cortado,me sigo cortando,me estoy cortando,quemandome,me quemo,me golpeo} {@extrem,la piel,a escondidas}
{me sigo cortando,me estoy cortando,he estado cortandome,volvi a cortarme,me volvi a cortar,me he vuelto a cortar,me vuelvo a cortar} !{@pelo,con el papel,cocinando,el dedo}
{scratch{ed,ing},carv{ed,ing},cut{,ting}} ~3 into my @bodypart
{kep,kept,cary,hid{den,e}} a {razor blade,blade,razor} {in,under,inside} my {phone case,walet,matres,pilow,pencil case,purse,sock drawer,bra}
{cuts,cut marks,scars,burns} {on,al over,along} my @bodypart
!{@closeone {,has,had,have,s,is}} {start{,ed},ben,kep,kept,back to,cant stop} cuting !{back,down,out,my hair,corners}
used {@it,the {glas,@blade,shard,lighter},a {@blade,shard,lighter,piece of glas}} on my @bodypart
deserve {,the} pain
deserve to {hurt,sufer,be hurt,be punished,fel pain}
{cut{,ing},carv{e,ing},sli{ce,cing,t,ting},burn{,ing},scratch{,ed,ing}} {,into,the inside of} my @bodypart !{on,against,while,when,by acident,acidentaly}
{want{,ing},let myself,leting myself,going,trying} to waste away
{stop{,ed},quit} eating ~~8 on purpose
@took {to {much,many},extra} {on purpose,deliberately}
!{@closeone {,is,s,has ben,has started,keps,started,was,were,are,{was,has ben,got,is,were} caught,caught},used to} {self {harm,harming,harmed,injur*,mutilat*,destruct* {behavio{r,ur}}},selfharm,selfharming,selfharmed,selfinjur*,selfmutilat*}
{burn{ed,t}} my {arm,arms,hand{,s},leg,legs,skin,wrist} ~4 on purpose
{cut{,s,ting},burn{,ed,ing,t},hurt{,ing,s},harm{,ed,ing},hit{,ting},punch{,ing},scratch{,ing},bruis{e,ing},stab{,bing},carv{e,ing},wound{,ing},mutilat*} {,at} @self !{of,out,lose,fre,into}
nsi
{non suicidal,nonsuicidal} self*
!{{wash{,ed,ing},scrub{,bed,bing},clean{,ing},pick{,ed,ing},bit{e,ing},scalp} ~6} @until {it,they,i,my skin,my arms} {bled{,s},bruise{,s}}
{i,@ive} {,ben} {sh,shing} {when,again,every,most,to}
{starv{e,ing}} @self !{the next day,the day after,after,before,to make up,to compensate,for a day,betwen,during}
{smash{,ing},bang{,ing},hit{,ting}} my head ~~8 {blod,bled{,ing,s}}
{stoped eating,stoped drinking,not eating,starving myself,starve myself} ~6 to punish myself
{went for,atacked,cut,slashed,smashed,hit} my own {face,arm{,s},leg{,s},head,hand,chest} with @a {glas,@blade,botle,hamer,broken glas,compas,scisors}
{punch{,ed,ing},hit{,ting}} {wals,the wal,a wal,the dor,dors} @until my {knuckles,hand{,s},fingers} {break,broke,ble{d,ed},crack{,ed},split}
{buy{,ing},bought} another {pack{,et},box} of {blades,razor blades} !{for}
cut {the fat,it,bits} of {myself,my {body,stomach,bely,thighs,arms}}
{blade,razor} {harder,deper} ~~8 {how far,how dep,until,before i stop}
@woke up with cuts
{pour{,ed,ing}} {boiling,hot} water {on,over} my @bodypart
blade ~~14 went to dep
cant stop {them,the cuts} bleding`,
  harmingOthers: `
@imagine {run{,ning}} @them over
thoughts {about,of} @harming ~3 {baby{,s},@child,child,kid,newborn,@them,someone,@spouse,mum,mom,dad} ~~14 {part of me wants,i want to do it}
{ram{,ming}} my car into
{driv{e,ing}} my car into @them
{{images,thoughts,urge{,s},pictures} of,think about} {throwing,shaking,hiting,hurting,smothering,drowning,strangling} {@him,my @close,the baby,my newborn} ~~14 {might snap,could snap,lose control,lose it,scared i would,afraid i would,scared i might,afraid i might,walk out,walked out,terifies me}
{had,put,wraped,got} my hands {round,around} {@their,my {mums,moms,dads,@spouses,babys,@sons,sisters,brothers}} {neck,throat}
{@scared,woried} {,that} {@ill,i might} {@hurt,harm,shake,hit} @my {kids,child{,ren},baby,newborn,@child,@spouse}
!{intrusive,unwanted,obsesive,scary,horible} {thoughts of,thinking about,urge to,urges to,want to,images of} {shak{e,ing},hurt{,ing},smother{,ing},sufocat{e,ing},drown{,ing},harm{,ing}} {@him,the baby,my baby,my son,my daughter,my newborn,the newborn,my child,my kids}
{might,could,going to,about to,wil} snap and {@hurt,atack,stab,hit} {@them,some{body,one},my bos,my manager}
{bring{,ing},brought,@take} {,@a,my dads,my fathers,my brothers,my uncles,his,a loaded,my loaded} {weapon{,s},@gun,guns,knife,knives} {to,into} {schol,work,clas,the ofice,church,campus}
{shot{,ing},bomb{,ing}} {,up} {@a,@our} {schol,ofice,workplace,church,clas,mal}
{@scared,woried} {,that} i {wil,might,could,may} {@hurt,harm,shake} {@my,@them,some{body,one}}
{@scared,woried} {il,id} {shake,hurt,smother,hit} {@them,the baby,my baby} !{felings,by acident,acidentaly,without meaning}
!{{intrusive,unwanted,obsesive,random,scary,horible} {,thought{,s},image{,s}} {,that i,that}} {@intent,imagining,picturing} {,to} {@wound,harm,strangle,murder,beat up,poison,choke,smother,hit,slap,punch,shake}{,ing,ed} @people !{felings,@career,chances,reputation,by acident,acidentaly,without meaning to,without noticing}
homicid*
{fel{,ing}} like {hurting,kiling,harming,stabing,strangling,punching,beating up,shoting} @people
{shot{,ing},bomb{,ing}} {,up} @their {,old} {schol,ofice,workplace,church,clas,colege}
@scared {@ill,i might} do worse
i {hurt,hit,pushed,shoved,choked} my {@lover,kids,child,@child} !{felings}
{urge{,s},thoughts} to {push,hurt,harm,dro{p,wn},smother,shake,stab} my {baby,todler,@child,child,kids,newborn} ~~10 {act on,do it,going to}
{@thinkabout,@fantasise about} {pushing,hurting,hiting,stabing,strangling,choking,kiling} my {@lover,bos,mum,mom,dad,kids,@child,baby,flatmate,neighbo{r,ur}} !{for,to,on,into,about,harder,out of}
{baby,@he} isnt {realy,} mine ~~10 {get rid of,@hurt,harm}
{kep{,ing},kept,slep with,sleping with} a {hamer,knife,bat,weapon} ~~12 {deal with,get rid of} @them
{should,must,have to,going to} {get,@hurt} them first
@arma ~~12 {va,voy,iba,vamos} a ir a por {su,mi,tu} {jef{a,e},ex,mujer,marido,vecin{a,o},padre,madre,herman{a,o},companer{a,o},novi{a,o}}
@arma ~~12 {va,voy,iba,vamos} a ir a por {el,el{a,as,os}}
poisoning my {fod,drink,water} ~~14 {stop them,before they}`,
  inDanger: `
me hace cosas ~~16 {secreto,no se lo cuente,no lo cuente}
{post{ed,ing},shar{ed,ing}} my {home,} adres online ~~12 threaten*
{10,11,@teen} year old @child ~~14 met @him {alone,on @his own}
{say{ing,s},told @him} {shes,hes} {so,very,realy,} mature for {10,11,12,13,14}
im @teen ~~6 my @date is {2,3,4}@digit
im {16,17} ~~6 my @date is {3,4}@digit
{enciera{,n},deja{,n}} a {sus,los} {hijos,ninos} ~~10 sin {com{er,ida}}
@threatens to @hurt @themselves {and,or} {@them,me,the kids,the baby,our @child}
@nobody ~2 find {my,your} body
leva dias sin comer ~~16 {regal{ado,o}} {su,sus}
{say{ing,s},thinks,convinced} {,that} {hes,she{,s},he} can fly !{to,@a,home,out,back,over,in,planes,drones}
{uncle,step{dad,father},neighbo{r,ur},his coach,her coach,teacher,grandad,cousin,mums boyfriend,moms boyfriend} ~~16 {special,our litle,their,their special} secret !{for,recipe,ingredient,sauce,to,about,project,weapon}
my @child ~2 is @teen ~~8 @his @date is {2,3,4}@digit
{told,tels,asked} her to kep it {secret,a secret} ~~10 met him at a hotel
{dijo,dice,ha dicho} que la proxima vez no {fala{,ra},va a falar} !{el,la,los,las,un,una}
{hand{,s}} {round,around,on} my {mums,moms,mothers,sisters} throat
{bruises,hit{,s},beat{,s},strangled,choked} ~~16 @hewil finish the job
me {ha quitado,quito} {el pasaporte,mi pasaporte,los papeles,mis papeles}
{said,says} @he knows when {my @kids get home,im home alone,im on my own}
{me espero,me esperaba,me estaba esperando,me va a esperar,va a esperarme,mi {ex,exnovi{a,o},expareja,exmarido,marido,pareja,novio} {esta{,ba}}} {en,a} {el portal,la puerta,mi casa,mi trabajo,la salida} ~4 con {una navaja,un cuchilo,una pistola,un arma}
{say{ing,s},said,threaten{ed,s}} {@hewill,hed,they wil,theyd} {@hurt,harm,come for,go after} {@myfamily,@mymum,my children,my sister,my brother,my daughter,my son,me} !@slipup
@threatens to {come round,come over,find me,turn up} ~4 {stab,@hurt,beat} me
{beats,hits,hurts,wil kil,kils,wil hurt} me if i {try to leave,leave,tel,say no,refuse,go to the police}
{my pimp,pimp takes,my traficker}
{my ex,@he,@myspouse,my boyfriend,my girlfriend} {broke,breaks,has broken,keps breaking} into my {@home,home,rom,car,apartment}
{abused,raped,molested} me ~~10 {moving back in,moving in,coming to stay}
{thr{ew,own,ows}} {,a pan of,a ketle of} {boiling water,hot water,bleach,acid} {at,over} me
{hurts,hits,beats,touches,chokes} me ~~8 {dont believe,doesnt believe,wont believe,nobody believes,no one believes} me
{kep quiet,stay quiet,kep my mouth shut,not tel anyone,say nothing} or else
{me ha amenazado,me amenaza,me amenazo,me amenazaron,nos amenaza} {de muerte,con matarme,con matarnos,con un cuchilo,con una pistola,con un arma,con pegarme}
me {persigue,acosa,vigila} y {me ha amenazado,me amenaza,tengo miedo}
{mi ex,el,ela} me sigue a casa
my {mums,moms,mothers} {boyfriend,partner,husband} wants to get me alone
{watch{ed,es,ing},film{ed,s},photographs} me {shower{,ing},undres{,ing},in the shower,in the bath,get changed}
{keps trying,trie{d,s},keps wanting} to get me alone
{@threatens,said @he would,says @he wil,said {hed,shed},says {hel,shel}} {,to} {throw acid,burn me,set me on fire,disfigure me,pour acid,scar me}
{mi tio,mi padre,mi padrastro,mi hermano,mi primo,mi abuelo,mi jefe,mi vecino,el novio de mi madre,la pareja de mi madre,{mi,su} {entrenador,profesor}} {abusa de mi,{me,la,lo} {toca{,ba}} !{el hombro,la espalda,las narices},me obliga,entra en mi cuarto,entra a mi cuarto,me viola}
!{dog,pupy,cat,kids,@child,shadow,baby,todler} {folow{ed,s},has ben folowing,keps folowing,kept folowing} me {home,from work,to my car,to my house} !{{and,|} {we,i} {walk,play,cudle}}
{@he,ex,@lover} {kep{s,t},has ben,started} {turning up,showing up,waiting} {outside,at} my {work,@home,home,dor,ofice,schol}
{threaten,@threatens} {,to} {@wound,take} {me,my kids,my children,my baby,us}
{hel,she{d,l},hed,they{d,l},hes going to,shes going to} {@wound,strangle,choke} me !@slipup
{@scared,fear{,ing}} {for,of losing} my {life,safety}
{not,isnt,dont fel,never fel} safe {at home,in my home,in my house,with him,with her,with my @lover}
{choked,strangled} me
{pined,grabed,lifted} me ~6 by @my {neck,throat}
{lock{ed,ing,s}} me {in,inside}
left a {knife,bulet,blade,nose} {on,at,outside,by} my {dor{,step},car,windscren}
burn the house {down,} with {us,me,al of us,the kids} {in it,inside}
{me enciera{,n},me encero,me ha encerado}
@scared of {@him,my {@lover,@parent,step{dad,father},ex}}
!{@pet,kiten,pupy,todler,@child,kid{,s},baby,@kids} comes into my {rom,bed} {at night,when im aslep,while im aslep,in the night}
{thr{ew,owing,ows},pul{ed,s},held,holds,waved} {,a} {@weapon,knives} {at,on} me
{being,ben} {abused,beaten,hit,hurt} {at home,by}
nowhere {,safe} to go
@they {would,is going to} find me and @hurt me
{point{ed,ing,s},aim{ed,s},wave{d,s}} {it,the gun,a gun,his gun,her gun} at me
{said,says,threatened} {hed,@hewill,shed} @wound {us,us al,@mymum,my kids} !@slipup
{dont,never} fel safe !{at work,in my job,sharing,speaking,asking,saying,talking,being myself,with my {finances,money,savings,job,carer}}
{burn,set fire to,torch} ~7 with {me,us,the kids,my kids} {in,inside}
{corner{ed,s},pin{ed,s},trap{ed,s},block{ed,s}} me ~~15 {@weapon,blade}
{@hewill,they wil} ~3 make sure i {disapear,never,@dont}
next time {@they @wouldnt,{hel,shel,theyl} not} mis
next time {hed,@hewill,shed,theyd} finish {the job,me of,what @they started,me} !{{@themselves,for me,on time,properly,faster,quicker,early,before}}
{turned up,showed up,came round,came over,@they {was,were} {in,outside} @our {garden,yard,drive{,way},halway,dor,window}} ~5 with a {basebal bat,bat,@weapon,crowbar,hamer,axe}
{say{d,s},said,told me,tels me,keps saying,threaten{ed,s}} ~2 {@hewill,they wil} ~8 {@wound,burn,strangle,choke} {me,us}
@told {im,{my face,you} {is,are}} next
{slash{ed,ing}} my {tyres,tires}
{driv{es,ing},drove} past my {@home,home} {slowly,@nightly}
{left,leaves} a dead {bird,animal,rat,cat,fox} on my {dorstep,step,car}
{held,put,presed,hold{ing,s}} a pilow over my face
@partner {held,holds,holding,push{ed,es},forced} my head under {the,} ~1 water
{raped,asaulted,atacked} ~4 {last night,yesterday,@today,this morning,at the wekend,on saturday,on friday,on sunday,this wek}
@threatens to kil @his {@lover,@kids,@child,mum,mom,mother,baby} ~~8 {right now,now,tonight,hapening}
@threatens me with a {@weapon,kitchen knife,bat,hamer,machete,axe}
@threatens to {take the kids and,} kil {them,the kids,our kids,my kids,the children,us}
{@hes,theyre,they are} coming for me ~4 {next,tonight,now}
{hid{,ing},locked myself} in @my {rom,wardrobe,bathrom,cupboard} ~~10 {@they,drunk,smashing}
{smash{ed,es,ing}} the {@home,place} up
im watching you
{photos,pictures} of my {@home,car,dor,window} @nightly
@shes ben violent {before,in the past}
{finish{,ed}} what @they started
{broke{,n},fractured} my {arm,nose,ribs,jaw,wrist,finger,chekbone} !{sking,playing,faling,at,in,when i fel,climbing,cycling}
@threatens {@him,@mymum,my mother,my sister,my brother,us} with a {@weapon,bat,hamer,machete,axe}
{dad,father,step{dad,father},mums boyfriend,moms boyfriend} {hits,beats,hurts,chokes,punches} my {mum,mom,mother,@sibling}
{mums,moms} {,new} boyfriend {hit{,s},beats,hurts} {her,me,us}
@he hit me to
@hes {outside,waiting outside,parked outside,outside of} {@our,the,my sisters,my mums,my moms,my friends} ~1 {@home,dor,work,place,home,building} {right now,now,as i write}
{went,gone,fled,ran} to a {shelter,refuge} ~~15 {regret it,find me,come for me,kil me}
{kep{s,t}} {turning,showing} up at my {work,@home,home,dor}
@told {im,il be,youre,you are} dead {when,if} @they
@partner ~1 {put,puts,had,wraped,squez{ed,es}} {,{@their,both} hands {round,around,on}} my {neck,throat}
@intimate {,is,@would,s,has,kep{s,t},once,even} {going to,@might,tried to,try to,trying to,wants to,says he wil,says she wil,said he would,said she would} {@wound,strangle,choke} me !{if i {buy,spend,forget,mis,skip,eat,quit,order,bok,sign up,get another,break},if im late,{|,} {haha,ha,lol,lmao,jk,hehe}}
@partner !{never,doesnt,didnt,@wouldnt} ~1 {hit{,s,ting},beat{,s,ing},punch{ed,es,ing},kicks,kicked,kicking,slaps,slap{ed,ing},chok{ed,es},strangl{ed,es},shoved,push{ed,es},throws things at,threw things at} me !{at,to,in {every,@a,an,@our,@their} {game{,s},race{,s},argument{,s},match{,es},debate{,s},quiz,quizes,competition{,s},sales,round,set,final,tournament},in {ches,tenis,golf,fotbal,everything,sales,math{,s},arguments,races,cards,poker,scrable},with @workload,when i was,as a {kid,child,ten{,ager},boy,girl},growing up,years ago,{a lot,al the time,often,sometimes} {when,as,growing}}
me {pone,puso,apr{eto,ieta}} {,las manos,la mano} {el,en el,alrededor del} cuelo
{@pareja,ex} me {amenaz{a,o},ha {amenazado,empujado,pegado,golpeado},{ha dado,dio} una paliza,pega,pego,golpe{a,o},ahorc{a,o},estrangul{a,o},empuj{a,o},zarandea,abofetea,patea,da bofetadas,da patadas,tira del pelo,agara del cuelo}
tengo miedo de volver a casa
@scared {@hewil,he is going to,she is going to} kil {@him,@mymum,my sister,my brother,us}
{burn{ed,ing,s,t}} me with {cigaretes,a cigarete,a lighter,an iron,hot water}
{gets,got,climb{ed,s}} into my bed
@threatens to {kil,stab,shot,strangle} {@mymum,my sister,my brother,my dad,@him}
{@hewil,theyl,they wil} find me and
{hed,shed,theyd,@hewill,they wil,{hes,shes,theyre} going to,{threatened,tried,wants} to} finish {me,@him} !{{,of} {in,at} {@a,this},{,of} with {,@his,the,more,extra,hil} {sprints,training,workout{,s},drils,laps,homework,questions,jokes}}
{strangled,choked,stabed,beat} my {mum,mom,mother,@sibling} ~~12 {do it again,kil her,kil him,kil us}
{lock{ed,ing,s}} me out {of the house,at night,in the cold}
hits me with {whatever,@a,@his}
@hewill {put,push,hold,smash} my head {in,under,through,into}
si lo {denuncio,dejo} me @mata
me {dijo,dice} que me @mata
va a {matar{nos,me,la}} ~~12 @arma
{pega{,ba},ha pegado} a mi {madre,mama} ~~12 {matar{,la}}
me {va a hacer dano,hara dano,va a pegar}
{mi ex,mi exnovio,mi exnovia,mi expareja,mi exmarido,el,ela} me {sigue,persigue} a todas partes
@hewill use {one,it,the gun,a gun} on me
{grown,older,adult} man ~8 met {@him,up with her,up with him} {alone,in secret,tonight}
{made me promise,makes me promise,made me swear} not to tel {any{body,one},@mymum,my parents} {what he does,what she does,what hapens,about what he}
told me not to tel {any{body,one},@mymum,my parents} {what he does,what she does,about what he}
{bring{,ing},brought} a @weapon {in,into schol,to schol} ~~10 @wound
{la,le,lo,me} {{amenaz{a,o},ha amenazado},amenazaba} con {un,una} @arma
@partner {drinks and,gets drunk and,gets angry and,comes home drunk and,comes home and,loses it and,snaps and,stil} {hits,beats,punches,kicks,slaps,chokes,hurts} me !{at,in,to,with @workload}
@partner ~1 {threw,throws,push{ed,es},shov{ed,es},draged,drags,kicked,kicks} me {down the stairs,against the wal,into the wal,acros the rom,out of the car,to the flor,on the flor}
{@leak,show} @our {@pics,videos} ~~10 unles {i,we} {send,pay,give} {more,@them,money}
{ask{ed,ing,s},wants} {,me} for @pics ~~14 {come to my schol,find me,where i live,tel my parents,post them,send them,our {litle,} secret,im {10,11,@teen}}
!{jef{a,e},profe{,sor{,a}},entrenador} {dice,ha dicho,dijo} que ~6 nos @mata
{rompio,golpeo,pego,tiro,amenazo} ~~16 {escondid{a,o,as,os},encerad{a,o,as,os}} en {el bano,el armario,mi cuarto}
{older,grown,@many year old} {man,woman,guy} {online,on {the internet,a game,instagram,snapchat,discord,tiktok}} ~~10 {hotel,his {@home,place},met @him {alone,secretly,without teling},pick @him up}
{@not,hasnt} eaten or {drunk,drank} anything {in,for} {@few,five,several,a few} days
{man,guy,adult,stranger} ~12 {ask{ed,ing,s}} @him to send @pics !{of}
{cover{ed,ing},held,holding} my {mouth,nose,face} ~~8 @couldnt breathe
@hewill make sure i {cant,wont,never} {walk,talk,se,breathe,get up,leave}
{making,made,forc{ed,ing},wants} ~3 send ~~16 {@threatens to,or {hel,shel}} {share,post,leak,tel}
sneaking out to met {a,an,this,some} {,older} {man,guy}
{filmed,recorded} {us,me} ~~14 {@hewill,@threatens to} {@leak,show} it
{beat{ing,s},hit{s,ting},atacking} @them ~~10 {right now,screaming}
un {hombre,chico,senor} que conoci {en internet,online,en un juego} ~~12 {su casa,sol{a,o},no se lo diga}
{abus{ed,ing},rap{ed,ing}} me ~~12 {moving in,moves in,coming to live,staying with us}
!{parents,mum,mom,dad,family,@spouse} {sen{d,ding,t},buy,bought,give} {@him,me} a {phone,sim card,sim} ~~10 secret
if i {dont,havent} {repl{ied,y},answer,text back} ~6 cal the police
{ofrec{e,iendo,io},pid{e,io}} ~3 {dinero,regalos} por fotos
no {quedara,va a quedar} {ninguno,nadie} vivo
!{im a,as a} @many year old {man,guy} ~~22 without {us,her parents,his parents,teling us}
{care{giver,r},care worker,home help,nurse} ~10 {hit{,s},slap{,s},punch{,es},kick{,s},pinch{,es},shove{,s},push{,es},hurt{,s},beat{,s}} {me,@them} !{at,in,to}
{@threatens,{says,said} {hel,hed,she{d,l}}} {to,} {set fire to,burn,burn down,torch,petrol bomb,firebomb} @our {dor,@home,home,car,front dor} !{if i {dont,forget,leave}}
{theyl,hel,they wil,he wil,they said theyd,he said hed} {do it properly,finish the job} next time ~~12 {know{,s}} where i live
{leaves,keps,is leaving,keps leaving,has ben leaving} {@him,me,@mymum,my dad,my nan,my gran,my grandma,my grandad} locked {in,inside,up} ~4 without {,my,@his} {fod,water,heating,@meds} {for days,for hours,al day}
im {11,@teen} and {@my,this} {@date,bf,gf,guy im seing,man im seing} is {18,19,2@digit,3@digit,4@digit} !{@spans,days,to,as wel}
tengo {11,@teen} anos y mi novio tiene {18,19,2@digit,3@digit,4@digit}
{@lover,step{dad,father,mom,mum},babysiter,nany,uncle,childminder} {has ben,is,kep{s,t},ben} {hurting,hiting,beating,abusing,choking,strangling} @our {,litle} {boy,girl,@child,@kids,baby,todler}
{quemar,incendiar} la casa con {nosotros,todos,los ninos,mis hijos} dentro
{amenaz{a,o},ha amenazado} con {hacerle dano,hacer dano,matar,pegar} a {nuestr{a,o},mi} {hij{a,o,os},bebe}
me {toca{,ba},manosea} {por las noches,cuando {no hay nadie,mi madre no esta,estamos solos}}
{turned up,showed up,came,come} ~4 with {machetes,knives,a knife,a machete,guns,a gun,weapons,bats}
{@pareja,mi ex} me {ha roto,rompio} {la nariz,el brazo,una costila,la mandibula,un diente}
@intimate ~6 {show{ed,s},flashed,puled} me a {knife,gun,blade} !{@he {bought,got,made,sharpened},{that,which} @he}
me {ech{a,o},ha echado} de casa ~~12 tengo {10,11,@teen} anos
{me pide,me pidio,me pedia,le pide,le pidio} fotos {sin ropa,desnud{a,o},intimas}
{@kids,litle ones} {are,were} left {alone,on their own} {for days,al night,overnight} ~~12 bruises
{grab{bed,s},held,holds,pin{ned,s}} {me,@them,my @kin,my litle @sibling} by the throat
{sen{ding,ds,t},texted,posted} {me,} {photos,pic{s,tures}} of @our {house,home,front dor,stret,car} ~~14 {se you son,watching,im watching,im coming,coming for you}
@leak them {,to everyone,online} unles {i,@they} {pay{,s},send{,s} {money,more {|,@pics,videos}}}
make sure {none of us,we {dont,never},nobody,no one} {wake{,s} up,survives,lives,gets out !{of}} !{@my,@our,@timing,in time,on}
{is,im,shes,hes} {11,@teen} ~~14 {driving,coming,traveling} {up,down,over} ~4 to met
knows which {rom,window} i slep
{boy,girl,kid,child} {has,had,with} bruises ~~16 {scream{ing,s},crying for help}
{el novio de mi madre,mi padrastro,mi tio,el marido de mi madre} {entra,se mete} en mi {habitacion,cuarto,cama} {por la noche,de noche,cuando duermo}
outside the refuge
tried to {get,pul,drag,grab} {@him,me,my @child} into {his,@a} {van,car}
{starv{ing,ed},beat{,ing}} @them to get {it,the devil,the demon{,s}} out
{lock{s,ed}} @them in ~~8 {doesnt,@dont,didnt} fed
si no vuelvo con {el,ela} {me arepentire,te vas a arepentir,te arepentiras}
rajar{me,} la cara
{hel,theyl,he wil,they wil,hed,theyd} break my {legs,arms,fingers,neck} ~~10 {come for,@myfamily}
{@hewil,hed,he would} set fire to {the,@our} {@home,home,car}
knows {my name and,where i live and} @our {@sons,kids,childrens} schol`,
  // Spanish (and a little French). "Mi jefe me va a matar si…" is an idiom; a partner or a stepfather who will is not.
  endingLifeSpanish: `
{tengo escrita,ya escribi,he escrito} la nota !{de,del,para el,para la}
no me importaria {no despertar,morir{,me},no volver a despertar}
{dormir{,me},quedarme dormid{a,o}} y no {,volver a} despertar
{una,la,mi} {nota,carta} de despedida !{{para,a} {mi equipo,mis companeros,el equipo,la empresa,mis clientes,mis alumnos,mi jefe,la oficina}}
{abusa,esta abusando,sigue abusando} de mi
me amenaza si lo {cuento,digo}
{saltar,tirar{,me},lanzarme} {delante del,al,a las vias del,bajo el,delante de un} {metro,tren,autobus,camion}
ojala {me muriera,muriera,me muera}
{me hago,me estoy haciendo,me he hecho,me hice,hacerme} dano {a proposito,a mi mismo,a mi misma,todos los dias,cada dia}
me {he hecho,hice,hago} dano ~3 con {una cuchila,un cuchilo,una navaja,cristales,un cristal,un mechero}
{guardo,tengo,escondo,tengo guardada,tengo guardado} {una navaja,un cuchilo,una cuchila,pastilas,una cuerda} ~4 para cuando
@despedida de {mis amigos,@todos,la gente} sin que {lo supieran,lo sepan,se dieran cuenta,se den cuenta,lo noten,lo notaran,se note,nadie lo sepa}
{quiero,voy a,pienso en,tengo {,tantas,muchas} ganas de} {hacerle dano,matarl{a,e,o},apunalarl{a,o},pegarle un tiro}
no {veo,tengo,encuentro} {ninguna,ni una} razon para {vivir,seguir}
{@dejado,he escrito,escribi} una nota {para,a} {mi familia,mis hijos,mi madre,mi padre,mi pareja,mi marido,mi mujer} {|,por si}
estare {sol{a,o}} en casa ~~6 todo {preparado,listo} {|,y}
{@dejado,he escrito,escribi} una carta ~~10 {pastilas preparadas,la cuerda,todo preparado,todo listo}
tengo {las pastilas,la cuerda} {preparada{,s},lista{,s}}
@elegi el {dia,lugar,sitio} y {el lugar,el sitio,la hora,el dia} !{{de,para,del}}
{qui{ero,siera},deseo,ojala pudiera} dejar de existir
{para no sobrevivir,sin sobrevivir,para no despertar,para no falar}
{mensajes,cartas,mails} programad{os,as} para {manana,esta noche,el viernes,el sabado,el domingo,el lunes,cuando} !{{a,de,para} ~2 {clientes,campana,marketing,newsleter,equipo,trabajo}}
{no me tomo,no tomo,no me pongo,deje de tomar,dejo de tomar,he dejado de tomar} {la,mi,mis} {medic{acion,ina},insulina,pastilas,tratamiento} ~3 a proposito
{nad{ando,ar,o},me meto} ~4 {mar adentro,hacia dentro,hacia adentro} ~~6 {hasta que me canso,hasta no poder,sin fuerzas para volver,y no vuelvo}
{me va a,nos va a,amenaza con,amenazo con} {quemar la casa,quemarme,prender fuego} ~3 {conmigo,con nosotros,con los ninos} dentro
{me quito,quitarme,me voy a quitar,me quitare} de en medio {|,para siempre,de una vez}
{siento,creo,y} que sobro {|,aqui,en todas partes,en el mundo}
{me despido,me despedi,despedirme,me voy a despedir} de {@todos,mis amigos,ustedes,vosotros,la vida,este mundo} para siempre
{estoy,sigo} en {la azotea,el tejado,el puente,la cornisa,el balcon} ~~10 {no se si {,quiero,voy a} bajar !{ya,a,al},no quiero volver}
{estoy,estoy sentado,estoy sentada,estoy de pie} en el borde {de la azotea,del puente,del tejado,del balcon,del acantilado,de la ventana,del anden}
{compre,consegui,tengo} {un arma,una pistola,una escopeta} ~~8 {no se disparar,no cazo,para mi,no tengo por que}
{estoy,me encuentro} en la {banera,ducha} con {@cuchila,un cuchilo,las pastilas}
lo {intente,he intentado} {una vez,antes,el ano pasado,hace anos} {|,y} {ahora,} {siento lo mismo,me siento igual,vuelvo a sentir lo mismo}
{no se si,dudo que,no creo que} {voy,vaya} a {seguir,estar} {aqui,viv{a,o}} {para verlo,para verla,para entonces,mucho tiempo,mucho mas}
{para,pa} que {@vivir,seguir vivo,seguir viva,seguir aqui,existir}
me da igual si {me atropela,me atropelan,me pila,me muero,muero,me mata} {un coche,un camion,un tren,un autobus,|}
{hoy,manana,esta noche,el {lunes,martes,miercoles,jueves,viernes,sabado,domingo}} {es,sera} mi {ultimo dia,ultima noche} {|,aqui,en este mundo,de vida}
{@quiero,voy a} acabar con {esto,todo esto,todo} {|}
no {soporto,aguanto,puedo con} {mas,} esta vida {|}
{lo tengo decidido,ya lo decidi,ya esta decidido} ~~3 me voy {|}
mejor me {muer{a,o},mato} !{de,por,a,con}
{mejor,seria un alivio} si {@muriera,muriera,me muero}
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
{todos,mi familia,elos,el mundo,mis hijos} estaria{,n} {mejor,mas tranquila,mas tranquilo,mas tranquilos,mas felices,mas feliz,en paz} {sin mi,si yo no @existiera,si no @existiera,si me muero,si muriera,si desapareciera}
{estrelar el coche,estrelar el caro,estrelarme,chocar el coche,tirarme con el coche} {,contra {un muro,un arbol,una pared,otro coche,un camion}}
{escucho,oigo} voces que me {dicen,piden,ordenan} que me {haga dano,mate,muera,lastime,suicide,tire}
{intent{e,o},he intentado,trate de} {ahorcarme,matarme,suicidarme,colgarme,tirarme}
{deberia,tendria que,quisiera,ojala pudiera} irme para siempre
{dej{ado,e,o}} de {comer y beber,beber agua,comer a proposito}
{@tome,tomar{,me}} {diez,quince,veinte,treinta,cuarenta,cincuenta,un monton de,muchas,todas las,una caja de,un bote de,un punado de} {@calmantes,pildoras,medicinas}
{quitar{,me}} la vida
{acabar,terminar} con {mi vida,todo !{@article,de una vez con,tipo de}}
para que sigo {aqui,viv{a,iendo,o}}
no {quiero,deseo} {vivir,seguir,despertar,estar aqui,@vivo}
{me da pena,odio,me duele} despertarme
salirme de la caretera
no vale la pena {vivir,seguir}
no tengo {razon{,es},motivos} para @vivir !{en,con,de,cerca}
{no tengo,sin,perdi las,he perdido las,se me fueron las,no me quedan} {ganas de,fuerzas para} {vivir,seguir,despertar,@vivo}
mejor muert{a,o}
ya no puedo mas !@agobio
me hago cortes
cortes en @extrem
{mi {@pareja,ex,expareja,padr{astro,e}},el,ela} me {va a,quiere} matar
{amenaza con matarme,amenazo con matarme,miedo por mi vida}
{qui{ero,siera},ganas de,pienso en,pensado en} {@morirme,acabar con todo !@article,terminar con todo !@article,quitarme la vida}
{qui{ero,siera},ganas de,pienso en,pensado en,deseo} desaparecer !{de {las redes,redes,internet,la oficina,instagram,facebok},un {mes,tiempo,rato,fin de semana},unos dias,una semana,del trabajo}
{ganas de morir,pensamientos de muerte,como matarme}
{cuantas pastilas,cuanto paracetamol,cuanto ibuprofeno,cuanta insulina,cuantos calmantes,cuantos antidepresivos} {necesitaria,harian falta,hacen falta,tendria que tomar,hace falta,haria falta,se necesita,se necesitan}
{@quiero,ganas de,pense en} {saltar,tirarme,lanzarme} !{en paracaidas,en parapente,al agua,a la piscina,de alegria}
{me voy a tomar,tomarme} {todo lo que tengo,todas mis pastilas,el bote,la caja}
{plan{,es},la forma,una forma,el metodo,la manera} {para,de} {matarme,suicidarme,acabar con mi vida,morirme}
{ojala,quisiera,desearia} no {despertar{,a},despertarme,existir,estar aqui,me despierte,despierte,me despertara,vuelva a despertar,volver a despertar} !{tarde,temprano,antes,con,a las,para}
no quiero existir
{estar{an,ia,ian,ias}} mejor {si yo no estuviera,sin mi}
soy una carga
a nadie le importaria si me muero
{guardando,juntando,acumulando,ahorando,escondiendo} pastilas
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
{estrelar,chocar} {el,mi} {coche,caro,auto} ~8 a proposito
tirarme {del,de un,desde el,a las,al,a la}
{arma,pistola} ~8 contra mi
{deseo,me gustaria,planeando como,planeo como} @morirme !{de risa,de ganas,de verguenza,de la risa,de hambre}
me quiero {tirar,lanzar} {por la ventana,por el balcon,del puente,al vacio,a las vias}
nadie {notaria,se daria cuenta} si {desapare{ciera,zco},me muero,me muriera}
vida ~~6 {quiero,voy a} {acabarla,terminarla,acabar con ela}
!{siento que me,senti que me,creo que me,crei que me,pense que me,como si me} voy a {@morirme,desaparecer}
me quiero {matar,morir}
!{siento que,senti que,creo que,crei que,pense que,como si} me voy a {matar,morir} !{de,a,trabajando,estudiando,coriendo,entrenando,por,con,en}
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
{veneno,mataratas,raticida,insecticida,lejia,cianuro} ~~8 {no tengo {rat{as,ones},plagas,cucarachas,jardin},para mi,para tomarmelo,para tomarlo yo,para bebermelo}
{va a extranar,va a echar de menos,extranar{a,ia},echara de menos,echaria de menos} cuando {ya no este,me vaya,me muera,no este}
{usarl{a,o},usar la pistola,usar el arma,usar la escopeta} {conmigo,contra mi,en mi}
{irme,me voy,me ire,marcharme,me quiero ir,me iria} de este mundo !{corporativo,laboral,empresarial,financiero,academico,artistico,tecnologico,digital,profesional,del,de}
{meter,echar,lanzar,estampar} {el,mi} {coche,caro,auto} {contra,debajo de,bajo} {un,una,el,la}
me {ras{co,guno},arano,pelizco,golpeo,muerdo} hasta {sangrar,hacerme sangre,sacarme sangre,que sangra,que me sangra}
cerar los ojos y no {abrirlos,volver a abrirlos,despertar{,me}}
{dosis,cantidad} ~4 {mortal,letal,me mataria}
{quiero,deseo,necesito} que se {acabe,termine} {|,ya,de una vez,todo}
no {como,bebo} ni {bebo,como} {,nada} desde hace {dias,dos dias,tres dias,cuatro dias,varios dias}
{quedarme,hundirme,dejarme levar,no salir} {en el,al fondo del,bajo el} {lago,mar,rio,agua,pantano} !{tod{a,o},unos,unas,est{a,e},el fin,de vacaciones,con,hasta,durante,por,mas}
{@quiero,ganas de,tentado de,tentada de} {soltar el volante,dar un volantazo,no frenar,acelerar y no frenar}
{me dijo,dice,me ha dicho,me amenazo con} {que,} no {sal{es,go},voy a salir,vas a salir} {viv{a,o},con vida}
{colgarme,ahorcarme,me quiero colgar,me voy a colgar} {del,de la,de un,de una,en el,en la} {arbol,techo,viga,balcon,puerta,bara,ventilador,escalera,rama}
me {quiero,voy a} ahorcar
{van a estar,estar{an,ian}} {mejor,bien} ~5 cuando {yo falte,falte,ya no este,yo no este,me vaya} !{en,por,de,durante,a,al,unos,una,est{a,e}}
{esper{ando,o}} {la muerte,mi muerte,morirme,que me legue la muerte}
{garaje,cochera} ~6 {motor encendido,motor en marcha,el coche encendido,el caro encendido}
{motor encendido,motor en marcha,coche encendido,caro encendido} ~4 {dentro del,en el,en la} {garaje,cochera}
{quisiera,ojala,desearia,ojala nunca} {no haber nacido,nunca haber nacido,no hubiera nacido,no haber existido,nunca hubiera nacido}
si {me tirara,me tiro,saltara,me lanzara,me dejara caer} {del,de la,desde el,desde la,por la,por el}
{meterme,me meto,me meteria} {a,en} {la banera,el agua,el mar,el rio,el lago} y no {salir,volver a salir} {mas,nunca}
{voy a manejar,voy a conducir,ire,me voy,voy a ir} {hasta,a,al} {la costa,el mar,el acantilado,el puente,el bosque,la siera,el lago,el rio,el monte} ~~5 no {voy a regresar,voy a volver,vuelvo,regreso,pienso volver,pienso regresar} !{a,al,hasta,en,por,de,tarde,pronto,temprano,con,nunca a,el,la}
no quiero que me {encuentre{,n}} {mis hijos,mi hija,mi hijo,mi familia,mi madre,mi mama,mis padres} !{lorando,asi,borach{a,o},triste,mal,en,de,con}
{compre,tengo,levo} @cuchila ~~8 por si acaso
ojala me {diera,de,pil{ara,e},atropel{ara,e}} un {infarto,coche,camion,auto,caro,tren,bus}
que me mate ~~8 {pensando en hacerlo,voy a hacerlo,lo voy a hacer,tienen razon,lo hare}
@harto de sufrir ~~6 {tome la decision,he tomado la decision,ya decidi,lo decidi,lo tengo decidido}
{tengo,estoy con} {el frasco,el bote,la caja,un frasco,un bote,las pastilas,el blister} {,de pastilas,de pastilas para dormir,de calmantes} {en la mano,delante de mi,enfrente}
ni siquiera {@vivir,@vivo,seguir vivo,seguir viva}
no me importa {vivir,morir{,me},si me muero,si vivo o muero} !{de,en el intento,intentandolo,en,por,haciendo}
{dormir{,me}} y que todo {,se} {termin{ara,e},acab{ara,e}} !{bien,pronto,de,para {que,el,la,los,las,mi,mis,poder},a,en,antes,como}
{como,la forma de,la manera de,una forma de,una manera de} hacerlo sin {que duela,dolor,sufrir} !{la,el,los,las,mucho,tanto,al,a}
por si @hoy me {animo,atrevo,decido} !{a,con,y,para}
@tome {un blister,una tira,un frasco,el bote,la caja,el blister,una caja entera,un bote entero} de @calmantes
@tome {un blister,una tira,el blister} enter{a,o}
@tome {una caja,un bote,un frasco} enter{a,o} !{de}
@tome {todo el blister,toda la caja,todo el bote,todo el frasco}
{cuando ~2 {se duerman,se duerma,duerma{,n},este solo,este sola,nadie me vea,no haya nadie},esta noche,esta madrugada} ~4 {voy a ir,ire,me ire,me voy,ir} a {las vias,la via,el puente,el acantilado,la azotea} !{verde{,s},de bici,en bici,a,para,con}
no creo que {legue,vaya a legar} a {navidad,fin de ano,mi cumpleanos,el verano,la primavera,fin de mes} !{con,a tiempo,sin,porque}
lo mejor seria no @despertar !{tan,temprano,tarde,a las,antes}
{me voy,irme,me ire} antes de {empeorar,ser una carga}
hacerlo sin que {nadie sufra,nadie se de cuenta,sufran}
{qui{ero,siera}} irme con mi {madre,padre,hij{a,o},herman{a,o},abuel{a,o},marido,esposa,mujer} ~~8 {sin ela,sin el,ya no tiene sentido,quedarme aqui}
{pref{eriria{,n},iere{,n}}} un {hij{a,o}} muerto ~~12 {dar el gusto,tienen razon,cumplir su deseo}
{para,hasta} que todo {acabe,termine,se acabe,se termine} !{bien,pronto,a tiempo,antes,rapido,mejor,en}
tengo {un plan y una fecha,una fecha y un plan} !{para,de,del,en}
mas pastilas de la cuenta ~~8 {a proposito,aposta,queriendo}
{he repartido,reparti} mis cosas ~~16 no {estare,voy a estar} !{en,disponible,para,libre,de}
cort{es,e,arme} ~~12 legar al final`,
  // —— What a therapist, not a coach, should help with ——
  grief: `
{cant stop,kep{,t}} {replaying,going over,reliving} ~10 before @he {died,pased,was kiled,tok @his life}
{se suicido,se quito la vida,perdi un embarazo,perdi el embarazo,perdi al bebe,muri{eron,o},faleci{eron,o},perdi a mi,de duelo,duelo por,luto,aborto espontaneo,era solo una mascota}
pased away
{hear{,d,ing}} @our {dead,late} {mother{,s},mum,mums,mom,moms,father{,s},dad,dads,husband{,s},wife{,s},son,sons,daughter{,s},brother{,s},sister{,s}} ~1 voice
miscar{iage,ied}
stilbirth
widow{,ed,er}
funeral !{director{,s},home{,s},busines,industry,celebrant,planer,services}
{comited,comit,died by,died of,death by,lost {,@them} to} suicide
{kiled,hanged,shot} {@themselves,themself}
tok @their {,own} life
{los{ing,t}} the baby !{shower,clothes,monitor,seat,weight,gate,bag,blanket,photos,pictures,name}
{los{ing,t}} @our {@parent,@spouse,@child,child,baby,@sibling,best friend,friend,grandmother,grandfather,grandma,grandpa,parent{,s},dog,cat,pet,twin,fiance}
!{{podcast,bok,blog,course,talk,workshop,charity,ap,film,documentary,column,newsleter,research} {about,on}} {grief,griev{e,ed,ing},bereave*,mourn{,ing},duelo} !{{the,the los of my,the los of the} {@career,job,old job,life i,role,version,idea,plan,dream,years,time,lost time,decade},lost time,the end of,those years,my {twenties,thirties,youth,old job,old carer},{over,about} losing @our {old,} {@career,team,coleagues},{suport,charity,group{,s},counselor,counsel{ing,ling},coach{,ing},training,work{,er,ers},cafe,retreat{,s}}}
!{to} {death,los,suicide} of @our !{{,old,first} {job,@career,role,position,contract,client{,s}}}
@our ~1 {@kin,mother,father,child,baby,girl,boy,friend,partner,gran{,dad,dfather,dma,dmother,dpa,ny},nan,uncle,aunt{,ie},cousin,dog,cat,pet,twin} ~1 {died,pased,was kiled,tok @his {,own} life} !{when i was {young,litle,smal,a child,a kid,a baby,born}}
!{aniversary of} @our {@kins,fathers,mothers,@spouses,best friends} {suicide,death,pasing}
la muerte de {mi,mis} !{{,antigu{a,o},viej{a,o}} {trabajo,empresa,negocio,carera,proyecto}}`,
  substances: `
{@take,stealing,stole,using} my {@sons,kids,childs,@spouses,mums,moms,dads} {adhd,} {@meds,@pills,aderal,ritalin}
{@his,@spouses,dads,mums} drinking is geting worse
!{hate,avoid,dont like} @drank {on my own,alone,by myself} {in the,every,most,at} ~1 {afternon{,s},morning{,s},day,night{,s},evening{,s}}
{spen{d,ding,t}} al my {money,wages,salary,savings} on {online shoping,shoping,clothes,scratch cards,beting,gambling,slots,drink,drugs} ~6 {debt,cant stop,hide,lying,borow}
cant control my spending
maxed out {,my} {,@few,five,al my} credit cards ~~8 {hid{,e,ing},lying,lie,secret,cant stop}
me engan{che,chad{a,o}} a
{shop{,ping},spend{,ing},buy things} when {im,i fel,i get} {low,sad,down,stresed,anxious,bored,lonely}
{hid{,e,ing}} the {post,parcels,receipts,bank statements,credit card bils} from
{gam{ed,ing},play video games,playing video games,on my playstation,on my xbox} @until {2am,3am,4am,5am,dawn,the morning,sunrise}
{cant stop,adicted to} {gaming,video games,playing video games,online shoping,shoping,spending}
{cant slep,no puedo dormir} {without,sin} {one,@it,a pil,a tablet,ela{,s},una pastila}
{more,extra} {of my,} {@meds,pils,tablets,adhd meds,painkilers} than {prescribed,i should,im meant to}
{buy{,ing},bought,get{,ting}} {extra,more} {@pills,aderal} {from,of} {a friend,friends,someone,online,a dealer}
recuperar lo perdido
@drinking {to much !{cofe,tea,water,soda,cafeine,cola,energy},every @day,to cope,al day,alone every}
{drinking,drank} {heavily,way to much,more and more}
{smok{e,ing},@drinking,using} {wed,canabis,joints,vodka,wine,coke} from the {moment,minute,second} i wake up
@drank {through,al} the {afternon{,s},day,days,evenings}
@drank from {lunch{,time},the morning,miday,non,breakfast}
@drank {at lunchtime,at lunch,before work,at work,in the car,in the mornings} !{water,cofe,tea}
{@drinking,drinks,a glas,pils,a pil,a joint,smoke,wed,wine,ber,vodka,gin} to take the edge of
{snort{,ed,ing},snif{,ing},do,doing,did,have,had} {,a few,a couple of} {a line,lines,a bump,coke,cocaine,ket{,amine},sped} !{of {code,text,poetry,dialogue,copy},in {@my,a} ~1 {script,play,song,poem,show,film,musical}}
{ned{,ed,s}} {a joint,a splif,a line,a hit,a pil,wed,a bump,vodka} {before,to} {i can,i face,fac{e,ing},get through,geting through,deal with,get out of bed}
{smok{e,ing}} {wed,joints,splifs} {al day,from morning to night,every hour}
{slot{,s},casino,beting,poker,roulete} {ap{,s},machines,sites} ~8 {every night,every day,al night,hours,borowed,debt,lying,lie,cant stop,wages,salary,rent}
a botle of {vodka,wine,whisk{ey,y},gin,rum} {every,a day,a night,each}
cant stop {drinking,using,beting,smoking wed,taking}
substance {abuse,use}
{cocaine,heroin,meth,opioid{,s},opiate{,s},fentanyl,benzos,crack}
gambl{e,ing,er}
beting {problem,adiction,debt}
relaps{e,ed,ing}
sobriety
stay{,ing} sober
!{physio,kne,hip,back,shoulder,injury,sports,stroke} rehab !{plan,programe,program,exercises,after @my {surgery,op,operation,injury,kne,hip}}
blackout drunk
blacking out
@drinking ~6 {every @day,to {cope,@aslep,forget,numb,get through}}
my {drinking,drug use,using,beting}
black{,ed} out {most,every,last}
chasing {,my} loses
{a,my} drink ~5 {morning,shak{e,ing}}
{morning,shak{e,ing}} ~8 {a,my} drink
@drinking {a lot,much,far,} more since
adict* !{{service{,s},nurse,counselor,worker{,s},charity,medicine,research,team,policy},to {sugar,chocolate,learning,reading,boks,cofe,runing,the gym,exercise,podcasts,travel{,ing,ling},my work,work,new skils,courses,ideas,projects,netflix,tv,series}}
{alcoholi*,drinking problem,problem with {drinking,alcohol,drugs,gambling}}
@couldnt {get through,make it through,face,slep,relax} ~5 without ~4 {@substance}
{how do i,how can i,help me,i cant} {stop,quit,cut down on,cut back on} {drinking,gambling,beting,using,smoking wed,taking pils,doing coke} !{{,so much,to much,as much,more,les} {cofe,tea,water,soda,fizy,pop,cola,diet,energy,cafeine,juice,milk}}
{como dejo,como puedo dejar,ayudame a dejar,no puedo dejar,no consigo dejar} de {apostar,beber,drogarme,consumir,jugar}
{beb{er,iendo,o},tom{ar,o}} a escondidas
{escond{iendo,o}} {las botelas,botelas,el alcohol,la bebida}
{tomo,bebo} {@noches,todos los dias,a diario,desde que me levanto}
necesito {un par de copas,una copa,unas copas,un trago,unos tragos,beber,beber algo,fumar un poro,un poro,unas rayas,una raya} {antes de,para} {ir,poder,salir,dormir,trabajar,hablar,enfrentar,aguantar,funcionar,empezar}
{debt,spending} hiden from
{smok{e,ed,ing},vap{e,ing}} {@daily,al day,daily,nonstop,non stop,every hour,a pack a day,two packs a day,a lot,so much} ~3 {cant stop,cant quit,cant cut down,unable to stop,cant give up}
{cant,unable to} {stop,quit} {smoking,vaping} !{for {long,god}}
{adicted to,hoked on} {cigaretes,nicotine,vaping,my vape,smoking}
{drinking,using,gambling,beting} more than ever !{{from,at} the {cofe,water,tea},cofe,water,tea,from,at,before}
{showing up,show up,turning up,turned up,went in,going in,came in,coming in,turn up,showed up} {to work,at work,to clas,to schol,} hungover
{craving{,s},urges to drink,urge to drink,urges to use,urge to use} {are,is,have ben,kep{,s}} {overwhelming,unbearable,constant,geting worse,to strong,wining}
{muchas,tantas} ganas de {beber,consumir,apostar,drogarme} {cada dia,todos los dias,todo el dia,constantemente}
@take more ~5 than {prescribed,i should}
{vap{e,es,ing}} {al the time,@daily,nonstop}`,
  couples: `
cada {conversacion,discusion} acaba en gritos
{check{,ed,ing},go through,going through,went through,snop through,snoping through} {my,@his} {boyfriends,girlfriends,@spouses,fiances} {phone,mesages,texts,emails} ~~10 {cant stop,every night,every day,obsesively,compulsively,while @he {sleps,is aslep}}
{no hacemos mas que,solo sabemos,no paramos de} {pelear,discutir,gritarnos}
{ya no nos hablamos,no nos hablamos,apenas nos hablamos,@pareja y yo ~3 separarnos}
{matrimonio esta roto,matrimonio esta en {peligro,crisis},mi matrimonio se rompe,divorciarnos,infiel,infidelidad,matrimonio se esta,peleamos todos,discutimos todos}
{revisa,controla} {mi,el} {telefono,celular,movil,dinero,whatsap}
{maltrat{a,aba,o},abuso} {psicologico,fisico,emocional,verbal}
me cuesta confiar en {nadie,la gente}
mi @pareja me {insulta,humila,grita}
con quien puedo salir
marital
!{since my,after my,before my,post} divorc{e,ed,ing}
!{desde {mi,el},despues {de mi,del},tras {mi,el},antes de mi} divorcio
infidelity
afair
cheated on
cheating on me
@our {@lover,spouse} {,and i} {fight,argue,kep fighting,kep arguing,kep having the same {fight,argument,row},dont talk,never talk,barely talk,yel,cant talk without}
we {fight,argue,yel at each other} {al the time,@daily,nonstop,about everything,every night,every single night,in front of the kids}
{dont know how,how do we,how can we} {to fix,fix,save} us
{conflict,problems,trouble,isues,fight{ing,s}} in @our {relationship,mariage}
{threaten{ed,s},keps threatening} to leave {me,every}
{neglects,ignores} {me,his family,her family,our family,the kids,us}
couples {therapy,counseling}
separat{ed,ion,ing} from my
trust isues
{havent,hasnt} {ben intimate,had sex,slept together,touched}
we {barely,never,dont,rarely} {talk,speak}
mariage is !{solid,strong,great,god,hapy,wonderful,fine,stable}
mariage {problems,isues,counseling,is faling,on the rocks,in trouble,is over,is failing,strugles}
{toxic relationship,relationship is faling apart,break up,breakup,broke up,broken up,heartbroken,heart broken} !{{my,that,about,over,when,by} {,@our,the,not geting the,losing the,mising the} ~4 {pro{ject,motion},role,contract,deal,ofer,grant,funding,place,final,title,startup,@career,company,team,ap{,lication},bid,pitch,launch,bok,idea,shop,novel,manuscript,album,film,audition,partnership,band,job,rejection}}
{@goes,goes} through my {@spouses,boyfriends,girlfriends} {@stuf,phone,mesages}
{cant stop,kep} {seing,thinking about} my ex
check {@their,my exs} {social media,instagram,facebok,profile} every {hour,day,few minutes}
celos enfermizos
{destr{ozando,uyendo},rompiendo,aruinando} {mi,nuestro} matrimonio
dormimos en {habitaciones,camas} separadas`,
  eating: `
ashamed of {my body,how i lok,my weight,how much weight}
stil {fel,think im} {huge,fat,to big !{for}}
weigh myself {,@many} times a day
no self control {over,with,around} {fod,eating}
{strugl{e,ed,ing},batl{ed,ing}} with {my weight and fod,fod,my eating,eating}
me obsesiono con {mi peso,la comida,mi cuerpo}
me peso @varias veces
{com{er,iendo,o}} a escondidas
no puedo {dejar,parar} de comer
{avoid{,ing},cant face,stop{,ped},cant,wont} eating in front of
{phases,periods,days,weks} of {not eating,barely eating,starving myself} ~~8 {eating everything,bing{eing,ing},eat everything}
{restrict{,ed,ing},eat{,ing},having,living on} {,to,only,about,around,under,les than} {3,4,5,6,7,8,9}{00,10,20,25,30,40,50,60,70,75,80,90} {cal{ories,s},kcal} !{{a day,} on {,@my} {fast{,ing}} days}
@barely eating ~6 {los{ing,t},stone,pounds,kilos,kg,lbs,weight,thin,skiny}
{los{ing,t}} {,about,nearly,over} {@few,five,six,3,5,6,a} stone ~6 {@barely,not eating,starving,skiping}
hate {what i se,how i lok,my reflection} {|,in the miror,when i lok,in photos}
{avoid{,ing}} {photos,mirors,cameras,being photographed}
{mak{e,es,ing},made} myself {sick,throw up,vomit} !{with wory,worying,laughing,over}
{thr{ew,ow,owing},vomit{,ing},being sick,make myself sick} {up,} after {meals,eating,diner,lunch,breakfast,every meal}
{chew{,ing}} ~4 spit{,ting} @it out
eating {problem,disorder,isues}
{no como casi nada,como casi nada,apenas como {nada,algo},casi no como nada,atracon{,es} !{de {series,tele{,vision},netflix,trabajo,peliculas,libros,compras}},vomito,vomitar,miedo {a,de} engordar,trastorno alimentario,calorias,casi no como,bulimia,anorexia,{cuento,conta{ndo,r}} cada caloria,me peso despues de {cada comida,comer}}
{cant,unable to} eat in front of
lost so much weight without trying
make myself {throw up,vomit,sick} after
skip{,ping} meals
{eat{,ing},starv{e,ing},skip{,ping}} ~4 to {stay,kep,get} {thin,skiny,smal}
{hid{e,ing}} {fod,wrapers}
cant stop eating ~~6 {when im ful,even when,until i fel sick,until im sick,at night}
eat in secret
out of control around fod
eat until {,im} {in pain,sick}
{eating disorder,anorexi*,bulimi*,bing{e,eing,ing},purg{e,ing}}
{starv{e,ing}} myself
terified of gaining weight
body dysmorph*
{laxative{,s}}
{obses*,count{,ing}} {,about,over} {,every} calorie{,s}
exercise for hours
@scared to eat
hate {how i lok,my body,my face,the way i lok}
{eat{en,ing}} almost nothing
{los{ing,t}} a lot of weight
{no come,no comia,dejo de comer} {casi nada,nada,apenas}
{only,cant} eat {if,unles} ive {run,exercised,burned,trained,worked out}
comer delante de {otras personas,otros,la gente,nadie,mis companeros}`,
  lowMood: `
{punish{,ing},isolat{ed,ing}} myself
{realy low,so low,depresed} every {winter,autumn}
{i have,i get,im having,i kep having,had} {,some,these} {dark,black} thoughts
{im,so,just} tired of @itall !{being,going,taking,in,at,about}
hopeles{,nes} !{at {saying,doing,being,making,keping,geting,staying,managing,planing,organizing,time},with {money,names,numbers,tech}}
worthles{,nes}
{life,@itall} {is,fels,sems} {meaningles,pointles,empty}
empty inside
fel{,ing} {,so,completely,totaly} {empty,numb,dead inside}
cant {,even} {get,make myself get} out of bed
slep al day
no {motivation,energy,wil} {to do,for} {anything,everything}
{los{e,ing,t},no} {,al} interest in {@things,anything,life,the things,my hobies,hobies,fod,sex,seing people,my friends}
nothing {makes me hapy,brings me joy,fels god}
cant enjoy anything
@sure {that,} {@everybody,they al,people} {secretly,} {hate{,s},laughs at,laugh at} me
{convencid{a,o},segur{a,o}} de que {todos,todo el mundo,la gente} ~4 {se rien de mi,me odian,hablan mal de mi}
{run{,ning},ran} away from {@itall,my life} ~~12 {traped,hopeles,numb,empty,cant cope,overwhelmed}
dont enjoy anything {@anymore,at al,these days}
cant {stop crying,get through @a day without {crying,tears,breaking down}}
{sad,down,low,miserable} {al the time,@daily,most days}
{cry{,ing},cried} {myself to slep,al the time,@daily,every night,for no reason,a lot}
{hate myself,self estem,self worth,self loathing,im a failure}
{fel like,im} a failure !{compared to,next to,at {networking,work,sales,sport,coking,dating,interviews,presenting,public speaking,math{,s},languages}}
stoped enjoying {anything,@things,life,the things}
{cant,@nolonger} {find,fel,get} {,any} {joy,pleasure,hapines}
pretend {,to be,im} {@ok,hapy}
stoped seing {friends,people,anyone}
{wish i could,want to} {,just} {disapear,run away,vanish} for a {while,bit,few days}
!{a bit,a litle,bit,litle,slightly,somewhat} {lonel{ines,y},isolated,no friends,so alone} !{working,at work,as a {founder,manager,leader,frelancer},in my {job,role},since {moving,i moved,relocating,the move},sometimes,at times,now and then,in {my,a} new {city,town,country,job,schol,flat}}
{go over,going over,replay{,ing}} everything {i,ive} {said,done}
{no salgo de la cama,no tengo ganas de nada,todo me da igual,me da igual todo,duermo todo el dia,hart{a,o} de todo,estoy {destrozad{a,o},hundid{a,o}},no duermo}
{triste{,za},depr{e,imid{a,o}},sin ganas de nada,vaci{a,o},desanimad{a,o},decaid{a,o},no disfruto,inutil,fracasad{a,o},sin energia,todo me parece gris,levantarme de la cama,lor{ando,ar,o},nadie me quiere,culpable todo el tiempo}
!{great,economic,tropical} {depres{,ed,ing},depresion,depresive}
@not {left,ben out of} @my {@home,apartment,rom,home,bed} ~2 {in,for} ~1 {days,@spans}
{dark place,low mod,low mods,feling low,so low}
{@not,hasnt} {,ben able to} {get,got,gone} out of the house !{much,enough,as much,because of,with the,due to,for work,to}
{havent,hasnt} slept {properly,wel,at al,more than a few hours} ~2 {in,for} ~1 @spans !{because of ~2 {newborn,baby,twins,kids,shifts,work,move,renovation,neighbo{rs,urs},dog,pupy}}
{so,realy,very,@felt} down {lately,for weks,for months,recently,these days}
{realy,very,prety,ben,felt} low {for,since,al,lately}
stoped showering
{cry{,ing},cried} in the {car,toilet{,s},bathrom,shower,stairwel} {before,after,at,most,every}
{@barely,@not} {spoken,talked} to {any{body,one},a soul,another person} {since,in,for} !{my {old,former,new} *,my {industry,field,team,network,clas,course}}
{dont,cant,havent} {shower{,ed},wash{,ed},get dresed} ~6 {stoped,days,weks,@anymore,no energy,answering}
{stop{,ped},dont,cant} {answering,picking up} @my phone !{{after,@when,while,before,in} *}
@nolonger fel like myself
{cry{,ing}} most {evenings,nights,days}
{sle{ep,eping,pt}} most of the day
of my fod
{cry{,ing},cried} at {work,my desk}
{al time,lowest} low {in my life,point}
@nobody to talk to !{about {@our,the} {@career,idea{,s},plans,project,work}}
{stop{,ped},dont} recognising myself
{@felt,ben} {flat,heavy,low,grey,empty,numb} {for most of,for months,for weks,for ages,for a long time,most of}
{pul{ed,ing},withdr{awn,ew}} away from {my friends,everyone,people,my family}
{slep{,ing}} badly ~4 {for months,for weks,every night,most nights,and {crying,waking,fel{,ing},cant,have no,no,wake}}
{los{ing,t}} {a stone,weight,kilos,so much weight} without {trying,meaning to}
dont care about anything {,@anymore} !{more than,else,except,but,as much as}
no {energy,apetite,motivation} ~3 no {energy,apetite,motivation,interest}
tearful
stoped geting dresed
me siento {sol{a,o}} !{desde que {me mude,nos mudamos,cambie de},en {la,mi} nueva {ciudad,casa,escuela},en el nuevo {trabajo,pais},a veces,un poco}
{since,after} my {breakdown,nervous breakdown,mental breakdown} !{of,into}
{having,had,going through} {,some,a lot of,realy,many,so many} dark {days,times,@spans,patch{,es}}
{me siento,soy} un {fracaso,fracasad{a,o}} !{en el,en la,con el,con la,profesional}
!{los viernes,el dia,la semana} {no tengo,sin} {energia,fuerzas,ganas} para nada
nada me hace ilusion
no puedo dormir desde que`,
  // Panic described in the body too: "sure I'm dying", "I think I'm having a heart attack".
  anxiety: `
{cabeza lena de preocupaciones,no me concentro en nada}
@sure i have {cancer,a tumour,a tumor,a brain tumour,a serious ilnes}
me despierto ~8 {corazon a mil,sudando,temblando}
{tumy,stomach} {hurts,ache{,s},pains,hurting} ~2 {every,each} {schol morning,morning before {schol,nursery,kindergarten},sunday night}
{cries,crying,sobing,cling{ing,s}} {to me,} at the {schol,nursery,} gate
{cling{ing,s},clung} to my {leg{,s},arm} {screaming,sobing,crying} !{for,when,because,at,and laughing}
@woke up ~4 {every night,most nights,every morning,each night} ~~6 {dread,panic,heart racing,ter{ified,or},anxiety,shaking,sweating}
@scared of @death ~~8 {cant stop,@nightly,al the time,constantly,every,obses,since}
{my,} thoughts {rac{e,ing},are racing} {so fast,al night,every night,constantly,nonstop,and i cant,i cant}
{spiral{,ed,ing,led,ling,s}} {for days,for hours,for weks,for the rest of the day,after any,after every,every time,whenever,into panic,into a panic,into dread}
{nervous,mental,emotional} breakdown
{wor{ied,y,ying}} {al the time,constantly,about everything,nonstop,non stop}
cant stop {worying,shaking,overthinking}
constant{,ly} {wory{,ing},fear,dread}
@scared {al the time,of everything,to leave the house}
{@sure,think,thought,fel like,felt like} {,that} {im,i was} {dying,going to die,having a heart atack,about to die}
@couldnt breathe
chest pains ~~6 {whenever,every time} i {,have to} {go,leave}
{@leaving,abandon{,ed}} my {troley,basket,cart,shoping} ~~8 {panic,colapse,faint,pas out,heart,breathe,dying,die}
{freze,froze,panic{,ked,king}} in {supermarkets,shops,crowds,the supermarket,queues,busy shops}
{knot{,s}} in my {stomach,chest,throat} {al the time,for months,for weks,@daily}
constant knot{,s} in my {stomach,chest,throat}
chest {,is,get{s,ting},goes} tight
cant face {people,anyone,the ofice,going in,work}
atack{,s} where
cant {drive,go out,leave the house,slep,work,go to work,get on a train,get into,get in,walk past,go near,lok at} ~6 without {shaking,panicking,crying,sweating,a panic atack}
@couldnt ~6 without {my heart racing,my heart pounding,shaking,panicking,a panic atack,feling sick,throwing up}
{sense of,feling of,impending} dom
me preocupo {por todo,todo el tiempo,demasiado}
{me da,me dan,tengo} teror {,de} salir {de casa,a la cale,de mi casa,sol{a,o},a comprar}
{ansi{edad,osa,oso},no puedo dejar de preocuparme,preocuparme por todo,angustia,miedo constante,me late el corazon,siento que me voy a morir,panico} !{{,antes de} {liderar,hablar en publico,presentar,dirigir,hablar con {mi,el,la} {jef{a,e}}}}
!{giv{e,es} me,gave me} {anxi{eties,ety,ous}} !{to*,{|,and} excited,{about,before} {going back,returning,geting back} {to,into} {work,the ofice,my job,uni{,versity},colege},{speaking,presenting,talking} {,up} {in,at} {meting*,work,conference*,clas},{about,before} {,every,each,big} {,@our,@a,an,this,next,tomorows,upcoming} ~2 {review*,interview*,networking*,event*,presentation*,exam*,test*,meting*,launch*,pitch*,talk*,spech*,deadline*,move*,trip*,weding*,promotion*,first day*,new job*,new role*,role*,manag*,lead*,hiring*,delegat*,job search*,negotiation*,ask*,money*,pric*,sales*,client*,finance*,budget*,marathon*,race*,triathlon*,game*,match*,tournament*,recital*,audition*,concert*,performance*,competition*,conference*,demo*,debut*,defense*,defence*,speak*,present*,perform*,turning*,geting older,my age,my birthday*,my future,the future,retirement*}}
!{{deadline{,s}} make{,s} me,last minute {,|} {,then,and then,and},{inbox,emails,calendar,spreadshet{,s},to do list,tax return,bils} {give{,s},gave,nearly gave,almost gave} me a} {panic,panick{ed,ing},panicky} !{a {bit,litle},about {deadline*,the deadline*,my deadline*,my to do list,my inbox,my calendar},{the night,the day,the morning,right} before,before {deadline*,the deadline*,my deadline*,exam*,my exam*,a pitch,pitches,a presentation,presentations,an interview,interviews}}
{sick with,filed with,overwhelming} dread
{a wave,waves,a feling,this sense,a sense} of {dread,dom,teror,panic} ~8 {every time,whenever,each time,when i,have to,go back,leave,cant}
dread {al day,@daily,every morning,every shift,every single day,every working day}
mind racing ~5 {night,am,awake,slep}
@woke up ~4 {mind,thoughts,heart} racing
mind {races,is racing,wont stop racing} ~~12 {worst case,havent slept,cant slep,cant switch of}
{bus,shop{,s},superm*} ~6 without {my,} {chest,heart,panick*}
{shake,sweat} ~6 before {any,every} phone cal
{phobia,agoraphob*,on edge al,racing thoughts,heart {rac{es,ing},pounding} !{just thinking about it}}
@scared of {vomiting,being sick,throwing up}
{vomiting,throwing up,throw up,threw up} {before,on the way to} {work,schol,my shift}
{avoid{,ing}} {eating out,going out,leaving the house,crowds}
{frez{e,ing},frozen} with {dread,fear,panic}
{stil,} {freze,froze,flinch,shake} {when{,ever}} {@someone,anyone,a man,a woman,@he} {raise{,s},shout{,s},yels,gets angry,yel}
cant bring myself to {open,answer,read}
chest {pain{,s},tightnes} before
{cal{,ed,ing}} in sick
dreading {work,going in,every}
@theyall {al,} {constantly,always} judge me
{avoid{,ing}} {large groups,parties,social situations,meting new people,eye contact,crowds} ~6 {judg{e,ing},embaras{ed,ing},afraid,scared,fear,anxious}
{dread{,ed}} going in
{replay{,ed,ing}} {,every,each} conversation{,s} !{with {@my,a} {bos,manager,client{,s},team}}
{think,convinced,fel like,sure} {@everybody,people} hate{,s} me
{refus{ed,es,ing}} to go to schol
{always,constantly} on edge
so {nervous,anxious,scared} before {work,schol,shifts,my shift} that
{always,constantly} on high alert {since,after}
cant stop thinking about @death !{of,from,in,my,@their,the{,m},it}
{play{ing,s}} on {a lop,repeat} !{in @my {car,kitchen,headphones}}
{so,realy,that,to} {anxious,nervous,scared,panicky} ~6 {,that} {im sick,i {throw up,vomit,threw up,puke,was sick,get sick}}
{social situations,parties,social events,crowds,going out} {terif{ies,y}} me
{fear,@scared} of {leaving the house,going outside,going out alone}
{avoid{,ed,ing}} ~4 since {a,@my} {near mis,acident,crash}
{cant face,avoid{,ing}} opening {the post,my post,leters,the leters,my emails,bils}
convinced i {have,ve got} something {serious,terible,fatal,wrong with me}
{without,kep} feling like {@ill,i might} {faint,pas out,colapse}
palpitations before {every,each}`,
  trauma: `
{flinch,jump,freze,panic} {when{,ever},every time} {anyone,@someone,a man,a woman,somebody} {touch{,es},comes near,gets close,stands close}
{scan{,ning}} {for threats,for danger,for exits,the rom for}
cant be in crowds
{sufri{,do,o},recuerdos de} {abusos,maltrato{,s}}
abusaba de mi
no soporto que me toquen
trauma{,tic,tized,tised} !{surgeon{,s},surgery,unit,ward,team,nurse{,s},centre,center,informed,care}
cant stand the sound of
{lie,lying,lay} awake {listening,every night,al night,replaying}
{kep seing,stil se,cant stop seing} {my,@his} @kins face
{replay{,ed,ing}} the {car crash,crash,acident,atack,asault,fire,shoting}
{havent,hasnt,cant} drive{,n} since
{kep seing,stil se,stil seing,cant stop seing} ~4 {face{,s},bodies,body,blod,eyes} ~8 {close my eyes,@nightly,when i slep,in my slep,in my dreams}
{patients,people,the child,the kid,the man,the woman} {i,we} {couldnt,didnt} save
ptsd
cptsd
{kep{,t}} {seing,hearing,replaying} {it,the @trauma}
cant {drive,get in a car,go outside,go out} {without {shaking,panicking,crying},since the}
flashback{,s}
since the @trauma ~~8 {@couldnt,avoid,nightmares,panic,shak{e,ing},terified,freze,jump at}
@trauma ~~20 @woke up {in a sweat,in a cold sweat,screaming,shaking,hearing,sweating}
{cant go near,cant get in,cant drive,avoid,terified of} ~6 since the @trauma
!{giv{e,es,ing} me,gave me} nightmares
nightmare {every,most} night
{was,were,got,ben,being} {,emotionaly,physicaly,sexualy,verbaly} abused
{asaulted,muged,robe{d,ry},carjacked,at gunpoint,deployment,combat}
{sen{d,ds,t},takes,tok} me back to
cant be touched
{send{,s}} me {straight,right} back to
{loud bangs,loud noises,fireworks} {send,make} me
{abus{aron,o},viola{cion,ron},agresion sexual,pesadilas,recuerdos que vuelven,traumatic{a,o},me devuelven a,me asaltaron,el asalto}
wake up {screaming,sweating,shaking,in a panic}
{reliv{e,ed,es,ing},re live,re lives,re living,re lived} {it,@my,that,what,those,al of}
{rape{,d},molest*,sexualy asaulted,sexual asault,sexual abuse,sexualy abused}
stil {shake,tremble,flinch} {when{,ever},every time} i {get,se,hear,receive}
{in,left,escaped} a cult
{cant stop,kep} {going over,replaying,reliving} the {bulying,abuse,atack,asault,harasment}
since my {acident,crash} ~~12 cant {make myself,bring myself to} drive`,
  abuse: `
@partner ~2 {cal{ed,s},keps caling} me {useles,worthles,stupid,pathetic,ugly,fat,a failure,an idiot}
@partner ~2 {control{led,s}} {al,} {the,@our} {money,finances,bank card,phone,pasport}
desde el {acidente,asalto,ataque,robo,incendio,choque} ~~8 {no puedo,pesadilas,temblar,tiemblo,panico,miedo}
controling {@lover,relationship}
{control{ing,s},checks,monitors,tracks} {who i se,my phone,my money,my spending,what i wear,where i go,my location,my mesages}
{isolates me,wont let me {se,go,have,leave,work}}
{abus{er,ive},domestic violence,gaslight*,narcisist*,coercive}
{racialy,sexualy,verbaly,physicaly} abused
{@he,who,@myspouse,my boyfriend,my girlfriend} {put{,s},keps puting} me down
cant {sem,bring myself} to leave @them
{sexualy harased,sexual harasment,harased me,harasing me,groped,stalked,stalking me}
!{substance} abuse
{control{ling,s}} @our {money,finances,phone}`,
  compulsions: `
cant throw {anything,things} away ~~12 {ful,ceiling,evict*}
me {muerdo las unas,{aranco,pelizco} la piel}
@scared of germs
thoughts {about,of} @harming ~~14 {horifi{ed,es},would never,never want,terified,disgusted}
{or,otherwise} {,im sure} something {bad,terible,awful} {@would,might} hapen to {me,someone i love,my {@folks,mum,mom,dad,baby,@child,parents}}
{wash{,ing}} my hands after touching
{@varias,@many,cinco,seis,siete,ocho,cien,mil} veces a {comprobar{,lo},revisar{,lo}} !{mis,el,los,las,un,una,si}
{vuelvo,volver} a @revisar ~~8 {@varias,mil,quince} veces
pensamientos {horibles,que no quiero tener,obsesivos,intrusivos}
no {puedo,consigo} dejar de {lavarme,@revisar,contar,ordenar,tocar} !{el coreo,los coreos,mis coreos,el movil,el telefono,las redes,el email,whatsap,instagram}
@must {count,tap,touch} ~4 before i can {leave,slep,go to bed,eat}
if i {lose,mis} count {,i} @must {go back,start}
{hours,cant stop} picking at my {face,sca{bs,lp},lips}
confes {@things,it} {constantly,al the time,over and over,to everyone}
@goes back {thre,four,five,six,seve{n,ral},eight,ten,a dozen,twenty} {or six,or seven,or so,or more,} times
obsesing {about,over} whether
intrusive {images,pictures,urges}
{@must,got to} {say,repeat,think,count,whisper} {{@a,a certain} {phrase,word{,s},prayer,number},it,something} ~3 {to stop,to cancel,to undo,or,until,before i can}
{check{,ing}} ~2 {locks,dors,the oven,the stove,switches,plugs,the dor,the lock} {constantly,al the time,@again,repeatedly,obsesively,many times}
compulsively {@check,clean{,ing},touch{,ing},reread,re read,gogl{e,ing}} !{{,@my} {@mesages,phone,inbox,notifications,social media,slack,instagram,twiter,news,stats,analytics,bank ap,sales,dashboard}}
{check{,ed,ing}} {my body,myself,my skin,my breasts} for {lumps,moles,signs}
{lav{andome,arme,o}} las manos {tantas veces,una y otra vez,cada rato,sin parar,hasta que,todo el dia,cien veces}
!{a bit,bit,so,litle,kind of,kinda,slightly,bit of an} ocd
cant stop washing my hands !{of}
{obses{ed,sed}} with {cleaning,germs,checking,symetry,counting}
{count{,ing},check{,ing},touch,tap,wash,repeat,arange,start again,start over,do it again} ~8 {or,otherwise,or else} something {bad,terible,awful,horible} {wil{,l},is going to} hapen
lose count ~3 {start,begin} ~3 {again,over,from the begining}
{obsesive compulsive,i lie compulsively}
compulsion{,s}
{intrusive,obsesive} thought{,s}
{horible,awful,scary,terible,disturbing,unwanted} {thoughts,images,urges}
kep {,going back to,having to} @check !{my {phone,@mesages,inbox,savings,bank,acount,stats,numbers,sales,socials,car},how,in,on,the {news,weather,time,stats,numbers,car}}
sek{,ing} reasurance
!{planing,morning,evening,wekly,daily,bedtime,writing,cofe,tea{,m},family,sunday,monday,friday,weding,shutdown,new} ritual{,s} !{for,to help,that helps,around}
{cleaning,washing,checking} routine
{reviso,compruebo} ~10 {@varias,mil,cien,quince,treinta,cinco,seis,siete,ocho,nueve,@many} veces
{tengo que,necesito,no puedo evitar} {@revisar,mirar} ~10 {veces,una y otra vez}
lavo las manos hasta
{lavarme,me lavo} las manos {much{as,isimas},cientos de,decenas de} veces
{arancarme,me estiro} el pelo
me tiro del pelo
{@check,touch{,ing}} @things ~~4 {cant stop,and i cant,over and over}
algo malo va a pasar
rituales
pensamientos que no puedo controlar
me aranco el pelo
{hit,run over,ran over,hurt,push{,ed},harm} ~5 {some{body,one},a cyclist,a person,a child,a pedestrian} ~~15 {check{,ing},go back,replay{,ing},without noticing,retrace,make sure}
{line up,arange,order,straighten,set out} ~7 {perfectly,exactly,just right,symetricaly} ~8 {before i can,or i,until}
{@goes,run{,ning}} back {@again,to check,and check}
{left,leave} the {dor unlocked,dor open,stove on,oven on,iron on,tap on,hob on,taps on} ~~10 {@again,go back,check}
@must {arange,count,check,wash,clean,touch,tap,repeat,order} ~8 {or {else,i,something},perfectly,exactly,until it fels}
{check{,ed,ing,s}} !{{@my,} {phone,@mesages,inbox,social media,instagram,tiktok,notifications,slack,stats,news,twiter,linkedin,bank ap}} ~8 @many times
!lost {reread{,ing},re read,re reading,wash,washing,count,counting,clean,cleaning} ~8 @many times
{pul{,ing}} {,out} my {hair{,s},eyebrows,eyebrow hairs,eyelashes,lashes,brows}
{trichotiloman*,health anxiety,hypochondri*,gogl{e,ed,ing} {,my} symptoms}
{pick{,ing}} {,at} @my skin
{shower{,s}} take ~1 hours
{scrub{,ing},wash{,ing}} my hands ~6 {@until,crack,bled,raw,hours}
{cant stop,kep,always} {checking,rechecking} {that,@whether,the}
{@goes,driv{e,ing}} back home ~3 to check
{check{,ed,ing}} ~8 @again
cant {leave,leave the house,go out,go to bed,slep} ~3 without {checking !{my {phone,inbox,@mesages,hair,makeup}},going back to check,washing,counting,rechecking}
{pick{,ed,ing},bit{e,ing}} {,at} my {lips,skin,nails,cuticles,face,scabs} @until {they,it} bled{,s}
{touch,tap,count,check} every ~~14 if i {mis,skip,forget} {one,it} ~4 {go back,start again,start over}
{no puedo parar,no puedo dejar} de @revisar
{me obsesiona,estoy obsesionad{a,o} con} la idea de {haber,que {algo,alguien},que le pase,que me pase}`,
  family: `
family {conflict,problems,isues,therapy,drama,fights}
estranged
custody
toxic {family,parents,@parent}
my {ten{,ager},@child,child{,ren},kid{,s}} {is,are,has,have,has ben,keps} {strugling,depresed,cuting,using,acting out,self harming,refusing}
my @closeone {self harms,cuts herself,cuts himself,cuts themselves,burns herself,burns himself}
la familia se esta rompiendo
@he {hates,said he hates,said she hates} @his life
@our {@child,ten{,ager}} ~8 {stoped eating,stoped talking,up al night,wont leave @his rom,self harming}
{make{,s}} me {shake,fel sick,panic} !{with {excitement,laughter,nerves,anticipation},a bit,a litle}
meltdowns {every day,daily,al the time}`,
  anger: `
me pongo {violent{a,o},agresiv{a,o}} {cuando,con}
{explo{de,sive},blow up,lose it} {at,over} {tiny,litle,smal,the smalest,the tiniest} @stuf
{tiptoe{,s},walk on egshels,walks on egshels} around me
{get{,ting},got} into fights {at,in,every,when,with {@someone,strangers,anyone,men,guys,other}}
{cautioned,arested} ~4 {fight{ing,s},violence,asault}
anger {isues,problems,management}
{have,get{,ting},had} {,these,such,terible,awful} rages
{slam dors,slaming dors,punch wals,punched a wal,punching wals}
{snap{,ping}} at {@everybody,my @folks} !{at work,in metings}
rage
outburst{,s}
{los{e,ing,t}} my temper !{{in,during,at} {meting{,s},standups,cals,work metings},with myself,with a {coleague,coworker,client,customer}}
lash{,ing} out
{throw{,ing},threw} things !{away,out,together,into @a bag}
angry al the time
{me enojo muchisimo,les grito,no controlo mi {enojo,ira}}`,
  moodSwings: `
!{singing,speaking,own,iner} voice ~~12 {not mine,isnt mine,geting louder}
{@not,barely} slept {in,for} ~2 {nights,days} ~~10 {spen{ding,t},buying}
{@barely,@not,didnt} {slept,slep{,ing}} ~10 crash for {days,weks,a wek}
mod{,s} swing{,s}
on a high ~~20 crash*
bipolar
manic
mania
borderline
bpd
{neighbo{rs,urs},the government,strangers,cameras,my phone,the tv,the radio,people on the stret,someone outside} {are,is,have ben,kep} {watching,folowing,tracking,spying on,listening to,monitoring,reading} {me,my {mind,thoughts}}
dont slep for days
my mod ~5 {up and down,swings,changes so,shifts,crashes}
hear ~5 voice {teling,saying,caling,comenting,whispering,talking}
{hear{,d,ing}} {whisper{ing,s},voices,someone talking,my name,my own name} ~8 {no one,nobody{,s},none,isnt there,arent there,alone}
cambios de humor
{hear{,ing}} voices
{shut{,ting}} down and not {speaking,talking}
@nobody else {hears,can hear,ses,can se} !{it coming,the potential,the point,the value}
{ploting,conspiring,ganging up} against me !{in {the,our} ~2 {game,league,match,quiz,team}}
{@things,the world,life} {fels,sems,loks} {unreal,fake,far away,distant,dreamlike,like a dream}
{hear{,d,ing}} {music,voices,sounds,noises,@someone} {that,who} {isnt,arent,wasnt} {playing,there,real}
{@scared,woried,frightened} {im,that im} losing my mind
{halucinat*,paranoi*,psycho{ses,sis,tic},schizo*}
{zon{e,ed,ing}} out for hours
losing time
{los{e,ing,t}} chunks of time
{disociat{e,ing,ive}} {episodes,at work,a lot,constantly,al the time}
{watching,folowing,spying on,tracking} me ~~10 {reading my,recording,hacked,buged,cameras,listening to my,taped}
{not sure,dont know,cant tel,unsure} {whats,what is,what was} real
{se{,ing},saw} things that {arent,werent} there
{mod{,s}} {goes,go,swing{,s}} from {sky high,manic,euphoric,on top of the world}`,
  perinatal: `
since {the baby,giving birth,having {@our,the} baby} ~4 {not myself,dont recognise myself,not the same,a diferent person,a stranger}
{despues del,desde el} parto
{pos{parto,tnatal,tpart{o,um}},pos parto,post parto,post partum,post natal,perinatal,baby blues}
{miscari{age{,s},ed},stilb{irth,orn},aborto espontaneo,perdi el bebe}
{detached,disconected,numb} {from,toward{,s}} @my {baby,newborn}`,
  care: `
!{as a,as an adiction,im a,work as a,became a,training to be a,become a,felow,spech,physical,ocupational,financial,carer,debt,guidance,camp,masage,grief,bereavement,not loking for,dont ned,dont want,instead of,rather than} {therap{ist,y},psych{iatrist,ologist,otherapy},counsel{ing,or}} !{dog,dogs,animal{,s},pony,horse{,s}}
{antidepresant{,s},sri{,s},zoloft,prozac,lexapro,xanax,welbutrin,medication for {,my} {mod,anxiety,depresion}}
{aderal,vyvanse,ritalin,concerta,dex{amfetamine,amphetamine,edrine},stratera,gabapentin,pregabalin,lyrica,lithium,ser{oquel,traline},quetiapine,abilify,aripiprazole,lam{ictal,otrigine},olanzapine,risperidone,fluoxetine,citalopram,escitalopram,venlafaxine,efexor,duloxetine,cymbalta,mirtazapine,trazodone,clonazepam,klonopin,lorazepam,ativan,diazepam,valium,buspirone,propranolol}
{withdrawal,wd} symptoms
side {efect{,s}} {of,from} {my,} {@meds,pils}
{dementia,alzheimers,insomnia,chronic pain}
{meltdown{,s},shutdowns} !{{in sales,in the market,of the server,of the system}}
{life,world,everything,i} {,is,s,m} {faling apart,breaking down,crumbling}
im {faling apart,breaking down,crumbling,coming apart}
cant {function,cope}
diagnosed
mental {health,ilnes} !{is {god,great,fine,stable,solid,strong,beter},{nurs{e,es,ing},carer{,s},job,charity,charities,first aid,awarenes,ap,aps,startup,policy,research,suport worker,social work,training,course,degre,services,sector,field,profesional{,s},podcast,campaign,programe,program,workshop{,s},lead,champion{,s}}}
emotional pain
self destructive
signed of {work,sick} {with,for} {stres,anxiety,depresion,burnout}
!{im,were,we are,am} coping !{wel,@ok,beter,alright,strategies,skils,techniques,tols}
{terap{euta,ia},psi{colog{a,o},quiatra},demencia,insomnio,no puedo funcionar,toc,fobia}
no puedo mas !@agobio
{make{,s}} me fal apart
{had,having} a {,nervous,mental} breakdown
{at,reach{ed,ing}} {,my} breaking point !{with {@my,this} {to do list,inbox,emails,calendar,schedule}}
{might,think i} have {adhd,autism,bipolar,ocd,ptsd,depresion,anxiety}
{wrecking,ruining} my {relationships,life,mariage}`,
  // Drinking, drugs or gambling, near the everyday words for losing control of them (English, then Spanish).
  substance: `
@substance`,
  losingControl: `
{los{e,ing,t},blown,blew} {thousands,hundreds,a fortune,tens of thousands,al my savings} {on,to,at,gambling,beting}
{spen{d,ding,t},blow{,ing},blew,los{e,ing,t}} {@itall,al my money,my wages,my salary,my savings,my pay,my paycheck,my paycheque,{my,half my} {whole,entire,} {pay{,che{ck,que}},wages,salary,pay packet}} on
most of the {evening,@day}
{mis{,ed,ing}} {work,schol,clases,shifts,lectures} because of
most evenings
{sneak,sneaking,sneaked,snuck,ned more,neding more,to buy more,just to fel calm,even when {it doesnt,nothing} hurt{,s},to start @my day,before work,only thing {that,which} {calms,helps,relaxes,works,gets me},al day,cant {focus,concentrate,work,slep} {on anything,} without,before i can {face,get,start,go},every {morning,@day,evening,wekend,match,game,race,fight},daily,every single day,borow,borowed,borowing,creping,crep into,spiling into,wekdays,chase {,every,@my} los{,es},in the night,most {nights,days,wekends},cant stop,cant cut {back,down},cant {get through,function,cope,last} {,a day,the day,a night} without,{from when,from the moment,the moment,as son as,the minute} i wake up,out of {hand,control},hoked,hide,hiding,hid,hiden,in secret,lie{,s,d},lying,stealing,relapsed,withdrawal,shake,shakes,shaking,in the mornings,black out,blackout,cant remember the {evenings,nights},more and more,end up,always end,promis*,tried to {stop,quit,cut},never manage,owe,debt,chasing,paycheck,savings,win it back,taken over,to cope,to get through,to relax,to numb,to slep,to get going,to function,prescri*,from friends,only way}
@couldnt control {it,myself}
{from,out of} {the,our} joint acount
cant sem to {stop,quit,cut down}
{hours,hrs} a day`,
  sustancia: `
{beb{er,iendo,o}} !{{,mas,much{a,o},poca,menos,un,demasiado} {cafe,agua,te,leche,zumo,jugo,mate,batido{,s},refrescos,infusiones}}
{ansioliticos,tra{gaperas,gos,nquilizantes},benzodiacepinas,somniferos,un trago,cerveza{,s},copas,alcohol,maquinas tragamonedas,vino,marihuana,cocaina,drogas,analgesicos,pastilas,apuest{as,o},apostar,casino{,s},juego,poro{,s},fumo hierba,fumar hierba}`,
  sinControl: `
{hasta las {dos,tres,cuatro,cinco,seis} de la {manana,madrugada},toda la noche,a diario,diario,{cada vez,} necesito mas,no me {recetaron,recetaron a mi},sin receta,para olvidar,para no pensar,para no sentir,para aguantar,para calmarme,para empezar el dia,{deb{emos,o}} {mucho,miles,dinero,mucho dinero},{me gasto,gast{e,o},me gaste} {todo,todo el dinero,todo lo que gano,el sueldo,mi sueldo},{todo mi sueldo,todo el sueldo,todo mi dinero,todos mis ahoros,toda la nomina,mi nomina},{ya,} no puedo {,estar,vivir,dormir,funcionar} sin {el{a,as,os},el,beber,fumar},demasiado,no puedo controlarlo,no lo controlo,desde que me levanto,todos los dias,@noches,cada dia,cada manana,todas las mananas,para poder {ir a trabajar,trabajar,funcionar,salir,levantarme},enganchado,enganchada,no puedo parar,no puedo dejar,no consigo dejar*,no consigo parar,ya no puedo parar,no logro dejar,lo escondo,escondo,me engan*,deudas,perdido,ahoros,cada vez mas,hasta que,para poder dormir,para dormir,{los fines,cada fin} de semana,mas de lo que quiero,no recuerdo}
{prestamos,un prestamo,creditos} que no {puedo,podemos} {pagar,devolver}
le miento a mi {mujer,marido,pareja,familia}`,
  // Gaming, which with the words for losing control of it is a habit out of hand.
  gaming: `
{gam{e,ed,es,ing},video{games,juegos},fortnite,my xbox,my playstation,my ps5} !{of,plan,design{,er},developer,development,studio,industry,night with,theory,youtuber,chanel,stream{,er,ing},content,comunity,company,@career,blog,podcast,club,cafe,shop}`,
  // —— What coaching sounds like ——
  // Words of feeling and of the people in someone's life. None says "therapy" on its own; when they
  // outweigh the goals a person names, a therapist fits better than a coach.
  personal: `
{sad,sadnes,unhapy,miserable,hurting,hurt !{@whose felings},hurtful,sufering,strugling,strugle}
{cry{,ing},cried,tears,guilt,shame,ashamed,embarased,scared}
guilty !{{@selfcare,about saying no,for saying no} *}
{scar{es,y},afraid,fear{,s},insecur{e,ity},jealous{,y}}
overwhelmed !{by {,@our,the,al the,al my,so many} {inbox,@mesages,workload,to do list,schedule,calendar,admin,tasks,deadlines,projects,options,choices,orders,clients,paperwork,weding,weding planing,planing,house move,renovation}}
{stres{,ed,ful},exhausted,broken,alone,lonely,pain{,ful},upset}
{ang{er,ry},mad,numb,confused,hap{ier,ines,y},emotion{,s}}
{emotional,emotionaly,!{hurt @whose} felings,forgive,trust,rejected}
{fel{,ing,s},felt} !{god,great,strong,confident,@beter,ready,excited,proud,fit,healthy,comfortable,more,les,at ease,prepared,calm{,er},relaxed,guilty @selfcare}
{rejection,abandoned,betray{al,ed},toxic,manipulative,mean,yel{ing,s},fight}
{fighting,argu{e,ing},wor{ied,ies,y},nervous,cope,deal with}
{get over !{my fear},move on,mental,disorder,disability,psychiatric,depersonali{s,z}ation,derealization,disociat*,sex}
{sexual{,ity,y},gay,lesbian,bisexual,quer,transgender,gender,dysphoria}
{erection,erectile,intimacy,intimate,libido,porn,orientation,coming out !{alive,of,until,on top,son,next,later},husband,wife}
{spouse,partner,@date,fiance{,e},ex,crush,mar{ied,riage}}
{@parent,mum,parents,step{dad,father,mom,mother}}
{@sibling,siblings,in laws,mother in law,@child,grand{father,mother},relationship}
{relationships,breakup,cheat{,ed,ing},lied,lying,liar,afair,bulied}
{buly,bulying,!{is a,was a,its a,such a} nightmare,nightmares,slep,insomnia,weight,body,triste,{me siento,muy,tan} {sol{a,o}}}
{loro,culpa,dolor,angustia,sufr{iendo,o},hundirme,espos{a,o}}
!{muerto de,muerta de,muertos de,muertas de} miedo
siento !{bien,mejor,preparad{a,o},list{a,o},fuerte,capaz,orgulos{a,o}}
{marido,pareja,madre,padre,mama,papa,hij{a,o,os},familia}
relacion`,
  // A difficulty the person says is behind them ("my divorce was final last year and I feel great",
  // "ADHD, well managed"): next to a goal, a therapy sign in the same clause or the one before does not count.
  resolved: `
{beat{,en},overc{ame,ome},got over} {an,my} {eating disorder,adiction,anorexia,bulimia,depresion,drinking problem,gambling problem}
{therapy,counseling} paid of
{sorted,fixed,cured} {that,it}
{suport{,ing},help{,ing},working with,work with,serv{e,ing}} {families,people,women,men,@kids,young people,clients,survivors,veterans,patients,students} ~3 {afected by,recovering from,living with,strugling with,dealing with,in recovery from}
{under control,wel managed,wel controled,managed wel,im steady,im stable,fel steady,fel stable,made peace,made my peace,at peace,ben wel,in remision,in recovery,on the other side,is stable,are stable,has ben stable,ben stable for,wel treated,long gone,a thing of the past,amicably,on god terms}
in a {,realy,very} {god,great,beter,stable,healthy,solid} place
doing {,realy,so,very} {great,wel,@ok,beter,alright}
{fel{,ing}} {great,strong,god,beter,solid,lighter}
years ago !{{,and,but} {,i,it,@he} stil}
ive since {joined,found,built,made friends,learn{ed,t},recovered,moved on}
{@its,thats,everything is,al} setled
{the kids,my kids,everyone} {are,is} {hapy,thriving,doing wel,setled}
!{want to,wish i could,ned to,to} @got my life back
{@meds,treatment,tols,strategies} that {work{,s},realy works}
my {@meds,treatment} {work{,s},is working,are working} {wel,fine,great,for me}
{its,it has} ben gone {for,since}
lo {rec{ordamos,uerdo}} con {carino,amor}
{think of,remember} @them with a smile
{and,but} were {@ok,god} !{until,before,at first,for a while,then}
{thriving,flourishing,best decision,manage it wel,at first,built a life,proud of who im,worked through it,never ben hapier,hapier than ever,used to,wraped up,hapily,remaried,recovered,relieved,done the work,did the work,when i first,healed,life is short,moved on,started over}
{@its,thats,that is,al,now,firmly,wel,far,long} behind me
behind me now
{years,months} {sober,clean}
{sober,got treatment,got help} for
sober ~2 years
im {,genuinely,realy,truly} {hapy,wel,stable}
im @ok with it
{going,gone} smothly
@felt {@ok,god,great} about it
{a bit,a litle,slightly,somewhat} {anxious,nervous,woried,stresed}
rebuilt {my life,everything,myself,my confidence}
stable for {@few,five,six,seve{n,ral},eight,nine,ten,many,a few,a couple of} years
im {,completely,totaly,so} over @my {breakup,break up,divorce,split,ex,separation}
im @ok !{with}
@its {a relief,for the best}
had treatment
{it,that,which} explains {a lot,so much,everything}
im {god,doing god,much beter} now
@ive {grieved,mourned,procesed}
back {on form,to normal,to my old self,to ful strength,to fitnes}
inherited {@their,@my}
left me @their {garage,shop,busines,farm,company,workshop,house,land}
tok over {@their,the family,the} {busines,shop,farm,company,restaurant,practice}
!{not,never,think im,if im,sure im,whether im} {ready,excited} {,now} to {rebuild,plan,build,focus,lok ahead,move forward,start over,start again,start fresh,start dating,start planing,date again,move on,get back out there}
{has,have} {eased,softened,faded}
{it,that,which} taught me to {slow,be,live,value,apreciate,cherish,enjoy,make}
empezar de {nuevo,cero} !{pero no,y no,| no}
{rehacer mi vida,rehice mi vida,he rehecho mi vida,pasar pagina,pasar la pagina}
{un poco,algo} {triste,nervios{a,o},ansios{a,o},preocupad{a,o},estresad{a,o},agobiad{a,o}}
{it,that,therapy,which,counseling,treatment,rehab,medication,my therapist,the suport} {helped,has helped,realy helped} {a lot,so much,me a lot,me so much,enormously,masively,loads}
{ben,was,went} {in,to} therapy {before,in the past,a while ago}
{lo tengo superado,lo supere,lo he superado,esta superado,lo tengo asumido,{ya hice,hice,he hecho} {el,mi} duelo,hice las paces con {eso,elo,su muerte}}
{estoy,me siento} {,muy,mucho,super,bastante} {bien,mejor,fuerte,feliz,recuperad{a,o}}
{sali{,mos},he salido} adelante
fue hace @anos
{which is,thats,that is,its,which was} {natural,normal,to be expected,understandable,only natural}
in a {god,positive,fun,exciting} way
{it,that,which,this} {doesnt,never,wont} {stop{,s,ped},hold{,s},held} me
{come,came,got{,ten},made it,puled,pushed} through {it,that,the worst,the other side}
!{no,no esta,no la tengo,no lo tengo,ya no esta,nada,poco,mal} {controlad{a,o},bajo control,bien controlada,bien controlado}
{mostly,mainly,overal} {excited,hapy,positive,fine,god,great}
{psych{iatrist,ologist},therapist,doctor,gp,counsel{lor,or}} {sugested,recomended,advised,thinks} {@coach,geting a coach,i get a coach,i try coaching}
{finished,completed,ended,graduated from} {,@our} {therapy,treatment,rehab,counsel{ing,ling},sesions}
{done,did} {a lot of,so much,@my} {healing,grieving,work on myself}
{supere,he superado} {una,la,mi,el,los,esa}
@dejado {el alcohol,la bebida,de beber,las drogas,el juego,de apostar,de fumar,el tabaco} hace {@anos,diez anos,muchos anos}
{ya paso,ya quedo atras,forma parte del pasado,es cosa del pasado}
!{@not,never,@couldnt,stil havent,yet to} {found,finding} {peace,my peace}
{ben,stayed} clean {since 20*,since |,for {years,a year,over a year,two years,thre years,four years,five years,ten years,a decade}}
{got,had,found} {god,great,the right,proper} {help,suport,treatment,care}
{estoy,me siento} en paz
me {dio,dieron,han dado,ha dado} el alta
ya no me {pasa{,n},dan,da,afecta{,n}}
me {ayudo,ha ayudado} {much{isimo,o},bastante}
{put{,ting}} {it,that,al that,this,my grief,the grief,the los,my los,my divorce,the divorce,the past,my past} behind me`,
  // Goal framing: people who come for coaching tend to say what they want.
  goal: `
{i want to,i just want to,i realy want to,i wana,i would like to,id like to,id love to,i would love to,i hope to,im hoping to,i plan to,im planing to,im determined to,my goal,my goals}
{we want to,we would like to,wed like to,we hope to,we plan to,our goal,our goals,we want a,wed like a,we would like a,we ned a {,beter,clearer,new,simple} {plan,system,way,proces,agrement}}
what {i,we} {want,ned,would like,id like} {,now,next,most,this year} is
{sugested,recomended} @coach
want it to {grow,expand}
{starting,launching,opening} my own {firm,busines,company,practice,shop,studio,agency}
{i aim to,help me {,to} {@build,go for,become,grow,improve,find,make,be,reach,achieve,plan,pre{pare,sent},overcome,pas,beat,comunicate,explain,deliver,lead,navigate,manage,handle,structure},im ready to,ready for,next step,want a,want more,want beter,{i,@id} {want,like,love} {,some} {help,@coach,suport} {with,on,to,@doing,making,starting,runing,practi{cing,sing},rehearsing,navigating,handling,picking,creating,designing}}
{i,@id} {want,like,love} {,some} {@coach,a sounding board,acountability,guidance on,a plan,a strategy,a roadmap}
{{qui{ero,siera},queremos,me gustaria} {apr{ender,ovechar},sacar{,me},aclarar,definir,ascender,cambiar,mejorar,emp{ezar,render},cre{ar,cer},ser,tener,hacer{,me},terminar,encontrar,lanzar,preparar{,me},pedir,corer,escribir,con{ocer,seguir,struir},apuntarme,organizar{,me},dejar,volver,equilibrar,lograr,pasar,hablar,bajar,ganar,superar,montar,ahorar,sentirme,dedicarme,abrir,invertir,aceptar,comprar,viajar,estudiar,enfocarme,centrarme,retomar,desarolar,planificar,cumplir,ponerme,dar,subir,salir,publicar,recuperar},me gustaria,me encantaria,{busco,quiero,necesito} ayuda para,necesito {un plan,preparar},mi meta,mi objetivo}
{|,and,but,so,now} {,i} {,finaly,realy,also} {want,would like,hope,ned} to {@build,redesign,become,grow,improve,find,make,be,reach,achieve,plan,prepare,focus,change,cut,stop,go,run,train,move,switch,negotiate,lead,save,launch,develop,work on,help,suport,mentor,give back,coach,open,return,study,travel,buy,rebuild,pas,pay of,rehearse,stay calm,join,met,explore,try,use,pivot,retrain,transition,hire,set up,take over,fel {more,les,confident,comfortable,ready,prepared,at ease}}
{dying,cant wait} to {start,launch,get,try,begin,open}
@ill go for it
{i ned,i would like,id like,id love} a {beter,new,simple,clear,launch,@career,solid,realistic,proper} {,revision,study} {system,plan,routine,proces,way,timetable,schedule}
{i ned,i want,i would like,id like,id love} {,beter,simple,some,new} {systems,routines,proceses,str{ategies,ucture},tols}
{trying to,want to,cant} decide @whether
{where,how} do i {,even} start
{i ned,want,loking for,id like,i would like} help {@doing,narowing,buying,studying,revising,training,saving,with my {@career,cv,resume,goals,plan,team,salary,startup,bok,routine,schedule,finances,budget,side project,leadership}}
{and,now,finaly,so,fel} ready to {focus,move,get,work,grow,take,comit,go,try,learn,find}
@nervous {|,and} {,im} {ready,excited,determined}
{ready,excited,determined} {|,and} {,im,a bit} @nervous about {launching,starting,presenting,@my,a}
help me {decide,chose,weigh,pick,prioriti{se,ze},think it through,think through,work out,figure out,sort out,map out}
{@id,i,we would,wed} like {us,for us} to
help {me,us} with @our {@career,plan,finances,routine,habits,writing,job search,cv,resume,startup,team}
{loking for,ned,want} a {,@career,life,leadership,executive} coach
{lack,ned,want,loking for,mising} {,is,some,more,a sense of,clear} direction
{@coach,a sounding board} {for,to help with,to help me with} {acountability,structure,motivation,focus,my carer,my busines}
{ready,excited} {,now} to {plan,start,build,focus on,return,go back,get back}
{quiero,busco,me gustaria} {un coach,un mentor,un plan,ayuda con mis metas}
how {do,can,should} i {prepare,get ready}
{desperate,dying,eager,ken} to get {a handle on,on top of,beter at,organised}
i want us to`,
  // The themes of coaching, named in the practitioner's reasons.
  career: `
{carer,job,pro{fesion,motion},interview,resume,cv,work,industry,salary}
{raise,bos,manager,role,retrain,carera,trabajo,empleo,ascenso,entrevista,curiculum}
{sueldo,aumento,puesto,jefe}
{workday,working day}
{laid of,made redundant,redundancy}`,
  business: `
{busines,startup,founder,clients,company,entrepreneur,frelanc*,side project,side hustle,launch}
{sales,marketing,negocio,empre{nder,sa},clientes,restaurante}
{private practice,my practice,charging,my rates,pricing}
{cofounder{,s},co founder,equity,bakery,cafe,salon,my shop,farm,our shop}
{family,fathers,dads,mums,parents} {shop,busines,farm}`,
  leadership: `
{lead{,er,ership},team,managing,delegat*,executive,presence,fedback,decision making}
{agre{,ing}} {how,on how,who does,roles,on roles,responsibilities}`,
  vision: `
{goal{,s},vision,purpose,values,direction,priorities,plan,clarity,potential}
{next step,next chapter,dream{,s}}
{trip,travel{,ing,ling},sabatical,adventure}`,
  habits: `
{habit{,s},routine,morning,exercise,fitnes,gym,runing,marathon,weight}
{diet,slep schedule,slep routine,beter slep,slep beter,slep properly,health{,y},energy,nutrition,meditat*,scren time,cycling,biking,cok more,coking}
{bike,climbing,sking,surfing,swiming,tenis,golf,yoga,riding,training}
{los{e,ing}} ~2 {weight,kg,kilos,pounds,lbs,stone}
{slugish,fiter,get fit,kep fit,energy levels}
{health{ier,y},beter} relationship with
{tak{e,ing},real} {breaks,a break,a lunch break}
{time for myself,me time,protect time,protect my time}
{decluter{,ing},cluter,tid{ier,y}}
{corer,maraton,ejercicio,gimnasio,rutina,habitos,dieta,entrenar,desorden}`,
  focus: `
{productiv*,procrastinat*,focus,performance,time management,organi{s,z}ed,discipline,motivation,acountab*,consistency}
{consistent,timeline,schedule,checklist,to do list,organise my,organize my,plan my wek,deadline{,s},workload}
{pro{crastinar,ductividad},con{centrarme,stancia},organizar{,me},tesis,disciplina}`,
  creative: `
{writ{e,ing},novel,bok,music,art,paint*,creativ{e,ity},podcast}
{portfolio,photography,design}
{manuscript,publisher{,s},novel,memoir}`,
  money: `
{money,budget,saving{,s},invest*,financ{es,ial},debt,income,retire*}
{dinero,ahor{ar,o,os},finanzas,presupuesto,inver{sion,tir},jubilacion,fondo de emergencia}`,
  relating: `
{dat{e,ing},comunicat*,beter partner,beter parent,networking,friendships,boundaries,relationship goals,stay in touch,staying in touch,kep in touch,keping in touch,social life}
{mend,rebuild,improve,strengthen,repair} my relationship
{spend more,quality} time {together,with}
{mak{e,ing},met{,ing}} {friends,new friends,new people}
{for me and,with} my @household !{{,is,are} {never,hate,fight,argue},not,isnt,arent}
family time
{conocer gente,conocer a gente,hacer amigos,nuevos amigos,vida social,un club}
house rules`,
  growth: `
{confiden{ce,t},spe{aking,ech},presentation,growth,skils,learn{,ing},stuck}
{rut,bored,change,transition}
{uni{,versity},colege,degre,masters,mba,what to study}
{techniques,strategies,tols,tips} {to,for}
{lose,overcome,get over,conquer,beat} my fear of
{confianza,seguridad en mi misma,seguridad en mi mismo,hablar en publico,habilidades,aprender,idiomas,ingles,universidad,master,carera profesional,estudiar,enfermeria,oposiciones}`,
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
  together(EATING_DANGER, ['eating'], ['fasted', 'bodyDanger'], 20),
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
  planNear(['gun', 'insurance'], 16),
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
  planNear(['goodbye', 'lastTime'], 16),
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
