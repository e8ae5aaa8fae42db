// The fact-base commands: `factcheck facts [list | show <id> | validate [paths...]]` and
// `factcheck extract`. Each action imports its implementation lazily, so checking a single claim
// (the default action) loads neither yaml nor zod nor this code's dependencies. The fact bases
// are found as for checking: --facts, else the config's facts:, else FACTCHECK_FACTS, else the
// shipped base (`builtin` names it among others).
import { Command, Option } from "commander";
import { colorLevel } from "../color.js";
import { BUILTIN, collectPaths, defaultFactsDir, describeFactPaths, resolveFactPaths } from "../load-facts.js";
import { UserError } from "../types.js";
import { configFor } from "./check.js";
import type { CliIO } from "./program.js";

interface ListOptions {
  facts: string[];
  format: "text" | "json";
  color: boolean;
}

const SUBCOMMANDS = ["list", "show", "validate"];

export function registerFactCommands(program: Command, io: CliIO, exit: { code: number }): void {
  // Options after a subcommand belong to it (`factcheck facts --facts x` is not the main --facts).
  program.enablePositionalOptions();
  const write = (s: string): void => {
    io.stdout.write(s);
  };

  /** --facts given to the subcommand, or to `facts` itself, else the config, FACTCHECK_FACTS, the shipped base. */
  const factPaths = async (own: string[] | undefined, cmd: Command | null): Promise<string[]> => {
    const inherited = (cmd?.opts() as { facts?: string[] } | undefined)?.facts;
    const cli = own?.length ? own : inherited?.length ? inherited : [];
    const config = cli.length ? null : await configFor((program.opts() as { config?: string | false }).config, io.cwd);
    return resolveFactPaths({ cli, config: config?.facts, env: io.env });
  };
  /** The paths to load: [] stands for the shipped base. */
  const loadable = (paths: string[]): string[] => (paths.length ? paths : [defaultFactsDir()]);

  const list = async (options: ListOptions, parent: Command | null) => {
    const { listFacts } = await import("../facts/list.js");
    write(await listFacts(loadable(await factPaths(options.facts, parent)), { format: options.format }));
    exit.code = 0;
  };

  const factsOption = () => new Option("--facts <path>", `fact base file or folder (repeatable); "${BUILTIN}" is the shipped one`).argParser(collectPaths).default([], "as for checking");
  const facts = program
    .command("facts")
    .description("list the stored facts (see also: facts list, facts show <id>, facts validate)")
    .allowExcessArguments(true) // named below, with the real commands
    .addOption(factsOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--no-color", "no colours")
    .enablePositionalOptions()
    .exitOverride()
    .action(async (options: ListOptions, cmd: Command) => {
      const rest = cmd.args;
      if (rest.length > 0) {
        const { nearestIds } = await import("../facts/list.js");
        const near = nearestIds(rest[0], SUBCOMMANDS);
        throw new UserError(`unknown command "facts ${rest[0]}"${near.length ? ` (did you mean "facts ${near[0]}"?)` : ""}: the commands are facts list, facts show <id> and facts validate`);
      }
      await list(options, null);
    });

  facts
    .command("list")
    .description("every fact as a table: id, figure, source document and paragraph, statement")
    .addOption(factsOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--no-color", "no colours")
    .exitOverride()
    .action(async (options: ListOptions, cmd: Command) => list(options, cmd.parent));

  facts
    .command("show")
    .description("one fact in full, with its quote highlighted in its source paragraph")
    .argument("<id>", "fact id")
    .addOption(factsOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are respected too)")
    .exitOverride()
    .action(async (id: string, options: ListOptions, cmd: Command) => {
      const { showFact } = await import("../facts/list.js");
      const parentColor = (cmd.parent?.opts() as { color?: boolean } | undefined)?.color !== false;
      const paths = await factPaths(options.facts, cmd.parent);
      write(
        await showFact(loadable(paths), id, {
          format: options.format,
          colorLevel: colorLevel(options.color && parentColor, io.stdout, io.env),
          searched: describeFactPaths(paths),
        }),
      );
      exit.code = 0;
    });

  facts
    .command("validate")
    .description("check fact-base files and report every problem as file:line:col: severity: message")
    .argument("[paths...]", `fact-base files or folders ("${BUILTIN}": the shipped one; default: as for checking)`)
    .option("--strict", "exit 2 on warnings too")
    .exitOverride()
    .action(async (paths: string[], options: { strict?: boolean }, cmd: Command) => {
      const { runValidate } = await import("../facts/validate.js");
      const given = paths.length > 0 ? resolveFactPaths({ cli: paths }) : await factPaths(undefined, cmd.parent);
      exit.code = await runValidate(loadable(given), { strict: options.strict }, write);
    });

  program
    .command("extract")
    .description("draft a fact base (YAML) from a source document: one fact per figure, to review")
    .argument("<document>", "the source document (text or Markdown)")
    .option("--id <id>", "document id: a-z, 0-9, words joined by - or _ (default: from the file name)")
    .addOption(new Option("--lang <lang>", "language of the document (default: detected)").choices(["en", "da"]))
    .option("--title <title>", "document title (default: its first heading or line)")
    .option("--date <date>", "document date: YYYY, YYYY-MM or YYYY-MM-DD (default: from its dateline)")
    .option("-o, --output <file>", "write the draft to this file (default: standard output)")
    .option("--force", "overwrite the output file if it exists")
    .exitOverride()
    .action(async (document: string, options: { id?: string; lang?: "en" | "da"; title?: string; date?: string; output?: string; force?: boolean }) => {
      const { runExtract } = await import("../facts/extract.js");
      exit.code = await runExtract(document, options, {
        out: write,
        err: (s) => {
          io.stderr.write(s);
        },
      });
    });
}
