import type { z } from "zod";
import { factSchemas, SourceSchema } from "./schema";

/**
 * The types of the TypeScript rule modules the YAML files were converted from, whose sources had
 * no kind or date yet. Kept only until those modules are deleted, for the test that the YAML rules
 * equal them.
 */
const legacy = factSchemas(SourceSchema.omit({ kind: true, date: true }));
export const PermitRuleSchema = legacy.PermitRuleSchema;
export const SanctionRuleSchema = legacy.SanctionRuleSchema;
export const DangerousGoodsRuleSchema = legacy.DangerousGoodsRuleSchema;
export const DefaultHeadingSchema = legacy.DefaultHeadingSchema;
export const CrossCuttingRulesSchema = legacy.CrossCuttingRulesSchema;
export type CountryRulesInput = z.input<typeof legacy.CountryRulesSchema>;
export type UnionRulesInput = z.input<typeof legacy.UnionRulesSchema>;
