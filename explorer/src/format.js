// Numbers as the API gives them: every digit kept, grouped for reading; the unit said beside, never folded in.
const plain = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 10 });

const UNITS = {
  count: "",
  percent: "%",
  "rate-per-10000-children": " per 10,000 children",
  "full-time-equivalent": " FTE",
  days: " days",
  pounds: "",
  ratio: "",
};

/** The number alone, e.g. 1,978 or 12.5. */
export function formatNumber(value) {
  return value === null || value === undefined ? "" : plain.format(value);
}

/** The number with its unit, e.g. £1,234 or 345.6 per 10,000 children. */
export function formatValue(value, unit) {
  if (value === null || value === undefined) return "";
  const number = plain.format(value);
  return unit === "pounds" ? `£${number}` : `${number}${UNITS[unit] ?? ""}`;
}

/** The unit as a label for an axis or a column. */
export function unitLabel(unit) {
  return {
    count: "Number",
    percent: "Per cent",
    "rate-per-10000-children": "Rate per 10,000 children",
    "full-time-equivalent": "Full-time equivalent",
    days: "Days",
    pounds: "Pounds (£)",
    ratio: "Ratio",
  }[unit] ?? unit;
}

/** A status in words: published, suppressed, not-available... as the API names them. */
export function statusLabel(status) {
  return {
    published: "Published",
    suppressed: "Suppressed",
    "not-available": "Not available",
    "not-applicable": "Not applicable",
    "low-reliability": "Low reliability",
    "rounds-to-zero": "Rounds to zero",
    missing: "Missing",
  }[status] ?? status;
}

/** The reason the API gives for a special value: a text, or a text with its source. */
export function reasonText(reason) {
  if (!reason) return "";
  return typeof reason === "string" ? reason : reason.text ?? "";
}

export function reasonSource(reason) {
  return reason && typeof reason === "object" ? reason.source ?? "" : "";
}

export const GRADE_LABELS = {
  outstanding: "Outstanding",
  good: "Good",
  "requires-improvement-to-be-good": "Requires improvement to be good",
  inadequate: "Inadequate",
};

/** An ISO date as 31 March 2025. */
export function formatDate(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
