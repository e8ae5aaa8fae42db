// The frame reader on a small hand-made lexicon: what each figure counts, what happened, who and
// where — in English and Danish, with clauses, coordination, partitives, possessive dates and
// Danish compounds.
import { describe, expect, it } from "vitest";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { lexiconOf } from "../../src/facts/lexicon.js";
import { parseFigures } from "../../src/figures/index.js";
import { grammarOf, tellsOfPast } from "../../src/frames/grammar.js";
import { readFrames, sentenceTerms, type Frame } from "../../src/frames/index.js";
import { makePhrase } from "../../src/text/phrase.js";
import type { Concept, ConceptType, EntityClass, Lang } from "../../src/types.js";

function concept(id: string, en: string[], da: string[], more: { class?: EntityClass; type?: ConceptType; broader?: string[] } = {}): Concept {
  const entity = more.class !== undefined;
  return { id, ...more, phrases: [...en.map((t) => makePhrase(t, "en", entity)), ...da.map((t) => makePhrase(t, "da", entity))] };
}

const lexicon = lexiconOf(
    [
      concept("people", ["people", "persons"], ["mennesker", "personer"]),
      concept("refugees", ["refugee", "refugees"], ["flygtning", "flygtninge", "flygtningene"], { broader: ["people"] }),
      concept("children", ["child", "children"], ["barn", "børn", "børnene"], { broader: ["people"] }),
      concept("seats", ["seat", "seats"], ["mandat", "mandater"]),
      concept("votes", ["vote", "votes"], ["stemme", "stemmer", "stemmerne"]),
      concept("turnout", ["turnout"], ["valgdeltagelse", "valgdeltagelsen"]),
      concept("prices", ["price", "prices"], ["pris", "priser", "prisen", "priserne"]),
      concept("food", ["food"], ["fødevare", "fødevarer"]),
      concept("electricity", ["electricity"], ["el", "strøm"]),
      concept("general-election", ["general election"], ["folketingsvalg"]),
      concept("crowd", ["crowd"], ["publikum"]),
      concept("prison", ["prison"], ["fængsel"]),
      concept("win", ["win", "won", "winning"], ["vinde", "vandt", "vundet"], { type: "predicate" }),
      concept("rise", ["rise", "rose", "risen"], ["stige", "steg", "steget"], { type: "predicate" }),
      concept("kill", ["kill", "killed"], ["dræbe", "dræbt"], { type: "predicate" }),
      concept("wound", ["wound", "wounded"], ["såre", "såret"], { type: "predicate" }),
      concept("beat", ["beat", "beating"], ["slå", "slog"], { type: "predicate" }),
      concept("cross", ["cross", "crossed"], ["krydse", "krydsede"], { type: "predicate" }),
      concept("be", ["be", "is", "was", "were"], ["være", "er", "var"], { type: "light" }),
      concept("jobs", ["job", "jobs"], ["job", "stilling", "stillinger"]),
      concept("cut-jobs", ["cut jobs", "lose jobs"], ["nedlægge stillinger", "nedlægger stillinger"], { type: "predicate" }),
      concept("copenhagen", ["Copenhagen"], ["København"], { class: "place" }),
      concept("passengers", ["passenger", "passengers"], ["passager", "passagerer"]),
      concept("figure-number", ["figure", "figures"], ["tal", "tallet", "tallene"]),
      concept("employment", ["employs people"], ["beskæftiger folk"]),
      concept("years", ["year", "years"], ["år", "året"]),
      concept("theft", ["theft", "thefts"], ["tyveri", "tyverier"]),
      concept("fall", ["fall", "fell"], ["falde", "faldt"], { type: "predicate" }),
      concept("forest", ["forest", "wood"], ["skov", "skoven"]),
      concept("denmark", ["Denmark", "Danish", "Danes"], ["Danmark", "dansk", "danske", "danskere"], { class: "place" }),
      concept("tajikistan", ["Tajikistan"], ["Tadsjikistan"], { class: "place" }),
      concept("social-democrats", ["Social Democrats"], ["Socialdemokratiet"], { class: "organization" }),
      concept("buildings", ["building", "buildings"], ["bygning", "bygninger"]),
      concept("build", ["build", "building", "built"], ["bygge", "byggede"], { type: "predicate" }),
      concept("cost", ["cost", "costs"], ["koste", "kostede"], { type: "predicate" }),
      concept("visitors", ["visitor", "visitors", "guests"], ["gæst", "gæster"]),
      concept("spectators", ["spectator", "spectators"], ["tilskuer", "tilskuere"]),
      concept("home-games", ["home game", "home games"], ["hjemmekamp", "hjemmekampe"]),
      concept("beer", ["beer"], ["øl"]),
      concept("cars", ["car", "cars", "passenger cars"], ["bil", "biler"]),
      concept("council", ["council"], ["byråd", "byrådet"]),
      concept("say", ["say", "said", "says"], ["sige", "sagde", "siger"], { type: "report" }),
      concept("produce", ["produce", "produced"], ["producere", "producerede"], { type: "predicate" }),
      concept("age", ["age", "average age"], ["alder", "alderen", "gennemsnitsalder", "gennemsnitsalderen"]),
      concept("benefits", ["benefit", "benefits"], ["ydelse", "ydelser"]),
      concept("subsidies", ["subsidy", "subsidies", "grant", "grants"], ["tilskud", "tilskuddet"]),
      concept("town", ["town", "towns"], ["by", "byen"]),
      concept("budget-agreement", ["budget agreement"], ["budgetaftale", "budgetaftalen"]),
      concept("hours", ["hour", "hours"], ["time", "timer", "timen"]),
    ],
);
const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon });

function frames(text: string, lang: Lang = "en"): Frame[] {
  return readFrames(text, parseFigures(text, lang), lang, index).frames;
}
const key = (s: { key: string } | null | undefined) => s?.key;
const keys = (list: { key: string }[]) => list.map((s) => s.key);

describe("what a figure counts", () => {
  it("is the noun phrase right after it", () => {
    const [f] = frames("347 refugees crossed into Tajikistan");
    expect(key(f.head)).toBe("refugees");
    expect(f.counted).toBe(true);
    expect(keys(f.entities)).toEqual(["tajikistan"]);
  });

  it("is the last noun of a compound written apart, past a word no term knows ('1,146 food hygiene visitors')", () => {
    expect(key(frames("Officers counted 1,146 food hygiene visitors last year.")[0].head)).toBe("visitors");
    // (not past a plural, nor in a language that writes compounds as one word)
    expect(key(frames("The 26 refugees leave rough forest camps.")[0].head)).toBe("refugees");
    expect(key(frames("Der er 230 børn tilknyttet skoven.", "da")[0].head)).toBe("children");
  });

  it("of a part 'out of' a whole is what the whole counts ('91.5 out of 100 points', '91,5 ud af 100 point')", () => {
    const [part, whole] = frames("The choir won 91.5 out of 100 votes.");
    expect(key(part.head)).toBe("votes");
    expect(key(whole.head)).toBe("votes");
    expect(key(frames("Koret fik 91,5 ud af 100 stemmer.", "da")[0].head)).toBe("votes");
  });

  it("gives an amount compared with the clause before that clause's verbs, the nearest first ('…, against 187 in 2022')", () => {
    const [, , compared] = frames("Figures produced by the council show that 312 buildings were built in 2023, against 187 in 2022.");
    expect(compared.figure.value).toBe(187);
    expect(keys(compared.predicates)[0]).toBe("build");
  });

  it("takes a verb form never finite between two nouns for part of the noun phrase, not the clause's verb ('the 47 town crossing points rose')", () => {
    const [f] = frames("The 47 town crossing points rose to 60 in 2024.");
    expect(keys(f.predicates)).toEqual(["rise"]);
    // (a verb form that may be finite stays the verb: "The 47 refugees crossed into Tajikistan")
    expect(keys(frames("The 47 refugees crossed into Tajikistan.")[0].predicates)).toEqual(["cross"]);
  });

  it("of an age right after a noun of people is that noun, not what follows ('Børn under 12 år kommer gratis ind')", () => {
    const [da] = frames("Børn under 12 år kommer gratis ind.", "da");
    expect(da.figure.unit).toBe("age");
    expect(key(da.head)).toBe("children");
    expect(key(frames("Lejren har gratis mad til børn under 12 år.", "da")[0].head)).toBe("children");
    // (not in a clause of an age word, which the age is: "gennemsnitsalderen for børn 9 år")
    expect(key(frames("I 2012 var gennemsnitsalderen for børn 9 år.", "da")[0].head)).not.toBe("children");
  });

  it("looks past a comparative, and says the count is of how many more ('200 more refugees', 'yderligere 200 flygtninge')", () => {
    const [more] = frames("Another camp needs 200 more refugees to be full.");
    expect(key(more.head)).toBe("refugees");
    expect(more.more).toBe(true);
    const [da] = frames("Lejren kan tage yderligere 200 flygtninge.", "da");
    expect(key(da.head)).toBe("refugees");
    expect(da.more).toBe(true);
    expect(frames("347 refugees crossed into Tajikistan")[0].more).toBeUndefined();
    // (a comparative before the figure leaves the word after it to be what it counts)
    const [before] = frames("The camp took in an extra 240 refugees last year.");
    expect(key(before.head)).toBe("refugees");
    expect(before.more).toBe(true);
  });

  it("says a count after a verb of change and 'by' is of how many more ('the crowd rose by 200 refugees', 'steg med 200 flygtninge')", () => {
    const [rose] = frames("The crowd rose by 200 refugees.");
    expect([rose.more, keys(rose.predicates), key(rose.head)]).toEqual([true, ["rise"], "refugees"]);
    expect(frames("Lejren steg med 200 flygtninge.", "da")[0].more).toBe(true);
    // (not after another verb: "vandt med 200 stemmer" is no change)
    expect(frames("Partiet vandt med 200 stemmer.", "da")[0].more).toBeUndefined();
    // (Danish says "mere" after the noun too: "200 flygtninge mere")
    const [after] = frames("Lejren kan tage 200 flygtninge mere.", "da");
    expect([after.more, key(after.head)]).toEqual([true, "refugees"]);
  });

  it("says a count of new things may be of how many more or how many in all ('32 new jobs', '32 nye stillinger')", () => {
    const [en] = frames("The firm will create 32 new jobs.");
    expect([en.more, en.added]).toEqual([undefined, true]);
    expect(frames("Firmaet opretter 32 nye stillinger.", "da")[0].added).toBe(true);
    expect(frames("The firm has 32 jobs.")[0].added).toBeUndefined();
  });

  it("looks past a stop word that describes the noun after it ('300 new jobs', '300 nye stillinger')", () => {
    expect(key(frames("The airport created 300 new jobs last year.")[0].head)).toBe("jobs");
    expect(key(frames("Lufthavnen skabte 300 nye stillinger sidste år.", "da")[0].head)).toBe("jobs");
    expect(key(frames("Der kom 30 andre flygtninge til lejren.", "da")[0].head)).toBe("refugees");
  });

  it("looks past a partitive: percent of the vote, 50 of the 179 seats (179 is the whole)", () => {
    const [pct, part, whole] = frames("They won 27.5 percent of the vote and 50 of the 179 seats.");
    expect(key(pct.head)).toBe("votes");
    expect(key(part.head)).toBe("seats");
    expect(key(whole.head)).toBe("seats");
    expect(whole.whole).toBe(true);
    expect(whole.predicates).toEqual([]);
  });

  it("looks past a possessor of the whole: 26 of Copenhagen's 31 seats, 26 af Københavns 31 mandater", () => {
    for (const [text, lang] of [
      ["The parties hold 26 of Copenhagen's 31 seats.", "en"],
      ["Partierne har tilsammen 26 af Københavns 31 mandater.", "da"],
    ] as const) {
      const [part, whole] = frames(text, lang);
      expect(key(part.head)).toBe("seats");
      expect(key(whole.head)).toBe("seats");
      expect(whole.whole).toBe(true);
    }
  });

  it("looks past a possessor of what is counted: 25 of the council's seats", () => {
    const [f] = frames("The parties behind the deal hold 25 of the council's seats.");
    expect(key(f.head)).toBe("seats");
    // (also after a name: "Westhaven pier's columns")
    expect(key(frames("The parties behind the deal hold 25 of the Copenhagen council's seats.")[0].head)).toBe("seats");
    // (and a name that ends the clause is no possessor)
    expect(frames("The parties hold 25 of Copenhagen").length).toBe(1);
  });

  it("is the noun before 'of' when nothing follows: a crowd of 21,450", () => {
    const [f] = frames("They played in front of a crowd of 21,450.");
    expect(key(f.head)).toBe("crowd");
  });

  it("is not a year said relative to the writing before 'på': 'Prisen var sidste år på 14,7 kroner'", () => {
    expect(key(frames("Prisen var sidste år på 14,7 kroner.", "da")[0].head)).toBe("prices");
  });

  it("is the clause's topic when the figure says nothing: turnout, Danish compounds", () => {
    expect(key(frames("Turnout was 84.1 percent.")[0].head)).toBe("turnout");
    const [food] = frames("Fødevarepriserne steg med 14,4 procent.", "da");
    expect(key(food.head)).toBe("prices");
    expect(keys(food.modifiers)).toEqual(["food"]);
    const [el] = frames("Elprisen var 37 procent højere end for et år siden.", "da");
    expect(key(el.head)).toBe("prices");
    expect(keys(el.modifiers)).toEqual(["electricity"]);
  });

  it("splits a compound only when both parts are known", () => {
    const [f] = frames("Kæresterne steg med 14,4 procent.", "da");
    expect(f.head?.known ?? false).toBe(false);
  });

  it("is shared by a second count with no noun: 44 Danes were killed and more than 200 were wounded", () => {
    const [a, b] = frames("44 Danes were killed and more than 200 were wounded");
    expect(key(a.head)).toBe("denmark");
    expect(key(b.head)).toBe("denmark");
    expect(keys(a.predicates)).toEqual(["kill"]);
    expect(keys(b.predicates)).toEqual(["wound"]);
  });

  it("is not that of a count in a phrase of the count before: 168 riders from 21 teams …, but only 131 reached the finish", () => {
    const [riders, teams, finished] = frames("A field of 168 riders from 21 teams started the race, but only 131 reached the finish.");
    expect(key(riders.head)).toMatch(/riders/);
    expect(key(teams.head)).toMatch(/team/);
    expect(key(finished.head)).toBe(key(riders.head));
  });

  it("is not a relative year right after a count: 356.000 året før counts the visitors before it", () => {
    const [, visitors, before] = frames("I 2023 kom der 412.300 gæster, og det er en stigning fra 356.000 året før.", "da");
    expect(key(visitors.head)).toBe("visitors");
    expect(key(before.head)).toBe("visitors");
  });

  it("is not that of a count after a preposition and a possessor: til klubbens 16 hjemmekampe", () => {
    const [spectators, games, before] = frames("I gennemsnit kom der 4.862 tilskuere til klubbens 16 hjemmekampe, mod 3.940 året før.", "da");
    expect(key(spectators.head)).toBe("spectators");
    expect(key(games.head)).toBe("home-games");
    expect(key(before.head)).toBe("spectators");
  });

  it("is shared by a measure in the same unit with no noun: up from 1.14 million litres", () => {
    const [now, then] = frames("The brewery produced 1.8 million litres of beer last year, up from 1.14 million litres in 2019.");
    expect(key(now.head)).toBe("beer");
    expect(key(then.head)).toBe("beer");
  });

  it("is shared by a count with no noun after a count whose clause says what it is about: rose to 148,300, up from 121,900", () => {
    const [now, before] = frames("The council said passenger numbers rose to 148,300, up from 121,900 in 2021.");
    expect(key(now.head)).toBe("passengers");
    expect(key(before.head)).toBe("passengers");
  });

  it("of an age, is the name right after it: 11-årige Sofie (not a people's: the 32-year-old Dane)", () => {
    const [age] = frames("11-årige Sofie går i 5. klasse på skolen.", "da");
    expect(age.head?.text).toBe("Sofie");
    const [dane] = frames("The 32-year-old Dane Jonas Riis won.");
    expect(dane.head?.text).not.toBe("Dane");
  });

  it("of an age in a clause with an age word, is no name after a preposition: where, or who says it, not whose", () => {
    for (const [text, lang] of [["For fem år siden var gennemsnitsalderen på Ormø 68 år.", "da"], ["Ifølge Lise Thygesen er gennemsnitsalderen 51 år.", "da"], ["The youngest volunteer in Thorsager is 19.", "en"]] as const) {
      const age = frames(text, lang).find((f) => f.figure.unit === "age");
      expect(age, text).toBeDefined();
      expect(age?.head?.text, text).not.toMatch(/Ormø|Thygesen|Thorsager/);
    }
  });

  it("is not a phrase across a conjunction: 195 passengers and 32 cars (no 'passenger cars')", () => {
    const [passengers, cars] = frames("The ferry can carry 195 passengers and 32 cars.");
    expect(key(passengers.head)).toBe("passengers");
    expect(key(cars.head)).toBe("cars");
  });

  it("of a date, only through a possessive: Tuesday's general election (and then no verb)", () => {
    const [f] = frames("The Social Democrats remained the largest party in Tuesday's general election.");
    expect(key(f.head)).toBe("general-election");
    expect(f.predicates).toEqual([]);
  });
});

describe("what happened", () => {
  it("is the verb of the figure's clause; a clause without one after 'and' shares it", () => {
    const [pct, seats] = frames("The Social Democrats won 27.5 percent of the vote and 50 seats.");
    expect(keys(pct.predicates)).toEqual(["win"]);
    expect(keys(seats.predicates)).toEqual(["win"]);
  });

  it("is not a verb a preposition detaches the figure from", () => {
    const [crowd] = frames("They won, beating City in front of a crowd of 21,450.");
    expect(crowd.predicates).toEqual([]);
  });

  it("is only a light verb when that is all there is", () => {
    const [f] = frames("Turnout was 84.1 percent.");
    expect(f.predicates).toEqual([]);
    expect(f.light).toBe(true);
  });

  it("is not the first part of a hyphenated word: a sell-out crowd", () => {
    const [f] = frames("A sell-out crowd of 21,450 saw it.");
    expect(keys(f.predicates)).not.toContain("win");
  });
  it("is not a noun that a determiner marks, though describing words stand between them: 'the new building'", () => {
    for (const text of ["The new building cost £1.86 million.", "The two-storey building cost £1.86 million."]) {
      const f = frames(text).at(-1)!;
      expect(key(f.head) === "buildings" || keys(f.topic).includes("buildings")).toBe(true);
      expect(keys(f.predicates)).toEqual(["cost"]);
    }
    // (after an auxiliary it is the verb)
    const [f] = frames("The council is building 40 homes.");
    expect(keys(f.predicates)).toContain("build");
    // (nor is the verb after a count in its subject's "of" phrase the count's: "A study of 300
    // refugees produced …" — the study produced it; "A crowd of 21,450 won" keeps its verb)
    expect(frames("A study of 300 refugees produced the figures.")[0].predicates).toEqual([]);
    expect(keys(frames("A crowd of 21,450 won the vote.")[0].predicates)).toEqual(["win"]);
    // (and after a comma: "The hall, built in 1924" is no "hall built")
    expect(keys(frames("The hall, built in 1924, cost £2 million.")[0].predicates)).toContain("build");
  });

  it("of an amount set off by commas after a noun phrase is the verb of the clause after it, with whom it names", () => {
    const f = frames("More than half of the refugees, 352, crossed into Tajikistan.").find((x) => x.figure.value === 352)!;
    expect(keys(f.predicates)).toContain("cross");
    expect(keys(f.entities)).toContain("tajikistan");
    const d = frames("Over halvdelen af flygtningene, 352, krydsede grænsen til Tadsjikistan.", "da").find((x) => x.figure.value === 352)!;
    expect(keys(d.predicates)).toContain("cross");
    expect(keys(d.entities)).toContain("tajikistan");
    // (not an age set off after a name, which is its person's)
    expect(frames("Jonas Riis, 24, crossed into Tajikistan.")[0].entities).toEqual([]);
  });
});

describe("who and where", () => {
  it("a clause without a subject shares the sentence's: 'and will have 23 seats'", () => {
    const [, seats] = frames("The Social Democrats fell to 13.3 percent, and will have 23 seats.");
    expect(keys(seats.entities)).toEqual(["social-democrats"]);
  });

  it("a piece 'while' or 'mens' opens with no verb of its own is the subject of the clause after it, not the one before's", () => {
    const seats = frames("The party won 23 seats, while the Social Democrats, in Copenhagen, fell to 13.3 percent.").find((f) => f.figure.value === 23)!;
    expect(keys(seats.entities)).toEqual([]);
    const da = frames("Partiet vandt 23 mandater, mens Socialdemokratiet, i København, faldt til 13,3 procent.", "da").find((f) => f.figure.value === 23)!;
    expect(keys(da.entities)).toEqual([]);
    const pct = frames("The party won 23 seats, while the Social Democrats, in Copenhagen, fell to 13.3 percent.").find((f) => f.figure.value === 13.3)!;
    expect(keys(pct.entities)).toEqual(expect.arrayContaining(["social-democrats", "copenhagen"]));
  });

  it("a list of figures 'respectively' goes with the list of names before it, in order", () => {
    const fs = frames("The pools at Thornbury and Eccleshill, which opened in 1968 and 1974 respectively, will close.");
    const texts = (f: Frame) => [...f.names, ...f.entities].map((s) => s.text);
    expect(texts(fs.find((f) => f.figure.value === 1968)!)).toContain("Thornbury");
    expect(texts(fs.find((f) => f.figure.value === 1968)!)).not.toContain("Eccleshill");
    expect(texts(fs.find((f) => f.figure.value === 1974)!)).toContain("Eccleshill");
    expect(texts(fs.find((f) => f.figure.value === 1974)!)).not.toContain("Thornbury");
    const da = frames("Svømmehallerne i Thornbury og Eccleshill havde henholdsvis 412 og 380 besøgende.", "da");
    expect(texts(da.find((f) => f.figure.value === 380)!)).toContain("Eccleshill");
    expect(texts(da.find((f) => f.figure.value === 380)!)).not.toContain("Thornbury");
    // (without the word, both are each one's)
    const both = frames("The pools at Thornbury and Eccleshill, which opened in 1968 and 1974, will close.");
    expect(texts(both.find((f) => f.figure.value === 1974)!)).toContain("Thornbury");
  });

  it("a clause with a name of its own keeps it: ', oplyser Socialdemokratiet torsdag'", () => {
    const fs = frames("Priserne steg med 10,1 procent i Danmark, oplyser Socialdemokratiet torsdag.", "da");
    const thursday = fs.find((f) => f.figure.kind === "weekday")!;
    expect(keys(thursday.entities)).toEqual(["social-democrats"]);
  });

  it("capitalised words no term knows are names", () => {
    const [f] = frames("Oldbridge Town drew a crowd of 15,000.");
    expect(f.names.map((n) => n.text)).toContain("Oldbridge");
  });
});

describe("a joined clause", () => {
  it("with a thing of its own counts that, not the count before it: 'and the number of seats rose to 86'", () => {
    const [, seats] = frames("The party won 1,200 votes, and the number of seats rose to 86.");
    expect(key(seats.head)).toBe("seats");
  });
  it("naming only a place shares the count before it: 'Denmark lost 44 soldiers and Norway 10'", () => {
    const [, norway] = frames("Denmark lost 44 refugees and Tajikistan 10.");
    expect(key(norway.head)).toBe("refugees");
  });
});

describe("a percentage in a clause that names only a place", () => {
  it("is about what the percentage before it is about: 'mens de i Danmark steg med 9,5 procent'", () => {
    const [, second] = frames("I Tadsjikistan steg priserne kun 1,8 procent, mens de i Danmark steg med 9,5 procent.", "da");
    expect(key(second.head)).toBe("prices");
    expect(keys(second.entities)).toEqual(["denmark"]);
  });
});

describe("what a figure counts, in a verb phrase or as the rest of what the figure before counts", () => {
  it("a verb phrase around the figure ends in what it counts: 'will cut 420 jobs', 'nedlægger 420 stillinger'", () => {
    const [cut] = frames("The company will cut 420 jobs.");
    expect([key(cut.head), cut.counted, keys(cut.predicates)]).toEqual(["jobs", true, ["cut-jobs"]]);
    expect(key(frames("Virksomheden nedlægger 420 stillinger.", "da")[0].head)).toBe("jobs");
  });

  it("'the remaining 110', 'de resterende 110': what the figure before counts, though a place follows", () => {
    const [, rest] = frames("In Aarhus 310 jobs will go, while the remaining 110 are in Copenhagen.");
    expect([key(rest.head), rest.counted]).toEqual(["jobs", true]);
    expect(key(frames("I Aarhus forsvinder 310 job, mens de resterende 110 er i København.", "da")[1].head)).toBe("jobs");
  });

  it("'of which 62 percent', 'hvoraf fem': a part of what the figure before counts", () => {
    const [, share] = frames("The referendum drew 2,000 votes, of which 62 percent were cast by post.");
    expect(key(share.head)).toBe("votes");
    expect(key(frames("Afstemningen gav 2.000 stemmer, hvoraf 62 procent blev afgivet med posten.", "da")[1].head)).toBe("votes");
    const [, part] = frames("Der blev afgivet 7 stemmer, hvoraf fem kom fra Aarhus.", "da");
    expect([key(part.head), part.counted]).toEqual(["votes", true]);
  });
});

describe("a year said relative to the writing", () => {
  it("is no noun the clause is about: 'faldt sidste år fra 7.842 til 6.315' counts thefts, not years", () => {
    const [from, to] = frames("Antallet af tyverier faldt sidste år fra 7.842 til 6.315.", "da");
    expect([key(from.head), key(to.head)]).toEqual(["theft", "theft"]);
    expect(key(frames("Antallet af tyverier var sidste år 6.315.", "da")[0].head)).toBe("theft");
  });

  it("dates the value a change ends at, not the one it starts from", () => {
    const [from, to] = frames("Antallet af tyverier faldt sidste år fra 7.842 til 6.315.", "da");
    expect([from.relativeYear, to.relativeYear]).toEqual([undefined, -1]);
    const [a, b] = frames("Thefts fell last year from 7,842 to 6,315.");
    expect([a.relativeYear, b.relativeYear]).toEqual([undefined, -1]);
    // (with no value after it, the value after "from" keeps the year)
    expect(frames("Thefts fell last year from 7,842.")[0].relativeYear).toBe(-1);
  });
});

describe("a phrase that says now", () => {
  it("marks the amount it goes with, in either language", () => {
    expect(frames("Tickets currently cost 145 kroner.")[0].now).toBe(true);
    expect(frames("Billetter koster i dag 145 kroner.", "da")[0].now).toBe(true);
    expect(frames("Tickets cost 145 kroner.")[0].now).toBeUndefined();
    // (not an amount of another sentence)
    expect(frames("Today is Monday. Tickets cost 145 kroner.").at(-1)!.now).toBeUndefined();
  });

  it("after an amount of the same measure said of a time to come, marks the value it changes from", () => {
    const [future, now] = frames("På den nye plads skal borgerne sortere affaldet i 16 fraktioner mod 11 i dag.", "da");
    expect([future.previous, now.now, now.previous]).toEqual([undefined, true, true]);
    expect(frames("The new hall will seat 400 people, against 250 today.")[1].previous).toBe(true);
    // (not one said first, nor after an amount not said of the future)
    expect(frames("I dag har vi 64 hold, mod 50 sidste år.", "da")[0].previous).toBeUndefined();
    expect(frames("Af de 41 nye indbyggere er 17 børn, og børnehuset har nu 23 børn mod 11 for to år siden.", "da")[2].previous).toBeUndefined();
  });
});

describe("a word that is noun and verb, before an amount", () => {
  // ("cost" is a thing here too: "the cost")
  const both = buildTermIndex(
    { documents: {}, facts: [], concepts: {} },
    { lexicon: lexiconOf([concept("cost", ["cost", "costs"], ["koste"], { type: "predicate" }), concept("costs", ["cost", "costs"], ["omkostning"]), concept("permits", ["permit", "permits"], ["tilladelse"])]) },
  );
  const read = (text: string) => readFrames(text, parseFigures(text, "en"), "en", both).frames[0];
  it("is the verb after a noun, and after a noun and an adverb ('permits currently cost £18')", () => {
    for (const text of ["Permits cost £18.", "Permits currently cost £18.", "Permits now cost £18."]) {
      const f = read(text);
      expect(keys(f.predicates), text).toContain("cost");
      expect(key(f.head), text).toBe("permits");
    }
  });
});

describe("a change", () => {
  it("marks the value it started from and the value it ended at, when a verb says so", () => {
    const [from, to] = frames("Antallet af tyverier faldt fra 7.842 til 6.315.", "da");
    expect([from.previous, from.current, to.previous, to.current]).toEqual([true, undefined, undefined, true]);
    expect(frames("Thefts fell to 6,315 last year.")[0].current).toBe(true);
    // ("up to 40 percent" is no change; "from 20 to 30" joins two figures, not a verb and a figure)
    expect(frames("The tax is 20 percent, up to 40 percent.")[1].current).toBeUndefined();
  });

  it("not a spread whose ends each say whom they are of", () => {
    expect(frames("Timelønnen går fra 98 kr. for de 15-årige til 112,50 kr. for de 17-årige.", "da")[0].previous).toBeUndefined();
    expect(frames("Tickets run from £5 for children to £12 for adults.")[0].previous).toBeUndefined();
    // (one end alone is no spread: the price before a change)
    expect(frames("Prisen steg fra 98 kr. for en billet til 112 kr.", "da")[0].previous).toBe(true);
  });
});

describe("a name", () => {
  it("takes in a capitalised word between two of its words: 'Sofie Skov Nielsen' is no forest", () => {
    for (const text of ["Energy consultant Sofie Skov Nielsen is 34.", "Det afviser energikonsulent Sofie Skov Nielsen, 34 år, i dag."]) {
      const [age] = frames(text, text.startsWith("Det") ? "da" : "en");
      expect(age.figure.unit).toBe("age");
      expect(age.head?.text).toBe("Nielsen");
      expect(age.modifiers.map((m) => m.text)).toEqual(["Sofie", "Skov"]);
      expect(keys(age.topic)).not.toContain("forest");
    }
  });

  it("takes in a capitalised word a hyphen joins to its last word: 'Jonas Hart-Forest' is no forest", () => {
    const [age] = frames("Jonas Hart-Forest, 44, took 1,306 votes.");
    expect(age.figure.unit).toBe("age");
    expect([...age.modifiers, age.head, ...age.topic].map((m) => m?.key)).not.toContain("forest");
  });
});

describe("a word that only numbers", () => {
  it("as the last part of a compound, is not what the figure counts: 'passagertallet' counts passengers", () => {
    expect(key(frames("Passagertallet steg med 7,5 procent.", "da")[0].head)).toBe("passengers");
  });

  it("alone, numbers nothing said: 'The figure compares with 131,905' does not count figures", () => {
    const [f] = frames("The figure compares with 131,905.");
    expect(key(f.head)).not.toBe("figure-number");
    expect(f.head?.known ?? false).toBe(false);
  });

  it("a term of the lexicon around the figure that ends in a thing: 'employs [1,500] people' counts people", () => {
    expect(key(frames("The airport employs 1,500 people.")[0].head)).toBe("people");
  });
});

describe("a percentage after another", () => {
  it("shares what the one before is about, past a date between them ('3.4 percent in December, against 2.1 percent nationally')", () => {
    const fr = frames("Around 19,000 people live in the region, and food prices there rose 14.4 percent in 2024, against 9.6 percent nationally.");
    expect(fr.map((f) => [f.figure.text, key(f.head)])).toEqual([
      ["Around 19,000", "people"],
      ["14.4 percent", "prices"],
      ["2024", "prices"],
      ["9.6 percent", "prices"],
    ]);
  });
});

describe("a relative clause", () => {
  it("is also about the name it is said of, past a set-off age and a phrase of a preposition", () => {
    const texts = (list: { text: string }[]) => list.map((x) => x.text);
    const [, cows] = frames("Det siger formanden, Niels Bak, 58, der selv driver en bedrift med 320 malkekøer ved Tjele.", "da");
    expect(texts(cows.names)).toEqual(expect.arrayContaining(["Niels", "Bak"]));
    const [, since] = frames("Det siger Anders Kristensen, 61, fra Aarhus Universitet, der har ledet tællingerne på Fanø siden 1998.", "da");
    expect(texts([...since.names, ...since.entities])).toEqual(expect.arrayContaining(["Anders", "Kristensen", "Aarhus", "Universitet"]));
  });
});

describe("a span of time", () => {
  it("is a span of what follows 'in': three years in prison, tre år i fængsel (not of a place)", () => {
    expect(key(frames("The refugees were sentenced to three years in prison.")[0].head)).toBe("prison");
    expect(key(frames("Hun fik tre år i fængsel.", "da")[0].head)).toBe("prison");
    expect(key(frames("He spent two years in Denmark.")[0].head)).not.toBe("denmark");
  });
});

describe("an amount of money", () => {
  it("is an amount of what follows 'in' as a bare noun: £4.6 million in benefits, 2 mio. kr. i tilskud", () => {
    expect(key(frames("Last year the centre secured £4.6 million in benefits.")[0].head)).toBe("benefits");
    expect(key(frames("The centre secured £4.6 million in unclaimed benefits.")[0].head)).toBe("benefits");
    expect(key(frames("Foreningen fik 2 mio. kr. i tilskud.", "da")[0].head)).toBe("subsidies");
    // (the first of two amounts is still what it counts: "£2.9 million of debt … and £4.6 million in benefits")
    const [, second] = frames("It got £2.9 million of debt written off and secured £4.6 million in benefits.");
    expect(key(second.head)).toBe("benefits");
  });

  it("not of a place or a time after 'in': the town, i budgetaftalen, i år, i timen", () => {
    expect(key(frames("Visitors spent £3 million in the town.")[0].head)).not.toBe("town");
    expect(key(frames("Velfærdsteknologi får 7,5 mio. kr. i budgetaftalen.", "da")[0].head)).not.toBe("budget-agreement");
    expect(key(frames("Billetten koster 145 kr. i år.", "da")[0].head)).not.toBe("years");
    expect(key(frames("En lastbil koster 1.500 kr. i timen.", "da")[0].head)).not.toBe("hours");
  });
});

describe("an age is a person's", () => {
  const head = (f: Frame) => [...f.modifiers, f.head].map((s) => s?.text).join(" ");
  it("set off after a name: the name nearest before it, in any clause", () => {
    expect(head(frames("Denmark's chair, Jonas Riis, 24, said no.")[0])).toBe("Jonas Riis");
    expect(head(frames("said the union's chair, Jonas Riis, who is 24.")[0])).toBe("Jonas Riis");
  });

  it("after a verb: the first name of its clause, not the one in an aside", () => {
    const [f] = frames("Hanne Mølgaard, the chief executive of Vestkyst Energi, is 45.");
    expect(f.figure).toMatchObject({ kind: "quantity", unit: "age", value: 45 });
    expect(head(f)).toBe("Hanne Mølgaard");
    expect(f.counted).toBe(true);
  });

  it("after the noun it goes with, the name set off after that noun (past a phrase): 'A 71-year-old farmer, Manuel Ortega, was …'", () => {
    expect(head(frames("A 71-year-old farmer, Manuel Ortega, was taken to hospital.")[0])).toBe("Manuel Ortega");
    expect(head(frames("Det siger den 59-årige viceborgmester i Sønderborg, Karen Thomsen.", "da")[0])).toBe("Karen Thomsen");
  });

  it("after a verb, is the name after a word or two of what the person is, not the name before them", () => {
    expect(head(frames("Brindlemoor chairman Ole Bruun Lind is 63 years old.")[0])).toBe("Ole Bruun Lind");
    expect(head(frames("Co-founder Tom Ashby is 44 years old.")[0])).toBe("Tom Ashby");
  });

  it("not an age no person reaches: 'Ravet på Vesterhede Strand er omkring 40 millioner år gammelt'", () => {
    expect(head(frames("Ravet på Vesterhede Strand er omkring 40 millioner år gammelt.", "da")[0])).not.toContain("Strand");
    expect(head(frames("Karen Vesterhede er 101 år gammel.", "da")[0])).toBe("Karen Vesterhede");
  });

  it("not the name of where the person is from: 'Inger Marie Holst fra Egebjerg er 81 år'", () => {
    expect(head(frames("Inger Marie Holst fra Egebjerg er 81 år.", "da")[0])).toBe("Inger Marie Holst");
    expect(head(frames("Tom Harker from Hartwell is 62.")[0])).toBe("Tom Harker");
  });

  it("is never a place's: 'Danish runner Sofie Brandt, who is 33'", () => {
    expect(head(frames("In the women's race, Danish runner Sofie Brandt, who is 33, won.")[0])).toBe("Sofie Brandt");
  });

  it("a clause of only the verb and the age, after an aside: the sentence's subject, not the nearest name", () => {
    expect(head(frames("Helen Marsh, who chairs the Yorkshire Care Forum, is 57.")[0])).toBe("Helen Marsh");
    expect(head(frames("Manchester United signed Jonas Riis, who is 24.")[0])).toBe("Jonas Riis");
  });
});

// V8 compiles the hot stages for the object shapes it has met; a figure, frame, slot or
// occurrence that sometimes lacks a field is another shape, and each new one throws away the
// optimised code of every function that reads it (the cause of most of a cold run's extra CPU
// time). Every object of each of these types has every field, in one order.
describe("one object shape per type", () => {
  const sentences: Array<[string, Lang]> = [
    ["44 Danes were killed and more than 200 were wounded in 2021.", "en"],
    ["Between 300 and 400 refugees crossed into Tajikistan by Wednesday, 3 percent more than in March.", "en"],
    ["Fødevarepriserne steg 14,4 procent fra 2021 til 2022, og 1.500 flygtninge kom til København.", "da"],
    ["Prices rose to 9,215 from 9,870 last year, the Social Democrats said on 11 September 2001.", "en"],
  ];
  const shapes = (objects: object[]) => new Set(objects.map((o) => Object.keys(o).join(",")));

  it("holds for figures, frames and slots", () => {
    const figures: object[] = [];
    const all: Frame[] = [];
    for (const [text, lang] of sentences) {
      const found = parseFigures(text, lang);
      figures.push(...found);
      all.push(...readFrames(text, found, lang, index).frames);
    }
    const slots = all.flatMap((f) => [f.head, ...f.alternatives, ...f.modifiers, ...f.topic, ...f.predicates, ...f.entities, ...f.names, ...f.context].filter((s) => s !== null));
    expect(figures.length).toBeGreaterThan(10);
    expect(shapes(figures).size).toBe(1);
    expect(shapes(all).size).toBe(1);
    expect(slots.length).toBeGreaterThan(20);
    expect(shapes(slots).size).toBe(1);
  });

  it("holds for the terms a sentence names, compound parts included", () => {
    const occurrences = sentences.flatMap(([text, lang]) => sentenceTerms(text, parseFigures(text, lang), lang, index).occurrences);
    expect(occurrences.some((o) => o.part !== undefined)).toBe(true);
    expect(occurrences.some((o) => o.last > o.first)).toBe(true);
    expect(shapes(occurrences).size).toBe(1);
  });
});

describe("a phrase of the lexicon", () => {
  it("does not run across a comma", () => {
    const keysIn = (text: string) => sentenceTerms(text, parseFigures(text, "en"), "en", index).occurrences.map((o) => o.key);
    expect(keysIn("In the general election 84 percent voted.")).toContain("general-election");
    expect(keysIn("In general, election turnout was 84 percent.")).not.toContain("general-election");
  });
  it("runs across a figure, but not across a preposition between its word and the figure", () => {
    const keysIn = (text: string) => sentenceTerms(text, parseFigures(text, "en"), "en", index).occurrences.map((o) => o.key);
    expect(keysIn("The club plays 16 home games.")).toContain("home-games");
    expect(keysIn("The government cut 420 jobs.")).toContain("cut-jobs");
    expect(keysIn("They built a home with 16 games.")).not.toContain("home-games");
  });
});

describe("a sentence that tells of the past", () => {
  it("has a word or an ending of the pack's pastTense ('was', '-ed'; 'var', '-ede'), and a sentence of now or to come has none", () => {
    expect(tellsOfPast("the stock had lost a third of its value since january.", grammarOf("en"))).toBe(true);
    expect(tellsOfPast("admissions dropped in january.", grammarOf("en"))).toBe(true);
    expect(tellsOfPast("the price rises to £22 on 1 january.", grammarOf("en"))).toBe(false);
    expect(tellsOfPast("prisen steg til 5.100 kr. den 1. januar.", grammarOf("da"))).toBe(true);
    expect(tellsOfPast("prisen stiger til 5.100 kr. den 1. januar.", grammarOf("da"))).toBe(false);
  });
});
