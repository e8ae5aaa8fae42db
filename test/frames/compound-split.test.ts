// A Danish compound's last part is a word Danish writes so before a longer one known only by its
// stem, or from English: "ungdoms|ledigheden" is youth unemployment, not "ungdom|sledigheden",
// whose stem "sled" is an English sledge; "vandrer|hjemmet" is a hostel, not "vandrerhj|emmet"
// with an English "met".
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { splitCompound } from "../../src/frames/occurrences.js";

describe("splitting a Danish compound, with the built-in lexicon", async () => {
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
  const split = (word: string) => splitCompound(word, index, "da");

  it("takes a last part Danish writes so over one known only by its stem", () => {
    expect(split("ungdomsledigheden")).toEqual({ head: ["unemployment"], modifiers: ["young-people"] });
  });

  it("takes a Danish last part over an English word", () => {
    expect(split("vandrerhjemmet")?.head).toEqual(["housing"]);
    expect(split("digitalabonnenter")).toEqual({ head: ["subscribers"], modifiers: ["digital"] });
    expect(split("solcelleprogrammet")).toEqual({ head: ["programmes"], modifiers: ["solar-power"] });
  });

  it("still splits where the last part is known only by its stem", () => {
    expect(split("fødevarepriserne")).toEqual({ head: ["prices"], modifiers: ["food"] });
  });

  it("reads a part no thing but a kind of trip: a cruise's passengers are passengers", () => {
    expect(split("krydstogtpassagerer")).toEqual({ head: ["passengers"], modifiers: ["cruises"] });
  });
});
