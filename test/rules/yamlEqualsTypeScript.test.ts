import ae from "../../src/rules/countries/ae";
import ar from "../../src/rules/countries/ar";
import at from "../../src/rules/countries/at";
import au from "../../src/rules/countries/au";
import be from "../../src/rules/countries/be";
import br from "../../src/rules/countries/br";
import ca from "../../src/rules/countries/ca";
import ch from "../../src/rules/countries/ch";
import cl from "../../src/rules/countries/cl";
import cn from "../../src/rules/countries/cn";
import co from "../../src/rules/countries/co";
import cz from "../../src/rules/countries/cz";
import de from "../../src/rules/countries/de";
import dk from "../../src/rules/countries/dk";
import eg from "../../src/rules/countries/eg";
import es from "../../src/rules/countries/es";
import fr from "../../src/rules/countries/fr";
import gb from "../../src/rules/countries/gb";
import gr from "../../src/rules/countries/gr";
import hu from "../../src/rules/countries/hu";
import ie from "../../src/rules/countries/ie";
import il from "../../src/rules/countries/il";
import india from "../../src/rules/countries/in";
import italy from "../../src/rules/countries/it";
import jp from "../../src/rules/countries/jp";
import kr from "../../src/rules/countries/kr";
import mx from "../../src/rules/countries/mx";
import nl from "../../src/rules/countries/nl";
import pe from "../../src/rules/countries/pe";
import pl from "../../src/rules/countries/pl";
import pt from "../../src/rules/countries/pt";
import ro from "../../src/rules/countries/ro";
import sa from "../../src/rules/countries/sa";
import se from "../../src/rules/countries/se";
import sg from "../../src/rules/countries/sg";
import th from "../../src/rules/countries/th";
import tr from "../../src/rules/countries/tr";
import tw from "../../src/rules/countries/tw";
import us from "../../src/rules/countries/us";
import za from "../../src/rules/countries/za";
import crossCutting from "../../src/rules/crossCutting";
import eu from "../../src/rules/unions/eu";
import { embeddedRuleSet, RULES_VERSION } from "../../src/rules/embedded";
import { loadRuleSet } from "../../src/rules/ruleSet";
import { sourceDateFromTitle, sourceKindFromUrlAndTitle } from "../../scripts/rules/sourceFromTitle";

/**
 * The YAML rule files were converted from the TypeScript modules by scripts/convert-rules-to-yaml.ts.
 * Loaded, they must equal the TypeScript rules with each source given exactly the kind and date the
 * conversion derives from its host and title: nothing else changed.
 */
function withKindAndDate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKindAndDate);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  if (typeof record.url === "string" && typeof record.title === "string" && typeof record.reviewed === "string" && Object.keys(record).length === 3) {
    return { title: record.title, url: record.url, kind: sourceKindFromUrlAndTitle(record.url, record.title), date: sourceDateFromTitle(record.title), reviewed: record.reviewed };
  }
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, withKindAndDate(inner)]));
}

describe("the YAML rule files", () => {
  const fromTypeScript = loadRuleSet(
    withKindAndDate({
      version: RULES_VERSION,
      countries: [ae, ar, at, au, be, br, ca, ch, cl, cn, co, cz, de, dk, eg, es, fr, gb, gr, hu, ie, il, india, italy, jp, kr, mx, nl, pe, pl, pt, ro, sa, se, sg, th, tr, tw, us, za],
      unions: [eu],
      crossCutting,
    }) as Parameters<typeof loadRuleSet>[0],
  );
  const fromYaml = embeddedRuleSet();

  it("hold every country, union and cross-cutting rule of the TypeScript modules they were converted from, unchanged", () => {
    expect([...fromYaml.countries.keys()].sort()).toEqual([...fromTypeScript.countries.keys()].sort());
    for (const [code, country] of fromTypeScript.countries) expect(fromYaml.countries.get(code)).toEqual(country);
    expect(fromYaml.unions).toEqual(fromTypeScript.unions);
    expect(fromYaml.crossCutting).toEqual(fromTypeScript.crossCutting);
  });

  it("give the same facts with the same sources, and the same review date", () => {
    expect(fromYaml.facts).toEqual(fromTypeScript.facts);
    expect(fromYaml.asOf).toBe(fromTypeScript.asOf);
    expect(fromYaml.facts.size).toBeGreaterThan(700);
  });
});
