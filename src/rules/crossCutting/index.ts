import type { z } from "zod";
import type { CrossCuttingRulesSchema } from "../legacyRuleModules";
import controlledSubstances from "./controlledSubstances";
import dangerousGoods from "./dangerousGoods";
import defaultHeadings from "./defaultHeadings";
import sanctions from "./sanctions";

/** Rules that apply across countries: sanctions, dangerous goods, controlled substances, default HS headings. */
const crossCutting: z.input<typeof CrossCuttingRulesSchema> = {
  sanctions,
  dangerousGoods,
  controlledSubstances,
  defaultHeadings,
};

export default crossCutting;
