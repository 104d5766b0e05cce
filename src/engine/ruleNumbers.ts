import { ExactDecimal } from "../domain/exactDecimal";

const ruleNumberCache = new Map<number, ExactDecimal>();

/** Numbers from the rules (rates, thresholds) repeat across rows; their exact form is made once. */
export function exactRuleNumber(value: number): ExactDecimal {
  let cached = ruleNumberCache.get(value);
  if (!cached) ruleNumberCache.set(value, (cached = ExactDecimal.of(value)));
  return cached;
}

/** A rate from the rules as the charges' basis and notes write it: 6.5%. */
export const percentText = (rate: number): string => `${rate}%`;
