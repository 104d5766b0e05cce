import { minorUnits } from "../engine/money";
import type { CellValue } from "./cellValue";

/** Excel number format for amounts in a currency: "#,##0.00" for EUR or USD, "#,##0" for JPY, "#,##0.000" for KWD. */
export function moneyFormat(currency: CellValue | undefined): string {
  const digits =
    typeof currency === "string" && /^[A-Za-z]{3}$/.test(currency.trim())
      ? minorUnits(currency.trim().toUpperCase())
      : 2;
  return digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0";
}
