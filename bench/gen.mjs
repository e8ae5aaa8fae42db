// Deterministic generators for the benchmark (scripts/bench.mjs): fact bases of any size with a
// realistic shape, claims about them, and a corpus of Markdown drafts about the shipped facts.
// Everything is derived from a seeded PRNG: the same seed gives byte-identical files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

const fmtEn = (n) => n.toLocaleString("en-US");
const fmtDa = (n) => n.toLocaleString("en-US").replace(/,/g, ".");

// ---------------------------------------------------------------------------------------------
// Fact bases: regions × indicators (subject × event) × years.

const SUBJECTS = [
  { id: "civilians", en: ["civilians", "civilian"], da: ["civile", "civilister"], enW: "civilians", daW: "civile" },
  { id: "children", en: ["children", "child", "minors"], da: ["børn", "barn", "mindreårige"], enW: "children", daW: "børn" },
  { id: "workers", en: ["workers", "worker", "labourers"], da: ["arbejdere", "arbejder", "arbejdstagere"], enW: "workers", daW: "arbejdere" },
  { id: "patients", en: ["patients", "patient"], da: ["patienter", "patient"], enW: "patients", daW: "patienter" },
  { id: "pensioners", en: ["pensioners", "pensioner", "retirees"], da: ["pensionister", "pensionist"], enW: "pensioners", daW: "pensionister" },
];
const EVENTS = [
  { id: "killed", en: ["killed", "died", "dead", "deaths"], da: ["dræbt", "dræbte", "døde", "omkom"], enW: "killed", daW: "dræbt" },
  { id: "wounded", en: ["wounded", "injured", "hurt"], da: ["såret", "sårede", "kvæstet"], enW: "injured", daW: "såret" },
  { id: "displaced", en: ["displaced", "uprooted"], da: ["fordrevet", "fordrevne"], enW: "displaced", daW: "fordrevet" },
  { id: "evacuated", en: ["evacuated", "evacuation"], da: ["evakueret", "evakuerede"], enW: "evacuated", daW: "evakueret" },
  { id: "vaccinated", en: ["vaccinated", "immunised"], da: ["vaccineret", "vaccinerede"], enW: "vaccinated", daW: "vaccineret" },
  { id: "employed", en: ["employed", "hired"], da: ["ansat", "ansatte", "beskæftiget"], enW: "employed", daW: "ansat" },
  { id: "registered", en: ["registered", "recorded"], da: ["registreret", "registrerede"], enW: "registered", daW: "registreret" },
  { id: "treated", en: ["treated", "cared for"], da: ["behandlet", "behandlede"], enW: "treated", daW: "behandlet" },
];
const YEARS = Array.from({ length: 25 }, (_, i) => 2000 + i);
const INDICATORS = SUBJECTS.flatMap((s) => EVENTS.map((e) => ({ s, e })));

const SYL = ["val", "dor", "ker", "man", "tis", "bru", "nel", "sar", "gon", "lif", "mor", "tav", "quen", "rix", "pal", "zan", "hol", "ber", "dun", "vel"];
/** A made-up region name (one word, capitalised), its Danish form, and its concept id. */
export function region(i) {
  const a = SYL[i % SYL.length];
  const b = SYL[Math.floor(i / SYL.length) % SYL.length];
  const c = SYL[(i * 7 + 3) % SYL.length];
  const base = a + b + c;
  const en = base[0].toUpperCase() + base.slice(1) + "ia";
  return { id: `${base}-region-${i}`, en, da: en.slice(0, -2) + "ien" };
}
/** A region that no fact is about: claims naming it are blocked (unverified). */
const NOWHERE = { id: "nowhere-land", en: "Quorvania", da: "Quorvanien" };

const q = (s) => JSON.stringify(s);

function sentence(lang, year, n, s, e, reg) {
  return lang === "en"
    ? `In ${year}, ${fmtEn(n)} ${s.enW} were ${e.enW} in ${reg.en}.`
    : `I ${year} blev ${fmtDa(n)} ${s.daW} ${e.daW} i ${reg.da}.`;
}

/** The stored value of fact (region r, indicator k, year y): deterministic, no PRNG state. */
export function valueOf(r, k, y) {
  let h = Math.imul(r + 1, 0x9e3779b1) ^ Math.imul(k + 7, 0x85ebca77) ^ Math.imul(y + 13, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return 100 + ((h >>> 0) % 99_000);
}

/**
 * Writes a fact base of `n` facts under `dir`: vocabulary.yaml (regions, subjects, events, years
 * with English and Danish phrases), one YAML file per region (a statistical yearbook document and
 * its facts) and its source text under sources/. Returns the number of documents.
 *
 * `indicators` (1..40, default all 40) limits each region to its first indicators: with 1, every
 * fact is about civilians killed (one subject and one event), 25 years per region, so `n` facts
 * span n / 25 regions and a claim naming no place fits all of them.
 */
export function writeFactBase(dir, n, { indicators = INDICATORS.length } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "regions"), { recursive: true });
  mkdirSync(join(dir, "sources"), { recursive: true });
  const perRegion = Math.min(indicators, INDICATORS.length) * YEARS.length;
  const regions = Math.ceil(n / perRegion);
  const vocab = ["# Generated benchmark vocabulary", "concepts:"];
  for (const s of SUBJECTS) vocab.push(`  ${s.id}:`, `    en: [${s.en.map(q).join(", ")}]`, `    da: [${s.da.map(q).join(", ")}]`);
  for (const e of EVENTS) vocab.push(`  ${e.id}:`, `    en: [${e.en.map(q).join(", ")}]`, `    da: [${e.da.map(q).join(", ")}]`);
  for (const y of YEARS) vocab.push(`  year-${y}:`, `    en: ["${y}"]`);
  for (const reg of [...Array.from({ length: regions }, (_, r) => region(r)), NOWHERE]) {
    vocab.push(`  ${reg.id}:`, "    class: place", `    en: [${q(reg.en)}]`, `    da: [${q(reg.da)}]`);
  }
  writeFileSync(join(dir, "vocabulary.yaml"), vocab.join("\n") + "\n");

  let left = n;
  for (let r = 0; r < regions; r++) {
    const reg = region(r);
    const lang = r % 2 === 0 ? "en" : "da";
    const count = Math.min(left, perRegion);
    left -= count;
    const paragraphs = [];
    const facts = [];
    for (let i = 0; i < count; i++) {
      const k = Math.floor(i / YEARS.length);
      const y = YEARS[i % YEARS.length];
      const { s, e } = INDICATORS[k];
      const v = valueOf(r, k, y);
      const quote = sentence(lang, y, v, s, e, reg);
      if (i % YEARS.length === 0) paragraphs.push([]);
      paragraphs[paragraphs.length - 1].push(quote);
      facts.push(
        [
          `  - id: ${reg.id}-${s.id}-${e.id}-${y}`,
          `    statement: ${q(sentence("en", y, v, s, e, reg))}`,
          `    figure: { kind: count, value: ${v} }`,
          "    terms:",
          `      subject: [${s.id}]`,
          `      event: [${e.id}]`,
          `      place: [${reg.id}]`,
          `      context: [year-${y}]`,
          `    quote: ${q(quote)}`,
          `    paragraph: ${paragraphs.length + 1}`,
          `    asOf: "${y}"`,
        ].join("\n"),
      );
    }
    const title = lang === "en" ? `${reg.en} statistical yearbook` : `Statistisk årbog for ${reg.da}`;
    const text = [title, ...paragraphs.map((p) => p.join(" "))].join("\n\n") + "\n";
    const textFile = `sources/${reg.id}.txt`;
    writeFileSync(join(dir, textFile), text);
    const yaml = [
      `# ${title}`,
      "document:",
      `  id: ${reg.id}-yearbook`,
      `  title: ${q(title)}`,
      `  language: ${lang}`,
      "  date: 2025-01",
      `  text: ../${textFile}`,
      "",
      "facts:",
      ...facts,
      "",
    ].join("\n");
    writeFileSync(join(dir, "regions", `${reg.id}.yaml`), yaml);
  }
  return regions;
}

/**
 * Claims about region 0's first indicators (present in every generated fact base, whatever its
 * size), in English and Danish: exact, rounded, hedged and wrong figures, and some naming a region
 * no fact is about. The same claims are used at every size, so that only the fact base grows.
 */
export function claimsFor(count, seed = 7) {
  const rnd = prng(seed);
  const reg = region(0);
  const out = [];
  for (let i = 0; i < count; i++) {
    const k = int(rnd, 0, 3); // indicators 0..3 exist in a base of 100 facts
    const y = pick(rnd, YEARS);
    const { s, e } = INDICATORS[k];
    let v = valueOf(0, k, y);
    const roll = rnd();
    let qual = "";
    if (roll < 0.15) v = v + int(rnd, 1, 50); // a wrong figure
    else if (roll < 0.3) {
      v = Math.round(v / 100) * 100; // a rounded one, hedged
      qual = "about ";
    }
    const where = rnd() < 0.05 ? NOWHERE : reg;
    if (rnd() < 0.5) out.push(`In ${y}, ${qual}${fmtEn(v)} ${s.enW} were ${e.enW} in ${where.en}.`);
    else out.push(`I ${y} blev ${qual ? "omkring " : ""}${fmtDa(v)} ${s.daW} ${e.daW} i ${where.da}.`);
  }
  return out;
}

/**
 * Claims about civilians killed that name no place (English and Danish), for a base made with
 * writeFactBase(dir, n, { indicators: 1 }): every fact of the base is a candidate for each of them.
 */
export function claimsWithoutPlace(count, seed = 13) {
  const rnd = prng(seed);
  const { s, e } = INDICATORS[0];
  const out = [];
  for (let i = 0; i < count; i++) {
    const y = pick(rnd, YEARS);
    const v = rnd() < 0.5 ? valueOf(int(rnd, 0, 49), 0, y) : int(rnd, 100, 99_000);
    if (rnd() < 0.5) out.push(`In ${y}, ${fmtEn(v)} ${s.enW} were ${e.enW}.`);
    else out.push(`I ${y} blev ${fmtDa(v)} ${s.daW} ${e.daW}.`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Markdown drafts about the shipped facts (English and Danish).

const EN_CLAIMS = [
  "{347} refugees crossed into Tajikistan, border guards said on Wednesday.",
  "Two babies died when the refugees crossed the border.",
  "The Pentagon says {2,448} Americans have died in Afghanistan.",
  "More than {20,000} Americans have been wounded in the war.",
  "Denmark lost {44} soldiers in Afghanistan.",
  "Nearly {2,500} Americans were killed in the war.",
  "Many hundreds of Afghan soldiers fled to Tajikistan earlier this month.",
  "The US will complete its withdrawal before the end of August.",
  "Osama bin Laden was killed in 2011.",
  "The attack on the United States took place on 11 September 2001.",
  "About {350} refugees crossed the border into Tajikistan.",
  "Some {3,000} people fled across the border last week.",
];
const DA_CLAIMS = [
  "{347} flygtninge er krydset ind over grænsen til Tadsjikistan, siger grænsevagterne.",
  "To babyer døde, da flygtningene krydsede grænsen.",
  "Næsten {2.500} amerikanere er dræbt i Afghanistan.",
  "Over {20.000} amerikanere er blevet såret i krigen.",
  "Danmark har mistet {44} soldater i Afghanistan.",
  "Mange hundrede afghanske regeringssoldater er flygtet til Tadsjikistan.",
  "USA vil have afsluttet tilbagetrækningen inden udgangen af august.",
  "Osama bin Laden blev dræbt i 2011.",
  "Omkring {350} flygtninge er kommet ind i Tadsjikistan.",
  "Ifølge Pentagon er {2.448} amerikanere omkommet.",
];
const EN_FILLER = [
  "The situation on the ground remains unclear, and officials urged calm.",
  "Reporters at the scene described long queues at the crossing point.",
  "The government has not commented on the reports.",
  "Aid organisations are preparing for a difficult winter in the region.",
  "Analysts expect the situation to change quickly in the coming weeks.",
];
const DA_FILLER = [
  "Situationen er fortsat uklar, og myndighederne opfordrer til ro.",
  "Journalister på stedet beskriver lange køer ved grænseovergangen.",
  "Regeringen har ikke kommenteret oplysningerne.",
  "Nødhjælpsorganisationer forbereder sig på en hård vinter i regionen.",
];

/** A claim template with its {figure} replaced, sometimes by a slightly wrong one. */
function claim(rnd, templates, lang) {
  return pick(rnd, templates).replace(/\{([\d.,]+)\}/g, (_, fig) => {
    if (rnd() < 0.8) return fig;
    const n = Number(fig.replace(/[.,]/g, "")) + int(rnd, 1, 9);
    return lang === "en" ? fmtEn(n) : fmtDa(n);
  });
}

function paragraph(rnd, lang) {
  const claims = lang === "en" ? EN_CLAIMS : DA_CLAIMS;
  const filler = lang === "en" ? EN_FILLER : DA_FILLER;
  const parts = [];
  const k = int(rnd, 2, 5);
  for (let i = 0; i < k; i++) parts.push(rnd() < 0.4 ? claim(rnd, claims, lang) : pick(rnd, filler));
  return parts.join(" ");
}

/** One draft of about `target` bytes: front matter, headings, prose, lists, tables, code, links. */
function draft(rnd, target, n) {
  const lang = rnd() < 0.5 ? "en" : "da";
  const lines = ["---", `title: Draft ${n}`, `date: 2021-07-${String(int(rnd, 1, 28)).padStart(2, "0")}`, `tags: [afghanistan, tajikistan]`, "---", "", `# ${lang === "en" ? "Refugees reach Tajikistan" : "Flygtninge når Tadsjikistan"} (${n})`, ""];
  let size = lines.join("\n").length;
  while (size < target) {
    const roll = rnd();
    const l = rnd() < 0.8 ? lang : lang === "en" ? "da" : "en";
    let block;
    if (roll < 0.55) block = paragraph(rnd, l);
    else if (roll < 0.65) block = `## ${l === "en" ? "Background" : "Baggrund"} ${int(rnd, 1, 99)}`;
    else if (roll < 0.75) block = [1, 2, 3].map(() => `- ${claim(rnd, l === "en" ? EN_CLAIMS : DA_CLAIMS, l)}`).join("\n");
    else if (roll < 0.82)
      block = ["| Group | Figure |", "|---|---|", `| Refugees | ${claim(rnd, l === "en" ? EN_CLAIMS : DA_CLAIMS, l)} |`, `| Soldiers | ${int(rnd, 10, 999)} |`].join("\n");
    else if (roll < 0.88) block = ["```js", `const refugees = ${int(rnd, 100, 999)}; // not a claim`, "console.log(refugees);", "```"].join("\n");
    else if (roll < 0.94) block = `${claim(rnd, l === "en" ? EN_CLAIMS : DA_CLAIMS, l)} See [the report](https://example.org/report/${int(rnd, 1, 9999)}) and <https://example.org/${n}>.`;
    else block = `> ${paragraph(rnd, l)}`;
    lines.push(block, "");
    size += block.length + 2;
  }
  return lines.join("\n");
}

/** Writes about `bytes` of Markdown drafts into `dir` (at least `minFiles` files). Returns the file count and bytes. */
export function writeCorpus(dir, bytes, seed = 11, minFiles = 100) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = prng(seed);
  const files = Math.max(minFiles, Math.ceil(bytes / 100_000));
  const per = Math.ceil(bytes / files);
  let total = 0;
  for (let i = 0; i < files; i++) {
    const text = draft(rnd, per, i + 1);
    writeFileSync(join(dir, `draft-${String(i + 1).padStart(4, "0")}.md`), text);
    total += Buffer.byteLength(text);
  }
  return { files, bytes: total };
}

/**
 * One Markdown draft of about `bytes` bytes: the corpus of writeCorpus (same seed) concatenated,
 * the front matter of all but the first draft left out. Returns the bytes written.
 */
export function writeSingleDraft(file, bytes, seed = 11) {
  const rnd = prng(seed);
  const files = Math.max(100, Math.ceil(bytes / 100_000));
  const per = Math.ceil(bytes / files);
  const parts = [];
  for (let i = 0; i < files; i++) {
    const text = draft(rnd, per, i + 1);
    parts.push(i === 0 ? text : text.replace(/^---\n[\s\S]*?\n---\n/, ""));
  }
  const text = parts.join("\n");
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

// ---------------------------------------------------------------------------------------------
// Inputs for the complexity ratios t(8n)/t(n): each grows in one dimension only.

/** (a) One sentence with `n` figures. */
export function manyFigures(n) {
  return "347 refugees crossed into Tajikistan and ".repeat(n).replace(/ and $/, ".\n");
}

const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/** (b) One sentence of `n` number words ("one two three …"). */
export function numberWords(n) {
  return Array.from({ length: n }, (_, i) => NUMBER_WORDS[i % NUMBER_WORDS.length]).join(" ") + ".\n";
}

/** Prose of English and Danish sentences with figures (the drafts' claims and filler), seeded. */
function prose(rnd) {
  const lang = rnd() < 0.5 ? "en" : "da";
  return rnd() < 0.5 ? claim(rnd, lang === "en" ? EN_CLAIMS : DA_CLAIMS, lang) : pick(rnd, lang === "en" ? EN_FILLER : DA_FILLER);
}

/** (c) One Markdown paragraph hard-wrapped at 72 columns, `n` lines long (sentences run across lines). */
export function wrappedParagraph(n, seed = 17) {
  const rnd = prng(seed);
  const lines = [];
  let line = "";
  while (lines.length < n) {
    for (const word of prose(rnd).split(" ")) {
      if (line && line.length + 1 + word.length > 72) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
  }
  return lines.slice(0, n).join("\n") + "\n";
}

/** (d) A single line of about `bytes` bytes of prose with figures. */
export function longLine(bytes, seed = 19) {
  const rnd = prng(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const sentence = prose(rnd);
    parts.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
  }
  return parts.join(" ") + "\n";
}
