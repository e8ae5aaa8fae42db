// Language of a claim: Danish when Danish letters or Danish function words outweigh English ones.
import type { Lang } from "../types.js";
import { daCompound, DA_SMALL, EN_SMALL } from "./lexicon.js";
import { tokenize, type Tok } from "./tokens.js";

const DA_WORDS: ReadonlySet<string> = new Set([
  "og", "er", "af", "til", "det", "den", "har", "blev", "som", "på", "med", "ikke", "der", "en", "et", "fra",
  "flere", "mindst", "var", "de", "han", "hun", "vi", "jeg", "kan", "skal", "vil", "blive", "bliver", "blevet",
  "sagde", "siger", "efter", "mod", "om", "ved", "hvor", "hvis", "eller", "også", "ud", "nu", "år", "året",
  "mere", "færre", "næsten", "cirka", "omkring", "mellem", "godt", "mange", "nogle", "alle", "sin", "sit", "sine",
  "deres", "hans", "hendes", "være", "været", "havde", "hvad", "hvem", "så", "når", "kun", "dræbt", "dræbte",
  "døde", "såret", "sårede", "soldater", "danskere", "personer", "mennesker", "siden", "inden", "indtil", "knap",
  "højst", "ifølge", "fordi", "mens", "uden", "igen", "meget", "andre", "anden", "andet", "hver", "første",
  "sidste", "ingen", "noget", "nogen", "dem", "ham", "hende", "os", "jer", "sig", "man", "dag", "uge", "måned",
  "omkom", "mistede", "livet", "krigen", "landet", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
  "søndag", "januar", "februar", "marts", "maj", "juni", "juli", "oktober", "tusind", "tusinde", "hundrede",
  "millioner", "procent", "kroner", "ca", "mio", "mia", "dansk", "danske", "ved", "over", "under",
]);
/** Words both languages use: they count for neither. */
const SHARED: ReadonlySet<string> = new Set(["over", "under", "i", "to", "fire", "man", "bin", "august", "september", "november", "december", "april"]);

const EN_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "of", "in", "is", "was", "were", "are", "has", "have", "had", "that", "this", "with",
  "by", "from", "on", "at", "for", "it", "its", "as", "be", "been", "which", "who", "more", "than", "less",
  "fewer", "least", "about", "after", "before", "since", "during", "killed", "died", "people", "they", "he",
  "she", "his", "her", "their", "not", "there", "were", "said", "says", "would", "will", "into", "out", "up",
  "some", "nearly", "almost", "around", "between", "soldiers", "babies", "baby", "wounded", "dead", "year",
  "years", "percent", "million", "billion", "thousand", "hundred", "dozens", "hundreds", "thousands", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "june",
  "july", "october", "what", "when", "where", "while", "but", "or", "no", "all", "one", "these", "those", "we",
  "you", "our", "them", "him", "war", "attack", "attacks", "troops", "than", "only", "also", "then", "because",
]);

/** "da" when Danish letters (æøå) or Danish function words dominate, else "en". */
export function detectLanguage(text: string): Lang {
  return languageOfTokens(tokenize(text.length > 20000 ? text.slice(0, 20000) : text));
}

/** The same, on tokens already made (the figure reader tokenises each sentence once). */
export function languageOfTokens(toks: readonly Tok[]): Lang {
  let da = 0;
  let en = 0;
  for (const t of toks) {
    if (t.type !== "w") continue;
    const w = t.low;
    if (SHARED.has(w)) {
      // lower-case "i" is the Danish preposition; capital "I" the English pronoun
      if (w === "i" && t.raw === "i") da += 1;
      else if (w === "i" && t.raw === "I" && t !== toks[0]) en += 1;
      continue;
    }
    let danish = false;
    for (let k = 0; k < w.length; k++) {
      const ch = w[k];
      if (ch === "æ" || ch === "ø" || ch === "å") {
        danish = true;
        break;
      }
    }
    if (danish) da += 1.5;
    if (DA_WORDS.has(w)) da += 1;
    else if (Object.hasOwn(DA_SMALL, w) || daCompound(w) !== null) da += 1;
    if (EN_WORDS.has(w)) en += 1;
    else if (Object.hasOwn(EN_SMALL, w)) en += 1;
  }
  return da > en ? "da" : "en";
}
