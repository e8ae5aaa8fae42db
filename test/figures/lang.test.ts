import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/figures/index.js";
import type { Lang } from "../../src/types.js";

const cases: [string, Lang][] = [
  ["To babyer døde ved grænsen.", "da"],
  ["Fire babyer døde.", "da"],
  ["Syvogfyrre danskere døde i Afghanistan.", "da"],
  ["44 danskere blev dræbt og over 200 såret.", "da"],
  ["Miller overdrog kommandoen søndag.", "da"],
  ["Det er ikke rigtigt.", "da"],
  ["Flere end 200 soldater blev sendt til Irak i 2003.", "da"],
  ["Han har været i hæren siden 2001.", "da"],
  ["Mindst 43 danske soldater er omkommet.", "da"],
  ["Angrebet 11. september 2001 kostede næsten 3.000 mennesker livet.", "da"],
  ["Two babies died.", "en"],
  ["Bin Laden died in 2011.", "en"],
  ["More than 200 people were wounded.", "en"],
  ["The attack in Århus killed two.", "en"],
  ["Søren Kierkegaard was a Danish philosopher.", "en"],
  ["Four soldiers died on Monday.", "en"],
  ["Fire destroyed the building.", "en"],
  // ("kroner" is written in both: English claims about Danish sources use it)
  ["Costs fell to 412 kroner.", "en"],
  ["Det koster 412 kroner.", "da"],
  ["2,448", "en"],
  ["", "en"],
  // Danish dates are Danish evidence (issue 10, item 4)
  ["Angrebet fandt sted 11. september 2001.", "da"],
  ["Det skete den 31. august.", "da"],
  ["Angrebet 11. september 2001.", "da"],
  ["Valget 1. november.", "da"],
  ["It happened on 11 September 2001.", "en"],
  // words for units, shares and vague quantities that only one language has
  ["Renten steg 0,75 procentpoint.", "da"],
  ["Halvdelen stemte nej.", "da"],
  ["Billetten koster kr. 500 for voksne.", "da"],
  ["Tusindvis demonstrerede.", "da"],
  ["Rates rose by two thirds.", "en"],
  // word endings of the language when no function word tells
  ["Priserne faldt.", "da"],
  ["Kommunen byggede 40 boliger.", "da"],
  ["Prices fell sharply.", "en"],
  // words both languages use count for neither
  ["Det tog 3 uger at genopbygge.", "da"],
  ["He waited at home for her.", "en"],
  // "fire" is an English word too: "hvert" and "uger" tell
  ["Hvert sommerjob varer fire uger.", "da"],
  // a name's letters and endings are no evidence (a capitalised word after the first): the
  // sentence's own words tell
  ["Dog owner Karsten Mølgaard is 77 years old.", "en"],
  ["Chairman Søren Højgaard Kjærsgaard is 58.", "en"],
  ["Søren Kjærsgaard er 58 år.", "da"],
  ["Kjærsgaard fylder 58 år.", "da"],
  // (so is the first word's, when a capitalised word follows: a name of several words)
  ["Hjortebæk Music School's teaching staff amounts to 28 full-time positions.", "en"],
  ["Bøgely School has 97 pupils.", "en"],
  ["Ravnsø Kunstmuseum har 14 faste ansatte.", "da"],
];

describe("detectLanguage", () => {
  it.each(cases)("%s → %s", (text, lang) => expect(detectLanguage(text)).toBe(lang));
});
