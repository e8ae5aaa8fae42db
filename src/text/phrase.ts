// A term phrase as the matcher sees it, made the same way for the built-in lexicon, vocabulary
// files and inline terms of facts: tokenised as claims are, stemmed unless it names an entity.
import { isCapitalised, stem, tokenize } from "./tokens.js";
import type { Lang, TermPhrase } from "../types.js";

/**
 * Names of entities are not stemmed ("Indien" must not become "ind", the Danish for "into"); other
 * words are, so inflections match. A token written with a capital letter only matches a word
 * written with one ("Turkey" is not the bird, the party "Venstre" is not "til venstre"). A phrase
 * written with a leading "=" matches as written only, whose stem is another word's too (Danish
 * "=aktiver", assets, is no "aktive", active).
 */
export function makePhrase(written: string, lang: Lang, entity = false): TermPhrase {
  const asWritten = written.startsWith("=");
  const text = asWritten ? written.slice(1).trim() : written;
  if (asWritten) entity = true;
  const toks = tokenize(text);
  const tokens = toks.map((t) => (entity ? t.lower : stem(t.lower, lang)));
  const phrase: TermPhrase = { text, lang, tokens, caseSensitive: isCapitalised(text) };
  if (entity) phrase.exact = true;
  else if (toks.some((t, i) => t.lower !== tokens[i])) phrase.forms = toks.map((t) => t.lower);
  const capitals = toks.map((t) => t.raw[0] !== t.raw[0].toLowerCase());
  if (capitals.some(Boolean)) phrase.capitals = capitals;
  return phrase;
}
