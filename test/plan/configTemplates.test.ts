import { embeddedRuleSet } from "../../src/rules/embedded";
import { permitRuleIds } from "../../src/rules/ruleSet";
import { PARTIES_TEMPLATE, RULES_TEMPLATE } from "../../src/plan/configTemplates";
import { readPartiesTable } from "../../src/plan/partiesTable";
import { readRulesTable } from "../../src/plan/rulesTable";
import { ConfigurationRefusedError, partiesFrom, type TableDocument } from "../../src/plan/checkConfiguration";
import type { Grid } from "../../src/plan/cellValue";

const rules = embeddedRuleSet();

describe("the sheets the add-in creates for parties and rules", () => {
  it("reads as empty tables: the example rows above the header are shown, not read", () => {
    expect(readPartiesTable(PARTIES_TEMPLATE.rows, permitRuleIds(rules))).toEqual({ ok: true, value: [] });
    const read = readRulesTable(RULES_TEMPLATE.rows, rules);
    expect(read.ok && read.value.ruleSet.facts.size).toBe(rules.facts.size);
  });

  it("has example rows that are valid once moved below the header", () => {
    const [title, example, blank, header] = PARTIES_TEMPLATE.rows;
    const parties = readPartiesTable([title!, blank!, header!, example!], permitRuleIds(rules));
    expect(parties.ok && parties.value[0]?.licences[0]?.ruleId).toBe("de-import-imp-einfuhrerlaubnis");
    const [rTitle, rExample, rBlank, rHeader] = RULES_TEMPLATE.rows;
    const overrides = readRulesTable([rTitle!, rBlank!, rHeader!, rExample!], rules);
    expect(overrides.ok && overrides.value.ruleSet.facts.get("de-duty-9018")?.override).toBe(true);
  });
});

describe("configuration from the workbook's sheets", () => {
  const sheet = (grid: Grid): TableDocument => ({
    kind: "table",
    grid,
    name: 'sheet "Clearway Parties"',
    where: 'the sheet "Clearway Parties"',
  });

  it("uses the parties of a filled sheet, and says where they came from", () => {
    const [title, example, blank, header] = PARTIES_TEMPLATE.rows;
    const read = partiesFrom(sheet([title!, blank!, header!, example!]), rules);
    expect(read.parties.map((p) => p.name)).toEqual(["Example Depot GmbH"]);
    expect(read.note).toBe('Parties from sheet "Clearway Parties": 1.');
  });

  it("refuses a bad parties sheet whole, naming the cell", () => {
    const [title, , blank, header] = PARTIES_TEMPLATE.rows;
    const refuse = () =>
      partiesFrom(sheet([title!, blank!, header!, ["Depot", "Germny", "importer of record"]]), rules);
    expect(refuse).toThrow(ConfigurationRefusedError);
    try {
      refuse();
    } catch (error) {
      expect((error as ConfigurationRefusedError).where).toBe('the sheet "Clearway Parties"');
      expect((error as ConfigurationRefusedError).problems[0]?.cell).toBe("B4");
    }
  });
});
