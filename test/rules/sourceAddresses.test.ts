import { embeddedRuleSet } from "../../src/rules/embedded";
import { retiredAddressOf } from "../../src/rules/retiredSourceAddresses";
import { sourceKindOfHost } from "../../src/rules/sourceHostKinds";

const rules = embeddedRuleSet();
const sources = [...rules.facts.values()].flatMap((fact) =>
  fact.sources.map((source) => ({ fact: fact.id, ...source })),
);

/**
 * Retired addresses still cited in rule files edited on other branches. Remove an entry once its file
 * cites the successor; a new citation of a retired address fails.
 */
const OUTSTANDING_ELSEWHERE: string[] = [];

/**
 * Retired addresses kept on purpose: the successor page no longer states the fact. Peru's three tariff
 * levels (0, 6 and 11%) are stated by the 2019 Commercial Service page only; its trade.gov successor
 * (2022) gives the trade agreement's effect instead. Argentina's absence from the ATA carnet system is
 * stated by the 2019 Commercial Service page; its trade.gov successor describes the Temporary Admission
 * Regime without naming the carnet.
 */
const KEPT_WITHOUT_SUCCESSOR = [
  "https://legacy.export.gov/article?id=Peru-Import-Tariffs",
  "https://legacy.export.gov/article?id=Argentina-temporary-entry",
];

describe("retired source addresses", () => {
  it("recognise a retired host, a retired path of a live host, and leave the live pages alone", () => {
    expect(retiredAddressOf("https://www.gpo.gov/fdsys/pkg/FR-2016-12-23/html/2016-30968.htm")?.successor).toMatch(
      /govinfo/,
    );
    expect(retiredAddressOf("https://www.gpo.gov/who-we-are")).toBeUndefined();
    expect(retiredAddressOf("https://legacy.export.gov/article?id=Peru-Import-Tariffs")?.host).toBe(
      "legacy.export.gov",
    );
    expect(
      retiredAddressOf("https://www.hpra.ie/homepage/controlled-substances/controlled-substances/licences")?.host,
    ).toBe("hpra.ie");
    expect(
      retiredAddressOf("https://hpra.ie/regulation/controlled-drugs/requirements/licences-for-controlled-drugs"),
    ).toBeUndefined();
    expect(retiredAddressOf("https://www.mhra.gov.uk/Howweregulate/Devices/Clinicaltrials/index.htm")?.host).toBe(
      "mhra.gov.uk",
    );
    expect(retiredAddressOf("https://products.mhra.gov.uk/")).toBeUndefined();
    expect(retiredAddressOf("https://web.archive.org/web/2019/https://www.cdsco.gov.in/")?.host).toBe(
      "web.archive.org",
    );
  });

  it("are cited by no source of the rule data, apart from those listed as outstanding elsewhere or kept without a successor", () => {
    const cited = sources.filter((source) => retiredAddressOf(source.url) !== undefined);
    const unexpected = cited.filter(
      (source) => !OUTSTANDING_ELSEWHERE.includes(source.url) && !KEPT_WITHOUT_SUCCESSOR.includes(source.url),
    );
    expect(
      unexpected.map((source) => `${source.fact}: ${source.url} (cite ${retiredAddressOf(source.url)!.successor})`),
    ).toEqual([]);
  });

  it("list as outstanding or kept only addresses the rule data still cites", () => {
    const citedUrls = new Set(sources.map((source) => source.url));
    expect([...OUTSTANDING_ELSEWHERE, ...KEPT_WITHOUT_SUCCESSOR].filter((url) => !citedUrls.has(url))).toEqual([]);
  });
});

describe("sources on the official hosts of tariffs, legislation and regulators", () => {
  const officialHosts = [
    "eur-lex.europa.eu",
    "taxation-customs.ec.europa.eu",
    "www.legislation.gov.uk",
    "www.trade-tariff.service.gov.uk",
    "www.gov.uk",
    "hts.usitc.gov",
    "www.cbic.gov.in",
    "cdsco.gov.in",
    "www.abf.gov.au",
    "www.ato.gov.au",
    "zatca.gov.sa",
    "www.bfarm.de",
    "ansm.sante.fr",
    "www.aemps.gob.es",
  ];

  it("are classified official by the reviewed host table", () => {
    expect(officialHosts.filter((host) => sourceKindOfHost(host) !== "official")).toEqual([]);
  });

  it("carry the kind official in the rule data", () => {
    const onOfficialHosts = sources.filter((source) => officialHosts.includes(new URL(source.url).hostname));
    expect(onOfficialHosts.length).toBeGreaterThan(50);
    expect(
      onOfficialHosts.filter((source) => source.kind !== "official").map((source) => `${source.fact}: ${source.url}`),
    ).toEqual([]);
  });

  it("are never a web archive's copy, which the table classifies as secondary even on a government host", () => {
    const archives = [
      "web.archive.org",
      "webarchive.nationalarchives.gov.uk",
      "webarchive.library.unt.edu",
      "bac-lac.wayback.archive-it.org",
    ];
    expect(archives.map((host) => sourceKindOfHost(host))).toEqual([
      "secondary",
      "secondary",
      "secondary",
      "secondary",
    ]);
    expect(
      sources
        .filter((source) => archives.includes(new URL(source.url).hostname) && source.kind === "official")
        .map((source) => source.url),
    ).toEqual([]);
  });
});
