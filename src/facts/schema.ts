// The shape of a fact-base YAML file, checked with zod (strict objects: unknown keys are errors).
// Checks that need more than one node (kind-specific figure values, concept ids, quotes in the
// source text) are made by the loader afterwards, so that each error can point at its own node.
import { z } from "zod";
import { FIGURE_KINDS, QUALIFIERS, ROLES, SEASONS } from "../types.js";

/** Stable ids: lower-case letters and digits, words joined by single hyphens or underscores (file names are often snake_case). */
export const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
export const ID_RULE = "lower-case letters and digits, joined by single hyphens or underscores";

const id = z.string().regex(ID_PATTERN, { message: `must be ${ID_RULE}` });
const phrase = z.string().trim().min(1, { message: "must not be empty" });
const phraseList = z.array(phrase);
const entityClass = z.enum(["place", "person", "organization"]);

/** A concept: English and Danish phrases (inflections and synonyms), optionally a named-entity class. */
export const conceptSchema = z.strictObject({
  class: entityClass.optional(),
  type: z.enum(["thing", "predicate", "light", "report"]).optional(),
  broader: z.array(id).optional(),
  opposite: z.array(id).optional(),
  en: phraseList.optional(),
  da: phraseList.optional(),
});

/** An inline term in a fact: phrases without a concept id. */
export const inlineTermSchema = z.strictObject({
  class: entityClass.optional(),
  en: phraseList.optional(),
  da: phraseList.optional(),
});

/** A term item: a concept id, or inline phrases. */
export const termItemSchema = z.union([id, inlineTermSchema]);

const termList = z.array(termItemSchema);
const requiredTermList = z.array(termItemSchema).min(1, { message: "must name at least one term" });

export const termsSchema = z.strictObject({
  subject: requiredTermList,
  event: requiredTermList,
  place: termList.optional(),
  actor: termList.optional(),
  context: termList.optional(),
});

export const figureSchema = z.strictObject({
  kind: z.enum(FIGURE_KINDS as [string, ...string[]]),
  value: z.union([z.number(), z.string(), z.null()]).optional(),
  qualifier: z.enum(QUALIFIERS as [string, ...string[]]).optional(),
  // (a time of day's are "10:00", "16:00"; see toFigureValue)
  low: z.union([z.number(), z.string()]).optional(),
  high: z.union([z.number(), z.string()]).optional(),
  unit: z.string().min(1).optional(),
  /** An at_most said as how high the figure reaches ("up to 60", "op til 60"), not as a bound. */
  reach: z.boolean().optional(),
  /** Of a year: the season said of it ("spring 2026"), a part of the year another season is not. */
  season: z.enum(SEASONS).optional(),
  /** Overrides the display form ("2,448", "more than 200") computed from the figure. */
  display: z.string().min(1).optional(),
});

// `date: 2021` arrives as a number from YAML: accept it as the year.
const dateString = z.preprocess(
  (v) => (typeof v === "number" && Number.isInteger(v) ? String(v) : v),
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: "must be YYYY, YYYY-MM or YYYY-MM-DD" }),
);

export const factSchema = z.strictObject({
  id,
  statement: z.string().trim().min(1, { message: "must not be empty" }),
  figure: figureSchema,
  terms: termsSchema,
  quote: z.string().min(1, { message: "must not be empty" }),
  paragraph: z.number().int({ message: "must be a whole number" }).min(1, { message: "must be 1 or more" }),
  asOf: dateString.optional(),
  review: z.boolean().optional(),
});

export const documentSchema = z.strictObject({
  id,
  title: z.string().trim().min(1, { message: "must not be empty" }),
  language: z.enum(["en", "da"]),
  date: dateString,
  text: z.string().min(1, { message: "must not be empty" }),
});

export const fileSchema = z
  .strictObject({
    concepts: z.record(z.string(), conceptSchema).optional(),
    document: documentSchema.optional(),
    facts: z.array(factSchema).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.facts && !v.document) ctx.addIssue({ code: "custom", path: ["facts"], message: "facts need a document: block in the same file" });
    if (v.document && !v.facts) ctx.addIssue({ code: "custom", path: ["document"], message: "a document: block needs facts: in the same file" });
  });

export type ConceptInput = z.infer<typeof conceptSchema>;
export type TermItemInput = z.infer<typeof termItemSchema>;
export type FigureInput = z.infer<typeof figureSchema>;
export type FactInput = z.infer<typeof factSchema>;
export type DocumentInput = z.infer<typeof documentSchema>;
export type FileInput = z.infer<typeof fileSchema>;

export { ROLES };
