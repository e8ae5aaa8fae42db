// Function words the frame reader needs, per language. TEMPORARY: moves into the language packs
// (src/lang/<code>/pack.yaml) when they land.
import type { Lang } from "../types.js";

export interface Grammar {
  /** Function words: never content. */
  stop: ReadonlySet<string>;
  /** Words that join two clauses ("and", "but", "while"). */
  conjunctions: ReadonlySet<string>;
  /** Words that open a phrase of its own inside a clause ("with 90 seats including the four …"). */
  clauseOpeners: ReadonlySet<string>;
  /**
   * Prepositions that put a figure out of its clause's verb's reach ("beating City 3-1 in front of
   * a crowd of 21,450": the crowd did not beat anybody). "by", "to" do not ("rose by 4%").
   */
  detached: ReadonlySet<string>;
  /** Prepositions after which a figure counts the noun before them ("a crowd of 21,450", "en bøde på 50.000 kroner"). */
  amountOf: ReadonlySet<string>;
  /** Prepositions: a noun after one is in a phrase of its own, not a clause's subject or topic. */
  prepositions: ReadonlySet<string>;
  /** Nouns that number something else: "the number of refugees" is about refugees. */
  quantityNouns: ReadonlySet<string>;
  /** Auxiliaries: a word after one is taken for a verb ("were killed", "er krydset"). */
  auxiliaries: ReadonlySet<string>;
  /** Determiners and possessives that may open the noun phrase after "of" ("of the vote"). */
  determiners: ReadonlySet<string>;
  /** The partitive preposition ("27.5 percent of the vote", "to ud af tre"). */
  partitive: ReadonlySet<string>;
  /** Endings of adjectives (a modifier, never the head of a noun phrase). */
  adjectiveEndings: readonly string[];
  /** The plural ending of nouns in a language that puts modifiers before the head ("s"), if any. */
  pluralEnding?: string;
  /** Endings of adverbs ("slightly"): never what a figure is about. */
  adverbEndings: readonly string[];
  /** Endings of verb forms (past tense, participles). */
  verbEndings: readonly string[];
  /** Inflectional endings (longest first): what may follow a word's base in its other forms. */
  inflections: readonly string[];
  /** Whether compounds are written as one word (split into known parts), and the linking letters. */
  compounds: { split: boolean; linking: readonly string[] };
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

const EN: Grammar = {
  stop: words(`a an the and or but nor so yet if then than that this these those there here of in on at by for from to into onto with without
    about above across after against along among around as before behind below beneath beside between beyond during except inside
    near off out outside over since through throughout till toward towards under until up upon within per via
    i me my we us our you your he him his she her it its they them their who whom whose which what when where why how
    all any both each few more most other some such no not only own same too very just also still even ever again further once
    is are was were be been being am has have had having do does did doing will would shall should can could may might must
    according s t mr mrs ms dr earlier later already now never always often especially nearly almost roughly around approximately
    some least less fewer while whereas whilst however although though because since whether either neither both
    yesterday today tomorrow ago last next first second third new
    higher lower bigger smaller larger greater better worse up down above below compared
    ahead behind ago apart away back alone apiece overall respectively altogether combined`),
  conjunctions: words("and but while whereas whilst plus or"),
  clauseOpeners: words("including excluding"),
  detached: words("in on for with without after before during under against among behind since until near outside inside across through front per"),
  amountOf: words("of"),
  quantityNouns: words("number numbers share proportion percentage amount total level count"),
  prepositions: words("in on at for with without from to by about after before during under over against among between behind since until near of into onto across through toward towards per via outside inside beyond despite"),
  auxiliaries: words("is are was were be been being has have had will would shall should can could may might must did does do to"),
  determiners: words("the a an its their his her our this that these those all"),
  partitive: words("of"),
  adjectiveEndings: ["ish", "ese", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "est", "ern"],
  verbEndings: ["ed", "ing"],
  adverbEndings: ["ly"],
  pluralEnding: "s",
  inflections: ["ing", "ies", "ied", "ed", "es", "s", "e", "y"],
  compounds: { split: false, linking: [] },
};

const DA: Grammar = {
  stop: words(`og eller men så hvis da end at som der her af i på ved for fra til ind ud med uden om over under efter før mod mellem gennem hos
    inden indtil siden blandt langs omkring bag foran op ned
    jeg mig min mit mine vi os vores du dig din dit dine han ham hans hun hende hendes den det de dem deres sin sit sine sig
    en et ene hvem hvis hvad hvor hvornår hvorfor hvordan hvilken hvilket hvilke
    alle alt enhver hver hvert begge få flere fleste anden andet andre nogen noget nogle ingen intet ikke kun også endnu stadig
    meget mange mere mest lidt samme selv sådan
    er var været blev bliver blive blevet har havde have haft vil ville skal skulle kan kunne må måtte får fik gør gjorde gjort
    ifølge tidligere senere allerede nu igen aldrig altid ofte især blot bare næsten cirka ca knap godt
    mens hvorimod samt fordi selvom dog imidlertid
    i går i dag i morgen sidste næste første anden tredje nye ny nyt
    højere lavere større mindre bedre værre op ned sammenlignet
    foran bagud tilbage væk alene stykket alt samlet henholdsvis`),
  conjunctions: words("og men mens hvorimod samt plus eller"),
  clauseOpeners: words("herunder heraf inklusive inklusiv"),
  detached: words("i for efter før under mod blandt hos ved uden siden inden foran gennem per pr"),
  amountOf: words("på af"),
  quantityNouns: words("antal antallet andel andelen procentdel procentdelen mængde mængden niveau niveauet"),
  prepositions: words("i på ved for med uden fra til af om efter før under over mod mellem blandt hos siden inden gennem foran bag trods"),
  auxiliaries: words("er var blev bliver blive blevet har havde have vil ville skal skulle kan kunne må måtte at"),
  determiners: words("de den det en et sin sit sine deres hans hendes alle disse denne dette"),
  partitive: words("af"),
  adjectiveEndings: ["sk", "ske", "ig", "ige", "lig", "lige", "isk", "iske", "ste"],
  verbEndings: ["ede"],
  adverbEndings: [],
  inflections: ["erne", "ende", "ene", "ede", "ens", "ets", "ers", "en", "et", "er", "es", "te", "e", "s", "t", "r"],
  compounds: { split: true, linking: ["s", "e"] },
};

const GRAMMARS: Record<Lang, Grammar> = { en: EN, da: DA };

export function grammarOf(lang: Lang): Grammar {
  return GRAMMARS[lang];
}
