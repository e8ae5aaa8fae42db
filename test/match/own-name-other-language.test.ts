// A name of the source's own ("Haldon", of "Haldon Moor", whose "Moor" the English source reads as
// a heath) is the same name in a claim in the other language, where the word after it is no word
// at all: it is not run into an unknown name (src/frames/index.ts), and the unknown word written
// after it as the fact's quote writes them is part of that name (Matcher.assessEntities). Danish
// "udpege" designates as well as appoints. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Observatory opens new telescope",
  "",
  "Haldon Moor was designated a dark sky reserve in 2020, and sky brightness readings there are among the darkest in England.",
].join("\n");

describe("a name of the source's own in a claim in the other language", () => {
  it("is the source's name, with the word its quote writes after it", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-11-20");
    expect(verdictOf(checker, "Haldon Moor blev udpeget som mørkehimmelreservat i 2020.")).toBe("match");
    expect(verdictOf(checker, "Haldon Moor blev udpeget som mørkehimmelreservat i 2021.")).toBe("mismatch");
  });

  it("not with another word after it", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-11-20");
    expect(verdictOf(checker, "Haldon Ridge blev udpeget som mørkehimmelreservat i 2021.")).not.toBe("mismatch");
  });
});
