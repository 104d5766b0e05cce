import { sourceKindOfHost } from "../../src/rules/sourceHostKinds";
import type { SourceKind } from "../../src/rules/schema";

/**
 * How the TypeScript rule data's sources got their kind and date when they were converted to YAML
 * (scripts/convert-rules-to-yaml.ts). Kept so a test can show that the YAML equals the old data
 * plus exactly these two derived fields.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The date a source's title states for what it says: the first full date ("16 October 2024",
 * "2025-09-02", "October 16, 2024"), else the first month and year ("April 2026"), else a year the
 * title marks as the source's own ("(2022)", "archived 2006", "last updated 2011", "as of 2024",
 * "version … 2021"). Null when the title states none: a law's number ("Regulation (EU) 2024/573")
 * is not read as a date.
 */
export function sourceDateFromTitle(title: string): string | null {
  const iso = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/.exec(title);
  const dayMonthYear = new RegExp(`\\b(\\d{1,2})\\.? (${MONTH_NAMES})\\.? (\\d{4})\\b`, "i").exec(title);
  const monthDayYear = new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2}),? (\\d{4})\\b`, "i").exec(title);
  const full = [
    iso && { at: iso.index, date: `${iso[1]}-${iso[2]}-${iso[3]}` },
    dayMonthYear && { at: dayMonthYear.index, date: `${dayMonthYear[3]}-${pad(MONTHS[dayMonthYear[2]!.toLowerCase()]!)}-${pad(Number(dayMonthYear[1]))}` },
    monthDayYear && { at: monthDayYear.index, date: `${monthDayYear[3]}-${pad(MONTHS[monthDayYear[1]!.toLowerCase()]!)}-${pad(Number(monthDayYear[2]))}` },
  ]
    .filter((found): found is { at: number; date: string } => Boolean(found) && Number(found!.date.slice(8)) <= 31)
    .sort((a, b) => a.at - b.at);
  if (full[0]) return full[0].date;
  const monthYear = new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{4})\\b`, "i").exec(title);
  if (monthYear) return `${monthYear[2]}-${pad(MONTHS[monthYear[1]!.toLowerCase()]!)}`;
  const markedYear = /(?:\((\d{4})\)|\b(?:archived|last updated|updated|as of|version|edition|status)\b[^()\d]{0,20}?(\d{4})\b|(\d{4})\s*年)/i.exec(title);
  if (markedYear) return markedYear[1] ?? markedYear[2] ?? markedYear[3] ?? null;
  return null;
}

/**
 * Sources on document-sharing and mixed hosts whose titles, read one by one, show a legal text or an
 * authority's own document reproduced there: [host, start of the title].
 */
const LEGAL_TEXT_COPIES_READ_BY_TITLE: ReadonlyArray<readonly [string, string]> = [
  ["medfam.ro", "Legea nr. 339"],
  ["prawo.pl", "Rozporządzenie Ministra Zdrowia"],
  ["qualomics.com", "21 CFR Part 1312"],
  ["vdocument.in", "National Health Act 2003"],
  ["vdocument.in", "SARS Customs External Policy"],
  ["paperzz.com", "HPRA – Guide to Import and Export Licences"],
  ["docsbay.net", "Swissmedic form"],
  ["docsbay.net", "Medicines Control Council: Guideline"],
  ["dataverse.harvard.edu", "Council Regulation (EC) No 1930/2006"],
  ["vdocuments.mx", "SFDA Drug Sector"],
  ["studylib.net", "SFDA Medical Devices Sector"],
  ["blog.scconline.com", "Customs Valuation (Determination of Value of Imported Goods) Amendment Rules"],
  ["docslib.org", "WTO Schedule CLXXIII"],
  ["majetek.du.cz", "Verlag Dashöfer – Příloha č. 3 ZDPH"],
  ["es.scribd.com", "Invima: Guía de diligenciamiento"],
  ["fr.scribd.com", "European Commission guidance – Annex A"],
  ["helpdesk.astracon.eu", "MDCG 2021-27"],
  ["github.com", "Australian Customs Tariff"],
];

/**
 * A source's kind: the reviewed host table decides; a host outside it is secondary, or a legal-text
 * copy where the title itself says the page is a copy of a legal text (and not a secondary source).
 */
export function sourceKindFromUrlAndTitle(url: string, title: string): SourceKind {
  const byHost = sourceKindOfHost(new URL(url).hostname);
  if (byHost) return byHost;
  const host = new URL(url).hostname.replace(/^www\./, "");
  if (LEGAL_TEXT_COPIES_READ_BY_TITLE.some(([copyHost, start]) => host === copyHost && title.startsWith(start))) return "legal-text-copy";
  if (/\bsecondary\b/i.test(title)) return "secondary";
  return /\bcopy\b|\breproduc(ed|tion)\b|\bEnglish translation\b/i.test(title) ? "legal-text-copy" : "secondary";
}
