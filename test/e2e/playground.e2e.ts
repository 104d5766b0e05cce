/**
 * End to end: the built playground (real task pane + fake workbook) in headless Chromium.
 * Run with `npm run test:e2e` after `npm run build`; needs Debian's chromium at /usr/bin/chromium.
 */
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { servePlayground } from "../../scripts/serve-playground";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = path.resolve("test-artifacts");
const DIST = path.resolve("dist");
const PORT = 3917;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium" (Debian) or set CHROMIUM_PATH.`);
  if (!existsSync(path.join(DIST, "playground.html"))) throw new Error("dist/playground.html is missing: run `npm run build` first.");
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await servePlayground(DIST, PORT);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPlayground(theme: "light" | "dark"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const failed: string[] = [];
  // The playground must load nothing from outside this machine.
  page.on("request", (request) => {
    if (!request.url().startsWith(`http://127.0.0.1:${PORT}/`) && !request.url().startsWith("data:")) failed.push(request.url());
  });
  await page.goto(`http://127.0.0.1:${PORT}/playground.html?theme=${theme}&today=2026-11-26`);
  await page.getByText("Header found in row 4").waitFor();
  expect(failed).toEqual([]);
  return page;
}

const cell = (page: Page, address: string) => page.locator(`table.grid td[data-address="${address}"]`);

describe("the playground", () => {
  it("checks the example plan, selects a row from the results, and removes the results", async () => {
    const page = await openPlayground("light");
    const before = await page.locator("table.grid").innerText();

    await page.getByRole("button", { name: "Check plan" }).click();
    const counters = page.getByRole("group", { name: "Rows by status" });
    await counters.waitFor();
    // The example plan (examples/source/shipment-plan.csv) checked as of 2026-11-26.
    await expect(counters.getByLabel(/^ok: /).getAttribute("aria-label")).resolves.toBe("ok: 1");
    await expect(counters.getByLabel(/^error: /).getAttribute("aria-label")).resolves.toBe("error: 1");
    const blocked = Number((await counters.getByLabel(/^blocked: /).getAttribute("aria-label"))!.split(": ")[1]);
    expect(blocked).toBeGreaterThanOrEqual(2);

    // Output block: header in the plan's header row, right of the last input column (S).
    await expect(cell(page, "T4").innerText()).resolves.toBe("Clearway: Status");
    await expect(cell(page, "U4").innerText()).resolves.toBe("Clearway: Next step");
    await expect(cell(page, "AF4").innerText()).resolves.toBe("Clearway: Rule references");
    await expect(cell(page, "T16").innerText()).resolves.toBe("ok"); // S-012 Belgium -> Germany: inside the EU
    await expect(cell(page, "T29").innerText()).resolves.toBe("blocked"); // S-025 US -> Cuba
    await expect(cell(page, "T30").innerText()).resolves.toBe("error"); // S-026 "Germny"

    // Show the last plan columns and the output block, as a planner would scroll to them.
    await page.evaluate(() => {
      const scroller = document.querySelector(".grid-scroll") as HTMLElement;
      scroller.scrollLeft = (document.querySelector('td[data-address="P4"]') as HTMLElement).offsetLeft - 40;
    });
    // `npm run docs:screenshots` copies these two into docs/; a test run leaves docs/ alone.
    await page.screenshot({ path: path.join(ARTIFACTS, "playground-light.png") });
    await page.locator(".pane").screenshot({ path: path.join(ARTIFACTS, "taskpane-light.png") });

    const errorList = page.getByRole("list", { name: "Could not be read" });
    await errorList.getByRole("listitem").first().click();
    await expect(page.evaluate(() => (window as unknown as { clearwayWorkbook: { selection: unknown } }).clearwayWorkbook.selection)).resolves.toEqual({ sheetName: "Shipment plan", address: "A30:AF30" });
    await expect(cell(page, "C30").getAttribute("class")).resolves.toBe("selected");

    await page.getByRole("button", { name: "Remove results" }).click();
    await page.getByText("results were removed").waitFor();
    await expect(page.locator("table.grid").innerText()).resolves.toBe(before);
    await expect(page.getByRole("tab", { name: "Clearway Summary" }).count()).resolves.toBe(0);
    await page.close();
  }, 60000);

  it("follows the dark theme", async () => {
    const page = await openPlayground("dark");
    await page.getByRole("button", { name: "Check plan" }).click();
    await page.getByRole("group", { name: "Rows by status" }).waitFor();
    const background = await page.locator(".pane main").evaluate((element) => getComputedStyle(element.closest(".fui-FluentProvider")!).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    await page.locator(".pane").screenshot({ path: path.join(ARTIFACTS, "taskpane-dark.png") });
    await page.close();
  }, 60000);
});
