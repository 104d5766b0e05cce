/** The `clearway` command line: rules coverage, one-shipment assessment and plan checks. */
import { Command, CommanderError, Option } from "commander";
import { version } from "../../package.json";
import { localIsoDate } from "../domain/isoDate";
import { ReportingCurrencySchema, SettingsSchema } from "../domain/settings";
import { readPlanDefaults } from "../plan/planDefaults";
import { embeddedRuleSet } from "../rules/embedded";
import { assessCommand, type AssessOptions } from "./assessCommand";
import { checkCommand, type CheckOptions } from "./checkCommand";
import { PlanFileError } from "./planFile";
import { rulesCommand } from "./rulesCommand";
import { UsageError } from "./usageError";

const EXIT_USAGE = 2;
const EXIT_UNREADABLE = 1;

const EXIT_CODES_HELP = `
Exit codes:
  0  the command ran (for check: the plan was checked, whatever the rows' statuses)
  ${EXIT_UNREADABLE}  a file could not be read, or holds no plan (the message names the missing columns),
     or a parties or rules table was refused (the message names the cell)
  ${EXIT_USAGE}  a usage error: unknown command or option, missing or malformed argument`;

function today(): string {
  return localIsoDate(new Date());
}

/** The options that give the summary a grand total in one currency, at the user's rates. */
interface ReportingOptions {
  reportingCurrency?: string;
  rate?: string[];
  ratesDate?: string;
  ratesSource?: string;
}

/** --reporting-currency EUR --rate USD=0.92 --rates-date ... --rates-source ..., checked as the settings check them. */
function reportingCurrencyFor(options: ReportingOptions) {
  const rates = options.rate ?? [];
  if (options.reportingCurrency === undefined) {
    if (rates.length || options.ratesDate || options.ratesSource)
      throw new UsageError("--rate, --rates-date and --rates-source need --reporting-currency");
    return undefined;
  }
  const entries = rates.map((text) => {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(text);
    if (!match || !Number.isFinite(Number(match[2])))
      throw new UsageError(`--rate "${text}": expected CURRENCY=RATE, e.g. --rate USD=0.92`);
    return [match[1]!, Number(match[2])] as const;
  });
  const parsed = ReportingCurrencySchema.safeParse({
    currency: options.reportingCurrency,
    rates: Object.fromEntries(entries),
    date: options.ratesDate ?? "",
    source: options.ratesSource ?? "",
  });
  if (!parsed.success) {
    const flags: Record<string, string> = {
      currency: "--reporting-currency",
      rates: "--rate",
      date: "--rates-date",
      source: "--rates-source",
    };
    throw new UsageError(
      parsed.error.issues
        .map(
          (issue) =>
            `${flags[String(issue.path[0])] ?? "--reporting-currency"}${issue.path.length > 1 ? ` ${String(issue.path[1])}` : ""}: ${issue.message}`,
        )
        .join("; "),
    );
  }
  return parsed.data;
}

function settingsFor(asOf: string | undefined, defaults: readonly string[] = [], reporting: ReportingOptions = {}) {
  const planDefaults = readPlanDefaults(defaults);
  if (!planDefaults.ok) throw new UsageError(`--default ${planDefaults.problems.join("; ")}`);
  const reportingCurrency = reportingCurrencyFor(reporting);
  const parsed = SettingsSchema.safeParse({
    asOf: asOf ?? today(),
    planDefaults: planDefaults.defaults,
    ...(reportingCurrency ? { reportingCurrency } : {}),
  });
  if (!parsed.success) throw new UsageError(`--as-of "${asOf}" is not a date in YYYY-MM-DD form`);
  return parsed.data;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function buildProgram(write: (text: string) => void, writeError: (text: string) => void): Command {
  const program = new Command("clearway")
    .description("Checks clinical-trial shipments against embedded country import/export rules.")
    .version(version, "-V, --version", "print the version of clearway")
    .addHelpText("after", EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: writeError });

  program
    .command("rules")
    .description(
      "list the countries the rules cover, with review dates, the count of facts and sources and the share with an official source",
    )
    .option("--json", "print JSON (with the coverage matrix, source-kind shares and the facts due for review)")
    .option(
      "--coverage",
      "print the coverage matrix of the 15 countries with the most trials and the source-kind shares",
    )
    .action((options: { json?: boolean; coverage?: boolean }) => write(rulesCommand(embeddedRuleSet(), options)));

  program
    .command("assess")
    .description("assess one shipment")
    .requiredOption("--from <country>", "origin country (ISO code or name)")
    .requiredOption("--to <country>", "destination country (ISO code or name)")
    .requiredOption("--material <type>", "imp, device, ancillary, lab-kit, samples or equipment")
    .requiredOption("--value <amount>", "declared value (for no-commercial-value goods, the value for customs)")
    .requiredOption("--currency <code>", "ISO 4217 currency of the value")
    .option("--ship-date <date>", "planned ship date, YYYY-MM-DD")
    .option("--need-by <date>", "date the goods are needed at the destination, YYYY-MM-DD")
    .option("--hs <code>", "HS code")
    .option("--returnable", "equipment that comes back")
    .option("--controlled", "contains a controlled substance (narcotic or psychotropic)")
    .addOption(
      new Option("--temperature <range>", "temperature").choices(["ambient", "2-8C", "-20C", "-80C", "dry-ice", "ln2"]),
    )
    .option("--un <number...>", "dangerous-goods UN numbers, e.g. UN3373")
    .option("--freight <amount>", "freight cost, same currency")
    .option("--insurance <amount>", "insurance cost, same currency")
    .option("--sponsor <name>", "sponsor")
    .option("--importer <name>", "importer of record")
    .option("--exporter <name>", "exporter of record")
    .option("--as-of <date>", "date the check is run as of (default: today)")
    .option("--json", "print JSON")
    .action((options: AssessOptions & { asOf?: string }) => {
      write(assessCommand(options, { rules: embeddedRuleSet(), parties: [], settings: settingsFor(options.asOf) }));
    });
  program
    .command("check")
    .description("check a shipment plan (.xlsx or .csv) and write the annotated copy")
    .argument("<plan>", "the plan file, .xlsx or .csv")
    .option("-o, --output <file>", "write the annotated copy here (.xlsx or .csv)")
    .option("--in-place", "overwrite the input file with the annotated copy")
    .option("--json", "print the results as one JSON document on stdout")
    .option("--sheet <name>", "the sheet holding the plan (default: the first visible sheet with a plan)")
    .option("--as-of <date>", "date the check is run as of, YYYY-MM-DD (default: today)")
    .option(
      "--rules <file>",
      'your rule overrides: a .yaml or .json file (schema/rules-override.schema.json), or a "Clearway Rules" table in .xlsx/.csv (default: the plan workbook\'s "Clearway Rules" sheet, if any)',
    )
    .option(
      "--parties <file>",
      'the parties that can act as importer or exporter of record, and their licences: .json (schema/parties.schema.json), or a "Clearway Parties" table in .xlsx/.csv (default: the plan workbook\'s "Clearway Parties" sheet, if any)',
    )
    .option(
      "--depots <file>",
      'what origin labels such as "DE01 - EU Depot Mannheim" mean: a Depot | Code | Country | City table in .csv or .xlsx (default: the plan workbook\'s "Clearway Depots" sheet, if any)',
    )
    .option(
      "--default <field=value>",
      "a value for a field the plan lacks, e.g. --default origin=DE --default currency=EUR --default material=imp (repeatable); rows using it say so",
      collect,
      [],
    )
    .option(
      "--map <field=header>",
      'the column for a field, over what Clearway found, e.g. --map "Ship date=Planned dispatch" (repeatable)',
      collect,
      [],
    )
    .option(
      "--reporting-currency <code>",
      "add the summary's estimates up in this currency, at the rates given with --rate, e.g. --reporting-currency EUR",
    )
    .option(
      "--rate <currency=rate>",
      "units of the reporting currency for one unit of another, e.g. --rate USD=0.92 (repeatable); no rate is looked up",
      collect,
      [],
    )
    .option("--rates-date <text>", 'when the rates were taken, written on the summary, e.g. "2026-11-20"')
    .option("--rates-source <text>", 'where the rates come from, written on the summary, e.g. "ECB reference rates"')
    .action(async (file: string, options: CheckOptions & ReportingOptions & { asOf?: string; default?: string[] }) => {
      await checkCommand(
        file,
        options,
        { rules: embeddedRuleSet(), parties: [], settings: settingsFor(options.asOf, options.default, options) },
        write,
      );
    });
  return program;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

/** Runs the command line; returns the exit code (0 checked, 1 unreadable or no plan, 2 usage). */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram((text) => io.stdout(text.endsWith("\n") ? text : `${text}\n`), io.stderr);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof UsageError) {
      io.stderr(`clearway: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof PlanFileError) {
      io.stderr(`clearway: ${error.message}\n`);
      return EXIT_UNREADABLE;
    }
    io.stderr(`clearway: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_UNREADABLE;
  }
}
