// How people write a figure: "2,448" / "2.448", "more than 200" / "flere end 200", "$2.3 billion",
// "2,3 mia. kr.", "11 September 2001" / "11. september 2001", "by the end of August 2021".
import type { FigureValue, Lang, Qualifier } from "../types.js";
import { monthName, parseDateValue, weekdayName } from "./dates.js";
import { VAGUE_LABELS } from "./lexicon.js";

/** A number with the language's separators: 2448 → "2,448" (en) / "2.448" (da); 9.5 → "9.5" / "9,5". */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const abs = Math.abs(n);
  if (abs >= 1e21) return String(n);
  const fixed = abs.toFixed(3);
  const dot = fixed.indexOf(".");
  const int = fixed.slice(0, dot);
  let frac = fixed.slice(dot + 1);
  while (frac.endsWith("0")) frac = frac.slice(0, -1);
  const group = lang === "da" ? "." : ",";
  const dec = lang === "da" ? "," : ".";
  let grouped = "";
  for (let k = 0; k < int.length; k++) {
    if (k > 0 && (int.length - k) % 3 === 0) grouped += group;
    grouped += int[k];
  }
  return (neg ? "-" : "") + grouped + (frac ? dec + frac : "");
}

const SYMBOLS: Readonly<Record<string, string>> = { USD: "$", EUR: "€", GBP: "£" };
const DA_CURRENCY: Readonly<Record<string, string>> = { DKK: "kr.", USD: "dollar", EUR: "euro", GBP: "pund" };

/** value / 10^exp when it has at most three decimals. */
function scaled(v: number, exp: number): number | null {
  const s = v / 10 ** exp;
  const r = Math.round(s * 1000) / 1000;
  return Math.abs(s - r) < 1e-9 * Math.max(1, Math.abs(s)) && Math.abs(s) >= 1 ? r : null;
}

function formatMoney(v: number, unit: string | undefined, lang: Lang): string {
  const code = unit ?? "";
  let amount = formatNumber(v, lang);
  if (lang === "en") {
    const b = scaled(v, 9);
    const m = scaled(v, 6);
    if (Math.abs(v) >= 1e9 && b !== null) amount = `${formatNumber(b, lang)} billion`;
    else if (Math.abs(v) >= 1e6 && m !== null) amount = `${formatNumber(m, lang)} million`;
    const sym = SYMBOLS[code];
    return sym ? `${sym}${amount}` : `${code} ${amount}`.trim();
  }
  const b = scaled(v, 9);
  const m = scaled(v, 6);
  if (Math.abs(v) >= 1e9 && b !== null) amount = `${formatNumber(b, lang)} mia.`;
  else if (Math.abs(v) >= 1e6 && m !== null) amount = `${formatNumber(m, lang)} mio.`;
  return `${amount} ${DA_CURRENCY[code] ?? code}`.trim();
}

function formatAmount(v: number, f: FigureValue, lang: Lang): string {
  switch (f.kind) {
    case "percent":
      return lang === "da" ? `${formatNumber(v, lang)} %` : `${formatNumber(v, lang)}%`;
    case "money":
      return formatMoney(v, f.unit, lang);
    case "quantity":
      return f.unit ? `${formatNumber(v, lang)} ${f.unit}` : formatNumber(v, lang);
    case "year":
      return String(v);
    default:
      return formatNumber(v, lang);
  }
}

function formatRange(f: FigureValue, lang: Lang): string {
  const lo = f.low ?? 0;
  const hi = f.high ?? 0;
  switch (f.kind) {
    case "year":
      if (lo % 10 === 0 && hi === lo + 9) return lang === "da" ? `${lo}'erne` : `${lo}s`;
      return `${lo}–${hi}`;
    case "percent":
      return lang === "da" ? `${formatNumber(lo, lang)}–${formatNumber(hi, lang)} %` : `${formatNumber(lo, lang)}–${formatNumber(hi, lang)}%`;
    case "quantity":
      return `${formatNumber(lo, lang)}–${formatNumber(hi, lang)}${f.unit ? ` ${f.unit}` : ""}`;
    case "money":
      return `${formatMoney(lo, f.unit, lang)}–${formatMoney(hi, f.unit, lang)}`;
    default:
      return `${formatNumber(lo, lang)}–${formatNumber(hi, lang)}`;
  }
}

function formatDateLike(f: FigureValue, lang: Lang): string {
  const parts = f.date ?? (typeof f.value === "string" || typeof f.value === "number" ? parseDateValue(f.kind, f.value) : null);
  if (!parts) return f.value === null ? "" : String(f.value);
  const y = parts.year !== undefined ? ` ${parts.year}` : "";
  switch (f.kind) {
    case "date":
      if (parts.month === undefined || parts.day === undefined) break;
      return lang === "da" ? `${parts.day}. ${monthName(parts.month, lang)}${y}` : `${parts.day} ${monthName(parts.month, lang)}${y}`;
    case "month":
      if (parts.month === undefined) break;
      return `${monthName(parts.month, lang)}${y}`;
    case "weekday":
      if (parts.weekday === undefined) break;
      return weekdayName(parts.weekday, lang);
    case "year":
      if (parts.year !== undefined) return String(parts.year);
      break;
  }
  return f.value === null ? "" : String(f.value);
}

const QUAL_EN: Partial<Record<Qualifier, string>> = {
  more_than: "more than", at_least: "at least", less_than: "less than", at_most: "at most", about: "about",
  nearly: "nearly", before: "before", after: "after",
};
const QUAL_DA: Partial<Record<Qualifier, string>> = {
  more_than: "mere end", at_least: "mindst", less_than: "mindre end", at_most: "højst", about: "cirka",
  nearly: "næsten", before: "før", after: "efter",
};

function qualifierWords(f: FigureValue, lang: Lang): string {
  const q = f.qualifier;
  const counted = f.kind === "count" || f.kind === "vague";
  if (q === "more_than" && counted) return lang === "da" ? "flere end" : "more than";
  if (q === "less_than" && counted) return lang === "da" ? "færre end" : "fewer than";
  if (q === "before" && f.kind === "month") return lang === "da" ? "inden udgangen af" : "by the end of";
  return (lang === "da" ? QUAL_DA : QUAL_EN)[q] ?? "";
}

/** The figure as people write it, in the language given. */
export function formatFigure(v: FigureValue, lang: Lang): string {
  let core: string;
  if (v.kind === "vague") {
    const label = typeof v.value === "string" ? v.value : null;
    if (label) core = lang === "da" && Object.hasOwn(VAGUE_LABELS, label) ? VAGUE_LABELS[label].da : label;
    else core = `${formatNumber(v.low ?? 0, lang)}–${formatNumber(v.high ?? 0, lang)}`;
    if (v.qualifier === "vague" || v.qualifier === "exact" || v.qualifier === "range") return core;
  } else if (v.qualifier === "range" && v.low !== undefined && v.high !== undefined) {
    return formatRange(v, lang);
  } else if (v.kind === "date" || v.kind === "month" || v.kind === "weekday" || v.kind === "year") {
    core = formatDateLike(v, lang);
  } else {
    core = typeof v.value === "number" ? formatAmount(v.value, v, lang) : v.value === null ? "" : String(v.value);
  }
  const q = v.qualifier === "exact" || v.qualifier === "vague" ? "" : qualifierWords(v, lang);
  return q ? `${q} ${core}` : core;
}
