// The matcher on a small hand-made fact base (no lexicon): a fact is tied when the kinds fit,
// nothing contradicts it (a named entity of the same class, what is counted, what happened, the
// year) and the claim says what it is about; rarer shared terms weigh more. Candidates come from
// posting lists, so a claim assesses a bounded number of facts however large the base.
import { describe, expect, it } from "vitest";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { lexiconOf } from "../../src/facts/lexicon.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { Matcher, type Tie } from "../../src/match/index.js";
import { makePhrase } from "../../src/text/phrase.js";
import type { Concept, ConceptType, EntityClass, Fact, FactBase, FigureValue, Lang, Role } from "../../src/types.js";

function concept(id: string, en: string[], da: string[] = [], more: { class?: EntityClass; type?: ConceptType; broader?: string[] } = {}): Concept {
  const entity = more.class !== undefined;
  return { id, ...more, phrases: [...en.map((t) => makePhrase(t, "en", entity)), ...da.map((t) => makePhrase(t, "da", entity))] };
}

function fact(id: string, figure: FigureValue, terms: Partial<Record<Role, string[]>>, quote = id): Fact {
  return { id, statement: id, figure, display: String(figure.value), terms: { subject: [], event: [], place: [], actor: [], context: [], ...terms }, quote, paragraph: 1, document: "doc" };
}

const count = (value: number, qualifier: FigureValue["qualifier"] = "exact"): FigureValue => ({ kind: "count", qualifier, value });
const pct = (value: number): FigureValue => ({ kind: "percent", qualifier: "exact", value, unit: "%" });

const CONCEPTS = [
  concept("people", ["people"], ["mennesker"]),
  concept("refugees", ["refugees", "refugee"], ["flygtninge"], { broader: ["people"] }),
  concept("babies", ["babies", "baby"], ["babyer"], { broader: ["people"] }),
  concept("seats", ["seats", "seat"], ["mandater"]),
  concept("votes", ["votes", "vote"], ["stemmer"]),
  concept("turnout", ["turnout"], ["valgdeltagelse"]),
  concept("prices", ["prices", "price"], ["priser", "priserne"]),
  concept("food", ["food"], ["fødevarer"]),
  concept("house", ["house", "housing"], ["bolig"]),
  concept("cross", ["crossed", "cross"], ["krydset", "krydsede"], { type: "predicate" }),
  concept("die", ["died", "die"], ["døde"], { type: "predicate" }),
  concept("kill", ["killed", "kill"], ["dræbt"], { type: "predicate", broader: ["die"] }),
  concept("wound", ["wounded"], ["såret"], { type: "predicate" }),
  concept("win", ["won", "win"], ["vandt"], { type: "predicate" }),
  concept("rise", ["rose", "rise"], ["steg"], { type: "predicate" }),
  concept("count", ["counted", "count"], ["talt"], { type: "report" }),
  concept("be", ["was", "were", "is"], ["var", "er"], { type: "light" }),
  concept("danes", ["Danes", "Danish"], ["danskere"], { class: "place" }),
  concept("europe", ["Europe"], ["Europa"], { class: "place" }),
  concept("jutland", ["Jutland"], ["Jylland"], { class: "place", broader: ["europe"] }),
  concept("aarhus", ["Aarhus"], ["Aarhus"], { class: "place", broader: ["jutland"] }),
  concept("tajikistan", ["Tajikistan"], ["Tadsjikistan"], { class: "place" }),
  concept("iran", ["Iran"], ["Iran"], { class: "place" }),
  concept("red", ["Reds"], ["De Røde"], { class: "organization" }),
  concept("blue", ["Blues"], ["De Blå"], { class: "organization" }),
  concept("villages", ["villages", "village"], ["landsbyer"]),
  concept("district", ["district"], ["kommune"]),
  concept("response-times", ["response time"], ["responstid"]),
  // (one word of two readings)
  concept("ports", ["harbour"], ["havn"]),
  concept("shelter", ["harbour"], ["ly"]),
];

function base(facts: Fact[]): FactBase {
  return {
    documents: { doc: { id: "doc", title: "Doc", language: "en", date: "2021-07", path: "doc.txt", text: "", paragraphs: [] } },
    concepts: Object.fromEntries(CONCEPTS.map((c) => [c.id, c])),
    facts,
  };
}

const FACTS = [
  fact("refugees-crossed", count(347), { subject: ["refugees"], event: ["cross"], place: ["tajikistan"] }),
  fact("danes-killed", count(44), { subject: ["danes"], event: ["kill"] }),
  fact("danes-wounded", count(200, "more_than"), { subject: ["danes"], event: ["wound"] }),
  fact("babies-died", count(2), { subject: ["babies"], event: ["die"], place: ["tajikistan"] }),
  fact("reds-seats", count(50), { subject: ["seats"], event: ["win"], actor: ["red"] }),
  fact("blues-seats", count(16), { subject: ["seats"], event: ["win"], actor: ["blue"] }),
  fact("reds-votes", pct(27.5), { subject: ["votes"], event: ["win"], actor: ["red"] }),
  fact("food-prices", pct(14.4), { subject: ["prices", "food"], event: ["rise"] }),
  fact("jutland-homes", count(42000), { subject: ["house"], event: ["be"], place: ["jutland"] }),
  fact("turnout-2019", pct(84.6), { subject: ["turnout"], event: ["be"] }, "Turnout was 84.6 percent in 2019."),
];
const fb = base(FACTS);
const matcher = new Matcher(fb, buildTermIndex(fb, { lexicon: lexiconOf([]) }));
/** A fact base of its own, with its term index: the arguments of a Matcher. */
function withIndex(facts: Fact[]): [FactBase, ReturnType<typeof buildTermIndex>] {
  const b = base(facts);
  return [b, buildTermIndex(b, { lexicon: lexiconOf([]) })];
}

function ties(text: string, m = matcher, lang: Lang = "en"): Tie[] {
  return m.matchSentence(text, parseFigures(text, lang), lang);
}
const tied = (t: Tie) => t.ranked.map((s) => s.fact.id);

describe("a fact is tied when the claim says what it is about", () => {
  it("what it counts and what happened, in either language", () => {
    expect(tied(ties("347 refugees crossed into Tajikistan")[0])).toEqual(["refugees-crossed"]);
    expect(tied(ties("347 flygtninge er krydset ind i Tadsjikistan", matcher, "da")[0])).toEqual(["refugees-crossed"]);
  });

  it("a broader thing counted covers a narrower one: people covers refugees", () => {
    expect(tied(ties("347 people crossed into Tajikistan")[0])).toContain("refugees-crossed");
  });

  it("a wrong number on the right fact is still tied to it (the judge says mismatch)", () => {
    expect(tied(ties("600 refugees crossed into Tajikistan")[0])).toEqual(["refugees-crossed"]);
  });
});

describe("nothing may contradict it", () => {
  it("a named place of the same class that the fact does not name", () => {
    const [t] = ties("347 refugees crossed into Iran");
    expect(t.ranked).toEqual([]);
    expect(t.reason).toMatch(/the claim names Iran, the fact tajikistan/);
  });

  it("not another place the claim names together with the fact's, when the fact's source names it too", () => {
    // ("between Iran and Tajikistan" against a fact of Tajikistan whose context names Iran)
    const m = new Matcher(...withIndex([fact("border-crossed", count(512), { subject: ["refugees"], event: ["cross"], place: ["tajikistan"], context: ["iran"] })]));
    expect(tied(ties("Between Iran and Tajikistan, 512 refugees crossed", m)[0])).toEqual(["border-crossed"]);
    // (without the other place in the fact's context it is still another place)
    const bare = new Matcher(...withIndex([fact("border-crossed", count(512), { subject: ["refugees"], event: ["cross"], place: ["tajikistan"] })]));
    expect(ties("Between Iran and Tajikistan, 512 refugees crossed", bare)[0].ranked).toEqual([]);
    // (nor when the claim does not name the fact's place)
    expect(ties("In Iran, 512 refugees crossed", m)[0].ranked).toEqual([]);
  });

  it("a part of the place the fact names (the fact is about all of it)", () => {
    expect(ties("In Aarhus, 42,000 homes were without power")[0].ranked).toEqual([]);
    expect(tied(ties("In Jutland, 42,000 homes were without power")[0])).toEqual(["jutland-homes"]);
  });

  it("another organisation doing it: the Blues' seats are not the Reds'", () => {
    expect(tied(ties("The Blues won 16 seats")[0])).toEqual(["blues-seats"]);
    expect(tied(ties("The Reds won 16 seats")[0])).toEqual(["reds-seats"]);
  });

  it("something else counted", () => {
    expect(tied(ties("The Reds won 27.5 percent of the votes")[0])).toEqual(["reds-votes"]);
    expect(ties("2 refugees crossed into Tajikistan")[0].ranked.map((s) => s.fact.id)).not.toContain("babies-died");
  });

  it("another kind of the same thing: house prices are not food prices", () => {
    expect(tied(ties("Food prices rose 14.4 percent")[0])).toEqual(["food-prices"]);
    expect(ties("House prices rose 14.4 percent")[0].ranked).toEqual([]);
  });

  it("another event: killed is not wounded; broader is fine (died for killed)", () => {
    expect(tied(ties("44 Danes were killed")[0])).toEqual(["danes-killed"]);
    expect(tied(ties("44 Danes were wounded")[0])).toEqual(["danes-wounded"]);
    expect(tied(ties("44 Danes died")[0])).toEqual(["danes-killed"]);
  });

  it("a head that names an event agrees through its own verb: the replacement in Aarhus started", () => {
    const concepts = [concept("replace", ["replacement", "replaced"], ["udskiftningen"], { type: "predicate" }), concept("start", ["started", "got under way"], ["gik i gang"], { type: "predicate" }), concept("lights", ["lights"], ["lamper"])];
    const b: FactBase = { ...base([fact("lights-start", { kind: "month", qualifier: "exact", value: "2023-04", date: { year: 2023, month: 4 } }, { subject: ["lights"], event: ["start"], place: ["aarhus"] })]) };
    b.concepts = { ...b.concepts, ...Object.fromEntries(concepts.map((c) => [c.id, c])) };
    const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));
    expect(tied(ties("The replacement in Aarhus started in April 2023.", m)[0])).toEqual(["lights-start"]);
    // (the verb that is no event of the fact still rules it out)
    expect(tied(ties("In Aarhus the lights were replaced in April 2023.", m)[0])).toEqual([]);
  });

  it("words that tie only a figure of another kind tie the one figure of the claim's kind in its quote", () => {
    const quote = "The airport handled 71,500 tonnes of freight, a fall of 3.2 percent.";
    const tonnes: FigureValue = { kind: "quantity", qualifier: "exact", value: 71500, unit: "t" };
    const b: FactBase = base([fact("freight-tonnes", tonnes, { subject: ["freight"] }, quote), fact("freight-fall", pct(3.2), {}, quote), fact("other-share", pct(12), { subject: ["fall"] }, "Another sentence.")]);
    b.concepts = { ...b.concepts, freight: concept("freight", ["freight", "cargo"], ["gods"]), fall: concept("fall", ["fall"], ["fald"]) };
    const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));
    const [tie] = ties("The freight was down 4.1 percent.", m);
    expect(tied(tie)).toEqual(["freight-fall"]);
    expect(tie.byQuote).toBe("freight-tonnes");
    // (not when the quote gives two figures of its kind: which one is meant is a guess)
    const two = base([fact("freight-tonnes", tonnes, { subject: ["freight"] }, quote + " 5 percent."), fact("a", pct(3.2), {}, quote + " 5 percent."), fact("b", pct(5), {}, quote + " 5 percent.")]);
    two.concepts = b.concepts;
    expect(tied(ties("The freight was down 4.1 percent.", new Matcher(two, buildTermIndex(two, { lexicon: lexiconOf([]) })))[0])).toEqual(["freight-tonnes"]);
    // (nor one that counts a thing neither the claim nor the tied fact names)
    const other = base([fact("freight-tonnes", tonnes, { subject: ["freight"] }, quote), fact("votes-share", pct(3.2), { subject: ["votes"] }, quote)]);
    other.concepts = b.concepts;
    expect(tied(ties("The freight was down 4.1 percent.", new Matcher(other, buildTermIndex(other, { lexicon: lexiconOf([]) })))[0])).toEqual(["freight-tonnes"]);
  });

  it("saying and counting never contradict: counted 347 refugees who crossed", () => {
    expect(tied(ties("Guards counted 347 refugees who crossed into Tajikistan")[0])).toEqual(["refugees-crossed"]);
  });

  it("another year than the fact's clause gives, or its source's date", () => {
    expect(tied(ties("In 2019 turnout was 84.6 percent")[1])).toEqual(["turnout-2019"]);
    expect(ties("In 2018 turnout was 84.6 percent")[1].ranked).toEqual([]);
    // (a year next to the source's may be the fact's: the pipeline leaves the year unverified)
    expect(tied(ties("In 2020, 347 refugees crossed into Tajikistan")[1])).toEqual(["refugees-crossed"]);
    expect(ties("In 2019, 347 refugees crossed into Tajikistan")[1].ranked).toEqual([]);
    expect(tied(ties("In 2021, 347 refugees crossed into Tajikistan")[1])).toEqual(["refugees-crossed"]);
  });
});

describe("clauses", () => {
  it("each figure binds to its own clause; a second count shares the first's noun", () => {
    const [killed, wounded] = ties("44 Danes were killed and more than 200 were wounded");
    expect(tied(killed)[0]).toBe("danes-killed");
    expect(tied(wounded)[0]).toBe("danes-wounded");
  });
});

describe("scale", () => {
  it("assesses a bounded number of facts, however many share the claim's terms", () => {
    const many: Fact[] = [];
    for (let i = 0; i < 5000; i++) many.push(fact(`f${i}`, count(1000 + i), { subject: ["refugees"], event: ["cross"], place: [i % 2 ? "tajikistan" : "iran"] }));
    const big = base(many);
    const m = new Matcher(big, buildTermIndex(big, { lexicon: lexiconOf([]) }));
    const text = "1234 refugees crossed into Tajikistan";
    const [t] = m.matchSentence(text, parseFigures(text, "en"), "en", true);
    expect(t.considered.length).toBeLessThanOrEqual(256);
    expect(t.ranked.length).toBeGreaterThan(0);
  });
});

describe("fractions", () => {
  it("a fraction of one is no count of things: never compared with a stored count", () => {
    expect(ties("About .75 of the 347 refugees crossed into Tajikistan")[0].ranked).toEqual([]);
  });
});

describe("a sentence that names nothing a fact is about", () => {
  // Its frames are not read: no frame of it could have a candidate. The outcome is the one reading them gives.
  it("ties nothing, as reading its frames would, without reading them", () => {
    const text = "Somebody counted 12 widgets";
    const [t] = ties(text);
    expect(t.ranked).toEqual([]);
    expect(t.reason).toBe("no stored fact covers it");
    expect(t.frame.context).toEqual([]); // not read
    const { frames } = readFrames(text, [t.figure], "en", matcher["index"]);
    expect(frames[0].context.length).toBeGreaterThan(0);
    const read = matcher.tieFrame(frames[0]);
    expect({ ranked: read.ranked, reason: read.reason }).toEqual({ ranked: t.ranked, reason: t.reason });
  });

  it("a term whose narrower concept a fact names still leads to that fact: the frames are read", () => {
    const [t] = ties("Somebody counted 12 widgets in Europe");
    expect(t.frame.context.length).toBeGreaterThan(0);
  });

  it("a date beside an amount is read, so that it can date the amount", () => {
    const figures = ties("In 2019, somebody counted 12 widgets");
    expect(figures.map((t) => t.frame.others.length)).toEqual([1, 1]);
  });
});

describe("what the claim counts, through a broader term", () => {
  it("says less than the same term: a rare fact of people does not outweigh the facts of refugees", () => {
    const own = [
      fact("people-crossed", count(500), { subject: ["people"], event: ["cross"] }),
      fact("refugees-crossed", count(347), { subject: ["refugees"], event: ["cross"] }),
      fact("refugees-died", count(2), { subject: ["refugees"], event: ["die"] }),
    ];
    const b = base(own);
    const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));
    const [t] = ties("347 refugees crossed the border", m);
    expect(t.ranked[0].fact.id).toBe("refugees-crossed");
    expect(t.ranked.map((s) => s.fact.id)).toContain("people-crossed");
  });
});

describe("a fact of a narrower set than the claim says", () => {
  it("weighs less: '43 refugees' is about the refugees, not the food refugees of another fact", () => {
    const own = [
      fact("refugees-crossed", count(34), { subject: ["refugees"], event: ["cross"] }),
      fact("food-refugees-crossed", count(8), { subject: ["refugees", "food"], event: ["cross"] }),
    ];
    const b = base(own);
    const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));
    const [t] = ties("43 refugees crossed the border", m);
    const [first, second] = t.ranked;
    expect(first.fact.id).toBe("refugees-crossed");
    // (clearly below: more than the judge's margin of a fifth)
    expect(first.score - second.score).toBeGreaterThan(0.2 * first.score);
    // a claim that says the narrower word is about that fact
    const [u] = ties("8 food refugees crossed the border", m);
    expect(u.ranked[0].fact.id).toBe("food-refugees-crossed");
  });
});

describe("the other words of a name the fact counts by its last", () => {
  const age = (value: number): FigureValue => ({ kind: "quantity", qualifier: "exact", value, unit: "age" });
  const people = [
    concept("thorsoe", ["Thorsø"], [], { class: "person" }),
    concept("mikkel", ["Mikkel"], [], { class: "person" }),
    concept("ortega", ["Ortega"], [], { class: "person" }),
    concept("manuel", ["Manuel"], [], { class: "person" }),
    concept("lucia", ["Lucía"], [], { class: "person" }),
  ];
  const own = [
    fact("thorsoe-age", age(50), { subject: ["thorsoe"], context: ["mikkel"] }),
    fact("manuel-age", age(71), { subject: ["ortega", "manuel"], context: ["lucia"] }),
    fact("lucia-age", age(44), { subject: ["ortega", "lucia"], context: ["manuel"] }),
  ];
  const b = { ...base(own), concepts: Object.fromEntries([...CONCEPTS, ...people].map((c) => [c.id, c])) };
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("are that person's, not another name: 'Chief executive Mikkel Thorsø is 50' is about Thorsø's age", () => {
    expect(tied(ties("Chief executive Mikkel Thorsø is 50.", m)[0])).toEqual(["thorsoe-age"]);
    // (a title the fact does not have, capitalised at the start of a sentence, is no other name)
    expect(tied(ties("Topchef Mikkel Thorsø er 50 år.", m, "da")[0])).toEqual(["thorsoe-age"]);
  });

  it("unless the fact gives another first name: Lucía Ortega is not Manuel Ortega", () => {
    expect(tied(ties("Lucía Ortega is 47 years old.", m)[0])).toEqual(["lucia-age"]);
  });
});

describe("another name the claim gives beside the fact's own", () => {
  const names = [
    concept("midshire", ["Midshire"], [], { class: "organization" }),
    concept("linford", ["Linford Canal"], [], { class: "organization" }),
    concept("carrow", ["Carrow Trust"], [], { class: "organization" }),
  ];
  const own = [fact("seats-installed", count(46), { subject: ["seats"], actor: ["midshire"], context: ["linford"] })];
  const b = { ...base(own), concepts: Object.fromEntries([...CONCEPTS, ...names].map((c) => [c.id, c])) };
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("is no rival when the fact's source names it too: the claim is about both", () => {
    expect(tied(ties("Midshire put up 46 seats along the Linford Canal.", m)[0])).toEqual(["seats-installed"]);
  });

  it("is one when the claim leaves out the fact's, or the source never names it", () => {
    expect(tied(ties("46 seats were put up along the Linford Canal by the Carrow Trust.", m)[0])).toEqual([]);
    expect(tied(ties("Midshire and the Carrow Trust put up 46 seats.", m)[0])).toEqual([]);
  });
});

describe("what the claim is about, when it counts nothing", () => {
  it("may be a thing the fact names in another role than its subject: 'Prices rose to 14.4 percent'", () => {
    const own = [fact("food-prices-rose", pct(14.4), { subject: ["food"], event: ["rise"], actor: ["prices"] })];
    const b = base(own);
    const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));
    expect(tied(ties("Prices rose to 14.4 percent.", m)[0])).toEqual(["food-prices-rose"]);
  });

  it("its first three words, a word of two readings counting once", () => {
    const minutes = (value: number, qualifier: FigureValue["qualifier"] = "exact"): FigureValue => ({ kind: "quantity", qualifier, value, unit: "min" });
    const own = [
      fact("villages-wait", minutes(20, "at_most"), { subject: ["villages"] }),
      fact("response-time", minutes(9), { subject: ["response-times"], context: ["district"] }),
    ];
    const b = base(own);
    const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));
    const [t] = ties("In the villages of the harbour district it can take up to 30 minutes.", m);
    expect(t.frame.topic.map((x) => x.key)).toEqual(["district", "shelter", "ports", "villages"]);
    expect(tied(t)[0]).toBe("villages-wait");
  });
});

describe("a change the claim says", () => {
  const own = [
    fact("votes-won", count(5000), { subject: ["votes"], event: ["win"] }),
    fact("prices-rose", pct(14.4), { subject: ["prices"], event: ["rise"] }),
  ];
  const fall = concept("fall", ["fell", "fall"], ["faldt"], { type: "predicate" });
  const b = { ...base(own), concepts: Object.fromEntries([...CONCEPTS, fall].map((c) => [c.id, c])) };
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("is no other event than one that is no change: votes that rose are votes won", () => {
    expect(tied(ties("The votes rose to 5000.", m)[0])).toEqual(["votes-won"]);
  });

  it("contradicts another change: prices that fell are not prices that rose", () => {
    expect(tied(ties("Prices fell 14.4 percent.", m)[0])).toEqual([]);
  });

  it("is contradicted by a fact's event when the claim says no change: votes won are not prices that rose", () => {
    expect(tied(ties("Prices won 14.4 percent.", m)[0])).toEqual([]);
  });
});

describe("a claim that says no change, against a fact of a change", () => {
  const passengers = concept("passengers", ["passengers", "passenger"], ["passagerer"]);
  const carry = concept("carry", ["carried", "carry"], ["fragtede"], { type: "predicate" });
  const council = concept("council", ["council"], ["kommunen"]);
  const own = [
    fact("passengers-rose", count(148300), { subject: ["passengers"], event: ["rise"] }),
    fact("council-from", count(121900), { subject: ["council"], event: ["rise"] }),
  ];
  const b = { ...base(own), concepts: Object.fromEntries([...CONCEPTS, passengers, carry, council].map((c) => [c.id, c])) };
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("may be about a count the change reached: 'carried 148,300 passengers' against 'passenger numbers rose to 148,300'", () => {
    const [tie] = ties("The route carried 148,300 passengers.", m);
    expect(tied(tie)).toEqual(["passengers-rose"]);
    expect(tie.ranked[0].otherEvent).toBe(true);
  });

  it("is rather about the fact that gives its number, when the change's fact does not", () => {
    const [tie] = ties("The route carried 121,900 passengers.", m);
    expect(tied(tie)).toEqual(["council-from"]);
    expect(tie.byFigure).toBeDefined();
  });
});

describe("a number of three significant digits that the claim's words tie to no fact", () => {
  const transfers = concept("payments", ["payments"], ["betalinger"]);
  const passengers = concept("passengers", ["passengers", "passenger"], ["passagerer"]);
  const own = [
    fact("payments-made", count(212), { subject: ["payments"], event: ["win"] }, "She made 212 transfers of money."),
    fact("refugees-counted", count(21), { subject: ["refugees"], event: ["count"] }),
    fact("boxes-sold", count(412), { subject: ["payments"], event: ["win"] }, "Bryggeriet solgte 412 kasser øl."),
  ];
  const b = { ...base(own), concepts: Object.fromEntries([...CONCEPTS, transfers, passengers].map((c) => [c.id, c])) };
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("is tied to the fact that gives it when the claim counts nothing the base knows ('212 transfers')", () => {
    const [tie] = ties("She made 212 transfers from the accounts.", m);
    expect(tied(tie)).toEqual(["payments-made"]);
    expect(tie.byFigure).toBeDefined();
  });

  it("is not when the claim counts a known thing the fact does not name ('212 passengers')", () => {
    expect(tied(ties("She carried 212 passengers.", m)[0])).toEqual([]);
  });

  it("nor a word no term knows that the fact's quote does not have ('412 rowers' against '412 kasser øl')", () => {
    expect(tied(ties("The club has 412 rowers.", m)[0])).toEqual([]);
  });

  it("nor for fewer digits ('21 transfers'), which coincide too easily", () => {
    expect(tied(ties("She made 21 transfers from the accounts.", m)[0])).toEqual([]);
  });
});

describe("a hedged round number the claim's words tie to no fact it may be right about", () => {
  const own = [fact("refugees-crossed", count(1437), { subject: ["refugees"], event: ["cross"] }), fact("prices-rose", pct(14.4), { subject: ["prices"], event: ["rise"] })];
  const m = new Matcher(...withIndex(own));

  it("is tied to the one figure of its kind it rounds ('About 1,400 crossed' against 1,437), by that figure", () => {
    const [tie] = ties("About 1,400 crossed.", m);
    expect(tied(tie)).toEqual(["refugees-crossed"]);
    expect(tie.byFigure).toBeDefined();
    expect(tie.rounds).toBe(true);
    // (and "nearly" when the figure is at or below it, "just over" at or above)
    expect(tied(ties("Nearly 1,500 crossed.", m)[0])).toEqual(["refugees-crossed"]);
  });

  it("not a number of three significant digits, one more than 5% away, or on the other side of the hedge", () => {
    expect(tied(ties("About 1,440 crossed.", m)[0])).toEqual([]);
    expect(tied(ties("About 1,600 crossed.", m)[0])).toEqual([]);
    expect(tied(ties("Nearly 1,400 crossed.", m)[0])).toEqual([]);
  });

  it("not when the words rule the fact out (another place), nor when two figures are as near", () => {
    const placed = new Matcher(...withIndex([fact("refugees-crossed", count(1437), { subject: ["refugees"], event: ["cross"], place: ["tajikistan"] })]));
    expect(tied(ties("About 1,400 crossed into Iran.", placed)[0])).toEqual([]);
    const two = new Matcher(...withIndex([...own, fact("babies-crossed", count(1390), { subject: ["babies"], event: ["cross"] })]));
    expect(tied(ties("About 1,400 crossed.", two)[0])).toEqual([]);
  });
});

describe("a measure the claim's words tie to no fact of its kind", () => {
  const area = (value: number): FigureValue => ({ kind: "quantity", qualifier: "exact", value, unit: "m2" });
  const own = [fact("house-area", area(540), { subject: ["house"], event: ["be"] }), fact("refugees-crossed", count(1437), { subject: ["refugees"], event: ["cross"] })];
  const m = new Matcher(...withIndex(own));

  it("is tied to the one figure in its unit, when its number is within a hedge's span of it", () => {
    const [tie] = ties("The rooms cover 557 square metres and 1,437 refugees crossed.", m);
    expect(tied(tie)).toEqual(["house-area"]);
    expect(tie.byUnit).toBe(true);
  });

  it("not when no word of the claim is a term of any fact ('It measured 557 square metres')", () => {
    expect(tied(ties("It measured 557 square metres.", m)[0])).toEqual([]);
    expect(tied(ties("It measured roughly 550 square metres.", m)[0])).toEqual([]);
  });

  it("not one farther off, nor one of two figures in that unit", () => {
    expect(tied(ties("The rooms cover 703 square metres and 1,437 refugees crossed.", m)[0])).toEqual([]);
    const two = new Matcher(...withIndex([...own, fact("garden-area", area(620), { subject: ["house"], event: ["be"] })]));
    expect(tied(ties("The rooms cover 557 square metres and 1,437 refugees crossed.", two)[0])).toEqual([]);
  });
});

describe("another verb than the fact's, when neither says a change", () => {
  const own = [
    fact("refugees-crossed", count(1437), { subject: ["refugees"], event: ["cross"] }),
    fact("babies-crossed", count(2), { subject: ["babies"], event: ["cross"] }),
    fact("prices-rose", pct(14.4), { subject: ["prices"], event: ["rise"] }),
  ];
  const b = base(own);
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("rules the fact out for another number ('The refugees won 1,500')", () => {
    expect(tied(ties("The refugees won 1,500.", m)[0])).toEqual([]);
  });

  it("does not when the fact gives the claimed number and the claim names what it is about ('The refugees won 1,437')", () => {
    const [tie] = ties("The refugees won 1,437.", m);
    expect(tied(tie)).toEqual(["refugees-crossed"]);
    expect(tie.byFigure).toBeDefined();
  });

  it("nor for a number of one digit, which coincides too easily ('Two babies won')", () => {
    expect(tied(ties("Two babies won.", m)[0])).toEqual([]);
  });

  it("a change the fact says still rules out another verb with the same number ('Prices won 14.4 percent')", () => {
    expect(tied(ties("Prices won 14.4 percent.", m)[0])).toEqual([]);
  });
});

describe("another verb than the fact's, when the fact's verb is its actor's", () => {
  const staff = concept("staff", ["staff"], ["ansatte"]);
  const employ = concept("employ", ["employ", "employs"], ["beskæftiger"], { type: "predicate" });
  const reopen = concept("reopen", ["reopen", "reopened"], ["genåbner"], { type: "predicate" });
  const born = concept("born", ["born"], ["født"], { type: "predicate" });
  const society = concept("society", ["society"], ["foreningen"], { class: "organization" });
  const own = [
    fact("staff-at-reopening", count(14), { subject: ["staff"], event: ["reopen"], actor: ["society"] }),
    fact("babies-died", count(12), { subject: ["babies"], event: ["die"] }),
  ];
  const b = { ...base(own), concepts: Object.fromEntries([...CONCEPTS, staff, employ, reopen, born, society].map((c) => [c.id, c])) };
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("ties what the claim counts to the fact that counts it, more weakly ('will employ 15 staff' against 'reopen with 14 staff')", () => {
    const [tie] = ties("The pub will employ 15 staff.", m);
    expect(tied(tie)).toEqual(["staff-at-reopening"]);
    expect(tie.ranked[0].score).toBeLessThan(ties("The society will reopen with 15 staff.", m)[0].ranked[0].score);
  });

  it("not when the verb is the counted thing's own ('15 babies were born' is no count of babies who died)", () => {
    expect(tied(ties("15 babies were born.", m)[0])).toEqual([]);
  });
});

describe("a person named by two roles", () => {
  const volunteers = concept("volunteers", ["volunteers", "volunteer"], ["frivillige"], { broader: ["people"] });
  const firefighters = concept("firefighters", ["firefighters", "firefighter"], ["brandfolk"], { broader: ["people"] });
  const students = concept("students", ["students", "student"], ["studerende"], { broader: ["people"] });
  const flats = concept("flats", ["flats", "flat"], ["lejligheder"]);
  const own = [fact("volunteers", count(24), { subject: ["volunteers"], event: ["be"] }), fact("students", count(500), { subject: ["students"], event: ["be"] })];
  const b = { ...base(own), concepts: Object.fromEntries([...CONCEPTS, volunteers, firefighters, students, flats].map((c) => [c.id, c])) };
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("is counted by a fact of either role ('42 volunteer firefighters' are volunteers), more weakly than by its own", () => {
    const [tie] = ties("The brigade has 42 volunteer firefighters.", m);
    expect(tied(tie)).toEqual(["volunteers"]);
    expect(tie.ranked[0].score).toBeLessThan(ties("The brigade has 42 volunteers.", m)[0].ranked[0].score);
  });

  it("not a thing named by a role ('500 student flats' are no students), nor the role alone ('42 firefighters')", () => {
    expect(tied(ties("The town has 500 student flats.", m)[0])).toEqual([]);
    expect(tied(ties("The brigade has 42 firefighters.", m)[0])).toEqual([]);
  });
});

describe("a thing named by a compound", () => {
  const roofs = concept("roofs", ["roof", "roofs"], ["tag"]);
  const timbers = concept("timbers", ["timber", "timbers"], ["bjælker"]);
  const walls = concept("walls", ["wall", "walls"], ["mure"]);
  const own = [fact("roofs", count(14), { subject: ["roofs"], event: ["be"] })];
  const b = { ...base(own), concepts: Object.fromEntries([...CONCEPTS, roofs, timbers, walls].map((c) => [c.id, c])) };
  const m = new Matcher(b, buildTermIndex(b, { lexicon: lexiconOf([]) }));

  it("is also of its first part ('14 roof timbers' for a fact of roofs), more weakly than by its own", () => {
    const [tie] = ties("The survey found rot in 14 roof timbers.", m);
    expect(tied(tie)).toEqual(["roofs"]);
    expect(tie.ranked[0].score).toBeLessThan(ties("The survey found rot in 14 roofs.", m)[0].ranked[0].score);
  });

  it("not of a thing the compound does not name ('14 wall timbers')", () => {
    expect(tied(ties("The survey found rot in 14 wall timbers.", m)[0])).toEqual([]);
  });
});
