// A hedged number beyond its hedge that only rounds the stored figure is close (src/judge/index.ts,
// hedge-rounded-beyond). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Flere blinde alarmer",
  "",
  "Brandfolkene rykkede ud til 812 blinde alarmer, hvor der ikke var nogen brand, mod 655 i 2023. De blinde alarmer udgjorde dermed 35,1 procent af alle udrykninger.",
  "",
  "Beredskabets samlede budget for 2025 er på 98,6 mio. kr., hvoraf Skive Kommune betaler 41 procent. Omvejen for lastbilerne er 1,8 kilometer lang.",
].join("\n");

describe("a hedged number that rounds the stored one beyond its hedge", () => {
  it("is close", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-04");
    expect(verdictOf(checker, "Omvejen for lastbilerne er omkring to kilometer lang.")).toBe("close");
    expect(verdictOf(checker, "Omvejen for lastbilerne er omkring tre kilometer lang.")).toBe("mismatch");
  });
});
