// The fact-base commands: `factcheck facts [show <id> | validate [paths...]]` and `factcheck extract`.
// Each action imports its implementation lazily, so checking a single claim (the default action)
// loads neither yaml nor zod nor this code's dependencies.
import { Command, Option } from "commander";
import { defaultFactsDir } from "../load-facts.js";
import { colorLevel } from "../color.js";

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}


const write = (s: string): void => {
  process.stdout.write(s);
};

interface ListOptions {
  facts: string[];
  format: "text" | "json";
  color: boolean;
}

/** --facts given to `facts` itself (`facts --facts x show id`) or to the subcommand. */
function factPaths(own: string[] | undefined, parent: Command | null): string[] {
  if (own && own.length > 0) return own;
  const inherited = (parent?.opts() as { facts?: string[] } | undefined)?.facts;
  if (inherited && inherited.length > 0) return inherited;
  return [defaultFactsDir()];
}

export function registerFactCommands(program: Command): void {
  // Options after a subcommand belong to it (`factcheck facts --facts x` is not the main --facts).
  program.enablePositionalOptions();

  const facts = program
    .command("facts")
    .description("list the stored facts (see also: facts show <id>, facts validate)")
    .addOption(new Option("--facts <path>", "fact base file or folder (repeatable)").argParser(collect).default([], "the shipped facts/"))
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--no-color", "no colours")
    .enablePositionalOptions()
    .exitOverride()
    .action(async (options: ListOptions) => {
      const { listFacts } = await import("../facts/list.js");
      write(await listFacts(factPaths(options.facts, null), { format: options.format }));
      process.exitCode = 0;
    });

  facts
    .command("show")
    .description("one fact in full, with its quote highlighted in its source paragraph")
    .argument("<id>", "fact id")
    .addOption(new Option("--facts <path>", "fact base file or folder (repeatable)").argParser(collect).default([], "the shipped facts/"))
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are respected too)")
    .exitOverride()
    .action(async (id: string, options: ListOptions, cmd: Command) => {
      const { showFact } = await import("../facts/list.js");
      const parentColor = (cmd.parent?.opts() as { color?: boolean } | undefined)?.color !== false;
      write(
        await showFact(factPaths(options.facts, cmd.parent), id, {
          format: options.format,
          colorLevel: colorLevel(options.color && parentColor),
        }),
      );
      process.exitCode = 0;
    });

  facts
    .command("validate")
    .description("check fact-base files and report every problem as file:line:col: severity: message")
    .argument("[paths...]", "fact-base files or folders (default: the shipped facts/)")
    .option("--strict", "exit 2 on warnings too")
    .exitOverride()
    .action(async (paths: string[], options: { strict?: boolean }, cmd: Command) => {
      const { runValidate } = await import("../facts/validate.js");
      const given = paths.length > 0 ? paths : factPaths(undefined, cmd.parent);
      process.exitCode = await runValidate(given, { strict: options.strict }, write);
    });

  program
    .command("extract")
    .description("draft a fact base (YAML) from a source document: one fact per figure, to review")
    .argument("<document>", "the source document (text or Markdown)")
    .requiredOption("--id <id>", "document id (kebab-case)")
    .addOption(new Option("--lang <lang>", "language of the document (default: detected)").choices(["en", "da"]))
    .option("--title <title>", "document title (default: its first heading or line)")
    .option("--date <date>", "document date: YYYY, YYYY-MM or YYYY-MM-DD (default: from its dateline)")
    .option("-o, --output <file>", "write the draft to this file (default: standard output)")
    .option("--force", "overwrite the output file if it exists")
    .exitOverride()
    .action(
      async (
        document: string,
        options: { id: string; lang?: "en" | "da"; title?: string; date?: string; output?: string; force?: boolean },
      ) => {
        const { runExtract } = await import("../facts/extract.js");
        process.exitCode = await runExtract(document, options, {
          out: write,
          err: (s) => {
            process.stderr.write(s);
          },
        });
      },
    );
}
