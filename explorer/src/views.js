// What each view shows as a table: the rows behind the picture, which are also its text alternative.
import { h } from "./dom.js";
import { formatDate, formatNumber, formatValue, GRADE_LABELS, reasonText, statusLabel } from "./format.js";
import { absolute } from "./api.js";

const GRADE_ORDER = ["outstanding", "good", "requires-improvement-to-be-good", "inadequate"];

function figureCell(value, status, reason, unit) {
  if (value !== null && value !== undefined) return formatValue(value, unit);
  const text = reasonText(reason);
  return h("span", { class: "special" }, h("span", { class: "status", text: statusLabel(status ?? "missing") }), text ? h("span", { class: "reason", text }) : null);
}

function link(href, text) {
  return href ? h("a", { href: absolute(href), text }) : "";
}

/** The map of an indicator: every authority with its figure, rank and quintile, or its status and reason. */
export function mapFigureTable(collection, unit) {
  const columns = [
    { key: "name", label: "Authority", sort: (f) => f.properties.name, cell: (f) => f.properties.name },
    { key: "region", label: "Region", sort: (f) => f.properties.regionName, cell: (f) => f.properties.regionName ?? "" },
    { key: "value", label: "Figure", numeric: true, sort: (f) => f.properties.value, cell: (f) => figureCell(f.properties.value, f.properties.status, f.properties.statusReason ?? f.properties.reason, unit) },
    { key: "rank", label: "Rank", numeric: true, sort: (f) => f.properties.rank, cell: (f) => f.properties.rank ?? "" },
    { key: "quintile", label: "Quintile", numeric: true, sort: (f) => f.properties.quintile, cell: (f) => f.properties.quintile ?? "" },
    { key: "permalink", label: "Permalink", sort: (f) => f.properties.permalink, cell: (f) => link(f.properties.permalink, "figure") },
  ];
  return { columns, rows: collection.features, sortKey: "name" };
}

/** The Ofsted layer: each authority's overall effectiveness grade in force, with the inspection that gave it. */
export function mapGradeTable(collection) {
  const columns = [
    { key: "name", label: "Authority", sort: (f) => f.properties.name, cell: (f) => f.properties.name },
    { key: "region", label: "Region", sort: (f) => f.properties.regionName, cell: (f) => f.properties.regionName ?? "" },
    { key: "grade", label: "Overall effectiveness", numeric: true, sort: (f) => (f.properties.grade ? GRADE_ORDER.indexOf(f.properties.grade) : null), cell: (f) => (f.properties.grade ? GRADE_LABELS[f.properties.grade] ?? f.properties.grade : "No grade in force") },
    { key: "framework", label: "Framework", sort: (f) => f.properties.framework, cell: (f) => f.properties.framework ?? "" },
    { key: "inspected", label: "Inspection", sort: (f) => f.properties.inspectionDate, cell: (f) => formatDate(f.properties.inspectionDate) },
    { key: "published", label: "Report published", sort: (f) => f.properties.publicationDate, cell: (f) => formatDate(f.properties.publicationDate) },
    { key: "report", label: "Report", sort: (f) => f.properties.webLink, cell: (f) => (f.properties.webLink ? h("a", { href: f.properties.webLink, rel: "noopener", text: "Ofsted" }) : "") },
  ];
  return { columns, rows: collection.features, sortKey: "name" };
}

/** A ranking: position, authority, figure and percent rank; authorities without a figure last, with the reason. */
export function rankingTable(ranking, unit) {
  const rows = [...ranking.items.map((d) => ({ ...d, status: "published" })), ...ranking.excluded.map((d) => ({ ...d, position: null, percentile: null }))];
  const columns = [
    { key: "position", label: "Rank", numeric: true, sort: (d) => d.position, cell: (d) => (d.position ? `${d.position}${d.tied ? "=" : ""}` : "") },
    { key: "name", label: "Authority", sort: (d) => d.authority.name, cell: (d) => d.authority.name },
    { key: "value", label: "Figure", numeric: true, sort: (d) => d.value, cell: (d) => figureCell(d.value, d.status, d.reason, unit) },
    { key: "percentile", label: "Percentile", numeric: true, sort: (d) => d.percentile, cell: (d) => (d.percentile !== null && d.percentile !== undefined ? formatNumber(d.percentile) : "") },
    { key: "permalink", label: "Permalink", sort: (d) => d.permalink, cell: (d) => link(d.permalink, "figure") },
  ];
  return { columns, rows, sortKey: "position" };
}

/** A comparison: one row per year with the authority, its neighbours' average, region and England. */
export function comparisonTable(comparison, unit) {
  const cell = (c) => (c ? figureCell(c.value, c.status ?? (c.value == null ? "missing" : "published"), c.reason, unit) : "");
  const columns = [
    { key: "year", label: "Year", numeric: true, sort: (y) => y.year, cell: (y) => y.period ?? String(y.year) },
    { key: "authority", label: comparison.authority.name, numeric: true, sort: (y) => y.figure?.value ?? null, cell: (y) => cell(y.figure) },
    { key: "neighbours", label: "Neighbours' average", numeric: true, sort: (y) => y.neighbourAverage?.value ?? null, cell: (y) => (y.neighbourAverage ? cell({ value: y.neighbourAverage.value }) : "") },
    { key: "rank", label: "Rank among neighbours", numeric: true, sort: (y) => y.rank?.position ?? null, cell: (y) => (y.rank ? `${y.rank.position} of ${y.rank.of}${y.rank.tied ? " (tied)" : ""}` : "") },
    { key: "region", label: comparison.authority.region?.name ?? "Region", numeric: true, sort: (y) => y.region?.value ?? null, cell: (y) => cell(y.region) },
    { key: "england", label: "England", numeric: true, sort: (y) => y.england?.value ?? null, cell: (y) => cell(y.england) },
    { key: "permalink", label: "Permalink", sort: (y) => y.figure?.permalink ?? null, cell: (y) => link(y.figure?.permalink, "figure") },
  ];
  return { columns, rows: comparison.years, sortKey: "year", descending: true };
}
