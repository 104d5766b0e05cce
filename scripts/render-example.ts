/**
 * Renders the checked example (examples/output/shipment-plan.checked.xlsx, written by `npm run demo`)
 * through LibreOffice, as a recipient without Excel sees it: a PDF, its page count per sheet, and
 * PNGs of the plan's first page and of the Summary in docs/. Skipped, with a message, where
 * LibreOffice (soffice) or poppler-utils (pdftoppm, pdftotext, pdfinfo) is not installed.
 * Run: npm run render:example
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const CHECKED = "examples/output/shipment-plan.checked.xlsx";
const PLAN_PNG = "docs/example-plan.png";
const SUMMARY_PNG = "docs/example-summary.png";
const DETAILS_PNG = "docs/example-details.png";

const installed = (command: string) => spawnSync(command, ["--version"], { stdio: "ignore" }).error === undefined;

function pageText(pdf: string, page: number): string {
  return execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" });
}

/** Page 1 of a PDF's page `page` as a PNG at `target` (pdftoppm names its output itself). */
function pagePng(pdf: string, page: number, target: string, dir: string): void {
  const stem = path.join(dir, `page${page}`);
  execFileSync("pdftoppm", ["-png", "-r", "110", "-singlefile", "-f", String(page), "-l", String(page), pdf, stem]);
  copyFileSync(`${stem}.png`, target);
}

function main(): void {
  const missing = ["soffice", "pdftoppm", "pdftotext", "pdfinfo"].filter((command) => !installed(command));
  if (missing.length) {
    console.log(
      `Skipped: ${missing.join(", ")} not installed (Debian: apt-get install libreoffice-calc poppler-utils).`,
    );
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "clearway-render-"));
  try {
    const input = path.join(dir, "shipment-plan.checked.xlsx");
    copyFileSync(CHECKED, input);
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, input],
      { stdio: "ignore" },
    );
    const pdf = path.join(dir, "shipment-plan.checked.pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
    const summaryPages = texts.flatMap((text, i) =>
      /Clearway check of|Status\s+Rows|Destination\s+Country/.test(text) && !/Rule reference/.test(text) ? [i + 1] : [],
    );
    const firstSummary = texts.findIndex((text) => text.includes("Clearway check of")) + 1;
    console.log(
      `${CHECKED}: ${pages} pages in all; the Summary on page ${firstSummary}${summaryPages.length > 1 ? ` (pages ${summaryPages.join(", ")})` : ""}.`,
    );
    const firstDetails = texts.findIndex((text) => text.includes("Findings in full")) + 1;
    const detailsPages = texts.filter((text) => /Reference\s+Severity\s+Finding/.test(text)).length;
    console.log(`The Details sheet from page ${firstDetails}, ${detailsPages} pages.`);
    pagePng(pdf, 1, PLAN_PNG, dir);
    if (firstSummary > 0) pagePng(pdf, firstSummary, SUMMARY_PNG, dir);
    if (firstDetails > 0) pagePng(pdf, firstDetails, DETAILS_PNG, dir);
    console.log(`Wrote ${PLAN_PNG}, ${SUMMARY_PNG} and ${DETAILS_PNG}.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
