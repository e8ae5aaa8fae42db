// A sentence that opens with a pronoun of one person ("She", "Hun") is about the person the
// sentence before names: extract gives its facts that person's names as actors
// (src/facts/extract.ts), so a claim that names the person is not kept from them.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE =
  "Chimney felled\n\nCivic society secretary Margaret Heald, 79, whose father worked at the kilns for 31 years, said it was a sad day. " +
  "She was among the first of the crowd to arrive, taking up position on Brow Hill at 6.15am.";

describe("a sentence that opens with a pronoun of one person", () => {
  it("gives its facts the names of the person of the sentence before", async () => {
    const draft = await extractFacts(SOURCE, { id: "d", lang: "en", date: "2025-08-10", markdown: false });
    const clock = draft.facts.find((f) => f.figure.kind === "clock");
    expect(clock?.terms.actor).toEqual(expect.arrayContaining([{ lang: "en", text: "Margaret", name: true }, { lang: "en", text: "Heald", name: true }]));
  });

  it("so a claim that names the person is checked against them", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-08-10");
    expect(verdictOf(checker, "Margaret Heald was in position on Brow Hill by a quarter past six in the morning.")).toBe("match");
    expect(verdictOf(checker, "Margaret Heald was in position on Brow Hill by half past six in the morning.")).toBe("mismatch");
  });

  it("not when the person only says it: the figure is not theirs", async () => {
    const draft = await extractFacts(
      "Hjertestartere\n\n\"Vi har prioriteret landsbyerne,\" siger Lone Bech, 47, der er formand for sundhedsudvalget. Hun oplyser, at 73 af de nye hjertestartere er sat op i landsbyer med færre end 500 indbyggere.",
      { id: "d", lang: "da", date: "2025-03-04", markdown: false },
    );
    const count = draft.facts.find((f) => f.figure.value === 73);
    expect(count).toBeDefined();
    expect(JSON.stringify(count!.terms.actor)).not.toContain("Bech");
  });

  it("not for an age, which is of a person its own sentence names", async () => {
    const draft = await extractFacts(
      "Conkers\n\nThe veterans' title went to 83-year-old retired farmer Edith Polglase. She beat her neighbour, 69-year-old Gerald Hobbs, in the final.",
      { id: "d", lang: "en", date: "2025-10-12", markdown: false },
    );
    const age = draft.facts.find((f) => f.figure.value === 69);
    expect(age).toBeDefined();
    expect(JSON.stringify(age!.terms.actor)).not.toContain("Edith");
  });

  it("but for an age its own sentence gives no person: the pronoun's", async () => {
    // (paragraphs of test/newdocs/vesterlund-banegaard-kulturhus.da.txt)
    const source = [
      "Byrådet siger ja: Gammel banegård i Vesterlund bliver kulturhus",
      "Vesterlunds gamle banegård, der har stået tom siden 2016, skal bygges om til kulturhus. Det besluttede byrådet i Skovbjerg Kommune tirsdag aften med 19 stemmer mod 6. Ombygningen ventes at koste 14,8 mio. kr., og huset skal efter planen åbne i efteråret 2026.",
      "Den gule murstensbygning ved Stationsvej blev opført i 1894 og rummer 1.150 kvadratmeter fordelt på tre etager. Det sidste passagertog holdt ved perronen i 1971, da sidebanen mellem Vesterlund og Fjelstrup blev nedlagt. Siden har bygningen været posthus og fra 1989 til 2016 kontor for kommunens tekniske forvaltning.",
      "Planen er, at den gamle ventesal skal være café, mens en ny koncertsal i den tidligere godsbygning får plads til 220 siddende gæster. På første sal indrettes øvelokaler og værksteder, som fem lokale foreninger har skrevet under på at leje.",
      "For 78-årige Inger Dahl er beslutningen en glædelig nyhed. Hun stod som 16-årig i stationens kiosk og solgte aviser og tobak.",
      "- Dengang var der liv fra kl. 5.45 om morgenen, når det første tog kørte. Det bliver dejligt at komme derind igen, siger hun.",
      "Byggeriet begynder efter planen i september og ventes at vare 13 måneder. Banegårdspladsen foran bygningen bliver samtidig lavet om, så der bliver 25 parkeringspladser og cykelparkering til 60 cykler.\n",
    ].join("\n\n");
    const draft = await extractFacts(source, { id: "d", lang: "da", date: "2025-03-04", markdown: false });
    const age = draft.facts.find((f) => f.figure.value === 16);
    expect(JSON.stringify(age!.terms.actor)).toContain("Dahl");
    const checker = await checkerFor(source, "da", "2025-03-04");
    expect(verdictOf(checker, "Inger Dahl var 16 år gammel, da hun solgte aviser i stationskiosken.")).toBe("match");
    expect(verdictOf(checker, "Inger Dahl var 18 år gammel, da hun solgte aviser i stationskiosken.")).toBe("mismatch");
  });
});

describe("a sentence that opens with a person and an age set off by commas", () => {
  const SOURCE = "Rechalking\n\nMore than 300 volunteers spread 14 tonnes of chalk over the figure. Dave Lintott, 54, drove 85 miles from Bristol to help.";

  it("gives its other facts that person's names as actors", async () => {
    const draft = await extractFacts(SOURCE, { id: "d", lang: "en", date: "2025-05-19", markdown: false });
    const miles = draft.facts.find((f) => f.figure.value === 85);
    expect(miles?.terms.actor).toEqual(expect.arrayContaining([{ lang: "en", text: "Dave", name: true }, { lang: "en", text: "Lintott", name: true }]));
  });

  it("so a claim that names the person is checked against them", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-19");
    expect(verdictOf(checker, "Volunteer Dave Lintott drove roughly 90 miles from Bristol to take part.")).toBe("match");
    expect(verdictOf(checker, "Volunteer Dave Lintott drove 120 miles from Bristol to take part.")).toBe("mismatch");
  });
});

describe("a quote that opens in the first person", () => {
  const SOURCE =
    "Open gardens\n\nThe gardens raised £14,320 this year.\n\n" +
    "\"I'm 84 and I've been digging this garden for 52 years,\" said its owner, Joan Pettifer, who spent the weekend answering questions.";

  it("gives its facts the names of the speaker its sentence names after it", async () => {
    const draft = await extractFacts(SOURCE, { id: "d", lang: "en", date: "2025-06-20", markdown: false });
    const age = draft.facts.find((f) => f.figure.value === 84);
    expect(age?.figure.unit).toBe("age");
    expect(age?.terms.actor).toEqual(expect.arrayContaining([{ lang: "en", text: "Joan", name: true }, { lang: "en", text: "Pettifer", name: true }]));
  });

  it("so a claim that names the speaker is checked against them", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-06-20");
    expect(verdictOf(checker, "Joan Pettifer, 84, has been digging her garden for 52 years.")).toBe("match");
    expect(verdictOf(checker, "Joan Pettifer er 86 år gammel.")).toBe("mismatch");
  });

  it("or of the person the sentence before names, when a pronoun says who speaks", async () => {
    const draft = await extractFacts(
      "Almshouses\n\nDennis Whitcombe, 82, a retired postman, has moved into cottage number 3. \"I don't have to carry my shopping up 54 steps any more,\" he said.",
      { id: "d", lang: "en", date: "2025-06-20", markdown: false },
    );
    const steps = draft.facts.find((f) => f.figure.value === 54);
    expect(JSON.stringify(steps?.terms.actor)).toContain("Whitcombe");
  });

  it("not a quote in the first person plural, nor one no person is named for", async () => {
    const draft = await extractFacts(
      "Pant\n\nJette Kjærgaard er formand. \"Vi samlede 120 sække ind på en lørdag,\" siger hun. \"Jeg har talt 40 sække i dag.\"",
      { id: "d", lang: "da", date: "2025-06-20", markdown: false },
    );
    expect(JSON.stringify(draft.facts.find((f) => f.figure.value === 120)?.terms.actor)).not.toContain("Kjærgaard");
    expect(JSON.stringify(draft.facts.find((f) => f.figure.value === 40)?.terms.actor)).not.toContain("Kjærgaard");
  });
});

describe("the person the sentence before names", () => {
  it("is one whose surname the lexicon knows as a word, not a place after 'fra'", async () => {
    const draft = await extractFacts(
      "Mink\n\nDen ene ansøger er Karsten Møller, 61, fra Lindholm Mark. Han vil starte med 2.500 avlstæver.",
      { id: "d", lang: "da", date: "2025-06-20", markdown: false },
    );
    const actor = JSON.stringify(draft.facts.find((f) => f.figure.value === 2500)?.terms.actor);
    expect(actor).toContain("Karsten");
    expect(actor).not.toContain("Lindholm");
  });
});
