// The explorer (/explore) in real Chromium, against the running API: every check reads its expected value from the
// API itself, so the page is held to what the API says.
//   - the map for children in need 2025 draws one area per authority the map endpoint has a boundary for (153);
//   - Barnet's tooltip shows the value /api/v1/indicators/children-in-need/values?authority=302&year=2025 gives;
//   - an authority with a suppressed or not-available figure (found through /api/v1/coverage and the rankings'
//     excluded list) shows its status and the map endpoint's reason in its tooltip;
//   - the URL holds the state: a reload, and the same URL in a new page, give the same selections;
//   - the CSV download is the API's CSV of the same rows, and the SVG, PNG and GeoJSON downloads are what they say;
//   - the Chart tab with an authority draws its series, its region's, England's, the neighbours' average and each
//     neighbour; without one, a bar per ranked authority;
//   - the tabs follow the ARIA tabs pattern from the keyboard; the embed page loads in an iframe on another origin;
//   - at 320 px wide no view scrolls sideways;
//   - no console errors (CSP violations included) and no failed requests anywhere.
// Screenshots of each tab go to <screenshot-dir> (default artifacts/screenshots/explorer). It also reports what the
// first view transfers.
//
// Usage: EXPLORER_BASE_URL=http://127.0.0.1:5311 node clients/explorer/explorer.mjs [screenshot-dir]
// (default base http://127.0.0.1:5098, where .ci/run starts the API). Needs playwright-core and Chromium at
// /usr/bin/chromium (or $CHROMIUM).
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const base = (process.env.EXPLORER_BASE_URL ?? "http://127.0.0.1:5098").replace(/\/$/, "");
const shotDir = resolve(process.argv[2] ?? "artifacts/screenshots/explorer");
const started = Date.now();
mkdirSync(shotDir, { recursive: true });

const api = async (path) => {
  const response = await fetch(`${base}${path}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
};
const apiText = async (path) => {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.text();
};

const results = [];
const consoleErrors = [];
const failedRequests = [];
function check(name, ok, detail = "") {
  results.push({ name, ok: Boolean(ok), detail });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
}
/** "1,978" -> 1978: the number a tooltip shows, without grouping or unit. */
const numberIn = (text) => Number((text.match(/-?[\d,]+(\.\d+)?/) ?? [""])[0].replaceAll(",", ""));
const csvLines = (text) => text.split(/\r?\n/).filter((line) => line.length > 0);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

function watch(page, label) {
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(`${label}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => consoleErrors.push(`${label}: pageerror ${err.message}`));
  page.on("requestfailed", (req) => {
    // A download hands its response to the download manager, which Chromium reports as an aborted request.
    if (req.failure()?.errorText === "net::ERR_ABORTED" && downloads.has(req.url())) return;
    failedRequests.push(`${label}: ${req.method()} ${req.url()} failed: ${req.failure()?.errorText ?? "unknown"}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) failedRequests.push(`${label}: ${res.request().method()} ${res.url()} -> ${res.status()}`);
  });
  return page;
}
const downloads = new Set();

async function mapDrawn(page) {
  await page.waitForFunction(() => /^Map drawn/.test(document.getElementById("status")?.textContent ?? ""), null, { timeout: 30_000 });
}
async function statusStarts(page, prefix) {
  await page.waitForFunction((p) => (document.getElementById("status")?.textContent ?? "").startsWith(p), prefix, { timeout: 30_000 });
}
async function tooltipFor(page, selector) {
  await page.locator(selector).first().focus();
  const tip = page.locator("#tooltip");
  await tip.waitFor({ state: "visible" });
  return tip.innerText();
}
async function download(page, selector) {
  const href = await page.locator(selector).getAttribute("href");
  if (href) downloads.add(new URL(href, base).href);
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

let exitCode = 1;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const page = watch(await context.newPage(), "explorer");
  page.setDefaultTimeout(20_000);

  // The first view, as a newcomer opens it (an empty browser cache): what it costs to transfer. Measured twice: as
  // the server answers it first, then once its response cache holds the answers, which is what most visitors get
  // (a first answer is compressed as it streams, in pieces, and comes out larger).
  async function firstView(label) {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const view = watch(await fresh.newPage(), `first view (${label})`);
    const transferred = [];
    view.on("requestfinished", async (req) => {
      const sizes = await req.sizes().catch(() => null);
      if (sizes) transferred.push({ url: req.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await view.goto(`${base}/explore`, { waitUntil: "networkidle" });
    await mapDrawn(view);
    await view.waitForLoadState("networkidle");
    const url = view.url();
    await fresh.close();
    const total = transferred.reduce((n, r) => n + r.bytes, 0);
    console.log(`first view, ${label}: ${transferred.length} requests, ${(total / 1024).toFixed(1)} KB transferred (compressed bodies and headers)`);
    for (const r of transferred) console.log(`  ${(r.bytes / 1024).toFixed(1).padStart(6)} KB ${r.url.replace(base, "")}`);
    return { total, url };
  }
  await firstView("server cache cold");
  const warm = await firstView("server cache warm");
  check("the first view transfers less than 150 KB", warm.total < 150 * 1024, `${(warm.total / 1024).toFixed(1)} KB`);
  check("a bare /explore puts its whole state in the URL", /indicator=.+&year=\d{4}&tab=map/.test(warm.url), warm.url);

  // Map: children in need, 2025.
  const map = await api("/api/v1/indicators/children-in-need/map?year=2025");
  const withBoundary = map.features.filter((f) => f.geometry).length;
  await page.goto(`${base}/explore?indicator=children-in-need&year=2025&tab=map`);
  await mapDrawn(page);
  const areas = await page.locator("#map-svg path.area").count();
  check("the map for children in need 2025 draws 153 areas", areas === 153 && withBoundary === 153, `${areas} drawn; the map endpoint has ${withBoundary} with a boundary`);
  const legend = await page.locator("#map-svg .legend text").allTextContents();
  check("the map has a legend of quintiles", legend.some((t) => t.startsWith("Lowest fifth")) && legend.some((t) => t.startsWith("Highest fifth")), legend.join(" | "));

  const barnet = (await api("/api/v1/indicators/children-in-need/values?authority=302&year=2025")).items[0];
  const barnetTip = await tooltipFor(page, '#map-svg path.area[data-slug="barnet"]');
  check("Barnet's tooltip shows the API's value for Barnet in 2025", barnetTip.includes("Barnet") && numberIn(barnetTip.split("\n").find((l) => /\d/.test(l)) ?? "") === barnet.value,
    `tooltip "${barnetTip.replaceAll("\n", " / ")}", API value ${barnet.value}`);
  const barnetFeature = map.features.find((f) => f.properties.slug === "barnet");
  check("Barnet's tooltip gives its rank", barnetTip.includes(`Rank ${barnetFeature.properties.rank} of `), `rank ${barnetFeature.properties.rank}`);
  await page.screenshot({ path: join(shotDir, "map.png"), fullPage: true });

  // Hovering with a pointer shows the same tooltip as focus: use a point inside some area.
  const hovered = await page.evaluate(() => {
    for (const area of document.querySelectorAll("#map-svg path.area")) {
      const r = area.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width > 30 && document.elementFromPoint(x, y) === area) return { x, y, name: area.dataset.name };
    }
    return null;
  });
  if (hovered) {
    await page.mouse.move(hovered.x, hovered.y);
    const tip = await page.locator("#tooltip").innerText();
    check("hovering an area shows its tooltip", tip.startsWith(hovered.name), `${hovered.name}: "${tip.split("\n")[0]}"`);
  } else {
    check("hovering an area shows its tooltip", false, "no area has its centre inside itself");
  }

  // A special value: the latest year of an indicator with a suppressed or not-available authority.
  const coverage = (await api("/api/v1/coverage?pageSize=1000")).items
    .filter((c) => c.suppressed + c.notAvailable > 0)
    .sort((a, b) => b.year - a.year || (b.suppressed - a.suppressed) || a.indicatorId.localeCompare(b.indicatorId));
  let special = null;
  for (const c of coverage.slice(0, 10)) {
    const ranking = await api(`/api/v1/indicators/${c.indicatorId}/rankings?year=${c.year}`);
    const excluded = ranking.excluded.find((e) => e.status === "suppressed" || e.status === "not-available");
    if (excluded) {
      special = { indicator: c.indicatorId, year: c.year, slug: excluded.authority.slug, name: excluded.authority.name, status: excluded.status };
      break;
    }
  }
  if (!special) throw new Error("no suppressed or not-available authority found through /api/v1/coverage");
  const specialMap = await api(`/api/v1/indicators/${special.indicator}/map?year=${special.year}`);
  const specialFeature = specialMap.features.find((f) => f.properties.slug === special.slug);
  await page.goto(`${base}/explore?indicator=${special.indicator}&year=${special.year}&tab=map`);
  await mapDrawn(page);
  const specialTip = await tooltipFor(page, `#map-svg path.area[data-slug="${special.slug}"]`);
  const label = special.status === "suppressed" ? "Suppressed" : "Not available";
  check(`a ${special.status} authority's tooltip shows its status and reason (${special.name}, ${special.indicator} ${special.year})`,
    specialTip.includes(label) && specialFeature.properties.statusReason && specialTip.includes(specialFeature.properties.statusReason),
    `"${specialTip.replaceAll("\n", " / ")}"`);
  const fill = await page.locator(`#map-svg path.area[data-slug="${special.slug}"]`).getAttribute("fill");
  check("the special value is drawn apart (hatched)", fill === "url(#map-hatch)", fill);

  // The state in the URL: choose through the controls, then reload and reopen.
  await page.goto(`${base}/explore?indicator=children-in-need&year=2025&tab=map`);
  await mapDrawn(page);
  await page.selectOption("#indicator", "children-looked-after-rate");
  await mapDrawn(page);
  await page.selectOption("#year", "2023");
  await mapDrawn(page);
  await page.locator("#authority").fill("Leeds");
  await page.locator("#authority").press("Enter");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("authority") === "leeds");
  await page.locator("#tab-table").click();
  await statusStarts(page, "Table of");
  const chosen = async (p) => p.evaluate(() => ({
    indicator: document.getElementById("indicator").value,
    year: document.getElementById("year").value,
    authority: document.getElementById("authority").value,
    tab: document.querySelector("[role=tab][aria-selected=true]").id,
    layer: document.querySelector("input[name=layer]:checked").value,
    title: document.getElementById("title").textContent,
    rows: document.querySelectorAll("#table tbody tr").length,
  }));
  const before = await chosen(page);
  const url = page.url();
  await page.reload();
  await statusStarts(page, "Table of");
  const reloaded = await chosen(page);
  const other = watch(await context.newPage(), "explorer (copied link)");
  await other.goto(url);
  await statusStarts(other, "Table of");
  const reopened = await chosen(other);
  await other.close();
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  check("the URL round-trips the state (reload and a new page)", same(before, reloaded) && same(before, reopened)
    && before.indicator === "children-looked-after-rate" && before.year === "2023" && before.authority === "Leeds" && before.tab === "tab-table",
    `${url} -> ${JSON.stringify(reloaded)}`);
  await page.screenshot({ path: join(shotDir, "table.png"), fullPage: true });

  // Ofsted grades as a map layer, in the URL too.
  await page.goto(`${base}/explore?indicator=children-in-need&year=2025&tab=map`);
  await mapDrawn(page);
  await page.locator("input[name=layer][value=ofsted]").check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("layer") === "ofsted");
  await mapDrawn(page);
  const ofsted = await api("/api/v1/inspections/map?asAt=2025-03-31");
  const graded = ofsted.features.filter((f) => f.properties.grade === "inadequate").length;
  const ofstedLegend = await page.locator("#map-svg .legend text").allTextContents();
  check("the Ofsted layer's legend counts the API's grades", ofstedLegend.includes(`Inadequate (${graded})`), ofstedLegend.join(" | "));
  await page.screenshot({ path: join(shotDir, "map-ofsted.png"), fullPage: true });

  // Downloads on the map: CSV, GeoJSON, SVG and PNG.
  await page.goto(`${base}/explore?indicator=children-in-need&year=2025&tab=map`);
  await mapDrawn(page);
  const mapCsv = await download(page, "#download-csv");
  const apiMapCsv = await apiText("/api/v1/indicators/children-in-need/map?year=2025&format=csv");
  check("the map's CSV download is the API's CSV of the same rows", same(csvLines(mapCsv.bytes.toString("utf8")), csvLines(apiMapCsv)) && csvLines(apiMapCsv).length === 154,
    `${mapCsv.name}: ${csvLines(mapCsv.bytes.toString("utf8")).length} lines`);
  const geojson = JSON.parse((await download(page, "#download-geojson")).bytes.toString("utf8"));
  check("the GeoJSON download is the map's FeatureCollection", geojson.type === "FeatureCollection" && geojson.features.length === map.features.length);
  const svg = await download(page, "#download-svg");
  const svgText = svg.bytes.toString("utf8");
  const svgWords = [...svgText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
  check("the SVG download is the map, with the boundaries' attribution", svgText.startsWith("<?xml") && (svgText.match(/class="area"/g) ?? []).length === 153
    && svgWords.includes("Contains OS data © Crown copyright and database right 2023"), svg.name);
  const png = await download(page, "#download-png");
  check("the PNG download is a PNG", png.bytes.subarray(1, 4).toString("latin1") === "PNG" && png.bytes.length > 10_000, `${png.name}, ${png.bytes.length} bytes`);

  // Chart without an authority: the ranking, and its CSV.
  const ranking = await api("/api/v1/indicators/children-in-need/rankings?year=2025");
  await page.goto(`${base}/explore?indicator=children-in-need&year=2025&tab=map`);
  await mapDrawn(page);
  await page.locator("#tab-map").focus();
  await page.keyboard.press("ArrowRight");
  await statusStarts(page, "Chart drawn");
  const focused = await page.evaluate(() => document.activeElement?.id);
  check("ArrowRight on the tabs moves to the Chart tab and its focus", focused === "tab-chart" && new URL(page.url()).searchParams.get("tab") === "chart", focused);
  const bars = await page.locator("#chart-svg g.bar").count();
  check("the ranking chart draws a bar per ranked authority and a row per excluded one", bars === ranking.items.length + ranking.excluded.length, `${bars} rows; ranked ${ranking.ranked}`);
  const rankingCsv = await download(page, "#download-csv");
  check("the chart's CSV download is the API's rankings CSV", same(csvLines(rankingCsv.bytes.toString("utf8")), csvLines(await apiText("/api/v1/indicators/children-in-need/rankings?year=2025&format=csv"))), rankingCsv.name);
  await page.screenshot({ path: join(shotDir, "chart-ranking.png"), fullPage: true });

  // Chart with an authority: its series beside its region, England and its statistical neighbours.
  const comparison = await api("/api/v1/authorities/barnet/indicators/children-in-need/comparison");
  await page.goto(`${base}/explore?indicator=children-in-need&year=2025&authority=barnet&tab=chart`);
  await statusStarts(page, "Chart drawn");
  const series = await page.evaluate(() => [...document.querySelectorAll("#chart-svg g.series")].map((g) => ({
    kind: g.dataset.series, label: g.dataset.label, points: (g.querySelector("path").getAttribute("d").match(/[ML]/g) ?? []).length,
  })));
  const kinds = (k) => series.filter((d) => d.kind === k);
  const drawnWell = (k) => kinds(k).length > 0 && kinds(k).every((d) => d.points > 1);
  check("the Chart tab with Barnet draws Barnet, London, England, the neighbours' average and each neighbour",
    drawnWell("authority") && drawnWell("region") && drawnWell("england") && drawnWell("neighbour-average")
      && kinds("neighbour").length === comparison.neighbours.length && kinds("region")[0].label === comparison.authority.region.name,
    series.map((d) => `${d.kind}:${d.label}(${d.points})`).join(", "));
  await page.locator("#chart-svg .chart-focus").focus();
  const yearTip = await page.locator("#tooltip").innerText();
  const latest = comparison.years.at(-1);
  check("the chart reads year by year from the keyboard", yearTip.includes(latest.period) && yearTip.includes("England"), yearTip.split("\n")[0]);
  await page.screenshot({ path: join(shotDir, "chart-authority.png"), fullPage: true });
  const comparisonCsv = await download(page, "#download-csv");
  check("the comparison's CSV download is the API's", same(csvLines(comparisonCsv.bytes.toString("utf8")), csvLines(await apiText("/api/v1/authorities/barnet/indicators/children-in-need/comparison?format=csv"))), comparisonCsv.name);

  // Sources, opened first from a link: citation, licence, the boundaries' attribution and the API URLs behind the view.
  await page.goto(`${base}/explore?indicator=children-in-need&year=2025&tab=sources`);
  await page.locator("#sources .api-urls").waitFor();
  const sources = await page.locator("#sources").innerText();
  const meta = await api("/api/v1/meta");
  const links = await page.locator("#sources .api-urls a").evaluateAll((as) => as.map((a) => a.href));
  check("Sources gives the licence, the data's and the boundaries' attribution and the API URLs",
    sources.includes(meta.licence) && sources.includes(meta.attribution) && sources.includes("Contains OS data © Crown copyright and database right 2023")
      && links.includes(`${base}/api/v1/indicators/children-in-need/map?year=2025`) && links.includes(`${base}/api/v1/indicators/children-in-need/rankings?year=2025`),
    `${links.length} links`);
  await page.screenshot({ path: join(shotDir, "sources.png"), fullPage: true });

  // The embed code, and the embed page in an iframe on another origin.
  await page.locator("#tab-map").click();
  await mapDrawn(page);
  await page.locator("#embed-open").click();
  const snippet = await page.locator("#embed-code").inputValue();
  check("Embed gives an iframe snippet for /explore/embed with the same state", snippet.startsWith("<iframe") && snippet.includes(`${base}/explore/embed?indicator=children-in-need&year=2025&tab=map`), snippet);
  await page.locator("#embed-close").click();
  const host = new URL(base);
  const otherOrigin = `http://${host.hostname === "localhost" ? "127.0.0.1" : "localhost"}:${host.port}/embedding-page.html`;
  // A page on another origin that frames the embed code. Chromium's local network access checks would stop a page
  // it takes for public from framing an API on 127.0.0.1; a real embed of a public host is not subject to them.
  const embedding = await browser.newContext({ viewport: { width: 1000, height: 1000 } });
  await embedding.grantPermissions(["local-network-access"], { origin: new URL(otherOrigin).origin });
  const embedPage = watch(await embedding.newPage(), "embedding page");
  await embedPage.route(otherOrigin, (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><title>A campaign's page</title><h1>Our council</h1>${snippet}`,
  }));
  await embedPage.goto(otherOrigin);
  const frame = embedPage.frameLocator("iframe");
  await frame.locator("#status").filter({ hasText: /^Map drawn/ }).waitFor({ timeout: 30_000 });
  const embeddedAreas = await frame.locator("#map-svg path.area").count();
  const chrome = await frame.locator(".site-header").isVisible();
  check("the embed page loads in an iframe on another origin, without the site's header", embeddedAreas === 153 && !chrome, `${embeddedAreas} areas`);
  await embedPage.screenshot({ path: join(shotDir, "embed.png"), fullPage: true });
  await embedding.close();

  // 320 px wide: readable, and nothing scrolls sideways.
  const narrow = await browser.newContext({ viewport: { width: 320, height: 720 }, deviceScaleFactor: 2 });
  const small = watch(await narrow.newPage(), "explorer at 320 px");
  const overflow = [];
  for (const [tab, ready] of [["map", "Map drawn"], ["chart", "Chart drawn"], ["table", "Table of"], ["sources", ""]]) {
    await small.goto(`${base}/explore?indicator=children-in-need&year=2025&authority=barnet&tab=${tab}`);
    if (ready) await statusStarts(small, ready);
    else await small.locator("#sources .api-urls").waitFor();
    const width = await small.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) overflow.push(`${tab}: ${width}px`);
    await small.screenshot({ path: join(shotDir, `narrow-${tab}.png`), fullPage: true });
  }
  check("at 320 px wide no view scrolls sideways", overflow.length === 0, overflow.join(", "));
  await narrow.close();

  check("no console errors", consoleErrors.length === 0, consoleErrors.join(" | "));
  check("no failed requests", failedRequests.length === 0, failedRequests.join(" | "));
  const failed = results.filter((r) => !r.ok);
  console.log(`explorer: ${results.length - failed.length} of ${results.length} checks passed, ${consoleErrors.length} console errors, ${failedRequests.length} failed requests; screenshots in ${shotDir}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  exitCode = failed.length === 0 ? 0 : 1;
} catch (err) {
  console.error(`explorer check aborted: ${err.stack ?? err}`);
  for (const e of consoleErrors) console.error(`console error: ${e}`);
  for (const f of failedRequests) console.error(`failed request: ${f}`);
} finally {
  await browser.close();
}
process.exit(exitCode);
