import type { MaterialType } from "../domain/materialType";

/**
 * Ids of the facts that are not written as rules with an id of their own but derived from where
 * they sit: a country's (or union's) valuation basis, a union's membership, a material's usual HS
 * heading. Rows cite them in "Rule references" and the Rules sheet overrides them, so they are
 * spelled here once.
 */

/** "de-valuation", "eu-valuation": the valuation basis of a country or customs union. */
export const valuationRuleId = (countryOrUnionCode: string): string => `${countryOrUnionCode.toLowerCase()}-valuation`;

/** "eu-membership": which countries a customs union holds. */
export const membershipRuleId = (unionCode: string): string => `${unionCode.toLowerCase()}-membership`;

/** "hs-default-imp": the heading assumed for a material when the row gives none. */
export const defaultHeadingRuleId = (material: MaterialType | string): string => `hs-default-${material}`;
