// `factcheck extract`: a draft fact base from a source document, valid and usable at once, its
// terms drawn from the lexicon (so claims in the other language tie to it), its quotes verbatim.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftYaml, extractFacts, type DraftFact } from "../../src/facts/extract.js";
import { compileFactBase, loadFactBase } from "../../src/facts/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { validateFactBase } from "../../src/facts/validate.js";
import { formatDiagnostic } from "../../src/facts/load.js";
import { Checker } from "../../src/pipeline.js";
import { factAnchors, factChange, factMore } from "../../src/frames/anchors.js";
import { readFrames } from "../../src/frames/index.js";
import { parseFigures } from "../../src/figures/index.js";
import { DEFAULT_JUDGE_OPTIONS, type Fact, type Lang } from "../../src/types.js";

const SHIPPED_SOURCE = join("facts", "sources", "000_0a83094240985db4.txt");
const ENGLISH_SOURCE = join("test", "fixtures", "sources", "northport-flood-barrier.md");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "factcheck-extract-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes the draft next to a copy of its source and loads it like any fact base. */
async function draftOf(source: string, meta: { id: string; lang: Lang; date?: string; title?: string }, name: string) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  const base = source.split(/[\\/]/).pop()!;
  copyFileSync(source, join(dir, base));
  const raw = readFileSync(source, "utf8");
  const draft = await extractFacts(raw, { id: meta.id, lang: meta.lang, date: meta.date, markdown: source.endsWith(".md") });
  const file = join(dir, "draft.yaml");
  writeFileSync(file, draftYaml(draft, { id: meta.id, title: meta.title ?? draft.title ?? "x", date: meta.date ?? draft.date ?? "2000", textPath: base, source: base }));
  return { draft, file };
}

/**
 * Drafts a base from a source text (extract, no editing), loads it like any fact base, and
 * checks a claim against it: its first result.
 */
async function checkerFrom(text: string, meta: { id: string; lang: Lang; date: string; title: string }, name: string) {
  const { fb, index } = await baseFrom(text, meta, name);
  const checker = new Checker(fb, index, { judge: DEFAULT_JUDGE_OPTIONS });
  return (claim: string) => checker.checkBlock({ text: claim, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0];
}

/** Drafts a base from a source text (extract, no editing) and loads it like any fact base, with its term index. */
async function baseFrom(text: string, meta: { id: string; lang: Lang; date: string; title: string }, name: string) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "src.txt"), text);
  const draft = await extractFacts(text, { id: meta.id, lang: meta.lang, date: meta.date, markdown: false });
  writeFileSync(join(dir, "d.yaml"), draftYaml(draft, { ...meta, textPath: "src.txt", source: "src.txt" }));
  const fb = await loadFactBase([join(dir, "d.yaml")]);
  return { fb, index: buildTermIndex(fb, { lexicon: await loadLexicon() }) };
}

/** As checkerFrom, for each check of a claim: [figure as written, verdict]. */
function verdictsFrom(text: string, meta: { id: string; lang: Lang; date: string; title: string }, name: string) {
  // (drafted when first asked for, inside a test)
  let checker: ReturnType<typeof checkerFrom> | undefined;
  return async (claim: string) => ((await (checker ??= checkerFrom(text, meta, name)))(claim)?.checks ?? []).map((c) => [c.figure.text, c.verdict]);
}

/** As checkerFrom, for the first check of a claim. */
async function firstCheckFrom(text: string, meta: { id: string; lang: Lang; date: string; title: string }, name: string) {
  const result = await checkerFrom(text, meta, name);
  return (claim: string) => result(claim)?.checks[0];
}

const key = (f: Fact) => `${f.paragraph} ${f.figure.kind} ${f.figure.qualifier} ${JSON.stringify(f.figure.value)}${f.figure.low !== undefined ? ` ${f.figure.low}-${f.figure.high}` : ""}`;
const terms = (f: DraftFact | undefined) => (f ? Object.values(f.terms).flat().map((t) => (typeof t === "string" ? t : t.text)) : []);

describe("extract on the shipped (Danish) source", () => {
  it("finds every figure of the hand-made fact base, and the draft validates", async () => {
    const { file } = await draftOf(SHIPPED_SOURCE, { id: "dk-draft", lang: "da", date: "2021-07" }, "shipped");
    const hand = await loadFactBase(["facts"]);
    const draft = await loadFactBase([file]);
    const drafted = new Set(draft.facts.map(key));
    expect(hand.facts.map(key).filter((k) => !drafted.has(k))).toEqual([]);
    expect(draft.facts.every((f) => f.review === true && f.statement.trim() !== "")).toBe(true);
    const v = await validateFactBase([file]);
    expect(v.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
  });

  it("names, in lexicon concepts, what each figure counts, what happened and where — from the figure's own clause", async () => {
    const { draft } = await extractFacts(readFileSync(SHIPPED_SOURCE, "utf8"), { id: "dk", lang: "da", date: "2021-07", markdown: false }).then((d) => ({ draft: d }));
    const fact = (quote: string, value: unknown) => draft.facts.find((f) => f.quote.includes(quote) && f.figure.value === value);
    const killed = fact("2448 amerikanere", 2448)!;
    expect(killed.terms.subject).toContain("united-states");
    expect(killed.terms.event.some((t) => t === "kill" || t === "die")).toBe(true);
    expect(killed.terms.place).toContain("afghanistan");
    const wounded = fact("20.722 amerikanere", 20722)!;
    expect(wounded.terms.subject).toContain("united-states");
    expect(wounded.terms.event).toContain("injure");
    const babies = fact("To babyer", 2)!;
    expect(babies.terms.subject).toContain("babies");
    expect(babies.terms.event).toContain("die");
    // "44 danskere livet og såret flere end 200": each figure with its own verb.
    const danes = draft.facts.filter((f) => f.quote.startsWith("Indsatsen"));
    expect(danes.find((f) => f.figure.value === 200)?.terms.event).toContain("injure");
  });

  it("keeps the dateline out of the quote and the facts, and takes the title from the first line", async () => {
    const raw = "Storm i Vejle\n\nVEJLE, 21. oktober 2024 - Stormen væltede 300 træer i byen.\n";
    const draft = await extractFacts(raw, { id: "x", lang: "da", markdown: false });
    expect(draft.title).toBe("Storm i Vejle");
    expect(draft.date).toBe("2024-10-21");
    expect(draft.facts.map((f) => [f.quote, f.figure.value])).toEqual([["Stormen væltede 300 træer i byen.", 300]]);
  });
});

describe("extract on an English source (Markdown)", () => {
  it("reads counts, a bound, money, a percentage and a date, and the draft validates", async () => {
    const { draft, file } = await draftOf(ENGLISH_SOURCE, { id: "northport-2024-03-flood-barrier", lang: "en", date: "2024-03-15" }, "english");
    const figures = draft.facts.map((f) => `${f.paragraph} ${f.figure.kind} ${f.figure.qualifier ?? "exact"} ${f.figure.value}${f.figure.unit ? ` ${f.figure.unit}` : ""}`);
    expect(figures).toEqual(
      expect.arrayContaining([
        "3 date exact 2024-03-14",
        "3 money exact 2300000000 USD",
        "4 count more_than 1200",
        "5 count exact 48000",
        "6 percent exact 40",
        "8 percent exact 15",
      ]),
    );
    expect(draft.title).toBe("Northport approves $2.3 billion flood barrier");
    const v = await validateFactBase([file]);
    expect(v.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    // Every quote is verbatim from the source.
    const raw = readFileSync(ENGLISH_SOURCE, "utf8");
    for (const f of draft.facts) expect(raw).toContain(f.quote);
    // English statements are the quote itself when the sentence holds one figure.
    expect(draft.facts.find((f) => f.figure.kind === "percent" && f.figure.value === 40)?.statement).toBe("The national government will pay 40% of the cost.");
    // What the 48,000 counts, in the lexicon's words.
    expect(terms(draft.facts.find((f) => f.figure.value === 48000))).toContain("housing");
  });

  it("a year in a name is a year, not a count", async () => {
    const draft = await extractFacts("Refugees\n\nThe 1951 Convention protects 4,000 refugees.\n", { id: "x", lang: "en", date: "2024", markdown: false });
    expect(draft.facts.map((f) => [f.figure.kind, f.figure.value])).toEqual([
      ["year", 1951],
      ["count", 4000],
    ]);
  });
});

describe("a drafted base checks claims in both languages at once", () => {
  it("ties an English claim to a fact drafted from a Danish source, and back", async () => {
    const da = "Inflationen steg\n\nForbrugerpriserne i Danmark steg med 10,1 procent i oktober, oplyser Danmarks Statistik.\n\nFødevarepriserne steg med 14,4 procent.\n";
    const result = await checkerFrom(da, { id: "cpi", lang: "da", date: "2022-11-10", title: "t" }, "cross");
    const verdict = (claim: string) => result(claim)?.verdict;
    expect(verdict("Food prices rose 14.4 percent.")).toBe("match");
    expect(verdict("Food prices rose 4.4 percent.")).toBe("mismatch");
    expect(verdict("Danish consumer prices rose 10.1% in October.")).toBe("match");
    // Another thing priced is not a fact of this source: unverified, never a mismatch.
    expect(verdict("House prices fell 8 percent.")).toBe("unverified");
    expect(verdict("Fødevarepriserne steg med 14,4 procent.")).toBe("match");
  });
});

describe("the time of a drafted fact whose clause names none", () => {
  it("is its source's year or a year its lead names; any other claimed year is unverified", async () => {
    const text =
      "Robots\n\nAarhus, 27 February 2025 - Skovlund Robotics made a profit of DKK 412 million in 2024, the company said.\n\nRevenue rose 19 percent to DKK 2.86 billion from DKK 2.41 billion in 2023.\n";
    const result = await checkerFrom(text, { id: "r", lang: "en", date: "2025-02-27", title: "Robots" }, "lead-year");
    const verdict = (claim: string) => result(claim)?.verdict;
    expect(verdict("Revenue rose 19 percent in 2024.")).toBe("match");
    expect(verdict("Revenue rose 19 percent in 2025.")).toBe("match");
    expect(verdict("Revenue rose 19 percent in 2022.")).toBe("unverified");
  });
});

describe("a claim's year said relative to the writing", () => {
  it("is of the source's time: 'this year' is not a figure the source gives for last year", async () => {
    const text = "Admissions\n\nAarhus, 3 July 2025 - Computer science had an entry cut-off of 11.2 in grade-point average, up from 10.8 last year.\n";
    const result = await checkerFrom(text, { id: "a", lang: "en", date: "2025-07-03", title: "Admissions" }, "relative-claim");
    const verdict = (claim: string) => result(claim)?.verdict;
    expect(verdict("Last year the entry cut-off for computer science was 10.8.")).toBe("match");
    expect(verdict("This year the entry cut-off for computer science was 11.2.")).toBe("match");
    expect(verdict("This year the entry cut-off for computer science was 10.8.")).not.toBe("match");
  });
});

describe("facts whose figure cannot be compared with the claim's", () => {
  it("are not weighed against one that can: a percentage is judged against the percentage", async () => {
    const text =
      "Wind farm approved\n\nAarhus, 3 May 2025 - The wind farm will have a capacity of 1,000 megawatts, enough for about 1.3 million households.\n\n\"On its own, this project will cover close to 15 per cent of Denmark's current electricity consumption,\" the minister said.\n";
    const check = await firstCheckFrom(text, { id: "w", lang: "en", date: "2025-05-03", title: "Wind farm approved" }, "comparable");
    const c = check("The wind farm will meet about 30 per cent of Denmark's current electricity consumption.");
    expect(c?.verdict).toBe("mismatch");
    expect(c?.fact?.figure.kind).toBe("percent");
  });
});

describe("verbs of place and motion", () => {
  it("end a noun phrase even where the source made one of them a term: '7.940 børn går i …'", async () => {
    const text =
      "Skolebudget\n\nKommunens udgift pr. elev stiger fra 78.300 kr. til 81.150 kr., men ligger fortsat under landsgennemsnittet på 84.900 kr. I alt går 7.940 børn i kommunens folkeskoler.\n";
    const result = await checkerFrom(text, { id: "s", lang: "da", date: "2025-10-01", title: "Skolebudget" }, "light-verbs");
    const verdict = (claim: string) => result(claim)?.verdict;
    expect(verdict("7.940 børn går i kommunens folkeskoler.")).toBe("match");
    expect(verdict("8.940 børn går i kommunens folkeskoler.")).toBe("mismatch");
  });
});

describe("a figure whose sentence does not say what it counts", () => {
  it("counts what the sentence before counts ('The figure … compares with …'), not what another figure of its own sentence counts", async () => {
    const text =
      "Waiting lists\n\nLEEDS, 14 November 2024 - The number of people waiting for planned treatment in the region has risen to a record 148,320.\n\nThe figure compares with 131,905 a year earlier.\n\nThe Liberal Party fell to 13.3 percent and will have 23 seats.\n";
    const source = join(tmp, "anaphora.txt");
    writeFileSync(source, text);
    const { draft } = await draftOf(source, { id: "w", lang: "en", date: "2024-11-14" }, "anaphora");
    const fact = (value: number) => draft.facts.find((f) => f.figure.value === value);
    expect(fact(131905)?.terms.subject[0]).toBe("people");
    expect(fact(13.3)?.terms.subject).not.toContain("seats");
    const result = await checkerFrom(text, { id: "w", lang: "en", date: "2024-11-14", title: "Waiting lists" }, "anaphora-check");
    expect(result("A year earlier, 131,905 people were waiting for treatment.")?.verdict).toBe("match");
    expect(result("A year earlier, 131,509 people were waiting for treatment.")?.verdict).toBe("mismatch");
  });
});

describe("'the same time last year' and 'right now' in a source", () => {
  const text =
    "Venteliste\n\nHOLSTED, 4. marts 2024 – Lige nu står 63 børn på venteliste til en plads i Holsted-skolens SFO. På samme tid sidste år var tallet 41.\n";
  it("gives the bare count of the year before what the sentence before counts, and the clause's waiting list too", async () => {
    const draft = await extractFacts(text, { id: "sfo", lang: "da", date: "2024-03-04", markdown: false });
    const before = draft.facts.find((f) => f.figure.value === 41);
    expect(before?.terms.subject).toEqual(["children"]);
    expect(before?.terms.context).toContain("waiting-lists");
    expect(before?.terms.subject).not.toContain("time");
  });
  it("checks a claim of a year ago against last year's figure, not against the figure of now", async () => {
    const check = await firstCheckFrom(text, { id: "sfo", lang: "da", date: "2024-03-04", title: "Venteliste" }, "same-time-last-year");
    expect(check("A year ago, 63 children were on the waiting list.")).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 41 } } });
    expect(check("A year ago, 41 children were on the waiting list.")).toMatchObject({ verdict: "match", fact: { figure: { value: 41 } } });
    expect(check("63 children are on the waiting list.")).toMatchObject({ verdict: "match", fact: { figure: { value: 63 } } });
  });
});

describe("'the figure' later in the sentence that gives it", () => {
  const text =
    "Havnebad\n\nSKIVE, 29. maj 2026 – I sommersæsonen 2025 talte kommunens tællere 48.700 besøgende, en stigning på 18 procent i forhold til 2024, hvor tallet var 41.300.\n";
  it("counts what the figure before counts ('… 48.700 besøgende …, hvor tallet var 41.300': visitors)", async () => {
    const draft = await extractFacts(text, { id: "hb", lang: "da", date: "2026-05-29", markdown: false });
    expect(draft.facts.find((f) => f.figure.value === 41300)?.terms.subject).toEqual(["visitors"]);
  });
  it("checks a claim of either year against its own figure", async () => {
    const check = await firstCheckFrom(text, { id: "hb", lang: "da", date: "2026-05-29", title: "Havnebad" }, "the-figure-same-sentence");
    expect(check("The harbour bath had 41,300 visitors in 2024.")).toMatchObject({ verdict: "match", fact: { figure: { value: 41300 } } });
    expect(check("The harbour bath had 48,700 visitors in 2025.")).toMatchObject({ verdict: "match", fact: { figure: { value: 48700 } } });
  });
});

describe("a mean set off after the total it is the mean of", () => {
  // "9,8 mio. kr. i erstatning, i gennemsnit 70.000 kr. pr. lodsejer": the mean is of the
  // compensation too (before: of "average" and "landowners", which no claim of compensation named).
  const text = "Kabler i jorden\n\nI alt 140 lodsejere bliver berørt af kabeltracéet, og de får tilsammen 9,8 mio. kr. i erstatning, i gennemsnit 70.000 kr. pr. lodsejer.\n";
  it("counts what the total counts", async () => {
    const draft = await extractFacts(text, { id: "kb", lang: "da", date: "2025-03-08", markdown: false });
    expect(draft.facts.find((f) => f.figure.value === 70000)?.terms.subject).toEqual(["compensation"]);
  });
  it("is what a claim of the mean is checked against", async () => {
    const check = await firstCheckFrom(text, { id: "kb", lang: "da", date: "2025-03-08", title: "Kabler i jorden" }, "mean-of-total");
    expect(check("Hver lodsejer får i gennemsnit 90.000 kr. i erstatning.")).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 70000 } } });
  });
});

describe("a word of two readings", () => {
  const doc = (more: string) =>
    `Cycle hire\n\nCASTLEBRIDGE, 10 March 2026 - The cycle-hire scheme recorded 412,600 journeys in its first year.${more}\n`;
  it("is drafted as the reading the document's other words name ('journeys' are trips here, not voyages)", async () => {
    const trips = await extractFacts(doc(" On the busiest day, 3,862 trips were made, and the average trip lasted 17 minutes."), { id: "c", lang: "en", date: "2026-03-10", markdown: false });
    expect(trips.facts.find((f) => f.figure.value === 412600)?.terms.subject[0]).toBe("journeys");
    // (with no other word for either, the lexicon's first reading, as before)
    const alone = await extractFacts(doc(""), { id: "c", lang: "en", date: "2026-03-10", markdown: false });
    expect(alone.facts.find((f) => f.figure.value === 412600)?.terms.subject[0]).toBe("voyages");
  });
});

describe("an age in an English claim about a Danish source", () => {
  const text =
    "Mejeri\n\nTJELE, 2. maj 2024 – Mælkeprisen stiger, siger Brindlemoors bestyrelsesformand, Ole Bruun Lind, 58. Det vurderer økonom Karen Holt Sørensen, 41, fra Sydbank.\n";
  it("is the person's named after what they are ('Brindlemoor chairman Ole Bruun Lind is 41'), the sentence read as English despite the names' letters", async () => {
    const check = await firstCheckFrom(text, { id: "m", lang: "da", date: "2024-05-02", title: "Mejeri" }, "age-claim");
    expect(check("Brindlemoor chairman Ole Bruun Lind is 41 years old.")).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 58 } } });
    expect(check("Brindlemoor chairman Ole Bruun Lind is 58 years old.")).toMatchObject({ verdict: "match", fact: { figure: { value: 58 } } });
  });
});

describe("who did it", () => {
  it("is the clause's subject, not a name set off after a noun ('with her husband Callum')", async () => {
    const text = "Farm\n\nBRAEMAR, 3 March 2025 - Farmer Ellen Brodie, 49, took over the farm from her father in 2012 and runs it with her husband Callum.\n";
    const check = await firstCheckFrom(text, { id: "f", lang: "en", date: "2025-03-03", title: "Farm" }, "who-did-it");
    expect(check("Ellen Brodie overtog gården efter sin far i 2012.")).toMatchObject({ verdict: "match", fact: { figure: { value: 2012 } } });
  });
});

describe("a claimed date against two stored dates that are one as precisely as it says", () => {
  it("is wrong about both: a mismatch, not ambiguous ('maj 2025' against 'maj 2024' and '6. maj 2024')", async () => {
    const text = "Hal\n\nVEJLE, 3. marts 2024 – Ny idrætshal: byggeriet går i gang i maj. Byggeriet begynder efter planen den 6. maj 2024, og hallen står klar i august 2025.\n";
    const verdicts = verdictsFrom(text, { id: "hal", lang: "da", date: "2024-03-04", title: "Hal" }, "same-date");
    expect(await verdicts("Byggeriet går i gang i maj 2025.")).toEqual([["maj 2025", "mismatch"]]);
    expect(await verdicts("Byggeriet går i gang i maj 2024.")).toEqual([["maj 2024", "match"]]);
  });
});

describe("a thing's age", () => {
  it("is how long it has been, and a span of years claimed is judged against it; a person's is not", async () => {
    const text =
      "Bibliotek\n\nSKIVE, 3. marts 2024 – Skive Bibliotek havde 212.400 besøgende i 2023, det højeste antal i bibliotekets 56-årige historie. Bibliotekar Anna Holm, 45, har været ansat i 20 år.\n";
    const verdicts = verdictsFrom(text, { id: "bib", lang: "da", date: "2024-03-04", title: "Bibliotek" }, "thing-age");
    expect(await verdicts("Biblioteket har eksisteret i 56 år.")).toEqual([["56 år", "match"]]);
    expect(await verdicts("Biblioteket har eksisteret i 65 år.")).toEqual([["65 år", "mismatch"]]);
    expect(await verdicts("Anna Holm har været bibliotekar i 45 år.")).not.toEqual([["45 år", "match"]]);
  });
});

describe("an age between a count and the bare count after it", () => {
  it("says whom the first counts: the second counts the same ('540 børn i alderen 0-5 år i byen, mod 412 i 2020')", async () => {
    const text = "Børn\n\nLINDVED, 12. marts 2024 – Ifølge prognosen vil der i 2027 bo omkring 540 børn i alderen 0-5 år i byen, mod 412 i 2020.\n";
    const draft = await extractFacts(text, { id: "b", lang: "da", date: "2024-03-12", markdown: false });
    expect(draft.facts.find((f) => f.figure.value === 412)?.terms.subject).toContain("children");
  });
});

describe("a change to come", () => {
  const text =
    "Bookshop\n\nHALTON, 3 March 2025 - Halton Books, the independent bookshop that has traded on Mill Lane since 1982, is to move into the former post office across the square, more than doubling its floor space from 120 to 260 square metres.\n";
  it("starts from the present value: a claim of the present may be about the value it starts from", async () => {
    const check = await firstCheckFrom(text, { id: "b", lang: "en", date: "2025-03-03", title: "Bookshop" }, "future-change");
    expect(check("At present the bookshop has 120 square metres of floor space.")).toMatchObject({ verdict: "match", fact: { figure: { value: 120 } } });
    expect(check("The bookshop will have 260 square metres of floor space.")).toMatchObject({ verdict: "match", fact: { figure: { value: 260 } } });
  });
  it("is told by a cue of the future before the change's figures", async () => {
    const changeOf = async (source: string) => {
      const { fb, index } = await baseFrom(source, { id: "b", lang: "en", date: "2025-03-03", title: "Bookshop" }, "future-cue");
      return factChange(fb.facts.find((f) => f.figure.value === 120)!, fb, index);
    };
    expect(await changeOf(text)).toMatchObject({ previous: true, future: true });
    expect(await changeOf("Bookshop\n\nHalton Books more than doubled its floor space from 120 to 260 square metres.\n")).toEqual({ previous: true, change: true, level: true });
  });
});

describe("a change to come, against a claim of now", () => {
  const text =
    "Hospital parking\n\nCASTLEBRIDGE, 21 January 2026 - Staff parking permits at the hospital will rise from £18 to £22 a month in April.\n";
  it("is about the value it starts from: 'currently £22' is wrong, in either language", async () => {
    const check = await firstCheckFrom(text, { id: "hp", lang: "en", date: "2026-01-21", title: "Hospital parking" }, "change-now");
    expect(check("Staff parking permits at the hospital currently cost £22 a month.")).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 18 } } });
    expect(check("Personalets parkeringskort koster i dag 22 pund om måneden.")).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 18 } } });
    expect(check("Staff parking permits at the hospital currently cost £18 a month.")).toMatchObject({ verdict: "match", fact: { figure: { value: 18 } } });
    expect(check("Staff parking permits at the hospital will cost £22 a month.")).toMatchObject({ verdict: "match", fact: { figure: { value: 22 } } });
  });
  it("is to come when its date is after the source's, though no word says so ('stiger … den 1. januar' in a November article)", async () => {
    const source = "Krematoriet\n\nNÆSTVED, 4. november 2025 – Prisen for en kremering stiger fra 4.650 kr. til 5.100 kr. den 1. januar, en stigning på 9,7 procent.\n";
    const { fb } = await baseFrom(source, { id: "kr", lang: "da", date: "2025-11-04", title: "Krematoriet" }, "change-dated");
    expect(fb.facts.find((f) => f.figure.kind === "date")?.figure.value).toBe("2026-01-01");
    const check = await firstCheckFrom(source, { id: "kr", lang: "da", date: "2025-11-04", title: "Krematoriet" }, "change-dated-check");
    expect(check("En kremering i Næstved koster i dag 5.100 kr.")?.verdict).not.toBe("match");
    expect(check("Fra 1. januar koster en kremering i Næstved 5.100 kr.")).toMatchObject({ verdict: "match" });
  });
});

describe("a claimed number the source gives hedged", () => {
  const text =
    "Bookshop\n\nHALTON, 3 March 2025 - The move, which will cost an estimated £420,000 including the refit, is due to be completed by the end of September. The shop has 12 staff. Sales reached £1.3 million last year, and the rent is £38,000 a year.\n";
  const verdicts = verdictsFrom(text, { id: "move", lang: "en", date: "2025-03-03", title: "Bookshop" }, "hedged-stored");
  it("is tied by its figure to the fact that gives it, as an exact one is ('Flytningen forventes at koste 420.000 pund')", async () => {
    expect(await verdicts("Flytningen inklusive ombygning forventes at koste 420.000 pund.")).toEqual([["420.000 pund", "match"]]);
  });
});

describe("a rate in one word after an amount", () => {
  const text =
    "Postbutikken\n\nVORBASSE, 8. april 2025 – Samtidig er antallet af frimærker, der sælges i Vorbasse, faldet fra omkring 6.000 til 1.100 om året. Butikken har fået 42.000 kr. om året fra PostNord for at huse postfunktionen.\n";
  const verdicts = verdictsFrom(text, { id: "post", lang: "da", date: "2025-04-08", title: "Postbutikken" }, "rate-word");
  it("says how often, not what is counted ('42.000 kroner årligt', '£42,000 annually')", async () => {
    expect(await verdicts("Butikken i Vorbasse har fået 42.000 kroner årligt fra PostNord.")).toEqual([["42.000 kroner", "match"]]);
    expect(await verdicts("The shop has received DKK 42,000 annually from PostNord.")).toEqual([["DKK 42,000", "match"]]);
    // (with the lexicon, which reads "årligt" and "annually" as years)
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const headOf = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0].head?.key;
    expect(headOf("Butikken i Vorbasse har fået 42.000 kroner årligt fra PostNord.", "da")).toBe("shops");
    expect(headOf("The trust spends £1.1 million annually on maintenance.", "en")).not.toBe("years");
    expect(headOf("The operator will cut 46 weekly journeys.", "en")).not.toBe("weeks");
    // (nor is how often in a describing word: "64 ugentlige hold", "18,740 annual memberships")
    const headText = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0].head?.text;
    expect(headText("Skolen har i dag 64 ugentlige hold.", "da")).not.toBe("ugentlige");
    expect(headText("The scheme has 18,740 annual memberships.", "en")).toBe("memberships");
  });
});

describe("a date something takes effect on", () => {
  const text =
    "Bus cuts\n\nSHREWSBURY, 14 October 2025 - Severn Valley Buses will cut 46 weekly journeys. The cuts, which take effect on 3 November, will mainly affect evening and Sunday services. The company employs 183 drivers.\n";
  const verdicts = verdictsFrom(text, { id: "cuts", lang: "en", date: "2025-10-14", title: "Bus cuts" }, "take-effect");
  it("is when it starts, in either language ('take effect', 'træde i kraft'), not a hiring", async () => {
    expect(await verdicts("Nedskæringerne i Severn Valley Buses' køreplan træder i kraft den 3. november.")).toEqual([["3. november", "match"]]);
    expect(await verdicts("The cuts take effect on 10 November.")).toEqual([["10 November", "mismatch"]]);
  });
});

describe("a claim with two verbs", () => {
  const text =
    "Hospital parking\n\nCASTLEBRIDGE, 21 January 2026 - Patients who spend long periods at the hospital will be able to park for free from 1 March under a new scheme announced by the trust this week. Car park charges rose by 12 percent in 2025.\n";
  const meta = { id: "free", lang: "en" as const, date: "2026-01-21", title: "Hospital parking" };
  const verdicts = verdictsFrom(text, meta, "farther-verb");
  it("agrees with the fact through a farther verb when the nearest says no change ('Free parking … starts on 1 March')", async () => {
    expect(await verdicts("Free parking for long-stay patients at the hospital starts on 1 March.")).toEqual([["1 March", "match"]]);
    expect(await verdicts("Free parking for long-stay patients at the hospital starts on 1 April.")).toEqual([["1 April", "mismatch"]]);
  });
  it("but not through a farther verb of change: the nearest change decides", async () => {
    expect(await verdicts("Car park charges fell by 12 percent in 2025 as prices rose.")).not.toContainEqual(["12 percent", "match"]);
  });
});

describe("a date the source writes without its year", () => {
  const text =
    "Christmas market\n\nLEDBURY, 9 January 2025 - The busiest day was Saturday 14 December, when 17,860 people passed through the gates. The market will reopen on 15 November.\n";
  it("is of the year nearest the source's date that its tense allows: last December in January, this November for a market to come", async () => {
    const { fb } = await baseFrom(text, { id: "cm", lang: "en", date: "2025-01-09", title: "Christmas market" }, "undated");
    const dates = fb.facts.filter((f) => f.figure.kind === "date").map((f) => f.figure.value);
    expect(dates).toEqual(["2024-12-14", "2025-11-15"]);
    const check = await firstCheckFrom(text, { id: "cm", lang: "en", date: "2025-01-09", title: "Christmas market" }, "undated-check");
    expect(check("The busiest day of the market was 14 December 2024.")).toMatchObject({ verdict: "match" });
    expect(check("The busiest day of the market was 14 December 2025.")).toMatchObject({ verdict: "mismatch" });
  });
});

describe("the value before a change", () => {
  it("is not what a claim of the present is about, but is what a claim of the change's start or of the time before is", async () => {
    const text = "Admissions\n\nAarhus, 3 July 2025 - The number of applicants fell to 9,215 from 9,870, a drop of 6.6 percent.\n";
    const check = await firstCheckFrom(text, { id: "a", lang: "en", date: "2025-07-03", title: "Admissions" }, "previous-value");
    expect(check("The number of applicants dropped to 9,870 this year.")).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 9215 } } });
    expect(check("The number of applicants fell from 9,870.")).toMatchObject({ verdict: "match", fact: { figure: { value: 9870 } } });
    expect(check("The number of applicants dropped to 9,215.")).toMatchObject({ verdict: "match", fact: { figure: { value: 9215 } } });
  });
});

describe("the value a change ends at, said so", () => {
  it("is not the value it started from, though the claim says when: 'fell to 9,870 last year'", async () => {
    const text = "Admissions\n\nAarhus, 3 July 2025 - The number of applicants fell last year from 9,870 to 9,215.\n";
    const check = await firstCheckFrom(text, { id: "a", lang: "en", date: "2025-07-03", title: "Admissions" }, "new-value");
    expect(check("The number of applicants fell to 9,870 last year.")).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 9215 } } });
    expect(check("Antallet af ansøgere faldt sidste år til 9.215.")).toMatchObject({ verdict: "match", fact: { figure: { value: 9215 } } });
  });
});

describe("a value from before, said in words", () => {
  it("'previously', 'tidligere': a claim of it is about the old value of a change, a claim of the present about the new one", async () => {
    const text = "Zoo\n\nLeeds, 22 January 2025 - The price of an adult ticket rose from £22 to £24.\n";
    const check = await firstCheckFrom(text, { id: "z", lang: "en", date: "2025-01-22", title: "Zoo" }, "past-cues");
    expect(check("The price of an adult ticket was previously £22.")).toMatchObject({ verdict: "match", fact: { figure: { value: 22 } } });
    expect(check("Prisen på en voksenbillet var tidligere 22 pund.")).toMatchObject({ verdict: "match", fact: { figure: { value: 22 } } });
    expect(check("The price of an adult ticket is £22.")).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 24 } } });
    expect(check("The price of an adult ticket is £24.")).toMatchObject({ verdict: "match", fact: { figure: { value: 24 } } });
  });
});

describe("'the year before' in a source", () => {
  /** The years factAnchors gives the drafted fact of `value`, from a source `text`. */
  const anchorsFor = async (name: string, text: string, lang: "en" | "da", date: string, value: number) => {
    const source = join(tmp, `${name}.txt`);
    writeFileSync(source, text);
    const { file } = await draftOf(source, { id: name, lang, date }, name);
    const fb = await loadFactBase([file]);
    const index = buildTermIndex(fb, { lexicon: await loadLexicon() });
    return factAnchors(fb.facts.find((f) => f.figure.value === value)!, fb, index);
  };

  it.each<[string, string, string, Lang, string, number, number]>([
    [
      "is the year before the one its sentence names, not before the source's date",
      "year-before",
      "Pension\n\nAarhus, 6 March 2025 - The fund returned 9.4 percent on its investments in 2024, up from 7.1 percent the year before.\n",
      "en",
      "2025-03-06",
      7.1,
      2023,
    ],
    [
      "is the year before the one its paragraph names before it, when its sentence names none",
      "year-before-paragraph",
      "Trafik\n\nVesthavn, 8. april 2025 – Syv mennesker mistede livet i trafikken i 2024. Det er fire færre end året før, hvor 11 blev dræbt.\n",
      "da",
      "2025-04-08",
      11,
      2023,
    ],
    [
      "is the year before the one the source's opening names, when its paragraph names none before it",
      "year-before-lead",
      "Museum\n\nVejle, 10. februar 2025 – Museet satte i 2024 ny besøgsrekord.\n\nAndelen af udenlandske besøgende steg til 23 pct. fra 19 pct. året før.\n",
      "da",
      "2025-02-10",
      19,
      2023,
    ],
    [
      "is not the year before one its sentence names only after the figure, in another clause (here: before the source's date)",
      "year-before-later",
      "Potholes\n\nWestmoor, 12 March 2025 - The council repaired 14,862 potholes in 2024.\n\nThe total is up from 11,247 the previous year, an increase of 32 per cent, and almost double the 7,590 repaired in 2019.\n",
      "en",
      "2025-03-12",
      11247,
      2024,
    ],
    [
      "counts from the source's date when the figure's own phrase is 'last year', though 'the year before' follows",
      "last-year-phrase",
      "Cykler\n\nAarhus, 4. februar 2025 – I 2024 faldt tallet.\n\nTryg udbetalte sidste år 86,4 mio. kr. i erstatning, 7 procent mere end året før.\n",
      "da",
      "2025-02-04",
      86.4e6,
      2024,
    ],
  ])("%s", async (_, name, text, lang, date, value, year) => {
    expect(await anchorsFor(name, text, lang, date, value)).toEqual([{ year }]);
  });
});

describe("a fact base compiled at build time", () => {
  it("keeps which figure is the value before a change, and checks as the loaded one does", async () => {
    const text = "Admissions\n\nAarhus, 3 July 2025 - The number of applicants fell to 9,215 from 9,870, a drop of 6.6 percent.\n";
    const source = join(tmp, "admissions.txt");
    writeFileSync(source, text);
    const { file } = await draftOf(source, { id: "a", lang: "en", date: "2025-07-03" }, "compiled-change");
    const compiled = await compileFactBase([file]);
    const change = (value: number) => compiled.facts.find((f) => f.figure.value === value)?.change;
    expect([change(9870), change(9215)]).toEqual([
      { previous: true, change: true, level: true },
      { previous: false, change: true, level: true },
    ]);
    const checker = new Checker(compiled, buildTermIndex(compiled, { lexicon: await loadLexicon() }), { judge: DEFAULT_JUDGE_OPTIONS });
    const [result] = checker.checkBlock({ text: "The number of applicants dropped to 9,870 this year.", spans: [{ offset: 0, line: 1, column: 1 }] }, "-");
    expect(result.checks[0]).toMatchObject({ verdict: "mismatch", fact: { figure: { value: 9215 } } });
  });
});

describe("a year that runs over into the next (a financial year, a season)", () => {
  const text =
    "NHS trusts in Yorkshire spend more on private care\n\nTo relieve the pressure, the trusts spent £47.5 million on treating NHS patients in private hospitals in the 2023/24 financial year.\n";
  const meta = { id: "trusts", lang: "en" as const, date: "2024-06-01", title: "Trusts" };
  const verdicts = verdictsFrom(text, meta, "split-year");

  it("dates the amount of its clause with both of its years", async () => {
    expect(await verdicts("The trusts spent £47.5 million on private hospitals in 2023/24.")).toEqual([
      ["£47.5 million", "match"],
      ["2023/24", "match"],
    ]);
    expect(await verdicts("Private hospitals received £47.5 million from the trusts in 2024.")).toEqual([
      ["£47.5 million", "match"],
      ["2024", "match"],
    ]);
  });

  it("is the source's when the source names one of its years", async () => {
    const playhouse = "Playhouse sells a record number of tickets\n\nThe Riverside Playhouse sold 187,400 tickets in the financial year ending 31 March 2023.\n";
    const check = await checkerFrom(playhouse, { id: "playhouse", lang: "en", date: "2023-09-28", title: "Playhouse" }, "split-year-2");
    expect(check("The Riverside Playhouse sold 187,400 tickets in the 2022-23 financial year.")?.checks.map((c) => [c.figure.text, c.verdict])).toEqual([
      ["187,400", "match"],
      ["2022-23", "match"],
    ]);
    expect(check("The Riverside Playhouse sold 187,400 tickets in the 2020-21 financial year.")?.verdict).not.toBe("match");
  });

  it("is not the source's when it is another financial year", async () => {
    const checks = await verdicts("Hospitalerne brugte 47,5 mio. pund på private hospitaler i regnskabsåret 2022/23.");
    expect(checks.map(([, v]) => v)).not.toContain("match");
    expect(checks.map(([t]) => t)).toContain("2022/23");
  });
});

describe("flying passengers", () => {
  const text = "Northbay Air reports record summer\n\nNorthbay Air said it had carried 18,240 passengers to Bergen by the end of September.\n";
  const meta = { id: "air", lang: "en" as const, date: "2024-10-08", title: "Air" };
  const verdicts = verdictsFrom(text, meta, "fly-carry");

  it("is carrying them, in either language", async () => {
    expect(await verdicts("Northbay Air flew 18,240 passengers to Bergen.")).toEqual([["18,240", "match"]]);
    expect(await verdicts("Ruten til Bergen havde fløjet 18.240 passagerer ved udgangen af september.")).toContainEqual(["18.240", "match"]);
  });
});

describe("a light phrase ('til sidst', finally)", () => {
  const text = "Færre indbrud\n\nAntallet af indbrud i kommunen faldt sidste år fra 1.214 til 987, oplyser politiet.\n";
  const meta = { id: "burglary", lang: "da" as const, date: "2025-02-12", title: "Indbrud" };
  const verdicts = verdictsFrom(text, meta, "light-phrase");

  it("does not run across a figure: 'faldt til 987 sidste år' says fell, not finally", async () => {
    expect(await verdicts("Antallet af indbrud faldt til 987 sidste år.")).toContainEqual(["987", "match"]);
    expect(await verdicts("Antallet af indbrud faldt til 897 sidste år.")).toContainEqual(["897", "mismatch"]);
  });
});

describe("a word of how far or how often after a figure ('langt', 'årligt', 'long')", () => {
  const text =
    "Vandværket taber mindre\n\nLedningsnettet er i alt 1.420 kilometer langt. I 2024 fandt og reparerede selskabets medarbejdere 312 lækager. Udskiftningen af de gamle rør sparer selskabet for 14,2 mio. kr. årligt.\n";
  const meta = { id: "water", lang: "da" as const, date: "2024-05-02", title: "Vand" };
  const verdicts = verdictsFrom(text, meta, "how-far");

  it("is no term of the draft (a claim naming it would seem to count it) and not what the figure counts", async () => {
    const draft = await extractFacts(text, { id: meta.id, lang: meta.lang, date: meta.date, markdown: false });
    const words = draft.facts.flatMap(terms);
    expect(words).not.toContain("langt");
    expect(words).not.toContain("årligt");
    expect(await verdicts("Ledningsnettet er i alt 1.240 kilometer langt.")).toEqual([["1.240 kilometer", "mismatch"]]);
    expect(await verdicts("Udskiftningen sparer selskabet for 14,2 mio. kr. årligt.")).toEqual([["14,2 mio. kr.", "match"]]);
  });
});

describe("'pr.' (per) after an amount", () => {
  it("is no term of the draft: the amount is not of 'pr'", async () => {
    const text = "Dyrere salt\n\nPrisen på vejsalt steg samtidig fra 780 kr. til 915 kr. pr. ton.\n";
    const draft = await extractFacts(text, { id: "salt", lang: "da", date: "2025-03-27", markdown: false });
    expect(draft.facts.length).toBeGreaterThan(0);
    for (const f of draft.facts) expect(terms(f)).not.toContain("pr");
  });
});

describe("a claim whose figure no fact about it can be compared with", () => {
  it("is unverified for that reason, not 'it could be DKK 38.4 million or DKK 19.6 million'", async () => {
    const text = "Veje\n\nVejnettet kostede kommunen 38,4 mio. kr. i 2024. Vejnettet fik samtidig 19,6 mio. kr. ekstra i budgettet.\n";
    const check = await firstCheckFrom(text, { id: "veje", lang: "da", date: "2025-03-27", title: "Veje" }, "incomparable");
    expect(check("Vejnettet er 1.124 kilometer langt.")).toMatchObject({ verdict: "unverified", rule: "unit-mismatch" });
  });
});

describe("a bound in time ('since 2012')", () => {
  const text =
    "Water company cuts leaks\n\nSevernvale Water lost 142 million litres of treated water a day through leaking pipes in the year to March, the company said on Thursday as it confirmed that a hosepipe ban covering 1.3 million customers would remain in force until at least the end of September.\n\nThe hosepipe ban, introduced on 11 July, is the first the company has imposed since 2018.\n";
  const meta = { id: "ban", lang: "en" as const, date: "2025-08-21", title: "Ban" };
  const verdicts = verdictsFrom(text, meta, "time-bound");

  it("is judged against the stored bound of its own kind, not a date that happens to fall after it", async () => {
    // (the month the ban lasts until, September 2025, falls after 2012: no match for that)
    expect(await verdicts("The hosepipe ban is the company's first since 2012.")).toEqual([["since 2012", "mismatch"]]);
    expect(await verdicts("The hosepipe ban is the company's first since 2018.")).toEqual([["since 2018", "match"]]);
  });
});

describe("the start of a span a claim gives ('since 2019')", () => {
  const text = "Scanner demand grows\n\nDemand for MRI scans at the hospital has grown by 8 per cent a year since 2019, the trust said.\n";
  const meta = { id: "scans", lang: "en" as const, date: "2024-03-14", title: "Scans" };
  const verdicts = verdictsFrom(text, meta, "since-year");

  it("is right when the source gives the amount over the same span, in either language", async () => {
    expect(await verdicts("Demand for MRI scans has grown by 8 percent a year since 2019.")).toEqual([
      ["8 percent", "match"],
      ["since 2019", "match"],
    ]);
    expect(await verdicts("Efterspørgslen efter MR-scanninger er vokset med 8 procent om året siden 2019.")).toContainEqual(["siden 2019", "match"]);
  });

  it("is not when the source gives another start", async () => {
    const checks = await verdicts("Demand for MRI scans has grown by 8 percent a year since 2015.");
    expect(checks).toContainEqual(["since 2015", "unverified"]);
  });
});

describe("a year that opens a source's sentence", () => {
  const text = "Avisens regnskab\n\nI 2022 faldt annonceindtægterne med 11 procent til 31,5 mio. kr., mens abonnementsindtægterne steg til 38,2 mio. kr.\n";
  const meta = { id: "avis", lang: "da" as const, date: "2023-05-10", title: "Avis" };
  const verdicts = verdictsFrom(text, meta, "opening-year");

  it("dates the figures of all its clauses", async () => {
    expect(await verdicts("Abonnementsindtægterne nåede 38,2 mio. kr. i 2022.")).toEqual([
      ["38,2 mio. kr.", "match"],
      ["2022", "match"],
    ]);
    expect(await verdicts("Abonnementsindtægterne nåede 38,2 mio. kr. i 2023.")).toContainEqual(["2023", "unverified"]);
  });
});

describe("a year that ends a phrase set off at the start of a source's sentence", () => {
  const text = "Village pond\n\nAt its worst, in the dry summer of 2022, the water was just 30 centimetres deep.\n";
  const meta = { id: "pond", lang: "en" as const, date: "2026-04-23", title: "Pond" };
  const verdicts = verdictsFrom(text, meta, "set-off-year");

  it("dates the figure of its clause", async () => {
    expect(await verdicts("In the dry summer of 2022 the water was only 30cm deep.")).toEqual([
      ["2022", "match"],
      ["30cm", "match"],
    ]);
    expect(await verdicts("In the dry summer of 2023 the water was only 30cm deep.")).not.toContainEqual(["2023", "match"]);
  });
});

describe("a date set off from the clause of the sentence's one amount", () => {
  const text = "Care homes\n\nThe waiting list for a care home place grew this summer. At the end of August, 86 people were on it, the council said.\n";
  const meta = { id: "care", lang: "en" as const, date: "2024-09-12", title: "Care" };
  const verdicts = verdictsFrom(text, meta, "set-off-date");

  it("dates that amount: right when its fact is of that time", async () => {
    expect(await verdicts("At the end of August, 86 people were on the waiting list for a care home place.")).toEqual([
      ["the end of August", "match"],
      ["86", "match"],
    ]);
  });

  it("and not when the fact is of another year", async () => {
    expect(await verdicts("In 2019, 86 people were on the waiting list for a care home place.")).toContainEqual(["2019", "unverified"]);
  });
});

describe("the start of a change a claim gives ('since 2019') to a percentage", () => {
  const text = "Golf club grows\n\nThe golf club now has 1,184 members, the club announced on Monday.\n\nMembership has grown from 862 in 2019, an increase of 37 per cent, driven largely by younger players.\n";
  const meta = { id: "golf", lang: "en" as const, date: "2023-11-14", title: "Golf" };
  const verdicts = verdictsFrom(text, meta, "change-from-year");

  it("is right when the quote of the percentage gives the value the change starts from in that year", async () => {
    expect(await verdicts("Membership has risen by 37 per cent since 2019.")).toEqual([
      ["37 per cent", "match"],
      ["since 2019", "match"],
    ]);
  });

  it("is not when the change starts in another year", async () => {
    expect(await verdicts("Membership has risen by 37 per cent since 2018.")).toContainEqual(["since 2018", "unverified"]);
  });
});

describe("a claimed year another fact gives for the same figure", () => {
  // (the claim's words tie the headline, which names no year; the lead gives the year)
  const text = "Harbour plans 120 new berths\n\nThe harbour board expects the marina to have 120 new berths by 2027, its chair said on Monday.\n";
  const meta = { id: "berths", lang: "en" as const, date: "2024-04-22", title: "Berths" };
  const verdicts = verdictsFrom(text, meta, "twin-of-time");

  it("is right when that fact is of the claimed time, whichever fact the words tie", async () => {
    expect(await verdicts("The harbour plans 120 new berths by 2027.")).toEqual([
      ["120", "match"],
      ["by 2027", "match"],
    ]);
    const result = await checkerFrom(text, meta, "twin-of-time-reason");
    expect(result("The harbour plans 120 new berths by 2027.")?.checks[1]?.reason).toMatch(/^the source gives 120 by 2027 as well \[berths-p2-/);
  });

  it("and not for another time", async () => {
    expect(await verdicts("The harbour plans 120 new berths by 2029.")).toContainEqual(["by 2029", "unverified"]);
  });
});

describe("a claim its words tie to no fact, whose number a fact gives (tied by its figure)", () => {
  const text =
    "Record intake at Aalvig\n\nThe number of admitted students is up 4.6 per cent from last year, when 6,541 were offered a place. The zoo sold 18,240 adult tickets. Two lecturers resigned in May.\n";
  const meta = { id: "intake", lang: "en" as const, date: "2024-07-30", title: "Intake" };
  const verdicts = verdictsFrom(text, meta, "by-figure");
  let check: Awaited<ReturnType<typeof firstCheckFrom>> | undefined;

  it("is checked against that fact when the claim names what it is about, and says so", async () => {
    // (the draft's fact counts students: "applicants" is another head to the lexicon)
    expect(await verdicts("Last year, 6,541 applicants were offered a place.")).toEqual([["6,541", "match"]]);
    check ??= await firstCheckFrom(text, meta, "by-figure-reason");
    const c = check("Last year, 6,541 applicants were offered a place.");
    expect(c?.fact?.id).toBe("intake-p2-place");
    expect(c?.reason).toMatch(/tied by its figure: the claim's words tie it to no fact, and this one, about place, offer, gives it/);
  });

  it("is no tie for another number, another kind of the thing, another year, or a small number of another event", async () => {
    // (but a number with the stored digits in another order is a slip of that fact's: wrong)
    expect(await verdicts("Last year, 6,514 applicants were offered a place.")).toEqual([["6,514", "mismatch"]]);
    expect(await verdicts("Last year, 6,500 applicants were offered a place.")).toEqual([["6,500", "unverified"]]);
    expect(await verdicts("The zoo sold 18,240 child tickets.")).toEqual([["18,240", "unverified"]]);
    expect(await verdicts("In 2021, 6,541 applicants were offered a place.")).toContainEqual(["2021", "unverified"]);
    expect(await verdicts("Two lecturers were hired in May.")).toContainEqual(["Two", "unverified"]);
    expect(await verdicts("Two lecturers resigned in May.")).toContainEqual(["Two", "match"]);
  });
});

describe("a claim no word of which a fact shares, whose number is telling (tied by its figure alone)", () => {
  const text =
    "Vingården\n\nSKÆRSØ, 3. oktober 2024 – Vingården har i år høstet 38,4 tons druer fra sine 9,5 hektar vinstokke. Bryggeriet solgte 412 kasser øl.\n";
  const meta = { id: "vin", lang: "da" as const, date: "2024-10-03", title: "Vingården" };
  const verdicts = verdictsFrom(text, meta, "by-figure-alone");

  it("is checked against the one fact giving that amount or measure (two significant digits, the same unit), and says so", async () => {
    // ("vineyard", "covers" and "vinstokke" share no term: the number is what ties them)
    expect(await verdicts("The vineyard covers 9.5 hectares.")).toEqual([["9.5 hectares", "match"]]);
    const check = await firstCheckFrom(text, meta, "by-figure-alone-reason");
    expect(check("The vineyard covers 9.5 hectares.")?.reason).toMatch(/tied by its figure: the claim's words tie it to no fact, and this one alone gives it/);
  });

  it("is no tie for another number, another unit, or a count of fewer than four significant digits", async () => {
    expect(await verdicts("The vineyard covers 9.6 hectares.")).toEqual([["9.6 hectares", "unverified"]]);
    expect(await verdicts("The vineyard is 9.5 kilometres long.")).toEqual([["9.5 kilometres", "unverified"]]);
    expect(await verdicts("The club has 412 rowers.")).toEqual([["412", "unverified"]]);
  });
});

describe("a claim whose words tie it only to facts of another kind (a percentage where they say an amount)", () => {
  const text =
    "Roads\n\nKILDARE, 4 March 2024 – The county spent €4.2 million on roads last year. Outside firms did 72.7 percent of the work.\n";
  const meta = { id: "roads", lang: "en" as const, date: "2024-03-04", title: "Roads" };
  const verdicts = verdictsFrom(text, meta, "by-figure-other-kind");

  it("is checked against the one fact giving its number, of two significant digits or more, and says why", async () => {
    // (the words tie it to the €4.2 million spent on roads: no rival reading of a percentage)
    expect(await verdicts("Contractors accounted for 72.7% of the roads spending.")).toEqual([["72.7%", "match"]]);
    const check = await firstCheckFrom(text, meta, "by-figure-other-kind-reason");
    expect(check("Contractors accounted for 72.7% of the roads spending.")?.reason).toMatch(
      /tied by its figure: the claim's words tie it only to facts of another kind, and this one alone gives it/,
    );
    expect(await verdicts("Contractors accounted for 72.6% of the roads spending.")).toEqual([["72.6%", "unverified"]]);
  });
});

describe("a change whose verb stands some words before it", () => {
  it("is two values, not a range ('øge vanddybden i indsejlingen og ved den nye kaj fra 7,5 til 9,5 meter')", async () => {
    const text = "Havn\n\nASSENS, 3. juni 2024 – Projektet skal øge vanddybden i indsejlingen og ved den nye kaj fra 7,5 til 9,5 meter.\n";
    const draft = await extractFacts(text, { id: "havn", lang: "da", date: "2024-06-03", markdown: false });
    expect(draft.facts.map((f) => [f.figure.value, f.figure.low, f.figure.high])).toEqual([
      [7.5, undefined, undefined],
      [9.5, undefined, undefined],
    ]);
  });
});

describe("a bare number that is its clause's subject", () => {
  it("counts what the sentence before counts, not what its verb's phrase names ('Three were taken to University Hospital Kerry')", async () => {
    const text = "Race\n\nKILLARNEY, 3 June 2024 – A crash on the descent took out nine riders at once. Three were taken to University Hospital Kerry.\n";
    const draft = await extractFacts(text, { id: "race", lang: "en", date: "2024-06-03", markdown: false });
    expect(draft.facts.map((f) => f.terms.subject)).toEqual([["riders"], ["riders"]]);
  });
});

describe("a figure whose clause counts nothing, in a sentence whose date is about a thing", () => {
  it("is about that thing, not what the sentence before counts ('den højeste inflation siden august 1982, og den er steget fra 10,0 procent')", async () => {
    const text =
      "Priser\n\nKØBENHAVN, 10. november 2022 – Forbrugerpriserne steg med 10,1 procent. Det er den højeste inflation siden august 1982, og den er steget fra 10,0 procent i september.\n";
    const draft = await extractFacts(text, { id: "priser", lang: "da", date: "2022-11-10", markdown: false });
    const september = draft.facts.find((f) => f.figure.value === 10);
    expect(september?.terms.subject).toContain("inflation");
  });
});

describe("a dateline that writes its place in capitals", () => {
  const text =
    "Restrooms\n\nMILLBROOK, Ohio, November 19, 2023 - The restroom overhaul is nearly finished.\n\nOf the 19 restroom blocks in city parks, 16 have been reopened.\n";
  const verdicts = verdictsFrom(text, { id: "toilets", lang: "en", date: "2023-11-19", title: "Restrooms" }, "dateline-caps");

  it("gives the document's cast the name as claims write it ('Millbrook has …' is about the town of the dateline)", async () => {
    const draft = await extractFacts(text, { id: "toilets", lang: "en", date: "2023-11-19", markdown: false });
    expect(draft.facts[0].terms.context).toContainEqual({ lang: "en", text: "Millbrook", name: true });
    expect(await verdicts("Millbrook has nineteen restroom blocks in its parks.")).toEqual([["nineteen", "match"]]);
  });
});

describe("a dateline after a byline", () => {
  const text =
    "Køer på engen\n\nFjordposten, 18. juni 2025\n\nVESTERHEDE – Efter 15 år med tilgroning skal 312 hektar strandeng afgræsses igen.\n\nHegnet har alene kostet 920.000 kr., siger formanden for Vesterhedes græsningslaug.\n";
  const meta = { id: "eng", lang: "da" as const, date: "2025-06-18", title: "Køer på engen" };

  it("keeps the place in capitals that opens the paragraph after a one-line byline out of the quote, and names it as claims write it", async () => {
    const draft = await extractFacts(text, { ...meta, markdown: false });
    const meadow = draft.facts.find((f) => f.figure.value === 312)!;
    expect(meadow.quote.startsWith("Efter 15 år")).toBe(true);
    expect(meadow.terms.subject).not.toContainEqual(expect.objectContaining({ text: "VESTERHEDE" }));
    // (the genitive "Vesterhedes" and the dateline's capitals are one name, as claims write it)
    const fence = draft.facts.find((f) => f.figure.value === 920000)!;
    expect([...(fence.terms.actor ?? []), ...(fence.terms.context ?? [])]).toContainEqual({ lang: "da", text: "Vesterhede", name: true });
    expect(JSON.stringify(draft.facts)).not.toMatch(/"Vesterhedes"|"VESTERHEDE"|"vesterhedes"/);
    const verdicts = verdictsFrom(text, meta, "byline-dateline");
    expect(await verdicts("Hegnet ved Vesterhede har kostet 920.000 kr.")).toEqual([["920.000 kr.", "match"]]);
  });

  it("does not take a sentence of the second paragraph for a dateline when the first is no byline", async () => {
    const raw = "Storm\n\nStormen væltede 300 træer i byen i nat, og mange veje er spærret.\nBeredskabet arbejder stadig.\n\nAARHUS – Også her faldt 40 træer.\n";
    const draft = await extractFacts(raw, { id: "x", lang: "da", markdown: false });
    expect(draft.facts.find((f) => f.figure.value === 40)?.quote).toBe("AARHUS – Også her faldt 40 træer.");
  });

  it("keeps an English name that ends in s ('Pennine Ventures' beside 'Venture capital')", async () => {
    const raw = "Funding\n\nLEEDS, 12 March 2024 — Pennine Ventures contributed £6 million.\n\nVenture capital investment fell by 18 per cent.\n";
    const draft = await extractFacts(raw, { id: "x", lang: "en", markdown: false });
    expect(JSON.stringify(draft.facts)).toContain('"Ventures"');
  });
});

describe("'came to' before an amount", () => {
  it("is a light verb, as 'amounted to' ('revenue came to $812 million' against 'revenue rose to $812 million')", async () => {
    const text = "Corvane\n\nAUSTIN, 24 October 2024 – Corvane said revenue rose to $812 million in the third quarter.\n";
    const verdicts = verdictsFrom(text, { id: "cv", lang: "en", date: "2024-10-24", title: "Corvane" }, "came-to");
    // (the rank says which quarter's revenue: the sentence that gives it says the third)
    expect(await verdicts("Corvane's third-quarter revenue came to $812 million.")).toEqual([["third", "match"], ["$812 million", "match"]]);
    expect(await verdicts("Corvane's third-quarter revenue came to $912 million.")).toEqual([["third", "match"], ["$912 million", "mismatch"]]);
  });
});

describe("an amount no fact is tied to, that the quote of another figure's fact gives", () => {
  const text = "Kantine\n\nODENSE, 3. februar 2025 – Byrådet afsatte i 2023 i alt 18 mio. kr. til forsøget over to år.\n";
  const meta = { id: "kt2", lang: "da" as const, date: "2025-02-03", title: "Kantine" };

  it("is a match: that source says it ('18 million kroner for the two-year trial')", async () => {
    const verdicts = verdictsFrom(text, meta, "same-quote-2");
    expect(await verdicts("The city council set aside 18 million kroner for the two-year trial.")).toEqual([
      ["18 million kroner", "match"],
      ["two-year", "match"],
    ]);
    // (another span is not in that quote)
    expect(await verdicts("The city council set aside 18 million kroner for the three-year trial.")).toEqual([
      ["18 million kroner", "match"],
      ["three-year", "unverified"],
    ]);
  });
});

describe("the lexicon's general words", () => {
  const text =
    "Befolkning\n\nHORSENS, 6. januar 2025 – Ved udgangen af 2024 havde kommunen 94.960 indbyggere. En fond har givet forsamlingshuset 650.000 kr., og 212 deltagere var med i byløbet.\n";
  const verdicts = verdictsFrom(text, { id: "pop", lang: "da", date: "2025-01-06", title: "Befolkning" }, "lexicon-words");

  it("a population is the number of residents ('population' against 'indbyggere')", async () => {
    expect(await verdicts("The municipality's population reached 95,000 at the end of 2024.")).toContainEqual(["95,000", "close"]);
  });

  it("to fund is to give ('støttede … med 560.000 kr.' against 'har givet … 650.000 kr.')", async () => {
    expect(await verdicts("Fonden støttede forsamlingshuset med 650.000 kr.")).toEqual([["650.000 kr.", "match"]]);
    expect(await verdicts("Fonden støttede forsamlingshuset med 560.000 kr.")).toEqual([["560.000 kr.", "mismatch"]]);
  });

  it("knows the things of local news in both languages: meals, choirs, membership fees, grapes", async () => {
    const text = "Lejr\n\nHJORTSØ, 4. august 2024 – Køkkenet serverede 420 måltider om dagen. Koret har 38 sangere, og kontingentet er 149 kroner om måneden.\n";
    const draft = await extractFacts(text, { id: "lejr", lang: "da", date: "2024-08-04", markdown: false });
    expect(draft.facts.map((f) => f.terms.subject[0])).toEqual(["meals", "singers", "membership-fees"]);
    const local = verdictsFrom(text, { id: "lejr", lang: "da", date: "2024-08-04", title: "Lejr" }, "local-words");
    expect(await local("The monthly membership fee is 194 kroner.")).toEqual([["194 kroner", "mismatch"]]);
  });

  it("a restoration is 'restaureringen' in Danish", async () => {
    const text = "Light\n\nPORTLAND, 3 May 2024 – The restoration of the lighthouse cost $2.34 million.\n";
    const restored = verdictsFrom(text, { id: "lh", lang: "en", date: "2024-05-03", title: "Light" }, "restoration");
    expect(await restored("Restaureringen kostede 3,2 mio. dollar.")).toEqual([["3,2 mio. dollar", "mismatch"]]);
  });

  it("paying for something is paying ('skal betale 22 kroner for hvert måltid' against 'betaler 22 kr. pr. måltid')", async () => {
    const text = "Kantine\n\nODENSE, 3. februar 2025 – Forældrene betaler 22 kr. pr. måltid, mens kommunen dækker resten.\n";
    const paid = verdictsFrom(text, { id: "kt", lang: "da", date: "2025-02-03", title: "Kantine" }, "pay-for");
    expect(await paid("Parents have to pay 22 kroner for each meal.")).toEqual([["22 kroner", "match"]]);
    expect(await paid("Forældrene skal betale 26 kroner for hvert måltid.")).toEqual([["26 kroner", "mismatch"]]);
  });

  it("knows departures, sailings, objections, pubs, tigers, annual passes and kitchen staff in both languages", async () => {
    const text =
      "Øen\n\nKIRKWALL, 14 March 2024 – 312 sailings were cancelled in 2023. The council received 14 objections. The brewery sells to 640 pubs. Three tigers will arrive in May. The zoo has sold 20,722 annual passes. The food is cooked by 38 kitchen staff.\n";
    const draft = await extractFacts(text, { id: "words", lang: "en", date: "2024-03-14", markdown: false });
    expect(draft.facts.filter((f) => f.figure.kind === "count").map((f) => f.terms.subject[0])).toEqual(["voyages", "objections", "bars", "tigers", "annual-passes", "chefs"]);
    const local = verdictsFrom(text, { id: "words", lang: "en", date: "2024-03-14", title: "Øen" }, "local-words-2");
    expect(await local("312 afgange blev aflyst i 2023.")).toEqual([["312", "match"], ["2023", "match"]]);
    expect(await local("Kommunen modtog 41 indsigelser.")).toEqual([["41", "mismatch"]]);
    expect(await local("Bryggeriet sælger til 460 pubber.")).toEqual([["460", "mismatch"]]);
    expect(await local("Antallet af solgte årskort er 20.722.")).toEqual([["20.722", "match"]]);
    expect(await local("Maden laves af 36 køkkenmedarbejdere.")).toEqual([["36", "mismatch"]]);
  });

  it("reads a contraction's ending as no word ('we're selling into 640 pubs': no 're'), and 'forhandles' as sold", async () => {
    const text = "Brewery\n\nMALTON, 2 May 2024 – \"Twelve years later we're selling into 640 pubs,\" he said.\n";
    const draft = await extractFacts(text, { id: "bw", lang: "en", date: "2024-05-02", markdown: false });
    expect(terms(draft.facts.find((f) => f.figure.value === 640))).not.toContain("re");
    const sold = verdictsFrom(text, { id: "bw", lang: "en", date: "2024-05-02", title: "Brewery" }, "contraction");
    expect(await sold("Bryggeriets øl forhandles på 460 pubber.")).toEqual([["460", "mismatch"]]);
  });

  it("participants are 'deltagere' (not 'deltager', to take part)", async () => {
    expect(await verdicts("The town run had 221 participants.")).toEqual([["221", "mismatch"]]);
  });
});

describe("words that only number ('antallet', the last part of 'eksportandelen')", () => {
  const text =
    "Tal\n\nEksportandelen steg fra 46,6 til 53,2 procent.\n\nLufthavnen havde et godt år. Antallet steg med 7,5 procent fra 4,01 mio. passagerer i 2023.\n";
  const meta = { id: "tal", lang: "da" as const, date: "2024-05-14", title: "Tal" };
  const verdicts = verdictsFrom(text, meta, "numbering-words");

  it("leave what the figure counts to the rest of the word or clause", async () => {
    const draft = await extractFacts(text, { id: meta.id, lang: meta.lang, date: meta.date, markdown: false });
    const share = draft.facts.find((f) => f.figure.value === 53.2);
    expect(share?.terms.subject).toEqual(["exports"]);
    const rise = draft.facts.find((f) => f.figure.value === 7.5);
    expect(rise?.terms.subject).toEqual(["passengers"]);
    // (nor is it who did anything: at most context)
    expect(rise?.terms.actor).toEqual([]);
    expect(await verdicts("Exports now make up 53.2 percent of production.")).toEqual([["53.2 percent", "match"]]);
    expect(await verdicts("The number of passengers rose by 7.5 percent.")).toEqual([["7.5 percent", "match"]]);
  });
});

describe("the parts of a Danish compound", () => {
  it("are read in Danish when Danish has the word ('bygnings|brande' is fires of buildings, not brands)", async () => {
    const text = "Brande\n\nAntallet af egentlige brande var 604. Heraf var 213 bygningsbrande.\n";
    const draft = await extractFacts(text, { id: "brand", lang: "da", date: "2024-05-14", markdown: false });
    const fires = draft.facts.find((f) => f.figure.value === 213);
    expect(fires?.terms.subject).toEqual(["fires", "buildings"]);
  });

  it("a 'tørkepakke' is a package (the €2.2 billion one, not the €1.2 billion of losses)", async () => {
    const text =
      "Drought\n\nSEVILLE, 28 July 2023 – The government announced a €2.2 billion package of drought measures. Losses for the region's agricultural sector are put at €1.2 billion.\n";
    const verdicts = verdictsFrom(text, { id: "drought", lang: "en", date: "2023-07-28", title: "Drought" }, "package");
    expect(await verdicts("Regeringens tørkepakke er på 1,2 mia. euro.")).toEqual([["1,2 mia. euro", "mismatch"]]);
    expect(await verdicts("Regeringens tørkepakke er på 2,2 mia. euro.")).toEqual([["2,2 mia. euro", "match"]]);
  });
});

describe("a claim whose words tie it equally to facts with other figures, when another fact gives its number", () => {
  const text =
    "Record intake at Aalvig\n\nThe number of admitted students is up 4.6 per cent from last year, when 6,541 were offered a place. At the same time, the number of applicants who listed the university as their first priority fell to 9,215 from 9,870, a drop of 6.6 per cent.\n";
  const meta = { id: "intake2", lang: "en" as const, date: "2024-07-30", title: "Intake" };
  const verdicts = verdictsFrom(text, meta, "by-number");

  it("is about that fact, when it shares a term with the claim (not 'it could be 9,215 or 9,870'), and says so", async () => {
    expect(await verdicts("Last year, 6,541 applicants were offered a place.")).toEqual([["6,541", "match"]]);
    const check = await firstCheckFrom(text, meta, "by-number-reason");
    expect(check("Last year, 6,541 applicants were offered a place.")?.reason).toMatch(/the claim's words tie it to 2 facts with other figures equally, and this one, about place, offer, gives it/);
  });

  it("is never the other end of a change: 'falde til 21,9' is not 'stige fra 21,9 til 22,6'", async () => {
    const source = "Skoler\n\nFJORDBY, 3. marts 2024 – Kommunen lukker to skoler. Den gennemsnitlige klassekvotient ventes at stige fra 21,9 til 22,6 elever, når de to skoler er lukket.\n";
    const check = await firstCheckFrom(source, { id: "skoler", lang: "da", date: "2024-03-03", title: "Skoler" }, "by-number-change");
    expect(check("Klassekvotienten ventes at falde til 21,9 elever.")?.verdict).not.toBe("match");
    expect(check("Klassekvotienten ventes at stige til 22,6 elever.")?.verdict).toBe("match");
  });

  it("stays ambiguous for a number no fact gives", async () => {
    const check = await firstCheckFrom(text, meta, "by-number-none");
    expect(check("Last year, 6,514 applicants were offered a place.")).toMatchObject({ verdict: "unverified", rule: "ambiguous" });
  });
});

describe("a claim tied only to facts whose figures cannot be compared with its own", () => {
  const text = "Affald\n\nAndelen af husholdningsaffaldet, der blev sendt til genanvendelse, steg fra 47,8 procent til 53,2 procent.\n\nHeraf gik 41.300 tons plast til genanvendelse.\n";
  const meta = { id: "waste", lang: "da" as const, date: "2024-05-14", title: "Affald" };
  const verdicts = verdictsFrom(text, meta, "by-figure-incomparable");

  it("is tied by its figure as a claim tied to nothing is (a percentage is not judged against tonnes)", async () => {
    expect(await verdicts("The share of household waste sent for recycling rose to 53.2 per cent.")).toEqual([["53.2 per cent", "match"]]);
    // (a percentage with the stored digits in another order is a slip of it: wrong; another is unverified)
    expect(await verdicts("The share of household waste sent for recycling rose to 52.3 per cent.")).toEqual([["52.3 per cent", "mismatch"]]);
    expect(await verdicts("The share of household waste sent for recycling rose to 51.9 per cent.")).toEqual([["51.9 per cent", "unverified"]]);
  });
});

describe("a figure whose clause counts a word no term knows, after a sentence that counts a known thing", () => {
  const text = "Festival\n\nMælken koster 4,05 kr. pr. kilo. En partoutbillet kostede i år 2.150 kr., hvilket er 7,5 procent mere end sidste år.\n";
  const meta = { id: "fest", lang: "da" as const, date: "2024-05-14", title: "Festival" };
  const verdicts = verdictsFrom(text, meta, "unknown-subject");

  it("keeps that word as what it counts (the sentence before's subject is only added)", async () => {
    const draft = await extractFacts(text, { id: meta.id, lang: meta.lang, date: meta.date, markdown: false });
    const ticket = draft.facts.filter((f) => f.quote.startsWith("En partoutbillet"));
    expect(ticket).toHaveLength(2);
    for (const f of ticket) expect(f.terms.subject.map((t) => (typeof t === "string" ? t : t.text))).toEqual(["partoutbillet", "milk"]);
    expect(await verdicts("Prisen for en partoutbillet steg med 7,5 procent.")).toEqual([["7,5 procent", "match"]]);
  });
});

describe("starting pay (a kind of wages, not the verb 'pay')", () => {
  const text = "Pay\n\nStarting pay has been raised by 9 percent to £13.20 an hour, and the firm is offering a £1,500 signing bonus.\n";
  const meta = { id: "pay", lang: "en" as const, date: "2024-05-14", title: "Pay" };
  const verdicts = verdictsFrom(text, meta, "starting-pay");

  it("is what the raise is about, in either language", async () => {
    expect(await verdicts("Startlønnen er hævet med 9 procent.")).toEqual([["9 procent", "match"]]);
    expect(await verdicts("Startlønnen er hævet med 7 procent.")).toEqual([["7 procent", "mismatch"]]);
  });
});

describe("a time named right before 'when' / 'hvor'", () => {
  const text = "Lufthavnen\n\nThe busiest month was July, when 512,000 passengers passed through the terminal.\n";
  const meta = { id: "airport", lang: "en" as const, date: "2025-01-08", title: "Airport" };
  const verdicts = verdictsFrom(text, meta, "time-relative");

  it("is the time of the figures of the 'when' clause", async () => {
    expect(await verdicts("In July, 512,000 passengers passed through the terminal.")).toEqual([["July", "match"], ["512,000", "match"]]);
    expect(await verdicts("I juli rejste 512.000 passagerer gennem terminalen.")).toContainEqual(["512.000", "match"]);
    // (another month is not the source's: never a match)
    for (const [, verdict] of await verdicts("In August, 512,000 passengers passed through the terminal.")) expect(verdict).not.toBe("match");
  });
});

describe("a share named by its part or by its whole", () => {
  const text =
    "Aftenskolen\n\nSVENDBORG, 12. september 2024 – Gennemsnitsalderen blandt kursisterne er 52 år, og 71 procent er kvinder. Havforskerne i ICES havde anbefalet en nedskæring på 35 pct. af torskekvoten.\n";
  const meta = { id: "share", lang: "da" as const, date: "2024-09-12", title: "Aftenskolen" };
  const verdicts = verdictsFrom(text, meta, "share-part-whole");

  it("is the same share ('Women make up 71 percent of the participants' against '71 procent er kvinder')", async () => {
    expect(await verdicts("Women make up 71 percent of evening school participants.")).toEqual([["71 percent", "match"]]);
    expect(await verdicts("Women make up 64 percent of evening school participants.")).toEqual([["64 percent", "mismatch"]]);
  });

  it("is still another thing when the claim names neither the part nor the whole", async () => {
    expect(await verdicts("Men make up 71 percent of the audience.")).toEqual([["71 percent", "unverified"]]);
  });

  it("a reduction is a cut ('a 35 per cent reduction' against 'en nedskæring på 35 pct.')", async () => {
    expect(await verdicts("ICES had recommended a 35 per cent reduction of the cod quota.")).toEqual([["35 per cent", "match"]]);
  });
});

describe("a telling number the claim's words tie to a fact of another figure", () => {
  const text =
    "Danseskolen\n\nVIBORG, 2. september 2024 – Ved sæsonstarten i august var 1.284 børn, unge og voksne tilmeldt skolens hold.\n\nVæksten skyldes især hiphop, som nu samler 412 elever, mens standarddans tiltrækker 298.\n";
  const meta = { id: "dance", lang: "da" as const, date: "2024-09-02", title: "Danseskolen" };
  const verdicts = verdictsFrom(text, meta, "given-elsewhere");

  it("is about the fact of another quote that gives it ('1.284 elever' against '1.284 børn, unge og voksne')", async () => {
    expect(await verdicts("Danseskolen har 1.284 elever tilmeldt i denne sæson.")).toEqual([["1.284", "match"]]);
    // (another number is still wrong about the fact the words tie)
    expect(await verdicts("Danseskolen har 1.248 elever tilmeldt i denne sæson.")).toEqual([["1.248", "mismatch"]]);
  });

  it("is a mix-up when the quote of the fact the words tie gives it ('146 anløb' for the target of 230)", async () => {
    const harbour = verdictsFrom(
      "Havnen\n\nASSENS, 4. marts 2024 – I 2023 anløb 146 erhvervsskibe havnen, og målet er 230 anløb om året fra 2027.\n",
      { id: "harbour", lang: "da", date: "2024-03-04", title: "Havnen" },
      "given-in-quote",
    );
    expect(await harbour("Havnens mål er 146 anløb om året fra 2027.")).toContainEqual(["146", "mismatch"]);
  });
});

describe("how many more, against how many in all", () => {
  const text =
    'Festivalen\n\nRANDERSHOLM, 2. august 2024 – "Vi var kun 740 frivillige i år," siger formand Henrik Mølgaard. "Hvis vi skal vokse videre, skal vi have mindst 200 flere med."\n\nBørnehaven\n\nTilbygningen giver plads til 66 flere børn. I dag går 84 børn i børnehaven.\n';
  const meta = { id: "more", lang: "da" as const, date: "2024-08-02", title: "Festivalen" };
  const verdicts = verdictsFrom(text, meta, "how-many-more");

  it("a count of how many more is about the source's count of how many more ('at least 500 more volunteers' against 'mindst 200 flere', not the 740 there were)", async () => {
    // (a mismatch against the 200 more, bound-raised: not a match against the 740)
    expect(await verdicts("The festival needs at least 500 more volunteers.")).toEqual([["at least 500", "mismatch"]]);
    expect(await verdicts("Festivalen skal have mindst 200 flere frivillige.")).toEqual([["mindst 200", "match"]]);
    expect(await verdicts("The extension makes room for 66 more children.")).toEqual([["66", "match"]]);
  });

  it("a count after a verb of change and 'med' is of how many more: the rooms there will be are the value the change ends at, and new rooms may be more ('udvider med 28 nye værelser')", async () => {
    const hostel = verdictsFrom(
      "Vandrerhjemmet\n\nFAABORG, 3. marts 2025 – Faaborg Vandrerhjem udvider med 28 nye værelser. Antallet af værelser stiger fra 42 til 70.\n",
      { id: "hostel", lang: "da", date: "2025-03-03", title: "Vandrerhjemmet" },
      "change-by",
    );
    expect(await hostel("After the expansion the hostel will have 70 rooms.")).toEqual([["70", "match"]]);
    expect(await hostel("Faaborg Vandrerhjem får 32 nye værelser.")).toEqual([["32", "mismatch"]]);
    expect(await hostel("Vandrerhjemmet bliver udvidet med 28 værelser.")).toEqual([["28", "match"]]);
    const { fb, index } = await baseFrom(
      "Vandrerhjemmet\n\nFAABORG, 3. marts 2025 – Faaborg Vandrerhjem udvider med 28 nye værelser. Antallet af værelser stiger fra 42 til 70.\n",
      { id: "hostel", lang: "da", date: "2025-03-03", title: "Vandrerhjemmet" },
      "change-by-more",
    );
    expect(fb.facts.filter((f) => factMore(f, fb, index)).map((f) => f.figure.value)).toEqual([28]);
  });

  it("a count of how many in all is not about a count of how many more ('66 children' against 'plads til 66 flere børn')", async () => {
    expect(await verdicts("There are 66 children in the kindergarten.")).not.toContainEqual(["66", "match"]);
    expect(await verdicts("The festival had 740 volunteers this year.")).toEqual([["740", "match"]]);
  });
});

describe("a hedged round number near one stored figure the claim's words say nothing against", () => {
  const text =
    "Rowing club\n\nSHREWSBURY, 14 March 2024 — The club prepares to open its new boathouse on the west bank of the River Severn on 27 April. The two-storey building, which has racking for 48 boats and a gym with twelve rowing machines, cost £1.86 million. Of that, £650,000 came from Sport England.\n";
  const meta = { id: "rowing", lang: "en" as const, date: "2024-03-14", title: "Rowing club" };
  const verdicts = verdictsFrom(text, meta, "near-hedged");

  it("is about the figure it rounds ('nearly £1.9 million' against 'cost £1.86 million', whose words the claim does not say)", async () => {
    expect(await verdicts("The new boathouse cost nearly £1.9 million.")).toEqual([["nearly £1.9 million", "match"]]);
    expect(await verdicts("Den nye bådehal kostede omkring 1,8 mio. pund.")).toEqual([["omkring 1,8 mio. pund", "match"]]);
  });

  it("and an unhedged round number is the rounded figure it is ('The new boathouse cost £1.9 million': close)", async () => {
    expect(await verdicts("The new boathouse cost £1.9 million.")).toEqual([["£1.9 million", "close"]]);
    // (not when a stored figure is the number itself: the £650,000 from Sport England)
    expect(await verdicts("The new boathouse got £650,000.")).not.toContainEqual(["£650,000", "close"]);
  });

  it("not a figure of three significant digits or one on the other side of the hedge: those are judged as the one figure in its unit they may be a slip of", async () => {
    expect(await verdicts("The new boathouse cost about £1.87 million.")).toEqual([["about £1.87 million", "match"]]);
    expect(await verdicts("The new boathouse cost nearly £1.8 million.")).toEqual([["nearly £1.8 million", "mismatch"]]);
  });

  it("more than 5% away, only within a hedge's span and when the fact shares a term with the claim (then judged as ever)", async () => {
    expect(await verdicts("The new boathouse cost about £2 million.")).toEqual([["about £2 million", "match"]]);
    expect(await verdicts("The new boathouse cost about £1.7 million.")).toEqual([["about £1.7 million", "mismatch"]]);
    // (farther, within half again, as the one figure in its unit it may be a slip of: wrong)
    expect(await verdicts("About £2.1 million was spent on the new boathouse.")).toEqual([["About £2.1 million", "mismatch"]]);
    // (farther, of a thing the fact does not name: not about it; of the boathouse, the building the
    // fact's £1.86 million is of, judged as ever: wrong)
    expect(await verdicts("About £3.1 million was spent on the new pontoon.")).toEqual([["About £3.1 million", "unverified"]]);
    expect(await verdicts("About £3.1 million was spent on the new boathouse.")).toEqual([["About £3.1 million", "mismatch"]]);
  });
});

describe("a number of two significant digits that the claim's words say nothing against", () => {
  const text =
    "Dansk\n\nVIBORG, 2. september 2024 – Prisen er steget med 4,5 procent siden sidste sæson. Antallet af førsteprioritetsansøgere faldt med 6,6 procent.\n";
  const meta = { id: "fee", lang: "da" as const, date: "2024-09-02", title: "Dansk" };
  const verdicts = verdictsFrom(text, meta, "unsaid-two-digits");

  it("is the fact that gives it, when the words tie no fact ('førsteprioritetsansøgere' against 'applicants who listed the university as their first priority')", async () => {
    const admissions = verdictsFrom(
      "Admissions\n\nAALVIG, 30 July 2024 – The number of applicants who listed the university as their first priority fell to 9,215 from 9,870, a drop of 6.6 per cent.\n",
      { id: "adm", lang: "en", date: "2024-07-30", title: "Admissions" },
      "unsaid-two-digits-en",
    );
    expect(await admissions("Antallet af førsteprioritetsansøgere faldt med 6,6 pct.")).toEqual([["6,6 pct.", "match"]]);
    expect(await admissions("Antallet af førsteprioritetsansøgere faldt med 5 pct.")).toEqual([["5 pct.", "unverified"]]);
  });

  it("a fee is a price ('Kontingentet er sat op med 4,5 procent' against 'Prisen er steget med 4,5 procent')", async () => {
    expect(await verdicts("Kontingentet er sat op med 4,5 procent siden sidste sæson.")).toEqual([["4,5 procent", "match"]]);
  });

  it("is not one the claim's other thing counts", async () => {
    expect(await verdicts("Antallet af busser faldt med 6,6 procent.")).toEqual([["6,6 procent", "unverified"]]);
  });
});

describe("a figure tied to a fact of another unit, that the quote of another figure's fact gives", () => {
  const text =
    "Vindmøllerne\n\nHOLSTEBRO, 3. april 2024 – Parken får ni møller.\n\nMen for beboerne tættest på er glæden begrænset. 23 husstande ligger inden for 1,2 km fra den nærmeste mølle.\n";
  const meta = { id: "wind", lang: "da" as const, date: "2024-04-03", title: "Vindmøllerne" };
  const verdicts = verdictsFrom(text, meta, "same-quote-unit");

  it("is a match: that source says it ('1,2 km', whose words tie the nine turbines, of the 23 households' quote)", async () => {
    expect(await verdicts("Der ligger 23 husstande inden for 1,2 km af den nærmeste mølle.")).toEqual([
      ["23", "match"],
      ["1,2 km", "match"],
    ]);
  });
});

describe("a claimed year the words tie to a date of another year", () => {
  const text =
    "Koret\n\nVEJLE, 5. maj 2024 – Vejle Pigekor rejser til Japan den 12. oktober 2024.\n\nDa organist Inger Marie Thomsen i 1975 samlede elleve piger i sognegården, var det begyndelsen.\n";
  const meta = { id: "choir", lang: "da" as const, date: "2024-05-05", title: "Koret" };
  const verdicts = verdictsFrom(text, meta, "year-elsewhere");

  it("is the one fact of that year, when the words say nothing against it ('grundlagt i 1975')", async () => {
    expect(await verdicts("Vejle Pigekor blev grundlagt i 1975.")).toEqual([["1975", "match"]]);
    // (another year is still wrong about the date the words tie)
    expect(await verdicts("Vejle Pigekor blev grundlagt i 1976.")).not.toContainEqual(["1976", "match"]);
  });
});

describe("a hoped-for figure is a forecast (lexicon)", () => {
  const text = 'Rekord\n\nRAVNSØ, 11. januar 2024 – Kunstmuseet havde 20.722 besøgende i 2023.\n\n"Vi havde håbet på 15.000 besøgende for hele året," siger direktøren.\n';
  const verdicts = verdictsFrom(text, { id: "rv", lang: "da", date: "2024-01-11", title: "Rekord" }, "hoped");

  it("ties a claim of what was hoped for to the hope, not to the count ('havde håbet på', 'had hoped for')", async () => {
    expect(await verdicts("Museet havde håbet på 15.000 besøgende i 2023.")).toEqual([["15.000", "match"], ["2023", "match"]]);
    expect(await verdicts("The museum had hoped for 15,000 visitors in 2023.")).toEqual([["15,000", "match"], ["2023", "match"]]);
    // (what it had is the count)
    expect((await verdicts("Museet havde 15.000 besøgende i 2023."))[0]).toEqual(["15.000", "mismatch"]);
  });
});

describe("students are a kind of learner that includes pupils (lexicon)", () => {
  const text = "Musikskole\n\nHJORTEBÆK, 1. september 2025 – Hjortebæk Musikskole har 1.038 elever, og 153 af dem spiller guitar.\n";
  const verdicts = verdictsFrom(text, { id: "ms", lang: "da", date: "2025-09-01", title: "Musikskole" }, "students");

  it("ties an English claim about a school's students to its 'elever'", async () => {
    expect(await verdicts("Hjortebæk Music School has 1,038 students.")).toEqual([["1,038", "match"]]);
    expect(await verdicts("Hjortebæk Music School has 1,083 students.")).toEqual([["1,083", "mismatch"]]);
  });
});

describe("'ansatte' after a count is employees, not hired (lexicon)", () => {
  const text =
    "Brugsen\n\nORMØ, 3. marts 2024 – Øens købmand, Ormø Brugs, har mærket forandringen. Omsætningen steg med 22 procent, og uddeler Niels Krog har ansat to nye medarbejdere, så butikken nu har syv ansatte.\n";
  const verdicts = verdictsFrom(text, { id: "or", lang: "da", date: "2024-03-03", title: "Brugsen" }, "ansatte");

  it("ties a claim of how many were hired to the two hired, not to the seven employed", async () => {
    expect(await verdicts("Ormø Brugs har ansat fire nye medarbejdere.")).toEqual([["fire", "mismatch"]]);
    expect(await verdicts("Ormø Brugs har nu syv ansatte.")).toEqual([["syv", "match"]]);
  });
});

describe("a claim tied equally to two facts, its number nearer one", () => {
  const text = "Festival\n\nVEJLE, 2. maj 2024 – Festivalen solgte 100 billetter fredag. Lørdag solgte festivalen 180 billetter.\n";
  const verdicts = verdictsFrom(text, { id: "fe", lang: "da", date: "2024-05-02", title: "Festival" }, "nearer");

  it("is about the one its number is half again as near as to the other (by ratio), else ambiguous", async () => {
    // (125: 1.25 times 100, 1.44 times less than 180)
    expect(await verdicts("Festivalen solgte 125 billetter.")).toEqual([["125", "mismatch"]]);
    expect(await verdicts("The festival sold 125 tickets.")).toEqual([["125", "mismatch"]]);
    expect(await verdicts("Festivalen solgte 135 billetter.")).toEqual([["135", "unverified"]]);
  });

  // (both figures of one sentence: the claim restates neither, and is wrong about the nearer)
  it("is wrong when the two are of one sentence and it is near them", async () => {
    const oneSentence = "Festival\n\nVEJLE, 2. maj 2024 – Festivalen solgte 100 billetter fredag og 180 billetter lørdag.\n";
    const check = await firstCheckFrom(oneSentence, { id: "fe1", lang: "da", date: "2024-05-02", title: "Festival" }, "nearer-one");
    expect(check("Festivalen solgte 135 billetter.")).toMatchObject({ verdict: "mismatch", fact: { value: 180 } });
    expect(check("Festivalen solgte 900 billetter.")?.verdict).toBe("unverified");
  });
});

describe("a date is about its clause's subject, not the noun nearest it", () => {
  const text = "Zoo\n\nLEEDS, 3 April 2025 — Harewood Valley Zoo welcomed 684,300 visitors in 2024, the highest number since it opened in 1968.\n";
  const verdicts = verdictsFrom(text, { id: "zoo", lang: "en", date: "2025-04-03", title: "Zoo" }, "date-topic");

  it("ties 'the zoo opened its gates in 1968' to the zoo's opening (its gates are no fact's subject)", async () => {
    expect(await verdicts("The zoo first opened its gates in 1968.")).toEqual([["1968", "match"]]);
    expect(await verdicts("The zoo first opened its gates in 1966.")).toEqual([["1966", "mismatch"]]);
    expect(await verdicts("Zoologisk have åbnede sine porte i 1968.")).toEqual([["1968", "match"]]);
  });
});

describe("a date is about the first part of a compound that names what the fact is about", () => {
  const text = "Biograf\n\nHOLSTEBRO, 2. maj 2025 – Biografen blev bygget i 1938, og foreningen har drevet den siden 1994.\n";
  const verdicts = verdictsFrom(text, { id: "bio", lang: "da", date: "2025-05-02", title: "Biograf" }, "date-compound");

  it("ties 'Biografbygningen blev opført i 1938' to the cinema's building, when the verb is the fact's", async () => {
    expect(await verdicts("Biografbygningen blev opført i 1938.")).toEqual([["1938", "match"]]);
    expect(await verdicts("Biografbygningen blev opført i 1939.")).toEqual([["1939", "mismatch"]]);
    expect(await verdicts("The cinema building was built in 1938.")).toEqual([["1938", "match"]]);
  });
});

describe("cyclists are riders (lexicon)", () => {
  const text = "Cycle hire\n\nCASTLEBRIDGE, 10 March 2026 - Women made up 41 per cent of riders, up from 33 per cent in the first three months.\n";
  const verdicts = verdictsFrom(text, { id: "ch", lang: "en", date: "2026-03-10", title: "Cycle hire" }, "cyclists");

  it("ties a claim about the cyclists of a scheme to its riders, in either language", async () => {
    expect(await verdicts("Kvinder udgjorde 41 procent af cyklisterne i ordningen.")).toEqual([["41 procent", "match"]]);
    expect(await verdicts("Women made up 44 per cent of the cyclists.")).toEqual([["44 per cent", "mismatch"]]);
  });
});

describe("the value a change started from, in the sentence that gives the change", () => {
  const text =
    "Orchard\n\nMARDEN, 1 November 2025 - Volunteers at Marden Community Orchard picked 14.2 tonnes of apples this autumn, a record for the site and up from 9.6 tonnes in 2024, when a late frost in April cut the crop by about a third.\n";
  it("counts what the value it changed to counts ('14.2 tonnes of apples …, up from 9.6 tonnes': apples)", async () => {
    const draft = await extractFacts(text, { id: "or", lang: "en", date: "2025-11-01", markdown: false });
    expect(draft.facts.find((f) => f.figure.value === 9.6)?.terms.subject).toEqual(["apples"]);
  });
  it("checks a claim of the year before against it, apples being a crop (lexicon)", async () => {
    const verdicts = verdictsFrom(text, { id: "or", lang: "en", date: "2025-11-01", title: "Orchard" }, "up-from");
    expect(await verdicts("The orchard's 2024 apple crop came to 9.6 tonnes.")).toEqual([["2024", "match"], ["9.6 tonnes", "match"]]);
    expect(await verdicts("The orchard's 2024 apple crop came to 8.6 tonnes.")).toContainEqual(["8.6 tonnes", "mismatch"]);
  });
});

describe("a price each one pays", () => {
  it("is drafted as about what the count before it counts ('18,740 members, each paying £90': members), in either language", async () => {
    const en = await extractFacts("Cycle hire\n\nCASTLEBRIDGE, 10 March 2026 - The scheme had 18,740 annual members, each paying £90 a year.\n", { id: "c", lang: "en", date: "2026-03-10", markdown: false });
    expect(en.facts.find((f) => f.figure.value === 90)?.terms.subject[0]).toBe("members");
    const da = await extractFacts("Klub\n\nVEJLE, 2. maj 2024 – Klubben har 240 medlemmer, som hver betaler 450 kr. om året.\n", { id: "k", lang: "da", date: "2024-05-02", markdown: false });
    expect(da.facts.find((f) => f.figure.value === 450)?.terms.subject[0]).toBe("members");
  });
  it("checks a claim of what membership costs against it", async () => {
    const verdicts = verdictsFrom("Cycle hire\n\nCASTLEBRIDGE, 10 March 2026 - The scheme had 18,740 annual members, each paying £90 a year, while casual users pay £1.50 to unlock a bike.\n", { id: "c", lang: "en", date: "2026-03-10", title: "Cycle hire" }, "each");
    expect(await verdicts("An annual membership costs £90.")).toEqual([["£90", "match"]]);
    expect(await verdicts("An annual membership costs £95.")).toEqual([["£95", "mismatch"]]);
  });
});

describe("a volume in cubic metres", () => {
  const text = "Tank\n\nLEEDS, 3 April 2025 - The new underground tank can hold 6,000 cubic metres of rainwater.\n";
  const verdicts = verdictsFrom(text, { id: "tank", lang: "en", date: "2025-04-03", title: "Tank" }, "volume");

  it("is compared with a claim in cubic metres or in litres", async () => {
    expect(await verdicts("The tank can hold 6 million litres of rainwater.")).toEqual([["6 million litres", "match"]]);
    expect(await verdicts("The tank can hold 7,000 cubic metres of rainwater.")).toEqual([["7,000 cubic metres", "mismatch"]]);
  });
});

describe("managing is an event (lexicon)", () => {
  const text = "Advice centre\n\nNORTHAM, 5 March 2026 - The Northam Advice Centre saw debt enquiries rise again last year.\n\nThe centre's phone line answered 62% of calls in 2025, down from 74% the year before.\n";
  const verdicts = verdictsFrom(text, { id: "ac", lang: "en", date: "2026-03-05", title: "Advice centre" }, "managing");

  // (English only: Danish "lede" shares its stem with the noun "leder", a leader)
  it("a year someone began managing the centre is not the year of its calls", async () => {
    expect(await verdicts("Fiona Blake has managed the Northam Advice Centre since 2014.")).toEqual([["since 2014", "unverified"]]);
  });
});

describe("money brought in is money collected (lexicon)", () => {
  const text =
    "Village hall appeal\n\nHARTWELL, 14 March 2025 - A fundraising appeal to save Hartwell's village hall has raised £183,450 in just under eleven months.\n\nThe appeal, launched by the Hartwell Village Hall Trust in April 2024, originally set a target of £150,000.\n";
  const verdicts = verdictsFrom(text, { id: "vh", lang: "en", date: "2025-03-14", title: "Village hall appeal" }, "brought-in");

  it("ties what an appeal brought in to what it raised, not to its target", async () => {
    expect(await verdicts("The Hartwell Village Hall Trust's appeal has brought in £183,450 so far.")).toEqual([["£183,450", "match"]]);
    expect(await verdicts("The Hartwell Village Hall Trust's appeal has brought in £193,450 so far.")).toEqual([["£193,450", "mismatch"]]);
  });
});

describe("an amount far from the one fact it would be wrong about, that a fact of another kind gives", () => {
  const text = "Ferry\n\nBRIXHAM, 2 May 2025 - The new ferry cost £38.5 million to build. It has 2 car decks and room for 400 passengers.\n";
  const verdicts = verdictsFrom(text, { id: "fe", lang: "en", date: "2025-05-02", title: "Ferry" }, "magnitude-kind");

  it("is likely another figure (unverified): a mix-up is of two figures of one kind and unit, not £2 and 2 car decks", async () => {
    expect(await verdicts("It costs £2 to build the new ferry.")).toEqual([["£2", "unverified"]]);
    expect(await verdicts("The new ferry cost £36.5 million to build.")).toEqual([["£36.5 million", "mismatch"]]);
  });
});

describe("cafés, with the accent, are cafes (lexicon), after a word no term knows too", () => {
  const text = "Lektiecaféer\n\nNØRREBY, 3. marts 2025 - I skoleåret 2024/25 var 1.086 elever tilmeldt mindst én af kommunens ni caféer.\n";
  const verdicts = verdictsFrom(text, { id: "lc", lang: "da", date: "2025-03-03", title: "Lektiecaféer" }, "cafes");

  it("ties an English claim about the cafés to the Danish caféer", async () => {
    expect(await verdicts("The municipality has nine homework cafés.")).toEqual([["nine", "match"]]);
    expect(await verdicts("The municipality has eleven homework cafés.")).toEqual([["eleven", "mismatch"]]);
  });
});
