// The html report in a real browser: Debian's chromium driven by playwright-core (no browser
// download), one browser for the whole file, the network blocked. Pages are made from drafts by the
// engine and the format registry, as the command line makes them (test/report/html-cli.test.ts
// runs that), and loaded from files; the DOM is checked against the JSON report of the same run.
// Screenshots (light, dark, a popup, phone width) are written to test/output/ for a person to look at.
//
// Without chromium the tests are skipped with a message, except in CI (CI=true), where .ci/run
// installs it and they always run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Chalk } from "chalk";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { formatReport, type FormatOptions } from "../../src/report/index.js";
import { DEFAULT_JUDGE_OPTIONS } from "../../src/types.js";
import { ROOT } from "../e2e/run.js";

// The callbacks given to page.evaluate run in the page. The project type-checks against Node, not
// the DOM, so the page's globals are declared loosely here, for this file only.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const location: any;
declare function getComputedStyle(element: any, pseudo?: string): any;
type HTMLElement = any;

const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => Boolean(p && existsSync(p)));
const IN_CI = Boolean(process.env.CI);
if (!CHROMIUM && !IN_CI) {
  console.warn("test/browser: skipped — no chromium found (apt-get install chromium, or set CHROMIUM_PATH); in CI these tests always run");
}

const OUT = join(ROOT, "test/output");
const FIXTURES = "test/fixtures/html";

interface Made {
  file: string;
  url: string;
  report: { results: { claim: string; checks: Check[] }[] };
}
interface Check {
  verdict: string;
  figure: { text: string; location: { line: number; column: number } };
  fact: { id: string } | null;
  source: { quote: string; title: string; date: string; paragraph: number } | null;
}

/** The page and the JSON report of one run on a draft: the engine, then both formats from the registry. */
async function make(draft: string, name: string): Promise<Made> {
  const report = await runCheck([draft], { facts: [], judge: DEFAULT_JUDGE_OPTIONS, keepInputs: true, cwd: ROOT });
  const options: FormatOptions = { style: new Chalk({ level: 0 }), failOn: "mismatch", toolVersion: "0.0.0-test", cwd: ROOT };
  const file = join(OUT, `${name}.html`);
  writeFileSync(file, await formatReport(report, "html", options));
  return { file, url: pathToFileURL(file).href, report: JSON.parse(await formatReport(report, "json", options)) };
}

function countsOf(report: Made["report"]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of report.results) for (const c of r.checks) out[c.verdict] = (out[c.verdict] ?? 0) + 1;
  return out;
}

describe.skipIf(!CHROMIUM && !IN_CI)("the html report in a browser", () => {
  let context: BrowserContext;
  let profile: string;
  const pages: Record<string, Made> = {};
  /** Everything the pages asked for, said on the console, or threw. */
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    pages.dev = await make(`${FIXTURES}/dev-draft.md`, "html-dev-draft");
    pages.rich = await make(`${FIXTURES}/rich.md`, "html-rich");
    pages.hostile = await make(`${FIXTURES}/hostile.md`, "html-hostile");
    // A long draft (past the page's threshold for rendering only what is in view).
    const rich = readFileSync(join(ROOT, FIXTURES, "rich.md"), "utf8").replace(/^---[^]*?---\n/, "");
    writeFileSync(join(OUT, "html-long.md"), Array.from({ length: 100 }, (_, i) => `## Part ${i + 1}\n\n${rich}`).join("\n"));
    pages.long = await make(join(OUT, "html-long.md"), "html-long");
    profile = mkdtempSync(join(tmpdir(), "factcheck-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
      ],
      viewport: { width: 1000, height: 800 },
      offline: true,
    });
    // The network is blocked: any request other than the page file itself is refused (and recorded).
    await context.route("**/*", (route) => {
      const url = route.request().url();
      return Object.values(pages).some((p) => p.url === url) ? route.continue() : route.abort("blockedbyclient");
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(made: Made, o: { colorScheme?: "light" | "dark"; width?: number } = {}): Promise<Page> {
    const page = await context.newPage();
    page.on("request", (r) => {
      if (r.url() !== made.url) requests.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.emulateMedia({ colorScheme: o.colorScheme ?? "light" });
    await page.setViewportSize({ width: o.width ?? 1000, height: 800 });
    await page.goto(made.url);
    return page;
  }

  /** Marked figures per verdict, counting each figure once (its first run carries the id). */
  const markCounts = (page: Page) =>
    page.$$eval("mark.fig[id]", (ms) => {
      const out: Record<string, number> = {};
      for (const m of ms) {
        const v = /v-(\w+)/.exec(m.className)![1];
        out[v] = (out[v] ?? 0) + 1;
      }
      return out;
    });

  it("marks as many figures of each verdict as the JSON report has checks", async () => {
    for (const made of [pages.dev, pages.rich, pages.hostile]) {
      const page = await open(made);
      expect(await markCounts(page)).toEqual(countsOf(made.report));
      // In report order, over the figure's text, and visible.
      const texts = await page.$$eval("mark.fig[id]", (ms) =>
        ms.map((m) => {
          const id = m.getAttribute("data-f");
          const parts = [...document.querySelectorAll(`mark.fig[data-f="${id}"]`)].map((p) => p.textContent).join("");
          const box = m.getBoundingClientRect();
          return { id: Number(id), text: parts.replace(/\s+/g, " "), visible: box.width > 0 && box.height > 0 };
        }),
      );
      const checks = made.report.results.flatMap((r) => r.checks);
      expect(texts.map((t) => t.text)).toEqual(checks.map((c) => c.figure.text.replace(/\s+/g, " ")));
      expect(texts.every((t) => t.visible)).toBe(true);
      await page.close();
    }
  });

  it("focusing or hovering a figure shows its verdict, claim, source, quote, document and fact id", async () => {
    const made = pages.rich;
    const page = await open(made);
    const checks = made.report.results.flatMap((r) => r.checks.map((c) => ({ ...c, claim: r.claim })));
    const mismatch = checks.findIndex((c) => c.verdict === "mismatch");
    const c = checks[mismatch];
    expect(await page.isVisible("#pop")).toBe(false);
    await page.focus(`#f-${mismatch + 1}`);
    expect(await page.isVisible("#pop")).toBe(true);
    const text = (await page.textContent("#pop"))!;
    expect(text).toContain("mismatch");
    expect(text).toContain(c.claim);
    expect(text).toContain(c.source!.quote);
    expect(text).toContain(c.source!.title);
    expect(text).toContain(`${c.source!.date}, paragraph ${c.source!.paragraph}`);
    expect(text).toContain(c.fact!.id);
    // Near the figure, inside the window.
    const pop = (await page.locator("#pop").boundingBox())!;
    const mark = (await page.locator(`#f-${mismatch + 1}`).boundingBox())!;
    expect(pop.x).toBeGreaterThanOrEqual(0);
    expect(pop.x + pop.width).toBeLessThanOrEqual(1000);
    expect(Math.min(Math.abs(pop.y - (mark.y + mark.height)), Math.abs(pop.y + pop.height - mark.y))).toBeLessThan(20);
    await page.screenshot({ path: join(OUT, "html-rich-popup.png") });
    // Escape closes it; hovering another figure shows that one's quote.
    await page.keyboard.press("Escape");
    expect(await page.isVisible("#pop")).toBe(false);
    const match = checks.findIndex((x) => x.verdict === "match" && x.source);
    await page.hover(`#f-${match + 1}`);
    expect(await page.textContent("#pop")).toContain(checks[match].source!.quote);
    // A figure whose claimed number is another fact's figure says so.
    const other = checks.findIndex((x) => x.verdict === "unverified" && x.fact === null && /another fact/.test(JSON.stringify(x)));
    if (other >= 0) {
      await page.hover(`#f-${other + 1}`);
      expect(await page.textContent("#pop .hint")).toContain("is the stored figure for another fact");
    }
    await page.close();
  });

  it("the problem list is keyboard reachable and jumps to the right mark", async () => {
    const made = pages.rich;
    const page = await open(made, { width: 1000 });
    const checks = made.report.results.flatMap((r) => r.checks);
    const order = ["mismatch", "close", "unverified"];
    const problems = checks.map((c, i) => ({ ...c, id: i + 1 })).filter((c) => c.verdict !== "match");
    problems.sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict));
    const links = await page.$$eval("#problems a[href]", (as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(problems.map((p) => `#f-${p.id}`));
    // Tab to the first problem, then to the last one, and follow it with Enter.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(links[0]);
    for (let i = 1; i < links.length; i++) await page.keyboard.press("Tab");
    const last = problems[problems.length - 1];
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(`#f-${last.id}`);
    await page.keyboard.press("Enter");
    const target = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      return { id: a.id, text: a.textContent, cls: a.className, inView: r.top >= 0 && r.bottom <= window.innerHeight, hash: location.hash };
    });
    expect(target).toMatchObject({ id: `f-${last.id}`, hash: `#f-${last.id}`, inView: true });
    expect(target.cls).toContain(`v-${last.verdict}`);
    expect(target.text).toBe(last.figure.text);
    expect(await page.isVisible("#pop")).toBe(true);
    // A click on a mismatch link lands on that mismatch.
    await page.click(`#problems a[href="#f-${problems[0].id}"]`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`f-${problems[0].id}`);
    // From a mark, Tab goes on through the figures of the text.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("MARK");
    await page.close();
  });

  it("at phone width a tap opens the details as a sheet along the bottom", async () => {
    const made = pages.dev;
    const page = await open(made, { width: 375 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.click("mark.fig.v-mismatch[id]");
    expect(await page.isVisible("#pop")).toBe(true);
    const pop = (await page.locator("#pop").boundingBox())!;
    expect(pop.width).toBeGreaterThan(360);
    expect(Math.abs(pop.y + pop.height - 800)).toBeLessThan(2);
    await page.screenshot({ path: join(OUT, "html-dev-draft-phone.png") });
    // A second tap closes it.
    await page.click("mark.fig.v-mismatch[id]");
    expect(await page.isVisible("#pop")).toBe(false);
    await page.close();
  });

  it("a long draft: every figure marked, and the last problem's link lands on its mark", async () => {
    const made = pages.long;
    const page = await open(made);
    expect(await page.evaluate(() => document.body.className)).toBe("long");
    const counts = countsOf(made.report);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    expect(await markCounts(page)).toEqual(counts);
    const links = await page.$$eval("#problems a[href]", (as) => as.map((a) => a.getAttribute("href")));
    await page.click(`#problems a[href="${links[links.length - 1]}"]`);
    const target = await page.evaluate(() => {
      const a = document.activeElement;
      const r = a.getBoundingClientRect();
      return { id: `#${a.id}`, inView: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0 };
    });
    expect(target).toEqual({ id: links[links.length - 1], inView: true });
    expect(await page.isVisible("#pop")).toBe(true);
    await page.close();
  });

  it("a hostile draft runs no script, loads nothing and changes nothing but the text shown", async () => {
    const page = await open(pages.hostile);
    const violations: string[] = [];
    await page.exposeFunction("__violation", (v: string) => violations.push(v));
    await page.evaluate(() => document.addEventListener("securitypolicyviolation", (e: { violatedDirective: string }) => window.__violation(e.violatedDirective)));
    // Hover, click and focus everything the draft made.
    for (const el of await page.$$("main mark, main .link, main .skip, main td, main th")) {
      await el.hover();
      await el.click();
    }
    await page.keyboard.press("Escape");
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: document.scripts.length,
      styles: document.querySelectorAll("style").length,
      foreign: document.querySelectorAll("img, svg, iframe, object, embed, a[href^='javascript'], link, base, form, input, meta[http-equiv='refresh']").length,
      handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
      bodyShown: getComputedStyle(document.body).display !== "none",
      shownAsText: document.querySelector("main")!.textContent!.includes('<script>window.__pwned = "script block"</script>'),
    }));
    expect(state).toEqual({ pwned: undefined, scripts: 1, styles: 1, foreign: 0, handlers: 0, bodyShown: true, shownAsText: true });
    expect(violations).toEqual([]);
    await page.close();
  });

  it("light and dark, screenshots for a person to look at, and print", async () => {
    const backgrounds: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      const page = await open(pages.dev, { colorScheme: scheme });
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      const file = join(OUT, `html-dev-draft-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      await page.focus("mark.fig.v-mismatch[id]");
      await page.screenshot({ path: join(OUT, `html-dev-draft-${scheme}-popup.png`) });
      const rich = await open(pages.rich, { colorScheme: scheme });
      await rich.screenshot({ path: join(OUT, `html-rich-${scheme}.png`), fullPage: true });
      await page.close();
      await rich.close();
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
    // Printed: no popup, every figure still marked with its symbol, the details open.
    const page = await open(pages.rich);
    await page.focus("mark.fig[id]");
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible("#pop")).toBe(false);
    expect(await page.isVisible("#figures ol")).toBe(true);
    const symbol = await page.$eval("mark.fig.v-mismatch[id]", (m) => getComputedStyle(m, "::before").content);
    expect(symbol).toBe('"✖"');
    await page.screenshot({ path: join(OUT, "html-rich-print.png"), fullPage: true });
    writeFileSync(join(OUT, "html-rich-print.pdf"), await page.pdf({ format: "A4" }));
    await page.close();
  });

  it("no console errors, no CSP violations and no request but the page itself", () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});
