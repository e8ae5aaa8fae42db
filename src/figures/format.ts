// How people write a figure: "2,448" / "2.448", "more than 200" / "flere end 200", "$2.3 billion",
// "2,3 mia. kr.", "11 September 2001" / "11. september 2001", "by the end of August 2021".
import { languageOf } from "../lang/index.js";
import type { FigureValue, Lang } from "../types.js";
import { monthName, parseDateValue, weekdayName } from "./dates.js";
import { WEEK } from "./kinds.js";

/** "{n} %" with n = "12" → "12 %". */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? values[k] : m));
}

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
  const { group, decimal: dec } = languageOf(lang).format;
  let grouped = "";
  for (let k = 0; k < int.length; k++) {
    if (k > 0 && (int.length - k) % 3 === 0) grouped += group;
    grouped += int[k];
  }
  return (neg ? "-" : "") + grouped + (frac ? dec + frac : "");
}

/** value / 10^exp when it has at most three decimals. */
function scaled(v: number, exp: number): number | null {
  const s = v / 10 ** exp;
  const r = Math.round(s * 1000) / 1000;
  return Math.abs(s - r) < 1e-9 * Math.max(1, Math.abs(s)) && Math.abs(s) >= 1 ? r : null;
}

/** "$2.3 billion", "2,3 mia. kr.": a scale word for round millions and billions, then the pack's template. */
function formatMoney(v: number, unit: string | undefined, lang: Lang): string {
  const display = languageOf(lang).display;
  const code = unit ?? "";
  // (less than one pound or krone: in pence or øre, as the press writes it)
  if (v > 0 && v < 1 && Object.hasOwn(display.moneySubunits, code)) {
    return fill(display.moneySubunits[code], { n: formatNumber(Number((v * 100).toPrecision(12)), lang) });
  }
  let amount = formatNumber(v, lang);
  const scales = Object.keys(display.moneyScales)
    .map(Number)
    .sort((a, b) => b - a);
  for (const exp of scales) {
    const s = scaled(v, exp);
    if (Math.abs(v) >= 10 ** exp && s !== null) {
      amount = `${formatNumber(s, lang)} ${display.moneyScales[exp]}`;
      break;
    }
  }
  const template = Object.hasOwn(display.money, code) ? display.money[code] : display.money.other;
  return fill(template, { n: amount, code }).trim();
}

function formatPercent(v: string, lang: Lang): string {
  return fill(languageOf(lang).display.percent, { n: v });
}

/** A unit as shown: a span of time in words ("4 months", "3 år"), any other unit by its code. */
function unitWord(unit: string, v: number, lang: Lang): string {
  const words = languageOf(lang).display.durations[unit];
  if (!words) return unit;
  return v === 1 ? words.one : words.other;
}

function formatAmount(v: number, f: FigureValue, lang: Lang): string {
  switch (f.kind) {
    case "percent":
      return formatPercent(formatNumber(v, lang), lang);
    case "money":
      return formatMoney(v, f.unit, lang);
    case "quantity":
      return f.unit ? `${formatNumber(v, lang)} ${unitWord(f.unit, v, lang)}` : formatNumber(v, lang);
    case "year":
      return String(v);
    case "clock":
      return formatClock(v, lang);
    case "ordinal":
      return f.unit === WEEK ? fill(languageOf(lang).display.week, { n: String(v) }) : formatOrdinal(v, lang);
    default:
      return formatNumber(v, lang);
  }
}

const ordinalRules = new Map<Lang, Intl.PluralRules>();

/** A rank as the language writes it: "14th", "22nd" (en); "14." (da). */
function formatOrdinal(v: number, lang: Lang): string {
  const style = languageOf(lang).display.ordinal;
  let rules = ordinalRules.get(lang);
  if (!rules) ordinalRules.set(lang, (rules = new Intl.PluralRules(lang, { type: "ordinal" })));
  return fill(style[rules.select(v)] ?? style.other, { n: String(v) });
}

/** A time of day as the language writes it: "1.30pm", "10am" (en); "kl. 13.30", "kl. 10" (da). */
export function formatClock(minutes: number, lang: Lang, prefix = true): string {
  const style = languageOf(lang).display.clock;
  const h24 = Math.floor(minutes / 60);
  const m = minutes % 60;
  const mm = m === 0 ? "" : `${style.separator}${String(m).padStart(2, "0")}`;
  if (style.hours === 12) {
    const h = h24 % 12 === 0 ? 12 : h24 % 12;
    return `${h}${mm}${h24 % 24 < 12 ? style.am : style.pm}`;
  }
  return `${prefix ? style.prefix : ""}${h24}${mm}`;
}

function formatRange(f: FigureValue, lang: Lang): string {
  const lo = f.low ?? 0;
  const hi = f.high ?? 0;
  switch (f.kind) {
    case "clock":
      return `${formatClock(lo, lang)}–${formatClock(hi, lang, false)}`;
    case "year":
      if (lo % 10 === 0 && hi === lo + 9) return fill(languageOf(lang).display.decade, { n: String(lo) });
      return `${lo}–${hi}`;
    case "percent":
      return formatPercent(`${formatNumber(lo, lang)}–${formatNumber(hi, lang)}`, lang);
    case "quantity":
      return `${formatNumber(lo, lang)}–${formatNumber(hi, lang)}${f.unit ? ` ${unitWord(f.unit, hi, lang)}` : ""}`;
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
      // "11. september 2001" where a dot makes a number an ordinal, else "11 September 2001"
      return `${parts.day}${languageOf(lang).numbers.ordinalDot ? "." : ""} ${monthName(parts.month, lang)}${y}`;
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

function qualifierWords(f: FigureValue, lang: Lang): string {
  const display = languageOf(lang).display;
  const q = f.qualifier;
  const counted = f.kind === "count" || f.kind === "vague";
  if (counted && display.countedQualifiers[q] !== undefined) return display.countedQualifiers[q];
  if (q === "before" && f.kind === "month") return display.beforeMonth;
  // (how high it reaches, in the pack's first word for it: "up to 60", "op til 60")
  if (q === "at_most" && f.reach === true && languageOf(lang).reachQualifiers.length > 0) return languageOf(lang).reachQualifiers[0];
  return display.qualifiers[q] ?? "";
}

/** The figure as people write it, in the language given. */
export function formatFigure(v: FigureValue, lang: Lang): string {
  let core: string;
  if (v.kind === "vague") {
    const label = typeof v.value === "string" ? v.value : null;
    const vague = languageOf(lang).vague;
    if (label) core = Object.hasOwn(vague, label) ? vague[label].display : label;
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
