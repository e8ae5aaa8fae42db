// "GPs" is the plural of "GP" (a phrase in capitals matches capitals only, so the plural must be
// listed): "The merged practice will employ eleven GPs" against "will have 11 GPs".
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Practices to merge",
  "",
  "The merged practice will have 11 GPs, equivalent to 8.4 full-time doctors, as well as four practice nurses.",
].join("\n");

describe("GPs", () => {
  it("are general practitioners", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-02-02");
    expect(verdictOf(checker, "The merged practice will employ eleven GPs.")).toBe("match");
    expect(verdictOf(checker, "The merged practice will employ twelve GPs.")).toBe("mismatch");
  });
});
