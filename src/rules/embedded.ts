// The embedded rule data: every country file, the unions and the cross-cutting rules.
// A test checks that every file in countries/ is listed here.
import ae from "./countries/ae";
import ar from "./countries/ar";
import at from "./countries/at";
import au from "./countries/au";
import be from "./countries/be";
import br from "./countries/br";
import ca from "./countries/ca";
import ch from "./countries/ch";
import cl from "./countries/cl";
import cn from "./countries/cn";
import co from "./countries/co";
import cz from "./countries/cz";
import de from "./countries/de";
import dk from "./countries/dk";
import eg from "./countries/eg";
import es from "./countries/es";
import fr from "./countries/fr";
import gb from "./countries/gb";
import gr from "./countries/gr";
import hu from "./countries/hu";
import ie from "./countries/ie";
import il from "./countries/il";
import india from "./countries/in";
import it from "./countries/it";
import jp from "./countries/jp";
import kr from "./countries/kr";
import mx from "./countries/mx";
import nl from "./countries/nl";
import pe from "./countries/pe";
import pl from "./countries/pl";
import pt from "./countries/pt";
import ro from "./countries/ro";
import sa from "./countries/sa";
import se from "./countries/se";
import sg from "./countries/sg";
import th from "./countries/th";
import tr from "./countries/tr";
import tw from "./countries/tw";
import us from "./countries/us";
import za from "./countries/za";
import crossCutting from "./crossCutting";
import eu from "./unions/eu";
import { loadRuleSet, type RuleSet } from "./ruleSet";

/** Version of the embedded rule data; bumped whenever a fact changes. */
export const RULES_VERSION = "2026.12.06";

export const EMBEDDED_COUNTRY_FILES = [ae, ar, at, au, be, br, ca, ch, cl, cn, co, cz, de, dk, eg, es, fr, gb, gr, hu, ie, il, india, it, jp, kr, mx, nl, pe, pl, pt, ro, sa, se, sg, th, tr, tw, us, za];

let cached: RuleSet | undefined;

/** The embedded rules, parsed and cross-checked on first use. */
export function embeddedRuleSet(): RuleSet {
  cached ??= loadRuleSet({ version: RULES_VERSION, countries: EMBEDDED_COUNTRY_FILES, unions: [eu], crossCutting });
  return cached;
}
