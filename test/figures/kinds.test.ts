// One table of figure kinds (src/figures/kinds.ts) that every stage asks.
import { describe, expect, it } from "vitest";
import { isAmount, isClock, isCountLike, isOrdinal, isTime, KINDS, unitKey } from "../../src/figures/kinds.js";
import { FIGURE_KINDS } from "../../src/types.js";

describe("figure kinds", () => {
  it("describes every kind, each an amount, a date, a time of day or a rank", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...FIGURE_KINDS].sort());
    for (const k of FIGURE_KINDS) expect([isAmount(k), isTime(k), isClock(k), isOrdinal(k)].filter(Boolean).length, k).toBe(1);
  });
  it.each([
    ["count", "amount", true],
    ["vague", "amount", true],
    ["percent", "amount", false],
    ["money", "amount", false],
    ["quantity", "amount", false],
    ["year", "time", false],
    ["date", "time", false],
    ["month", "time", false],
    ["weekday", "time", false],
    ["clock", "clock", false],
    ["ordinal", "rank", false],
  ])("%s: %s, count-like %s", (kind, family, countLike) => {
    expect(isAmount(kind)).toBe(family === "amount");
    expect(isClock(kind)).toBe(family === "clock");
    expect(isOrdinal(kind)).toBe(family === "rank");
    expect(isCountLike(kind)).toBe(countLike);
  });
  it.each([
    [{ kind: "count" }, "count"],
    [{ kind: "vague" }, "count"],
    [{ kind: "percent", unit: "%" }, "%"],
    [{ kind: "money", unit: "DKK" }, "money:DKK"],
    [{ kind: "quantity", unit: "km" }, "quantity:length"],
    [{ kind: "quantity", unit: "m" }, "quantity:length"],
    [{ kind: "quantity", unit: "GW" }, "quantity:power"],
    [{ kind: "quantity", unit: "yr" }, "quantity:yr"],
  ] as const)("unit key of %j is %s", (v, key) => {
    expect(unitKey(v as never)).toBe(key);
  });
});
