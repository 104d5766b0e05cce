import { MAX_AMOUNT, TEMPERATURES, type Temperature } from "../domain/shipment";
import type { CellValue } from "./cellValue";
import { normalizeName } from "./countryParsing";

/** A parsed cell, or why it could not be read (the caller adds the cell's address). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  janvier: 1,
  januar: 1,
  enero: 1,
  feb: 2,
  february: 2,
  fevrier: 2,
  februar: 2,
  febrero: 2,
  mar: 3,
  march: 3,
  mars: 3,
  marz: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  avril: 4,
  abril: 4,
  may: 5,
  mai: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  juin: 6,
  juni: 6,
  junio: 6,
  jul: 7,
  july: 7,
  juillet: 7,
  juli: 7,
  julio: 7,
  aug: 8,
  august: 8,
  aout: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  septiembre: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  okt: 10,
  oktober: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  decembre: 12,
  dez: 12,
  dezember: 12,
  diciembre: 12,
};

function isoFromParts(year: number, month: number, day: number): Parsed<string> {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return fail(`is not a real calendar date`);
  return ok(date.toISOString().slice(0, 10));
}

/** A two-digit year is this century's: shipment plans look a few years ahead, never a century back. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** Which way a slashed date is written, when its numbers tell: "13/11/26" is day-first, "11/13/26" month-first, "03/04/26" either. */
export function slashDateOrder(value: CellValue): "day-first" | "month-first" | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\s*$/.exec(value);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b <= 12) return "day-first";
  if (b > 12 && a <= 12) return "month-first";
  return undefined;
}

/** Excel's day 1 is 1900-01-01 and it counts a 29 Feb 1900 that never was, so serials count from 1899-12-30. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date from an Excel date, an Excel serial number, ISO text or unambiguous text. "03/04/2026" is
 * refused: it is 3 April in Europe and March 4 in the US.
 */
export function parseDate(value: CellValue): Parsed<string> {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? fail("is not a valid date") : ok(value.toISOString().slice(0, 10));
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > 2958465) return fail(`${value} is not an Excel date`);
    return ok(new Date(EXCEL_EPOCH_MS + Math.floor(value) * 86_400_000).toISOString().slice(0, 10));
  }
  if (typeof value !== "string") return fail("is not a date");
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = fullYear(m[3]!);
    if (a <= 12 && b <= 12 && a !== b)
      return fail(`"${text}" is ambiguous: day/month or month/day? Write it as ${year}-MM-DD`);
    return a > 12 ? isoFromParts(year, b, a) : isoFromParts(year, a, b);
  }
  // Dotted dates are day-first wherever they are used (Germany, Switzerland, Poland...).
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  if (m) return isoFromParts(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  // "22-Jan-2027", "05/Jan/2027", "2-Mar-27", "3. März 2027".
  m = /^(\d{1,2})\.?[\s./-]+([A-Za-zéûäÄÉ]+)\.?[\s.,/-]+(\d{4}|\d{2})$/.exec(text);
  if (m && MONTHS[normalizeName(m[2]!)])
    return isoFromParts(fullYear(m[3]!), MONTHS[normalizeName(m[2]!)]!, Number(m[1]));
  m = /^([A-Za-zéûäÄÉ]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[normalizeName(m[1]!)]) return isoFromParts(Number(m[3]), MONTHS[normalizeName(m[1]!)]!, Number(m[2]));
  return fail(`"${text}" is not a date Clearway can read; write it as YYYY-MM-DD`);
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", US$: "USD" };

/** How numbers written as text mark decimals: "1,234.56" (point) or "1.234,56" (comma, as in a `;`-separated CSV from Excel). */
export type DecimalMark = "point" | "comma";

/** An amount written with a decimal comma: "1.234,56", "1234,5", "1.234" (thousands), "1 234,56" (French thousands, also with a no-break space). */
function commaAmount(value: string, text: string): Parsed<{ amount: number }> {
  if (/^(\d{1,3}(\.\d{3})+|\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)(,\d+)?$/.test(text))
    return ok({ amount: Number(text.replace(/[. \u00a0\u202f]/g, "").replace(",", ".")) });
  if (/^(\d{1,3}(,\d{3})+|\d+)\.\d+$/.test(text))
    return fail(
      `"${value}" has a decimal point, but this file writes numbers with a decimal comma; write it as ${text.replace(/,/g, "").replace(".", ",")}`,
    );
  return fail(`"${value}" is not an amount; expected a number such as 12500,00`);
}

/**
 * A non-negative amount from a number cell or text such as "12,500.00" or "EUR 1,200". A decimal
 * comma ("1.234,56") is refused rather than guessed, unless `decimalMark` says the file writes
 * one. A currency written in the cell is returned.
 */
export function parseAmount(
  value: CellValue,
  decimalMark: DecimalMark = "point",
): Parsed<{ amount: number; currency?: string }> {
  if (typeof value === "number")
    return Number.isFinite(value) && value >= 0
      ? withinLimit(value, ok({ amount: value }))
      : fail(value < 0 ? `${value} is negative; expected an amount of 0 or more` : "is not a number");
  if (typeof value !== "string") return fail("is not a number");
  let text = value.trim();
  let currency: string | undefined;
  const code = /^([A-Z]{3})\s*(.+)$|^(.+?)\s*([A-Z]{3})$/.exec(text);
  if (code) {
    currency = code[1] ?? code[4];
    text = (code[2] ?? code[3] ?? "").trim();
  }
  const symbol = /^(US\$|\$|€|£)\s*(.+)$|^(.+?)\s*(€|£)$/.exec(text);
  if (symbol) {
    currency ??= CURRENCY_SYMBOLS[symbol[1] ?? symbol[4] ?? ""];
    text = (symbol[2] ?? symbol[3] ?? "").trim();
  }
  if (/^-/.test(text) || /^\(.*\)$/.test(text)) return fail(`"${value}" is negative; expected an amount of 0 or more`);
  if (decimalMark === "comma") {
    const amount = commaAmount(value, text);
    return amount.ok
      ? withinLimit(amount.value.amount, ok({ amount: amount.value.amount, ...(currency ? { currency } : {}) }))
      : amount;
  }
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(text) || /^\d+,\d{1,2}$/.test(text))
    return fail(`"${value}" uses a decimal comma; write it as ${text.replace(/\./g, "").replace(",", ".")}`);
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text))
    return fail(`"${value}" is not an amount; expected a number such as 12500.00`);
  const amount = Number(text.replace(/,/g, ""));
  return withinLimit(amount, ok({ amount, ...(currency ? { currency } : {}) }));
}

/** An amount beyond MAX_AMOUNT (or beyond what a number holds) is refused in its cell, never carried into the charges. */
function withinLimit<T>(amount: number, parsed: Parsed<T>): Parsed<T> {
  return Number.isFinite(amount) && amount <= MAX_AMOUNT
    ? parsed
    : fail(
        `is larger than ${MAX_AMOUNT.toLocaleString("en")}, the most Clearway estimates charges for: check the amount`,
      );
}

const YES = new Set(["yes", "y", "true", "x", "1", "ja", "j", "oui", "si", "sí"].map(normalizeName));
const NO = new Set(["no", "n", "false", "0", "nein", "non", "-"].map(normalizeName));

/** yes/no, y/n, true/false, x for yes (also ja/nein, oui/non, sí/no); empty is no. */
export function parseYesNo(value: CellValue): Parsed<boolean> {
  if (typeof value === "boolean") return ok(value);
  if (value === null) return ok(false);
  const key = normalizeName(String(value));
  if (key === "") return ok(false);
  if (YES.has(key) || saysNoCommercialValue(String(value))) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail(`"${String(value)}" is not yes or no`);
}

const TEMPERATURE_ALIASES: Record<string, Temperature> = {
  ambient: "ambient",
  roomtemperature: "ambient",
  rt: "ambient",
  "1525c": "ambient",
  controlledambient: "ambient",
  raumtemperatur: "ambient",
  ambiante: "ambient",
  ambiente: "ambient",
  "28c": "2-8C",
  "28": "2-8C",
  "2c8c": "2-8C",
  "2cbis8c": "2-8C",
  "2bis8c": "2-8C",
  "2a8c": "2-8C",
  "2to8c": "2-8C",
  refrigerated: "2-8C",
  fridge: "2-8C",
  chilled: "2-8C",
  cold: "2-8C",
  gekuhlt: "2-8C",
  kuhlschrank: "2-8C",
  refrigere: "2-8C",
  refrigerado: "2-8C",
  "20c": "-20C",
  frozen: "-20C",
  gefroren: "-20C",
  congele: "-20C",
  congelado: "-20C",
  "80c": "-80C",
  ultrafrozen: "-80C",
  deepfrozen: "-80C",
  ultracold: "-80C",
  "70c": "-80C",
  dryice: "dry-ice",
  trockeneis: "dry-ice",
  glacecarbonique: "dry-ice",
  hieloseco: "dry-ice",
  un1845: "dry-ice",
  ln2: "ln2",
  liquidnitrogen: "ln2",
  cryo: "ln2",
  cryogenic: "ln2",
  vapourphase: "ln2",
  vaporphase: "ln2",
  dryshipper: "ln2",
  "150c": "ln2",
  "196c": "ln2",
};

const DRY_ICE_WORDS = /dry\s*ice|trockeneis|glace\s*carbonique|carboglace|hielo\s*seco|ghiaccio\s*secco|un\s*1845/i;
const LN2_WORDS =
  /\bln2\b|liquid\s*nitrogen|fl[üu]ssig(?:er)?\s*stickstoff|azote\s*liquide|nitr[óo]geno\s*l[íi]quido|dry\s*shipper|cryo/i;
const WORD_TEMPERATURES: Array<[RegExp, Temperature]> = [
  [/ultra|deep\s*frozen|tiefgefroren|ultra\s*congel/i, "-80C"],
  [/frozen|gefroren|tiefk[üu]hl|congel/i, "-20C"],
  [/refrigerat|chilled|fridge|gek[üu]hlt|k[üu]hlschrank|k[üu]hlkette|r[ée]frig[ée]r|refrigerad/i, "2-8C"],
  [/ambient|room\s*temp|raumtemperatur|umgebungstemperatur|ambiante|temp[ée]rature\s*ambiante|ambiente/i, "ambient"],
];

/** Clearway's temperature for a range written in degrees ("+2 °C bis +8 °C", "2-8°C", "-25 to -15 °C", "≤ -60 °C"). */
function temperatureFromDegrees(text: string): Temperature | undefined {
  const spaced = text.replace(/[−–—]/g, "-").replace(/(\d)\s*(?:°\s*C)?\s*-\s*(?=[+\d])/g, "$1 to ");
  const numbers = [...spaced.matchAll(/[+-]?\d+(?:[.,]\d+)?/g)].map((match) => Number(match[0].replace(",", ".")));
  if (!numbers.length || numbers.length > 2) return undefined;
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  if (low >= 2 && high <= 8) return "2-8C";
  if (low >= 15 && high <= 30) return "ambient";
  if (low >= -30 && high <= -10) return "-20C";
  if (low >= -90 && high <= -60) return "-80C";
  if (high <= -150) return "ln2";
  return undefined;
}

/** A temperature as planners write it: a Clearway name, a range in degrees, or words in English, German, French or Spanish. */
export function parseTemperature(value: CellValue): Parsed<Temperature> {
  const raw = String(value);
  const key = normalizeName(raw).replace(/deg|°/g, "");
  const temperature =
    (Object.hasOwn(TEMPERATURE_ALIASES, key) ? TEMPERATURE_ALIASES[key] : undefined) ??
    (TEMPERATURES as readonly string[]).find((t) => normalizeName(t) === key);
  if (temperature) return ok(temperature as Temperature);
  // Dry ice and nitrogen name the refrigerant, which matters for dangerous goods, whatever degrees follow.
  if (DRY_ICE_WORDS.test(raw)) return ok("dry-ice");
  if (LN2_WORDS.test(raw)) return ok("ln2");
  const degrees = temperatureFromDegrees(raw);
  if (degrees) return ok(degrees);
  const worded = WORD_TEMPERATURES.find(([pattern]) => pattern.test(raw));
  return worded
    ? ok(worded[1])
    : fail(`"${raw}" is not a temperature Clearway knows; use ambient, 2-8 C, -20 C, -80 C, dry ice or LN2`);
}

/** "No commercial value" as pro-formas write it, in a yes/no column or inside a reason or remarks text. */
const NO_COMMERCIAL_VALUE =
  /no\s+commercial\s+value|\bNCV\b|ohne\s+handelswert|kein\s+handelswert|sans\s+valeur\s+commerciale|sin\s+valor\s+comercial|senza\s+valore\s+commerciale/i;

export function saysNoCommercialValue(text: string): boolean {
  return NO_COMMERCIAL_VALUE.test(text.normalize("NFC"));
}

/** Text that stands for "nothing here yet": "N/A", "TBD", "Date Not Captured", "See ASN-93", "Freight Included in Commodity Cost". */
const PLACEHOLDER =
  /^(n\/?a|n\.a\.|na|tbd|tbc|tba|to be (confirmed|determined|advised)|pending|unknown|not (captured|available|applicable|known)|.*\bnot captured|none given|k\.?\s*a\.?|keine angabe|non communiqu[ée]|nc|s\.?o\.?|see .+|siehe .+|voir .+|ver .+|.*\bincluded in\b.*|.*\binklusive\b.*|.*\binclus dans\b.*|-{1,3}|\?+)$/i;

export function isPlaceholder(value: CellValue): boolean {
  return typeof value === "string" && PLACEHOLDER.test(value.trim());
}

/** UN numbers such as "UN3373", "UN 1845; UN3373" or "3373". */
export function parseUnNumbers(value: CellValue): Parsed<string[]> {
  const text = String(value).trim();
  if (!text || NO.has(normalizeName(text)) || /^(none|n\/a|na)$/i.test(text)) return ok([]);
  const parts = text
    .split(/[,;/+&]|\s{2,}|\band\b/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const numbers: string[] = [];
  for (const part of parts) {
    const m = /^(?:UN\s*)?(\d{4})$/i.exec(part);
    if (!m) return fail(`"${part}" is not a UN number such as UN3373`);
    numbers.push(`UN${m[1]}`);
  }
  return ok(numbers);
}
