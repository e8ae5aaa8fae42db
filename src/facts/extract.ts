// `factcheck extract <document>`: a draft fact base from a source document. One fact per figure
// the figure reader finds (sentence by sentence, in the document's language), with the sentence as
// its verbatim quote, its paragraph, the typed figure, and seed terms (content words around the
// figure) for a person to review. The draft loads and validates as it is.
import { randomBytes } from "node:crypto";
import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { splitSentences } from "../claims/index.js";
import { detectLanguage, formatFigure, parseFigures } from "../figures/index.js";
import { tokenize, type Token } from "../text/tokens.js";
import { UserError, type Figure, type FigureValue, type Lang } from "../types.js";
import { FigureProblem, toFigureValue } from "./figure.js";
import { ID_PATTERN, type FigureInput } from "./schema.js";
import { family } from "./validate.js";
import { MAX_FILE_BYTES } from "./yaml-file.js";

export interface ExtractOptions {
  id: string;
  lang?: Lang;
  title: string;
  date: string;
  output?: string;
  force?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Words

const STOP: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    ("a an the and or but nor so yet if then than that this these those there here of in on at by for from to into onto with without " +
      "about above across after against along among around as before behind below beneath beside between beyond during except inside " +
      "near off out outside over since through throughout till toward towards under until up upon within per via " +
      "i me my we us our you your he him his she her it its they them their who whom whose which what when where why how " +
      "all any both each few more most other some such no not only own same too very just also still even ever again further once " +
      "is are was were be been being am has have had having do does did doing will would shall should can could may might must " +
      "according s t one ones another many much several last next first new year years month months week weeks day days " +
      "mr mrs ms dr per cent percent earlier later already now again never always often especially only just nearly almost").split(/\s+/),
  ),
  da: new Set(
    ("og eller men så hvis da end at som der her af i på ved for fra til ind ud med uden om over under efter før mod mellem gennem hos " +
      "inden indtil siden blandt langs omkring bag foran op ned " +
      "jeg mig min mit mine vi os vores du dig din dit dine han ham hans hun hende hendes den det de dem deres sin sit sine sig " +
      "en et ene hvem hvis hvad hvor hvornår hvorfor hvordan hvilken hvilket hvilke " +
      "alle alt enhver hver hvert begge få flere fleste anden andet andre nogen noget nogle ingen intet ikke kun også endnu stadig " +
      "meget mange mere mest lidt samme selv sådan " +
      "er var været blev bliver blive blevet har havde have haft vil ville skal skulle kan kunne må måtte får fik få gør gjorde gjort " +
      "ifølge år året måned måneden uge ugen dag dagen sidste næste første nye ny nyt " +
      "procent pct kr mio mia tidligere senere allerede nu igen aldrig altid ofte især blot bare næsten cirka").split(/\s+/),
  ),
};

/** Words after which a content word is taken for a verb (participles and infinitives). */
const AUX: Record<Lang, ReadonlySet<string>> = {
  en: new Set("is are was were be been being has have had will would shall should can could may might must did does do to".split(" ")),
  da: new Set("er var blev bliver blive blevet har havde have vil ville skal skulle kan kunne må måtte at".split(" ")),
};

/** 2: verb form (by ending or a list of common verbs), 1: follows an auxiliary, 0: not a verb. */
function verbScore(t: Token, prev: Token | undefined, lang: Lang): number {
  const w = t.lower;
  const form =
    lang === "en"
      ? /[a-z]{3}(ed|ing)$/.test(w) ||
        /^(said|says|say|told|rose|fell|spent|cost|costs|paid|won|lost|grew|came|went|fled|left|gave|took|made|hit|cut|put|set|sold|built|sent|died|killed|voted|approved)$/.test(w)
      : /\p{L}{3}(ede|te)$/u.test(w) ||
        /^(sagde|siger|sagt|døde|dør|kom|gik|fik|gav|tog|lå|stod|faldt|steg|flygtet|flygtede|dræbt|såret|kostet|kostede|krydset|krydsede|overdrog|afsluttet|vedtaget|vedtog|godkendt|godkendte|betalt|brugt|solgt|stemt|stemte)$/.test(w);
  if (form) return 2;
  return prev && AUX[lang].has(prev.lower) ? 1 : 0;
}

function looksLikeVerb(t: Token, prev: Token | undefined, lang: Lang): boolean {
  return verbScore(t, prev, lang) > 0;
}

/** Adjective endings: "afghanske regeringssoldater", "Danish troops" are about the noun. */
const ADJECTIVE: Record<Lang, RegExp> = {
  en: /(?:an|ish|ese|al|ic|ive|ous|ful|less)$/,
  da: /(?:sk|ske|ig|ige|lig|lige|isk|iske)$/,
};

interface Seed {
  subject: string;
  event: string;
}

/**
 * Seed terms for a figure: the subject is the content word right after it (what is counted), else
 * the nearest one before it; the event is the nearest verb-like word, else the nearest other word.
 */
function seedTerms(sentence: string, figure: Figure, all: Figure[], lang: Lang, taken: Set<string>, family: string): Seed | null {
  const tokens = tokenize(sentence);
  const inFigure = (t: Token) => all.some((f) => t.start < f.end && t.end > f.start);
  const content = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => !inFigure(t) && /\p{L}/u.test(t.lower) && !/\p{N}/u.test(t.lower) && Array.from(t.lower).length >= 3 && !STOP[lang].has(t.lower));
  if (content.length === 0) return null;
  const firstAfter = tokens.findIndex((t) => t.start >= figure.end);
  const lastBefore = tokens.reduce((acc, t, i) => (t.end <= figure.start ? i : acc), -1);
  const dist = (i: number) => (i >= firstAfter && firstAfter >= 0 ? i - firstAfter : lastBefore >= 0 ? lastBefore - i : i);

  // Subject: the noun phrase right after the figure ("afghanske regeringssoldater": its last word),
  // then the nearest other words.
  const after: typeof content = [];
  const at = (i: number) => (i >= 0 && i < tokens.length ? content.find((x) => x.i === i) : undefined);
  const first = firstAfter >= 0 ? at(firstAfter) : undefined;
  if (first && !looksLikeVerb(first.t, tokens[first.i - 1], lang)) {
    const next = at(first.i + 1);
    // English compounds and adjectives come first ("flood barrier", "Danish troops"); Danish adjectives too.
    const headFinal = lang === "en" || ADJECTIVE[lang].test(first.t.lower);
    if (next && headFinal && !looksLikeVerb(next.t, first.t, lang)) after.push(next);
    after.push(first);
  }
  const rest = [...content].sort((a, b) => dist(a.i) - dist(b.i));
  const others = rest.filter((c) => !after.includes(c));
  const subjects = [
    ...after,
    ...others.filter((c) => !looksLikeVerb(c.t, tokens[c.i - 1], lang)),
    ...others.filter((c) => looksLikeVerb(c.t, tokens[c.i - 1], lang)),
  ];
  const verbs = rest
    .map((c) => ({ c, score: verbScore(c.t, tokens[c.i - 1], lang) }))
    .filter((v) => v.score > 0)
    .sort((a, b) => b.score - a.score || dist(a.c.i) - dist(b.c.i))
    .map((v) => v.c);

  for (const s of subjects) {
    const events = [...verbs, ...rest].filter((e) => e.t.lower !== s.t.lower);
    for (const e of events) {
      const key = `${family}|${s.t.lower}|${e.t.lower}`;
      if (taken.has(key)) continue;
      taken.add(key);
      return { subject: s.t.lower, event: e.t.lower };
    }
  }
  // One content word only (or every pair used): it names both.
  const s = subjects[0].t.lower;
  const e = verbs[0]?.t.lower ?? rest.find((r) => r.t.lower !== s)?.t.lower ?? s;
  return { subject: s, event: e };
}

// ---------------------------------------------------------------------------------------------
// Text

interface Chunk {
  /** Offset in the (newline-normalised) text. */
  start: number;
  text: string;
  paragraph: number;
}

/** Paragraphs as the loader numbers them, with their offsets (same split as splitParagraphs). */
function paragraphsWithOffsets(norm: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const push = (a: number, b: number) => {
    const raw = norm.slice(a, b);
    const text = raw.trim();
    if (!text) return;
    out.push({ start: a + (raw.length - raw.trimStart().length), text });
  };
  let last = 0;
  for (const m of norm.matchAll(/\n[ \t]*(?:\n[ \t]*)+/g)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, norm.length);
  return out;
}

/** Ranges of Markdown that hold no prose: front matter, fenced code, HTML comments. */
function markdownSkips(norm: string): Array<[number, number]> {
  const skips: Array<[number, number]> = [];
  const fm = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(norm);
  if (fm) skips.push([0, fm[0].length]);
  let offset = 0;
  let fence: { char: string; len: number; start: number } | null = null;
  for (const line of norm.split("\n")) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1][0] === fence.char && m[1].length >= fence.len && line.trim() === m[1]) {
        skips.push([fence.start, offset + line.length]);
        fence = null;
      }
    } else if (m) {
      fence = { char: m[1][0], len: m[1].length, start: offset };
    }
    offset += line.length + 1;
  }
  if (fence) skips.push([fence.start, norm.length]);
  for (const m of norm.matchAll(/<!--[\s\S]*?-->/g)) skips.push([m.index, m.index + m[0].length]);
  return skips;
}

/** Prose chunks of a document: whole paragraphs of text; for Markdown, lines without their marks. */
export function proseChunks(raw: string, markdown: boolean): Chunk[] {
  const norm = raw.replace(/\r\n?/g, "\n");
  const paragraphs = paragraphsWithOffsets(norm);
  if (!markdown) return paragraphs.map((p, k) => ({ start: p.start, text: p.text, paragraph: k + 1 }));
  const skips = markdownSkips(norm);
  const skipped = (a: number, b: number) => skips.some(([s, e]) => a < e && b > s);
  const chunks: Chunk[] = [];
  paragraphs.forEach((p, k) => {
    let current: { start: number; end: number } | null = null;
    const flush = () => {
      if (current && current.end > current.start) chunks.push({ start: current.start, text: norm.slice(current.start, current.end), paragraph: k + 1 });
      current = null;
    };
    let offset = p.start;
    for (const line of p.text.split("\n")) {
      const start = offset;
      const end = offset + line.length;
      offset = end + 1;
      if (skipped(start, end) || /^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*\|/.test(line)) {
        flush();
        continue;
      }
      const mark = /^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)*/.exec(line)![0];
      let contentEnd = end;
      const closing = /\s+#+\s*$/.exec(line);
      if (mark.includes("#") && closing) contentEnd = end - closing[0].length;
      const contentStart = start + mark.length;
      if (contentStart >= contentEnd) {
        flush();
        continue;
      }
      if (mark.trim() !== "" || !current) {
        flush();
        current = { start: contentStart, end: contentEnd };
        if (mark.includes("#")) flush(); // a heading is a chunk of its own
      } else {
        current.end = contentEnd;
      }
    }
    flush();
  });
  return chunks;
}

// ---------------------------------------------------------------------------------------------
// YAML

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .'’/-]*$/u;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function scalar(s: string): string {
  return PLAIN.test(s) && !RESERVED.test(s) && !/^\d/.test(s) && !/[ .]$/.test(s) ? s : JSON.stringify(s);
}

function quoted(s: string): string {
  return JSON.stringify(s);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The figure block for a figure read from the text (the year of a yearless date from the document). */
function figureInput(f: FigureValue, docYear: number | undefined): FigureInput {
  const input: FigureInput = { kind: f.kind };
  let value = f.value;
  if ((f.kind === "month" || f.kind === "date") && typeof value === "string" && value.startsWith("--") && docYear !== undefined) {
    value = `${docYear}${value.slice(1)}`;
  }
  if (f.kind === "vague") {
    if (typeof value === "string") input.value = value;
  } else if (f.qualifier !== "range" && value !== null) {
    input.value = value;
  }
  const defaultQualifier = f.kind === "vague" ? "vague" : "exact";
  if (f.qualifier !== defaultQualifier) input.qualifier = f.qualifier;
  if (f.low !== undefined) input.low = f.low;
  if (f.high !== undefined) input.high = f.high;
  if (f.unit !== undefined && f.kind !== "percent") input.unit = f.unit;
  return input;
}

function figureYaml(f: FigureInput): string {
  const parts = [`kind: ${f.kind}`];
  if (f.value !== undefined && f.value !== null) parts.push(`value: ${typeof f.value === "number" ? String(f.value) : quoted(f.value)}`);
  if (f.qualifier) parts.push(`qualifier: ${f.qualifier}`);
  if (f.low !== undefined) parts.push(`low: ${f.low}`);
  if (f.high !== undefined) parts.push(`high: ${f.high}`);
  if (f.unit) parts.push(`unit: ${f.unit}`);
  if (f.display) parts.push(`display: ${scalar(f.display)}`);
  return `{ ${parts.join(", ")} }`;
}

// ---------------------------------------------------------------------------------------------
// Extraction

export interface DraftFact {
  id: string;
  statement: string;
  figure: FigureInput;
  display: string;
  subject: string;
  event: string;
  quote: string;
  paragraph: number;
}

export interface Draft {
  facts: DraftFact[];
  /** Figures that cannot be stored as they were read (with why), for a comment in the draft. */
  skipped: Array<{ text: string; paragraph: number; why: string }>;
  lang: Lang;
}

/** Every figure of a document as a draft fact. */
export function extractFacts(raw: string, options: { id: string; lang?: Lang; date: string; markdown: boolean }): Draft {
  const chunks = proseChunks(raw, options.markdown);
  const lang: Lang = options.lang ?? detectLanguage(chunks.map((c) => c.text).join("\n").slice(0, 20_000));
  const docYear = /^\d{4}/.test(options.date) ? Number(options.date.slice(0, 4)) : undefined;
  const facts: DraftFact[] = [];
  const skipped: Draft["skipped"] = [];
  const ids = new Set<string>();
  for (const chunk of chunks) {
    for (const s of splitSentences(chunk.text)) {
      const quote = s.text.trim();
      if (!quote || !raw.includes(quote)) continue;
      const figures: Figure[] = parseFigures(quote, lang);
      figures.sort((a, b) => a.start - b.start);
      const taken = new Set<string>();
      for (const f of figures) {
        const input = figureInput(f, docYear);
        // A share in words ("de fleste", "most of") keeps its words as its display.
        const majority = f.kind === "percent" && !/\d/.test(f.text);
        if (majority) input.display = f.text.replace(/\s+(?:of|af)$/i, "");
        let value: FigureValue;
        try {
          value = toFigureValue(input);
        } catch (e) {
          if (!(e instanceof FigureProblem)) throw e;
          skipped.push({ text: f.text, paragraph: chunk.paragraph, why: e.message });
          continue;
        }
        const seed = seedTerms(quote, f, figures, lang, taken, family(value));
        if (!seed) {
          skipped.push({ text: f.text, paragraph: chunk.paragraph, why: "no words around it to name its subject and event" });
          continue;
        }
        const display = input.display ?? formatFigure(value, "en");
        let id = `${slug(options.id)}-p${chunk.paragraph}-${slug(seed.subject) || slug(f.kind)}`.replace(/-+/g, "-");
        if (!ID_PATTERN.test(id)) id = `${slug(options.id) || "fact"}-p${chunk.paragraph}`;
        let unique = id;
        for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
        ids.add(unique);
        const statement = lang === "en" && figures.length === 1 ? quote : `${display} — ${quote}`;
        facts.push({ id: unique, statement, figure: input, display, subject: seed.subject, event: seed.event, quote, paragraph: chunk.paragraph });
      }
    }
  }
  return { facts, skipped, lang };
}

/** The draft as fact-base YAML. `textPath` is the document path as the YAML should name it. */
export function draftYaml(draft: Draft, meta: { id: string; title: string; date: string; textPath: string; source: string }): string {
  const l = draft.lang;
  const lines = [
    `# Draft fact base extracted by \`factcheck extract\` from ${meta.source}.`,
    "# Review every fact: the statement (one English sentence), the figure, and the terms (add",
    "# synonyms and inflections in both languages, or name concepts; list the places, people and",
    "# organisations each fact involves), then remove `review: true`.",
    "document:",
    `  id: ${meta.id}`,
    `  title: ${quoted(meta.title)}`,
    `  language: ${l}`,
    `  date: ${quoted(meta.date)}`,
    `  text: ${quoted(meta.textPath)}`,
    "",
    "facts:",
  ];
  for (const f of draft.facts) {
    lines.push(
      `  - id: ${f.id}`,
      `    statement: ${quoted(f.statement)}`,
      `    figure: ${figureYaml(f.figure)}`,
      "    terms:",
      `      subject: [{ ${l}: [${scalar(f.subject)}] }]`,
      `      event: [{ ${l}: [${scalar(f.event)}] }]`,
      `    quote: ${quoted(f.quote)}`,
      `    paragraph: ${f.paragraph}`,
      "    review: true",
      "",
    );
  }
  for (const s of draft.skipped) lines.push(`# not drafted: ${JSON.stringify(s.text)} in paragraph ${s.paragraph}: ${s.why}`);
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}

// ---------------------------------------------------------------------------------------------
// The command

async function readDocument(file: string): Promise<string> {
  let size: number;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new UserError("is a folder, not a document", { file });
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError("no such file", { file });
  }
  if (size > MAX_FILE_BYTES) throw new UserError("document is larger than 10 MB", { file });
  const text = await readFile(file, "utf8");
  if (text.includes("\u0000")) throw new UserError("not a text document (binary data)", { file });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file atomically: a temporary file in the same folder, then a rename over the target. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, { encoding: "utf8", flag: "wx" });
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw new UserError(`cannot write: ${err.code === "ENOENT" ? "no such folder" : (err.code ?? err.message)}`, { file });
  }
}

export async function runExtract(document: string, options: ExtractOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  if (!ID_PATTERN.test(options.id)) throw new UserError(`--id "${options.id}" must be kebab-case (a-z, 0-9 and single hyphens)`);
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(options.date)) throw new UserError(`--date "${options.date}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  if (!options.title.trim()) throw new UserError("--title must not be empty");
  const raw = await readDocument(document);
  if (options.output && !options.force && (await exists(options.output)))
    throw new UserError("already exists (use --force to overwrite)", { file: options.output });

  const draft = extractFacts(raw, { id: options.id, lang: options.lang, date: options.date, markdown: /\.(?:md|markdown)$/i.test(document) });
  if (draft.facts.length === 0) {
    io.err(`no figures found in ${document}\n`);
    return 0;
  }
  const textPath = options.output ? relative(dirname(resolve(options.output)), resolve(document)).split(sep).join("/") : document;
  const yaml = draftYaml(draft, { id: options.id, title: options.title, date: options.date, textPath, source: basename(document) });
  if (!options.output) {
    io.out(yaml);
    return 0;
  }
  await writeAtomically(options.output, yaml);
  io.err(`${draft.facts.length} draft fact${draft.facts.length === 1 ? "" : "s"} written to ${options.output}\n`);
  return 0;
}
