// Contract crawl: requests every operation of openapi/v1.json through a Prism proxy in validation mode and fails on
// any response that violates the committed contract. Every authority (all statuses) for every authority-level
// operation, every indicator for every indicator-level operation, the lists with filter combinations and pages, JSON
// and CSV, and the documented error cases (400, 404, 406, 410, 304).
//
// Usage: node clients/crawl/crawl.mjs <prism-proxy-url> [concurrency]
// Prism reports each violation in the sl-violations response header; a 'response' location is the server breaking
// the contract, a 'request' location is a deliberately bad request (the error cases), which is expected.
import { readFileSync } from "node:fs";

const base = (process.argv[2] ?? "http://127.0.0.1:4010").replace(/\/$/, "");
const concurrency = Number(process.argv[3] ?? 8);
const spec = JSON.parse(readFileSync(new URL("../../openapi/v1.json", import.meta.url), "utf8"));

async function json(path) {
  const response = await fetch(base + path, { headers: { accept: "application/json" } });
  if (response.status !== 200) {
    throw new Error(`${path} answered ${response.status}`);
  }
  return response.json();
}

async function all(path) {
  const items = [];
  for (let page = 1; ; page++) {
    const body = await json(`${path}${path.includes("?") ? "&" : "?"}page=${page}&pageSize=1000`);
    items.push(...body.items);
    if (page >= body.paging.totalPages) {
      return items;
    }
  }
}

const authorities = await all("/api/v1/authorities?status=all");
const indicators = await all("/api/v1/indicators");
const outcomes = await all("/api/v1/school-outcomes");
const others = await all("/api/v1/other-measures");
const meta = await json("/api/v1/meta");
const ids = authorities.map((a) => a.laCode ?? a.gssCode ?? a.slug);
const sample = ["barnet", "E10000023", "cumbria", "815", "E06000066", "bournemouth-christchurch-and-poole"];

/** Each request: path, the operationId it exercises, headers, and the statuses it may get. */
const requests = [];
const add = (operation, path, expect = [200], headers = {}) => requests.push({ operation, path, expect, headers });
const csv = { accept: "text/csv" };

for (const id of ids) {
  add("GetAuthority", `/api/v1/authorities/${id}`);
  add("GetNeighbours", `/api/v1/authorities/${id}/neighbours`, [200, 404]);
  add("GetNeighbours", `/api/v1/authorities/${id}/neighbours?model=2021&format=csv`, [200, 404]);
  add("GetComparison", `/api/v1/authorities/${id}/indicators/child-protection-plans-rate/comparison`, [200, 404]);
  add("GetAuthorityTimeSeries", `/api/v1/authorities/${id}/indicators/children-in-need`);
  add("GetAuthorityTimeSeries", `/api/v1/authorities/${id}/indicators/spend-per-child-in-need`, [200], csv);
  add("ListAuthorityInspections", `/api/v1/authorities/${id}/inspections`);
  add("GetGradeHistory", `/api/v1/authorities/${id}/inspections/grades`);
  add("ListAuthoritySpending", `/api/v1/authorities/${id}/spending?pageSize=1000`);
  add("ListAuthoritySpending", `/api/v1/authorities/${id}/spending?lines=all&year=2020&format=csv`);
  add("ListAuthorityRevenueOutturn", `/api/v1/authorities/${id}/spending/revenue-outturn?pageSize=1000`);
  add("ListAuthoritySchoolOutcomes", `/api/v1/authorities/${id}/school-outcomes?pageSize=1000`);
  add("ListAuthorityOtherMeasures", `/api/v1/authorities/${id}/other-measures?pageSize=1000`);
}
for (const { id, yearsAvailable: years } of others) {
  add("GetOtherMeasure", `/api/v1/other-measures/${id}`);
  add("ListOtherMeasureValues", `/api/v1/other-measures/${id}/values?pageSize=1000`);
  add("ListOtherMeasureValues", `/api/v1/other-measures/${id}/values?pageSize=1000&page=2`);
  add("ListOtherMeasureValues", `/api/v1/other-measures/${id}/values?level=national&format=csv`);
  add("ListOtherMeasureValues", `/api/v1/other-measures/${id}/values?year=${years[years.length - 1]}&level=authority&sort=value&pageSize=200`);
}
for (const { id, yearsAvailable: years } of outcomes) {
  add("GetSchoolOutcome", `/api/v1/school-outcomes/${id}`);
  add("ListSchoolOutcomeValues", `/api/v1/school-outcomes/${id}/values?pageSize=1000`);
  add("ListSchoolOutcomeValues", `/api/v1/school-outcomes/${id}/values?level=national&format=csv`);
  add("ListSchoolOutcomeValues", `/api/v1/school-outcomes/${id}/values?year=${years[years.length - 1]}&level=authority&sort=-value&pageSize=200`);
}
for (const { id, yearsAvailable: years } of indicators) {
  const [first, last] = [years[0], years[years.length - 1]];
  add("GetIndicator", `/api/v1/indicators/${id}`);
  add("ListIndicatorValues", `/api/v1/indicators/${id}/values?pageSize=1000`);
  add("ListIndicatorValues", `/api/v1/indicators/${id}/values?level=national&release=all&format=csv`);
  add("ListIndicatorValuesWide", `/api/v1/indicators/${id}/values/wide?pageSize=1000`);
  add("ListIndicatorValuesWide", `/api/v1/indicators/${id}/values/wide?level=authority&sort=-value&pageSize=200&format=csv`);
  add("GetRanking", `/api/v1/indicators/${id}/rankings`);
  add("GetRanking", `/api/v1/indicators/${id}/rankings?order=ascending&region=london&format=csv`);
  add("GetDistribution", `/api/v1/indicators/${id}/distribution`);
  if (years.length > 1) {
    add("GetChange", `/api/v1/indicators/${id}/change?from=${first}&to=${last}`);
    add("GetChange", `/api/v1/indicators/${id}/change?from=${years[years.length - 2]}&to=${last}&region=north-west&format=csv`);
    add("GetChange", `/api/v1/indicators/${id}/change?from=${first}&to=${last}&sort=-percent&limit=10`);
    add("GetChange", `/api/v1/indicators/${id}/change?from=${first}&to=${last}&sort=ratePercent&limit=200&format=csv`);
  }
  add("GetIndicatorMap", `/api/v1/indicators/${id}/map`);
  add("GetIndicatorMap", `/api/v1/indicators/${id}/map?year=${first}&format=csv`);
  add("GetComparison", `/api/v1/authorities/barnet/indicators/${id}/comparison?model=2021`);
  add("GetAuthorityTimeSeries", `/api/v1/authorities/E10000023/indicators/${id}`);
}
for (const id of sample) {
  add("GetComparison", `/api/v1/authorities/${id}/indicators/children-looked-after/comparison?from=2015&to=2025&format=csv`, [200, 404]);
  add("ListIndicatorValues", `/api/v1/indicators/children-in-need/values?authority=${id}&release=all`);
  add("ListInspections", `/api/v1/inspections?authority=${id}&pageSize=1000`);
  add("ListSpending", `/api/v1/spending?authority=${id}&lines=all&pageSize=1000`);
  add("ListPerChild", `/api/v1/spending/per-child?authority=${id}&pageSize=1000`);
  add("GetChange", `/api/v1/indicators/children-in-need/change?from=2013&to=2025&authority=${id}`);
}
const lists = [
  ["ListAuthorities", "/api/v1/authorities", "?status=all&pageSize=1000", "?status=abolished&sort=-laCode", "?region=london&type=london-borough&sort=gssCode", "?q=north&status=all", "?status=all&page=2&pageSize=20", "?page=99"],
  ["ListIndicators", "/api/v1/indicators", "?pageSize=1000", "?topic=Children%20looked%20after", "?page=2&pageSize=10"],
  ["ListRegions", "/api/v1/regions", ""],
  ["GetMeta", "/api/v1/meta", ""],
  ["ListDownloads", "/api/v1/downloads", ""],
  ["ListInspections", "/api/v1/inspections", "?pageSize=1000", "?page=2&pageSize=1000", "?page=3&pageSize=1000", "?framework=ilacs-standard&overallEffectiveness=inadequate", "?framework=sif&from=2014-01-01&to=2016-12-31", "?framework=ilacs-focused-visit&pageSize=1000", "?framework=monitoring-visit"],
  ["GetJudgementsInForce", "/api/v1/inspections/judgements-in-force", "", "?asAt=2012-03-31", "?asAt=2016-03-31&region=london", "?asAt=2025-03-31", "?asAt=2023-03-31&basis=publication"],
  ["GetOfficialSnapshot", "/api/v1/inspections/official-snapshot", "?asAt=2023-03-31", "?asAt=2024-03-31", "?asAt=2025-03-31"],
  ["GetBoundaries", "/api/v1/boundaries", "", "?asAt=2009-03-31", "?asAt=2019-03-31", "?asAt=2021-03-31", "?asAt=2025-03-31"],
  ["GetInspectionMap", "/api/v1/inspections/map", "", "?asAt=2012-03-31", "?asAt=2017-03-31&basis=publication", "?asAt=2025-03-31"],
  ["GetIndicatorMap", "/api/v1/indicators/children-in-need/map", "?year=2014", "?year=2018", "?year=2021", "?year=2022"],
  ["ListSpending", "/api/v1/spending", "?pageSize=1000", "?year=2025&category=children-looked-after&sort=-amount", "?lines=all&year=2009&pageSize=1000", "?lines=all&year=2025&page=3&pageSize=1000", "?sort=name&year=2016"],
  ["ListRevenueOutturn", "/api/v1/spending/revenue-outturn", "?pageSize=1000", "?year=2025&line=rsx-children-social-care&measure=net-current-expenditure&pageSize=200", "?form=ro3&authority=gateshead&pageSize=1000", "?page=3&pageSize=1000"],
  ["ListPerChild", "/api/v1/spending/per-child", "?pageSize=1000", "?level=national", "?level=region&year=2024", "?measure=spend-per-child&year=2020&pageSize=1000", "?measure=safeguarding-spend-per-child-in-need&page=5&pageSize=200"],
  ["ListSchoolOutcomes", "/api/v1/school-outcomes", "", "?pageSize=1000", "?cohort=looked-after&topic=key-stage-2", "?page=2&pageSize=10"],
  ["ListSchoolOutcomeValues", "/api/v1/school-outcomes/looked-after-progress-8/values", "?region=london&year=2024", "?level=region&from=2019&to=2023&sort=name", "?authority=barnet&authority=E09000002&sort=-year"],
  ["ListAuthoritySchoolOutcomes", "/api/v1/authorities/england/school-outcomes", "", "?cohort=children-in-need&topic=absence&from=2020", "?year=2025&page=2&pageSize=10"],
  ["ListOtherMeasures", "/api/v1/other-measures", "", "?pageSize=1000", "?page=2&pageSize=10"],
  ["ListOtherMeasureValues", "/api/v1/other-measures/looked-after-sdq-score/values", "?region=london&year=2024", "?level=region&from=2019&to=2023&sort=name", "?authority=barnet&authority=E09000002&sort=-year", "?year=2030"],
  ["ListAuthorityOtherMeasures", "/api/v1/authorities/england/other-measures", "", "?from=2020", "?year=2025&page=2&pageSize=10"],
  ["ListCoverage", "/api/v1/coverage", "", "?indicator=children-in-need", "?topic=Children%20looked%20after&pageSize=1000", "?page=3&pageSize=20"],
  ["ListIndicatorValuesWide", "/api/v1/indicators/children-in-need/values/wide", "", "?region=london&from=2020&sort=-year", "?authority=cumbria&authority=cumberland", "?level=region&page=2&pageSize=5", "?release=current&year=2025&sort=value"],
  ["ListIndicatorValues", "/api/v1/indicators/children-in-need/values", "?region=london&year=2025", "?level=region&from=2015&to=2020&sort=-value", "?min=10000&max=50000&sort=name", "?level=authority-group", "?release=all&authority=barnet&authority=E09000002&pageSize=1000"],
];
for (const [operation, path, ...queries] of lists) {
  for (const query of queries) {
    add(operation, path + query);
    add(operation, path + query + (query ? "&" : "?") + "format=csv", ["GetMeta", "ListDownloads"].includes(operation) ? [400] : [200]);
  }
}

// The documented error cases: each must answer a problem that the contract declares.
const version = meta.dataVersion;
const errors = [
  ["GetAuthority", "/api/v1/authorities/gotham", [404]],
  ["GetIndicator", "/api/v1/indicators/not-an-indicator", [404]],
  ["GetAuthorityTimeSeries", "/api/v1/authorities/barnet/indicators/nope", [404]],
  ["ListAuthorities", "/api/v1/authorities?page=0", [400]],
  ["ListAuthorities", "/api/v1/authorities?regoin=london", [400]],
  ["ListIndicatorValues", "/api/v1/indicators/children-in-need/values?year=abc", [400]],
  ["ListIndicatorValues", "/api/v1/indicators/children-in-need/values?pageSize=5000", [400]],
  ["ListIndicatorValues", "/api/v1/indicators/children-in-need/values?authority=gotham", [404]],
  // values?layout=wide answers 303 to values/wide, but Prism's proxy follows redirects upstream and hands back the
  // target's 200 as values' answer, so the 303 itself is tested over HTTP in tests/ (WideValuesTests); its 400s are here.
  ["ListIndicatorValues", "/api/v1/indicators/children-in-need/values?layout=wide&min=10", [400]],
  ["ListIndicatorValues", "/api/v1/indicators/children-in-need/values?layout=wide&release=all", [400]],
  ["ListIndicatorValuesWide", "/api/v1/indicators/children-in-need/values/wide?release=all", [400]],
  ["ListIndicatorValuesWide", "/api/v1/indicators/nope/values/wide", [404]],
  ["GetChange", "/api/v1/indicators/children-in-need/change", [400]],
  ["GetChange", "/api/v1/indicators/children-in-need/change?from=2020&to=2013", [400]],
  ["GetChange", "/api/v1/indicators/children-in-need/change?from=2013&to=2025&limit=500", [400]],
  ["GetJudgementsInForce", "/api/v1/inspections/judgements-in-force?asAt=31-03-2020", [400]],
  ["GetJudgementsInForce", "/api/v1/inspections/judgements-in-force?basis=report", [400]],
  ["GetOfficialSnapshot", "/api/v1/inspections/official-snapshot?asAt=2022-03-31", [404]],
  ["GetOfficialSnapshot", "/api/v1/inspections/official-snapshot", [400]],
  ["ListSpending", "/api/v1/spending?format=xml", [400]],
  ["GetSchoolOutcome", "/api/v1/school-outcomes/attainment-8", [404]],
  ["ListSchoolOutcomes", "/api/v1/school-outcomes?cohort=pupils", [400]],
  ["ListSchoolOutcomeValues", "/api/v1/school-outcomes/looked-after-progress-8/values?authority=gotham", [404]],
  ["ListSchoolOutcomeValues", "/api/v1/school-outcomes/looked-after-progress-8/values?from=2024&to=2020", [400]],
  ["ListAuthoritySchoolOutcomes", "/api/v1/authorities/gotham/school-outcomes", [404]],
  ["GetOtherMeasure", "/api/v1/other-measures/sdq-score", [404]],
  ["ListOtherMeasures", "/api/v1/other-measures?pageSize=0", [400]],
  ["ListOtherMeasureValues", "/api/v1/other-measures/looked-after-sdq-score/values?authority=gotham", [404]],
  ["ListOtherMeasureValues", "/api/v1/other-measures/looked-after-sdq-score/values?from=2024&to=2020", [400]],
  ["ListOtherMeasureValues", "/api/v1/other-measures/looked-after-sdq-score/values?sort=rank", [400]],
  ["ListAuthorityOtherMeasures", "/api/v1/authorities/gotham/other-measures", [404]],
  ["GetMeta", "/api/v1/meta?dataVersion=nonsense", [400]],
  ["GetMeta", "/api/v1/meta?dataVersion=1.0000000000000000", [410]],
  ["GetMeta", `/api/v1/meta?dataVersion=${version}`, [200]],
  ["GetAuthority", "/api/v1/authorities/barnet", [406], { accept: "application/xml" }],
  ["ListRegions", "/api/v1/regions", [406], { accept: "text/csv;q=0, application/xml" }],
  ["ListRegions", "/api/v1/regions", [200], { accept: "text/csv;q=0, application/json" }],
  ["GetNeighbours", "/api/v1/authorities/barnet/neighbours?model=2019", [400]],
  ["GetRanking", "/api/v1/indicators/children-in-need/rankings?order=up", [400]],
  ["GetIndicatorMap", "/api/v1/indicators/not-an-indicator/map", [404]],
  ["GetIndicatorMap", "/api/v1/indicators/children-in-need/map?year=2010", [404]],
  ["GetIndicatorMap", "/api/v1/indicators/children-in-need/map?year=1800", [400]],
  ["GetBoundaries", "/api/v1/boundaries?asAt=2020-02-30", [400]],
  ["GetBoundaries", "/api/v1/boundaries", [200], { accept: "application/json" }],
  ["GetBoundaries", "/api/v1/boundaries", [406], { accept: "application/xml" }],
  ["GetInspectionMap", "/api/v1/inspections/map?basis=report", [400]],
];
for (const [operation, path, expect, headers] of errors) {
  add(operation, path, expect, headers ?? {});
}

// The bulk downloads: each listed file whole, a range of it, a range past its end, and names that are not listed.
const downloads = await json("/api/v1/downloads");
for (const file of downloads.files) {
  add("GetDownload", file.url);
  add("GetDownload", `/api/v1/downloads/${file.name}`, [206], { range: "bytes=0-1023" });
  add("GetDownload", `/api/v1/downloads/${file.name}`, [206], { range: "bytes=-100", "if-range": `"${file.sha256}"` });
  add("GetDownload", `/api/v1/downloads/${file.name}`, [416], { range: `bytes=${file.bytes + 1}-` });
  add("GetDownload", `/api/v1/downloads/${file.name}`, [304], { "if-none-match": `"${file.sha256}"` });
  add("GetDownload", `/api/v1/downloads/${file.name}`, [200], { accept: file.mediaType });
}
for (const name of ["nope.db", "..%2Fchildservices.db", "childservices.db.manifest.json"]) {
  add("GetDownload", `/api/v1/downloads/${name}`, [404]);
}
add("GetDownload", `/api/v1/downloads/childservices.db?dataVersion=1.0000000000000000`, [410]);

/** A 304 needs the ETag of a 200 first. */
async function conditional(path) {
  const first = await fetch(base + path);
  const etag = first.headers.get("etag");
  await first.arrayBuffer();
  return etag;
}

/** Prism's header is a JSON array, prefixed "Too many violations! " (and possibly cut short) when long. */
function parseViolations(header) {
  const text = (header ?? "[]").replace(/^Too many violations! /, "");
  try {
    return JSON.parse(text);
  } catch {
    return [...text.matchAll(/"location":\[("[^"]*"(?:,"[^"]*")*)\][^{}]*?"message":"([^"]*)"/g)]
      .map((m) => ({ location: JSON.parse(`[${m[1]}]`), message: m[2] }));
  }
}

const tally = new Map();
const failures = [];
let responseViolations = 0;
let done = 0;

async function run({ operation, path, expect, headers }) {
  const response = await fetch(base + path, { headers });
  await response.arrayBuffer();
  const entry = tally.get(operation) ?? { requests: 0, violations: 0 };
  entry.requests++;
  tally.set(operation, entry);
  const violations = parseViolations(response.headers.get("sl-violations")).filter((v) => v.location?.[0] === "response");
  if (violations.length > 0) {
    entry.violations += violations.length;
    responseViolations += violations.length;
    failures.push(`${path} [${response.status}]: ${violations.map((v) => `${v.location.join(".")} ${v.message}`).join("; ")}`);
  }
  if (!expect.includes(response.status)) {
    failures.push(`${path}: expected ${expect.join(" or ")}, got ${response.status}`);
  }
  done++;
}

const started = Date.now();
const queue = [...requests];
await Promise.all(Array.from({ length: concurrency }, async () => {
  for (let next = queue.shift(); next; next = queue.shift()) {
    await run(next);
  }
}));
for (const path of ["/api/v1/authorities/barnet", "/api/v1/indicators/children-in-need/values?year=2025", "/api/v1/regions?format=csv", "/api/v1/boundaries"]) {
  const etag = await conditional(path);
  await run({ operation: "conditional", path, expect: [304], headers: { "if-none-match": etag } });
  await run({ operation: "conditional", path, expect: [304], headers: { "if-none-match": `W/${etag}` } });
}

const operations = Object.values(spec.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
const untested = operations.filter((o) => !tally.has(o));
for (const [operation, { requests: count, violations }] of [...tally].sort()) {
  console.log(`${operation.padEnd(26)} ${String(count).padStart(5)} requests ${String(violations).padStart(5)} violations`);
}
console.log(`crawl: ${done} requests, ${responseViolations} contract violations, ${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const failure of failures.slice(0, 60)) {
  console.log("  " + failure);
}
if (untested.length > 0) {
  console.log(`operations not crawled: ${untested.join(", ")}`);
}
process.exit(failures.length > 0 || untested.length > 0 ? 1 : 0);
