// Swagger UI first-try check: opens <base>/docs in real Chromium and, for every operation shown, expands it, clicks
// "Try it out" and "Execute" without touching any pre-filled value, and reads the live response status. Every
// operation must answer 2xx, the UI must show exactly the operations of /openapi/v1.json, and the run must produce no
// browser console errors (CSP violations included) and no failed requests (network failures or API answers >= 400).
//
// Usage: node clients/swagger-ui/try-it-out.mjs http://127.0.0.1:5098 [screenshot-dir]
// Needs playwright-core (resolved from /work/main/node_modules) and Chromium at /usr/bin/chromium (or $CHROMIUM).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const base = (process.argv[2] ?? "http://127.0.0.1:5098").replace(/\/$/, "");
const shotDir = process.argv[3];
const started = Date.now();
const STEP_TIMEOUT = 15_000;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const specResponse = await fetch(`${base}/openapi/v1.json`, { headers: { accept: "application/json" } });
if (!specResponse.ok) {
  console.error(`GET ${base}/openapi/v1.json answered ${specResponse.status}`);
  process.exit(1);
}
const spec = await specResponse.json();
const expected = Object.values(spec.paths ?? {}).reduce(
  (n, item) => n + Object.keys(item).filter((k) => METHODS.includes(k)).length,
  0,
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

const consoleErrors = [];
const failedRequests = [];
let exitCode = 1;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.on("console", (msg) => {
    if (msg.type() === "error") {
      const loc = msg.location();
      consoleErrors.push(`${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ""}`);
    }
  });
  page.on("pageerror", (err) => consoleErrors.push(`pageerror: ${err.message}`));
  page.on("requestfailed", (req) =>
    failedRequests.push(`${req.method()} ${req.url()} failed: ${req.failure()?.errorText ?? "unknown"}`),
  );
  page.on("response", (res) => {
    if (res.status() >= 400 && res.url().startsWith(base)) {
      failedRequests.push(`${res.request().method()} ${res.url()} -> ${res.status()}`);
    }
  });

  await page.goto(`${base}/docs/`, { waitUntil: "domcontentloaded" });
  await page.waitForSelector(".opblock-tag-section, .opblock", { timeout: 30_000 });

  // Open every collapsed tag section (docExpansion "none" shows tags only).
  for (const tag of await page.locator(".opblock-tag-section:not(.is-open) .opblock-tag").all()) {
    await tag.click();
  }
  await page.waitForFunction(
    (n) => document.querySelectorAll(".opblock").length >= n,
    expected,
    { timeout: 10_000 },
  ).catch(() => {});

  const blocks = page.locator(".opblock");
  const shown = await blocks.count();
  const results = [];

  for (let i = 0; i < shown; i++) {
    const block = blocks.nth(i);
    const { method, path, opId, summary } = await block.evaluate((el) => {
      const text = (sel) => el.querySelector(sel)?.textContent?.trim() ?? "";
      const pathEl = el.querySelector(".opblock-summary-path");
      return {
        method: text(".opblock-summary-method"),
        path: pathEl?.getAttribute("data-path") ?? pathEl?.textContent?.trim() ?? "",
        opId: text(".opblock-summary-operation-id"),
        summary: text(".opblock-summary-description"),
      };
    });
    const label = `${opId || summary || "?"} ${method} ${path}`;
    const result = { label, status: "no response", requestUrl: "", body: "", note: "" };
    results.push(result);
    try {
      await block.scrollIntoViewIfNeeded();
      if (!(await block.evaluate((el) => el.classList.contains("is-open")))) {
        await block.locator(".opblock-summary").first().click();
      }
      await block.locator("button.try-out__btn").click();
      await block.locator("button.execute").click();
      const status = block.locator(".live-responses-table .response .response-col_status").first();
      await status.waitFor({ state: "visible" });
      result.status = ((await status.textContent()) ?? "").trim();
      Object.assign(
        result,
        await block.evaluate((el) => ({
          requestUrl: (el.querySelector(".request-url pre") ?? el.querySelector(".request-url"))?.textContent?.trim() ?? "",
          body: el.querySelector(".live-responses-table .response .response-col_description pre")?.textContent?.trim() ?? "",
        })),
      );
    } catch (err) {
      result.note = err.message.split("\n")[0];
      // Validation errors keep Swagger UI from sending the request: report the invalid fields.
      const invalid = await block
        .locator(".parameters .invalid, .validation-errors")
        .evaluateAll((els) => els.map((e) => e.getAttribute("placeholder") || e.textContent?.trim() || e.outerHTML.slice(0, 120)))
        .catch(() => []);
      if (invalid.length) result.note += `; invalid: ${invalid.join(" | ")}`;
    }
    // Collapse again: Swagger UI re-renders every open operation (and its highlighted response) on each state change,
    // so leaving them open makes each later step slower.
    await block.locator(".opblock-summary").first().click().catch(() => {});
    await block.locator(".opblock-body").waitFor({ state: "detached", timeout: 5_000 }).catch(() => {});
    console.log(`${label} -> ${result.status}${result.note ? ` (${result.note})` : ""}`);
  }

  const ok = results.filter((r) => /^2\d\d$/.test(r.status)).length;

  if (shotDir) {
    mkdirSync(shotDir, { recursive: true });
    const file = resolve(join(shotDir, "docs.png"));
    await page.screenshot({ path: file, fullPage: true });
    console.log(`screenshot: ${file}`);
  }

  const failing = results.filter((r) => !/^2\d\d$/.test(r.status));
  for (const r of failing) {
    console.log(`\nFAILED ${r.label} -> ${r.status}${r.note ? ` (${r.note})` : ""}`);
    if (r.requestUrl) console.log(`  request url: ${r.requestUrl}`);
    if (r.body) console.log(`  response body: ${r.body.length > 2000 ? `${r.body.slice(0, 2000)}...` : r.body}`);
  }
  if (shown !== expected) {
    console.log(`\nUI shows ${shown} operations, /openapi/v1.json has ${expected}`);
  }
  for (const e of consoleErrors) console.log(`console error: ${e}`);
  for (const f of failedRequests) console.log(`failed request: ${f}`);

  console.log(`document operations: ${expected}; run time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `swagger ui: ${shown} operations executed, ${ok} 2xx, ${consoleErrors.length} console errors, ${failedRequests.length} failed requests`,
  );
  exitCode = ok === shown && shown === expected && consoleErrors.length === 0 && failedRequests.length === 0 ? 0 : 1;
} catch (err) {
  console.error(`swagger ui check aborted: ${err.stack ?? err}`);
  for (const e of consoleErrors) console.error(`console error: ${e}`);
  for (const f of failedRequests) console.error(`failed request: ${f}`);
} finally {
  await browser.close();
}
process.exit(exitCode);
