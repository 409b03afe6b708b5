// The public API, and nothing else: every figure the page shows comes from one of these GETs.
const cache = new Map();
const CACHE_LIMIT = 40;

/** A path under the API with its query, leaving out parameters that are not set. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The same URL asking for CSV, as the API offers on every list and table. */
export function csvUrl(url) {
  return url.includes("?") ? `${url}&format=csv` : `${url}?format=csv`;
}

/** An absolute URL on this host, for links people copy. */
export function absolute(url) {
  return new URL(url, location.origin).href;
}

/** A problem (RFC 9457) the API answered with, kept whole so the page can say what went wrong. */
export class ApiProblem extends Error {
  constructor(url, status, problem) {
    super(problem?.detail ?? problem?.title ?? `The API answered ${status}.`);
    this.url = url;
    this.status = status;
    this.problem = problem;
  }
}

/** GET a JSON (or GeoJSON) answer, once per URL while the page is open. */
export function getJson(url) {
  if (cache.has(url)) {
    const hit = cache.get(url);
    cache.delete(url);
    cache.set(url, hit);
    return hit;
  }
  const request = fetch(url, { headers: { accept: "application/json, application/geo+json" } }).then(async (response) => {
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiProblem(url, response.status, body);
    return body;
  });
  request.catch(() => cache.delete(url));
  cache.set(url, request);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value);
  return request;
}

/** Every page of a paged list (the catalogue has more than one page at the cheap page size). */
export async function getAllPages(path, params, pageSize = 200) {
  const first = await getJson(apiUrl(path, { ...params, pageSize }));
  const items = [...first.items];
  for (let page = 2; page <= first.paging.totalPages; page++) {
    items.push(...(await getJson(apiUrl(path, { ...params, pageSize, page }))).items);
  }
  return items;
}
