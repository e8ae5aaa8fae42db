// The figure reader's fast paths (src/figures/words.ts, tables.ts, scan.ts): the per-word memo
// found by spelling, the word classes that let the scan skip readers, phrase tables that remember
// misses on a word's record, look-behind at the first token, and literal values computed without
// parsing. Each must give what the readers give without it: figures written without digits, or
// started by punctuation, or at the very start of a sentence, are still read; a word read in both
// languages keeps each language's meaning; and so after the memo has been emptied.
import { describe, expect, it } from "vitest";
import { readSentence } from "../../src/figures/index.js";
import { literalValue } from "../../src/figures/numbers.js";
import { tokenize } from "../../src/figures/tokens.js";
import type { Lang } from "../../src/types.js";

type Row = [string, Lang, [text: string, kind: string, value: number | string | null][]];

const ROWS: Row[] = [
  // number words, months, weekdays, vague quantities and shares: no digit in the sentence
  ["Fire babyer døde.", "da", [["Fire", "count", 4]]],
  ["Two babies died.", "en", [["Two", "count", 2]]],
  ["a dozen houses burned", "en", [["a dozen", "count", 12]]],
  ["halvanden milliard kroner", "da", [["halvanden milliard kroner", "money", 1500000000]]],
  ["Syvogfyrre danskere døde i Afghanistan.", "da", [["Syvogfyrre", "count", 47]]],
  ["two thousand four hundred and forty-eight soldiers", "en", [["two thousand four hundred and forty-eight", "count", 2448]]],
  ["It happened in May.", "en", [["May", "month", "--05"]]],
  ["Four soldiers died on Monday.", "en", [["Four", "count", 4], ["Monday", "weekday", "monday"]]],
  ["Det skete i mandags.", "da", [["mandags", "weekday", "monday"]]],
  ["Dozens were hurt.", "en", [["Dozens", "vague", "dozens"]]],
  ["Tusindvis demonstrerede.", "da", [["Tusindvis", "vague", "thousands"]]],
  ["Most of the voters stayed home.", "en", [["Most of", "percent", 50]]],
  ["Three quarters of the budget went to defence.", "en", [["Three quarters of", "percent", 75]]],
  ["Every fourth child is poor.", "en", [["Every fourth", "percent", 25]]],
  ["Hver fjerde dansker stemte.", "da", [["Hver fjerde", "percent", 25]]],
  ["Two out of three voters agreed.", "en", [["Two out of three", "percent", 66.66666666666667]]],
  ["To ud af tre vælgere var enige.", "da", [["To ud af tre", "percent", 66.66666666666667]]],
  // number words that start no share phrase of their own
  ["Four out of five doctors agreed.", "en", [["Four out of five", "percent", 80]]],
  ["Fire ud af fem læger var enige.", "da", [["Fire ud af fem", "percent", 80]]],
  ["Four fifths of the money was spent.", "en", [["Four fifths of", "percent", 80]]],
  ["Seven in ten voters", "en", [["Seven in ten", "percent", 70]]],
  ["1 in 4 children", "en", [["1 in 4", "percent", 25]]],
  ["Between two and three hundred people came.", "en", [["Between two and three hundred", "count", null]]],
  ["half a million people", "en", [["half a million", "count", 500000]]],
  ["en halv million mennesker", "da", [["en halv million", "count", 500000]]],
  ["No one died.", "en", []],
  ["One of them died.", "en", []],
  // figures that start with punctuation
  ["Rates rose by .75 percentage points.", "en", [[".75 percentage points", "quantity", 0.75]]],
  ["It cost $5 billion.", "en", [["$5 billion", "money", 5000000000]]],
  ["Billetten koster kr. 500 for voksne.", "da", [["kr. 500", "money", 500]]],
  // a number as the first token (look-behind before it), and glued punctuation
  ["1. Item one.", "en", [["one", "count", 1]]],
  ["[1] Source", "en", []],
  ["9/11 changed everything.", "en", [["9/11", "date", "--09-11"]]],
  ["2001-09-11 was a Tuesday.", "en", [["2001-09-11", "date", "2001-09-11"], ["Tuesday", "weekday", "tuesday"]]],
  ["11.9.2001 var en tirsdag.", "da", [["11.9.2001", "date", "2001-09-11"], ["tirsdag", "weekday", "tuesday"]]],
  ["F-16 jets flew over.", "en", []],
  ["1990s music", "en", [["1990s", "year", null]]],
  ["12 %", "da", [["12 %", "percent", 12]]],
  ["200+ people", "en", [["200+", "count", 200]]],
  ["10:30 am", "en", [["10:30 am", "clock", 630]]],
  ["kl. 10.30", "da", [["kl. 10.30", "clock", 630]]],
  // words both languages write, with each language's meaning ("to": two in Danish)
  ["Fra 300 til 400 soldater.", "da", [["Fra 300 til 400", "count", null]]],
  ["From 300 to 400 soldiers.", "en", [["From 300 to 400", "count", null]]],
  ["To babyer døde.", "da", [["To", "count", 2]]],
  ["Over 200 were hurt.", "en", [["Over 200", "count", 200]]],
  ["Over 200 blev såret.", "da", [["Over 200", "count", 200]]],
  ["I saw 3 ships.", "en", [["3", "count", 3]]],
  ["Han har været i hæren siden 2001.", "da", [["siden 2001", "year", 2001]]],
  ["The 1967 Protocol removed the limits.", "en", [["1967", "year", 1967]]],
  ["Angrebet 11. september 2001 kostede næsten 3.000 mennesker livet.", "da", [["11. september 2001", "date", "2001-09-11"], ["næsten 3.000", "count", 3000]]],
];

const OTHER: Record<Lang, Lang> = { en: "da", da: "en" };

function read(text: string, lang?: Lang) {
  return readSentence(text, lang).figures.map((f) => [f.text, f.kind, f.value]);
}

function checkRows() {
  for (const [text, lang, want] of ROWS) {
    expect(read(text, lang), `${text} (${lang})`).toEqual(want);
    expect(read(text), `${text} (detected)`).toEqual(want);
    // the same words read in the other language first: each language keeps its own classes
    read(text, OTHER[lang]);
    expect(read(text, lang), `${text} (${lang}, after ${OTHER[lang]})`).toEqual(want);
  }
}

describe("fast paths read what the readers read", () => {
  it("reads figures with and without digits, in both languages", checkRows);

  it("reads the same after the word memo has been emptied", () => {
    // more distinct spellings than the memo keeps: it is emptied and refilled on the way
    const words: string[] = [];
    for (let k = 0; k < 60_000; k++) words.push(`q${k.toString(36)}x`);
    for (let k = 0; k < words.length; k += 1000) tokenize(words.slice(k, k + 1000).join(" "));
    checkRows();
  });
});

describe("a token's forms come from its spelling's memo record", () => {
  const WORDS = ["the", "The", "THE", "Ærø", "ÆRØ", "æRø", "İstanbul", "ǅemal", "Cafe\u0301", "café", "𝒜lpha", "Straße", "I", "i"];

  it("as the tokenizer makes them, on first and later sight", () => {
    for (let pass = 0; pass < 2; pass++) {
      for (const w of WORDS) {
        const [t] = tokenize(` ${w} `);
        expect(t.raw).toBe(w);
        const ascii = [...w].every((ch) => ch.charCodeAt(0) < 128);
        expect(t.low).toBe(ascii ? w.toLowerCase() : w.normalize("NFC").toLowerCase());
        expect(t.upper).toBe(w[0] !== w[0].toLowerCase());
        expect(t.start).toBe(1);
        expect(t.end).toBe(1 + w.length);
      }
    }
  });

  it("tells spellings apart that differ only in case or in one letter", () => {
    const toks = tokenize("the The tha thé the");
    expect(toks.map((t) => t.raw)).toEqual(["the", "The", "tha", "thé", "the"]);
    expect(toks[0].word).toBe(toks[4].word);
    expect(toks[0].word).not.toBe(toks[1].word);
  });
});

describe("literal values", () => {
  it("equal Number() of the literal's text", () => {
    // a fixed pseudo-random sequence: the same cases on every run
    let seed = 12345;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const digits = (n: number) => Array.from({ length: n }, () => rnd(10)).join("");
    for (let k = 0; k < 20_000; k++) {
      const int = digits(1 + rnd(16));
      const frac = digits(rnd(17 - int.length));
      const exp = [0, 0, 3, 6, 9, 12, 2][k % 7];
      expect(literalValue({ int, frac }, exp)).toBe(Number(`${int}${frac}e${exp - frac.length}`));
    }
  });
});
