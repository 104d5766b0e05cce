/**
 * End to end: the Content-Security-Policy of the built pages (scripts/build/contentSecurityPolicy.js)
 * in headless Chromium. A second local server stands for "another origin": it counts the requests
 * that reach it, so a refusal by the policy is told apart from a server that is not there.
 * Run with `npm run test:e2e` after `npm run build:local`.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { servePlayground } from "../../scripts/serve-playground";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const DIST = path.resolve("dist");
const PORT = 3918;
const ELSEWHERE_PORT = 3919;
const ELSEWHERE = `http://127.0.0.1:${ELSEWHERE_PORT}`;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let server: Server;
let elsewhere: Server;
let elsewhereRequests: string[] = [];
let browser: Browser;

/** Violations the page reports, as "directive blocked-URI". */
type Violations = () => Promise<string[]>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium" (Debian) or set CHROMIUM_PATH.`,
    );
  if (!existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build:local` first.");
  server = await servePlayground(DIST, PORT);
  // Answers anything, with CORS open: only the page's policy can stop a request to it.
  elsewhere = createServer((request, response) => {
    elsewhereRequests.push(request.url ?? "");
    response
      .writeHead(200, { "Access-Control-Allow-Origin": "*", "Content-Type": "text/javascript" })
      .end("window.elsewhereRan = true;");
  });
  await new Promise<void>((resolve) => elsewhere.listen(ELSEWHERE_PORT, "127.0.0.1", resolve));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await new Promise((resolve) => elsewhere?.close(resolve));
});

beforeEach(() => {
  elsewhereRequests = [];
});

async function open(pagePath: string): Promise<{ page: Page; violations: Violations }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`http://127.0.0.1:${PORT}/${pagePath}`);
  return {
    page,
    violations: () => page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]),
  };
}

/** Injects a script from another origin; resolves to "loaded" or "refused". */
function injectScript(page: Page, src: string): Promise<string> {
  return page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const script = document.createElement("script");
        script.src = url;
        script.onload = () => resolve("loaded");
        script.onerror = () => resolve("refused");
        document.head.append(script);
      }),
    src,
  );
}

/** Fetches from another origin; resolves to "fetched" or "refused". */
function fetchFrom(page: Page, url: string): Promise<string> {
  return page.evaluate(
    (target) =>
      fetch(target).then(
        () => "fetched",
        () => "refused",
      ),
    url,
  );
}

/** Runs an inline script added at run time (what an injected payload would be); true if it ran. */
function runInlineScript(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.inlineRan = true;";
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
}

describe("the playground's Content-Security-Policy", () => {
  it("lets the page load and check the example plan without a single violation", async () => {
    const { page, violations } = await open("playground.html?theme=light&today=2026-11-26");
    await page.getByText("Header found in row 4").waitFor();
    await page.getByRole("button", { name: "Check plan" }).click();
    await page.getByRole("group", { name: "Rows by status" }).waitFor();
    // Fluent UI's run-time styles applied (a refused <style> would leave the browser's serif default).
    const font = await page
      .locator(".fui-FluentProvider")
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily);
    expect(font).toContain("Segoe UI");
    await expect(violations()).resolves.toEqual([]);
    await page.close();
  }, 60000);

  it("refuses a connection to another origin before it leaves the browser", async () => {
    const { page, violations } = await open("playground.html?theme=light&today=2026-11-26");
    await page.getByText("Header found in row 4").waitFor();
    await expect(fetchFrom(page, `${ELSEWHERE}/upload`)).resolves.toBe("refused");
    await expect(violations()).resolves.toEqual([`connect-src ${ELSEWHERE}/upload`]);
    expect(elsewhereRequests).toEqual([]);
    // The same request to the page's own origin goes through: the policy, not the network, refused it.
    await expect(fetchFrom(page, `http://127.0.0.1:${PORT}/playground.html`)).resolves.toBe("fetched");
    await page.close();
  }, 60000);

  it("refuses a script from another origin, and Office.js too, injected at run time", async () => {
    const { page, violations } = await open("playground.html?theme=light&today=2026-11-26");
    await page.getByText("Header found in row 4").waitFor();
    await expect(injectScript(page, `${ELSEWHERE}/payload.js`)).resolves.toBe("refused");
    await expect(injectScript(page, OFFICE_JS)).resolves.toBe("refused");
    await expect(runInlineScript(page)).resolves.toBe(false);
    const seen = await violations();
    expect(seen).toEqual(
      expect.arrayContaining([`script-src-elem ${ELSEWHERE}/payload.js`, `script-src-elem ${OFFICE_JS}`]),
    );
    expect(seen.some((violation) => violation.startsWith("script-src-elem inline"))).toBe(true);
    expect(elsewhereRequests).toEqual([]);
    await page.close();
  }, 60000);
});

describe("the task pane's Content-Security-Policy", () => {
  async function openTaskPane() {
    const page = await browser.newPage();
    const officeJsRequests: string[] = [];
    // Office.js stands in for the CDN's: the browser asks for it only if the policy allows it.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => {
      officeJsRequests.push(route.request().url());
      return route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { onReady: () => new Promise(() => {}) }; window.officeJsRan = true;",
      });
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`http://127.0.0.1:${PORT}/taskpane.html`);
    const violations = () => page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]);
    return { page, officeJsRequests, violations };
  }

  it("loads Office.js from Microsoft's CDN and the add-in's own bundle, with no violation", async () => {
    const { page, officeJsRequests, violations } = await openTaskPane();
    await expect(page.evaluate(() => (window as unknown as { officeJsRan?: boolean }).officeJsRan)).resolves.toBe(true);
    expect(officeJsRequests).toEqual([OFFICE_JS]);
    await expect(violations()).resolves.toEqual([]);
    await page.close();
  }, 60000);

  it("refuses scripts and connections anywhere else", async () => {
    const { page, violations } = await openTaskPane();
    await expect(injectScript(page, `${ELSEWHERE}/payload.js`)).resolves.toBe("refused");
    await expect(fetchFrom(page, `${ELSEWHERE}/upload`)).resolves.toBe("refused");
    await expect(runInlineScript(page)).resolves.toBe(false);
    await expect(violations()).resolves.toEqual(
      expect.arrayContaining([`script-src-elem ${ELSEWHERE}/payload.js`, `connect-src ${ELSEWHERE}/upload`]),
    );
    expect(elsewhereRequests).toEqual([]);
    await page.close();
  }, 60000);
});

describe("the policy on every built page", () => {
  it.each(["taskpane.html", "commands.html", "help.html", "playground.html"])(
    "%s declares it before any script",
    async (file) => {
      const { page } = await open(file);
      const order = await page.evaluate(() =>
        [...document.head.children].map((element) =>
          element.matches('meta[http-equiv="Content-Security-Policy"]') ? "policy" : element.tagName.toLowerCase(),
        ),
      );
      const policyAt = order.indexOf("policy");
      expect(policyAt).toBeGreaterThanOrEqual(0);
      expect(order.slice(0, policyAt)).not.toContain("script");
      await page.close();
    },
    60000,
  );
});
