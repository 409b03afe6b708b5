// Smoke test of a client generated from openapi/v1.json (openapi-typescript + openapi-fetch) against a running API.
// tsc fails if this code and the contract disagree; the run fails if the server and the contract disagree.
// Usage: node clients/typescript/dist/smoke.js http://127.0.0.1:5098
import createClient from "openapi-fetch";
import type { paths, components } from "./schema.js";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:5098";
const client = createClient<paths>({ baseUrl });
type Status = components["schemas"]["ObservationStatus"];
const statuses: readonly Status[] = ["published", "suppressed", "not-available", "not-applicable", "low-reliability", "rounds-to-zero"];

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(`contract mismatch: ${message}`);
  }
}

/** A 200 body may be JSON or CSV text (the contract offers both); JSON requests must get the object. */
function json<T>(data: T | undefined, what: string): Exclude<T, string> {
  check(data !== undefined && data !== null && typeof data === "object", `${what} is a JSON object`);
  return data as Exclude<T, string>;
}

async function main(): Promise<void> {
  const authority = await client.GET("/api/v1/authorities/{id}", { params: { path: { id: "barnet" } } });
  check(authority.response.status === 200 && authority.data !== undefined, `GET authority answered ${authority.response.status}`);
  check(authority.data.gssCode === "E09000003" && authority.data.type === "london-borough", "Barnet's codes and type");
  check(Array.isArray(authority.data.successors) && authority.data.region?.slug === "london", "Barnet's region and links");

  const series = await client.GET("/api/v1/authorities/{id}/indicators/{indicatorId}", {
    params: { path: { id: "E09000003", indicatorId: "child-protection-plans" } },
  });
  check(series.response.status === 200, `GET time series answered ${series.response.status}`);
  const seriesBody = json(series.data, "time series");
  check(seriesBody.points.length >= 13, "Barnet's series covers 2013-2025");
  for (const point of seriesBody.points) {
    check(Number.isInteger(point.year) && statuses.includes(point.status), `point ${point.year} has a known status`);
    check((point.status === "published") === (typeof point.value === "number"), `point ${point.year}: value present only when published`);
  }

  const values = await client.GET("/api/v1/indicators/{indicatorId}/values", {
    params: { path: { indicatorId: "children-in-need" }, query: { year: 2025, level: "national" } },
  });
  check(values.response.status === 200, `GET values answered ${values.response.status}`);
  const page = json(values.data, "values page");
  const england = page.items[0];
  check(england !== undefined && england.value === 402400 && page.paging.totalItems === 1, "England 2025 children in need is 402,400");
  check((values.response.headers.get("link") ?? "").includes('rel="first"'), "paging Link header");

  const missing = await client.GET("/api/v1/authorities/{id}", { params: { path: { id: "gotham" } } });
  check(missing.response.status === 404 && missing.error !== undefined, "unknown authority is a 404 problem");
  check(missing.response.headers.get("content-type")?.startsWith("application/problem+json") === true, "problem content type");

  const csv = await client.GET("/api/v1/indicators/{indicatorId}/values", {
    params: { path: { indicatorId: "children-in-need" }, query: { year: 2025, level: "national", format: "csv" } },
    parseAs: "text",
  });
  check(csv.response.status === 200 && typeof csv.data === "string", `CSV export answered ${csv.response.status}`);
  check(csv.response.headers.get("content-type")?.startsWith("text/csv") === true, "CSV content type");
  const [header, england2025] = csv.data.split("\r\n");
  check(header?.startsWith("geographyCode,geographyLaCode,geographyName,geographySlug,geographyLevel,year,period,value,status,reasonText,reasonSource,release,") === true
    && header.endsWith(",permalink"), `CSV header: ${header}`);
  check(england2025?.startsWith("E92000001,,England,england,national,2025,31 March 2025,402400,published,") === true, `CSV row: ${england2025}`);

  console.log("typescript client smoke: 5 operations checked (one as CSV), contract and server agree");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
