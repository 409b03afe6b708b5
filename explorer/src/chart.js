// The Chart tab. With an authority: its series beside its region, England, its statistical neighbours and their
// average (/api/v1/authorities/{id}/indicators/{indicatorId}/comparison). Without one: every authority ranked in the
// year (/api/v1/indicators/{id}/rankings). Each is one self-contained SVG, as the map is.
import { linear } from "./scale.js";
import { h, s, wrap, textLines, FONT, fitSvg } from "./dom.js";
import { hideTooltip, showTooltip } from "./tooltip.js";
import { formatNumber, formatValue, reasonText, statusLabel, unitLabel } from "./format.js";

const INK = "#0b0c0c";
const GREY = "#505a5f";

/** Okabe and Ito's colour-blind-safe colours, with dashes so no series is told apart by colour alone. */
export const SERIES_STYLE = {
  authority: { stroke: "#0072B2", width: 3, dash: null },
  "neighbour-average": { stroke: "#E69F00", width: 2.5, dash: "7 4" },
  neighbour: { stroke: "#b1b4b6", width: 1.2, dash: null },
  region: { stroke: "#009E73", width: 2.5, dash: "2 3" },
  england: { stroke: INK, width: 2, dash: "9 3 2 3" },
};

function header(svg, width, title, subtitle, pad) {
  const small = width < 480;
  let y = pad + (small ? 16 : 20);
  y = textLines(svg, wrap(title, Math.floor(width / (small ? 9 : 10.5))), pad, y, small ? 20 : 24, { "font-size": small ? 16 : 19, "font-weight": 700, fill: INK });
  return textLines(svg, wrap(subtitle, Math.floor(width / 7.5)), pad, y, 17, { "font-size": 13, fill: GREY });
}

function footer(svg, width, text, y, pad) {
  return textLines(svg, wrap(text, Math.floor((width - 2 * pad) / 6.3)), pad, y, 14, { "font-size": 11, fill: GREY, class: "attribution" });
}


function newSvg(describedBy, title) {
  const svg = s("svg", { xmlns: "http://www.w3.org/2000/svg", id: "chart-svg", class: "figure-svg", role: "group", "font-family": FONT, "aria-labelledby": "chart-svg-title", "aria-describedby": describedBy });
  svg.append(s("title", { id: "chart-svg-title", text: title }));
  svg.append(s("rect", { width: "100%", height: "100%", fill: "#ffffff" }));
  return svg;
}

/** The series of a comparison: [{ key, kind, label, points: [{ year, value, status, reason }] }]. */
export function comparisonSeries(comparison) {
  const years = comparison.years;
  const point = (y, cell) => ({ year: y.year, period: y.period, value: cell?.value ?? null, status: cell?.status ?? (cell?.value == null ? "missing" : "published"), reason: cell?.reason ?? null });
  const series = [
    { key: "authority", kind: "authority", label: comparison.authority.name, points: years.map((y) => point(y, y.figure)) },
    { key: "neighbour-average", kind: "neighbour-average", label: "Statistical neighbours' average", points: years.map((y) => point(y, y.neighbourAverage ? { value: y.neighbourAverage.value, status: y.neighbourAverage.value == null ? "missing" : "published" } : null)) },
    ...comparison.neighbours.map((n) => ({
      key: `neighbour:${n.authority.slug}`, kind: "neighbour", label: n.authority.name,
      points: years.map((y) => point(y, y.neighbours?.find((m) => m.authority.slug === n.authority.slug))),
    })),
    { key: "region", kind: "region", label: comparison.authority.region?.name ?? "Region", points: years.map((y) => point(y, y.region)) },
    { key: "england", kind: "england", label: "England", points: years.map((y) => point(y, y.england)) },
  ];
  return series;
}

function legendRow(svg, entries, x0, y, width) {
  let x = x0;
  for (const [kind, label] of entries) {
    const style = SERIES_STYLE[kind];
    const itemWidth = 34 + label.length * 6.6;
    if (x + itemWidth > width && x > x0) {
      x = x0;
      y += 20;
    }
    svg.append(s("line", { x1: x, x2: x + 26, y1: y - 4, y2: y - 4, stroke: style.stroke, "stroke-width": style.width, "stroke-dasharray": style.dash ?? undefined }));
    svg.append(s("text", { x: x + 30, y, "font-size": 12, fill: INK, text: label }));
    x += itemWidth + 10;
  }
  return y + 20;
}

/** One panel of lines sharing a y axis; returns its bottom edge and the x scale. */
function panel(svg, series, { x0, y0, width, height, unit, years, selectedYear, caption, labelChars }) {
  const right = width - 14;
  const values = series.flatMap((d) => d.points.map((p) => p.value)).filter((v) => v !== null);
  const low = Math.min(0, ...values);
  const high = Math.max(...values, 1);
  const y = linear([low, high], [y0 + height, y0 + 8], { round: true, count: 5 });
  const left = x0 + 26 + labelChars * 6.6;
  const x = linear([years[0], years.at(-1) === years[0] ? years[0] + 1 : years.at(-1)], [left, right]);
  const g = s("g", { class: "panel" });
  g.append(s("text", { x: x0, y: y0 - 6, "font-size": 12.5, "font-weight": 700, fill: INK, text: caption }));
  for (const tick of y.ticks(5)) {
    g.append(s("line", { x1: left, x2: right, y1: y(tick), y2: y(tick), stroke: tick === 0 ? "#6f777b" : "#e5e6e7" }));
    g.append(s("text", { x: left - 6, y: y(tick) + 4, "text-anchor": "end", "font-size": 11, fill: GREY, text: formatNumber(tick) }));
  }
  const every = Math.ceil(years.length / Math.max(2, Math.floor((right - left) / 46)));
  years.forEach((year, i) => {
    if (i % every !== 0 && i !== years.length - 1) return;
    g.append(s("text", { x: x(year), y: y0 + height + 16, "text-anchor": "middle", "font-size": 11, fill: GREY, text: String(year) }));
  });
  if (selectedYear !== null && years.includes(selectedYear)) {
    g.append(s("line", { x1: x(selectedYear), x2: x(selectedYear), y1: y0 + 8, y2: y0 + height, stroke: "#b1b4b6", "stroke-dasharray": "3 3", class: "selected-year" }));
  }
  g.append(s("text", { x: x0 + 10, y: y0 + height / 2, "font-size": 11, fill: GREY, transform: `rotate(-90 ${x0 + 10} ${y0 + height / 2})`, "text-anchor": "middle", text: unitLabel(unit) }));
  // A line through the years with a value, broken where a year has none (never drawn across a gap).
  const draw = (points) => {
    let d = "";
    let pen = "M";
    for (const p of points) {
      if (p.value === null) {
        pen = "M";
        continue;
      }
      d += `${pen}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`;
      pen = "L";
    }
    return d;
  };
  // Neighbours first, so the series the reader came for are drawn over them.
  const ordered = [...series].sort((a, b) => (a.kind === "neighbour" ? 0 : 1) - (b.kind === "neighbour" ? 0 : 1));
  for (const d of ordered) {
    const style = SERIES_STYLE[d.kind];
    const group = s("g", { class: "series", "data-series": d.kind, "data-label": d.label });
    group.append(s("path", { d: draw(d.points), fill: "none", stroke: style.stroke, "stroke-width": style.width, "stroke-dasharray": style.dash ?? undefined, "stroke-linejoin": "round", "stroke-linecap": "round" }));
    if (d.kind !== "neighbour") {
      for (const p of d.points) {
        if (p.value === null) continue;
        // A point standing alone (its neighbours in time have no value) would otherwise not show at all.
        group.append(s("circle", { cx: x(p.year), cy: y(p.value), r: d.kind === "authority" ? 3.5 : 2.5, fill: style.stroke }));
      }
    }
    g.append(group);
  }
  svg.append(g);
  return { bottom: y0 + height + 24, x, top: y0 + 8, height };
}

/** The tooltip for one year of a comparison: each series' value, or its status and reason. */
function yearTooltip(comparison, series, year, unit) {
  const entry = comparison.years.find((y) => y.year === year);
  const rows = series.filter((d) => d.kind !== "neighbour").map((d) => {
    const p = d.points.find((q) => q.year === year);
    const text = p?.value !== null && p?.value !== undefined ? formatValue(p.value, unit) : `${statusLabel(p?.status ?? "missing")}${p?.reason ? `: ${reasonText(p.reason)}` : ""}`;
    return h("span", { class: `tooltip-series tooltip-${d.kind}` }, h("strong", { text: `${d.label}: ` }), text);
  });
  const rank = entry?.rank ? h("span", { text: `Rank among its neighbours: ${entry.rank.position} of ${entry.rank.of}${entry.rank.tied ? " (tied)" : ""}` }) : null;
  return h("div", { class: "tooltip-body" }, h("strong", { class: "tooltip-name", text: entry?.period ?? String(year) }), rows, rank);
}

/** The comparison line chart. options: unit, title, subtitle, source, year (the year chosen), describedBy. */
export function drawComparison(container, comparison, options) {
  const { unit, title, subtitle, source, year, describedBy } = options;
  const width = Math.round(Math.max(300, Math.min(container.clientWidth || 640, 900)));
  const pad = 12;
  const svg = newSvg(describedBy, `${title}. ${subtitle}. Line chart; use the left and right arrow keys to read each year.`);
  let y = header(svg, width, title, subtitle, pad) + 8;
  const series = comparisonSeries(comparison);
  const years = comparison.years.map((d) => d.year);
  const split = unit === "count";
  const local = series.filter((d) => ["authority", "neighbour", "neighbour-average"].includes(d.kind));
  const wider = series.filter((d) => ["region", "england"].includes(d.kind));
  const name = comparison.authority.name;
  const legend = [["authority", name], ["neighbour-average", "Statistical neighbours' average"], ["neighbour", `Each of its ${comparison.neighbours.length} statistical neighbours`], ["region", comparison.authority.region?.name ?? "Region"], ["england", "England"]];
  y = legendRow(svg, legend, pad, y + 4, width - pad) + 16;
  const height = width < 480 ? 200 : 260;
  // One left edge for every panel, wide enough for the longest tick label, so the years line up.
  const largest = Math.max(...series.flatMap((d) => d.points.map((p) => Math.abs(p.value ?? 0))), 1);
  const labelChars = formatNumber(Math.round(largest)).length + 2;
  const panels = [];
  if (split) {
    // Counts for a region or England dwarf an authority's: they get their own axis rather than a flat line.
    panels.push(panel(svg, local, { x0: pad, y0: y, width, height, unit, years, selectedYear: year, labelChars, caption: `${name} and its statistical neighbours` }));
    y = panels[0].bottom + 22;
    panels.push(panel(svg, wider, { x0: pad, y0: y, width, height: Math.round(height * 0.8), unit, years, selectedYear: year, labelChars, caption: `${comparison.authority.region?.name ?? "Region"} and England (own scale)` }));
  } else {
    panels.push(panel(svg, series, { x0: pad, y0: y, width, height, unit, years, selectedYear: year, labelChars, caption: "" }));
  }
  y = panels.at(-1).bottom + 6;

  // Reading the chart year by year, with a pointer or the arrow keys.
  const rule = s("g", { class: "rule", "pointer-events": "none" });
  const focusArea = s("rect", {
    x: panels[0].x.range()[0], y: panels[0].top, width: panels[0].x.range()[1] - panels[0].x.range()[0], height: y - panels[0].top,
    fill: "transparent", tabindex: 0, class: "chart-focus", role: "img", "aria-label": `Read the chart year by year with the left and right arrow keys, ${years[0]} to ${years.at(-1)}`,
  });
  let current = years.includes(year) ? year : years.at(-1);
  const showYear = (yr, at) => {
    current = yr;
    const px = panels[0].x(yr);
    rule.replaceChildren(...panels.map((p) => s("line", { x1: px, x2: px, y1: p.top, y2: p.top + p.height - 8, stroke: INK, "stroke-width": 1 })));
    showTooltip(yearTooltip(comparison, series, yr, unit), at ?? rule);
  };
  const nearest = (clientX) => {
    const box = svg.getBoundingClientRect();
    const px = ((clientX - box.left) / box.width) * width;
    const yr = Math.round(panels[0].x.invert(px));
    return years.reduce((best, v) => (Math.abs(v - yr) < Math.abs(best - yr) ? v : best), years[0]);
  };
  focusArea.addEventListener("pointermove", (e) => showYear(nearest(e.clientX), { x: e.clientX, y: e.clientY }));
  focusArea.addEventListener("pointerleave", () => { rule.replaceChildren(); hideTooltip(); });
  focusArea.addEventListener("focus", () => showYear(current));
  focusArea.addEventListener("blur", () => { rule.replaceChildren(); hideTooltip(); });
  focusArea.addEventListener("keydown", (e) => {
    const i = years.indexOf(current);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: years.length - 1 }[e.key];
    if (next !== undefined && next >= 0 && next < years.length) {
      e.preventDefault();
      showYear(years[next]);
    } else if (e.key === "Escape") {
      rule.replaceChildren();
      hideTooltip();
    }
  });
  svg.append(rule, focusArea);
  y = footer(svg, width, source, y + 8, pad);
  return fitSvg(svg, container, width, y, pad);
}

function hatch(id) {
  return s("pattern", { id, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" },
    s("rect", { width: 6, height: 6, fill: "#f3f2f1" }),
    s("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#6f777b", "stroke-width": 2 }));
}

/** The ranking bar chart. options: unit, title, subtitle, source, selected (slug), onSelect, describedBy. */
export function drawRanking(container, ranking, options) {
  const { unit, title, subtitle, source, selected, onSelect, describedBy } = options;
  const width = Math.round(Math.max(300, Math.min(container.clientWidth || 640, 900)));
  const pad = 12;
  const svg = newSvg(describedBy, `${title}. ${subtitle}. Bar chart of ${ranking.ranked} authorities, highest first; use the arrow keys to move between bars.`);
  svg.append(s("defs", {}, hatch("chart-hatch")));
  let y = header(svg, width, title, subtitle, pad) + 10;
  const labelWidth = Math.round(Math.min(170, width * 0.36));
  const valueWidth = 64;
  const items = ranking.items;
  const high = Math.max(...items.map((d) => d.value), 0);
  const low = Math.min(0, ...items.map((d) => d.value));
  const x = linear([low, high || 1], [pad + labelWidth, width - pad - valueWidth]);
  const row = 16;
  const chars = Math.floor(labelWidth / 6.2);
  const bars = s("g", { class: "bars" });
  const order = [];
  const show = (item, node, at) => {
    node.classList.add("active");
    const parts = [
      h("strong", { class: "tooltip-name", text: item.authority.name }),
      item.value !== null ? h("span", { class: "tooltip-value", text: formatValue(item.value, unit) }) : h("span", { class: "tooltip-status", text: statusLabel(item.status) }),
      item.position ? h("span", { class: "tooltip-rank", text: `Rank ${item.position} of ${ranking.ranked}${item.tied ? " (tied)" : ""} (1 = highest)` }) : null,
      item.percentile !== null && item.percentile !== undefined ? h("span", { text: `Percentile ${formatNumber(item.percentile)}` }) : null,
      item.reason ? h("span", { class: "tooltip-reason", text: reasonText(item.reason) }) : null,
    ];
    showTooltip(h("div", { class: "tooltip-body" }, parts), at ?? node);
  };
  const hide = (node) => {
    node.classList.remove("active");
    hideTooltip();
  };
  const entries = [...items.map((d) => ({ ...d, status: "published" })), ...ranking.excluded.map((d) => ({ ...d, position: null }))];
  entries.forEach((item, i) => {
    const top = y + i * row;
    const isSelected = item.authority.slug === selected;
    const name = item.authority.name.length > chars ? `${item.authority.name.slice(0, chars - 1)}…` : item.authority.name;
    const label = item.value !== null
      ? `${item.position}. ${item.authority.name}: ${formatValue(item.value, unit)}`
      : `${item.authority.name}: ${statusLabel(item.status)}. ${reasonText(item.reason)}`;
    const g = s("g", { class: "bar", "data-slug": item.authority.slug, tabindex: i === 0 ? 0 : -1, role: "button", "aria-label": label, "aria-pressed": isSelected ? "true" : "false" });
    g.append(s("rect", { x: 0, y: top, width, height: row, fill: isSelected ? "#dbe9f5" : "transparent" }));
    g.append(s("text", { x: pad + labelWidth - 6, y: top + 12, "text-anchor": "end", "font-size": 11.5, fill: INK, "font-weight": isSelected ? 700 : 400, text: name }));
    if (item.value !== null) {
      const x1 = x(Math.min(0, item.value));
      const x2 = x(Math.max(0, item.value));
      g.append(s("rect", { x: x1, y: top + 2, width: Math.max(1, x2 - x1), height: row - 4, fill: isSelected ? "#003078" : "#5694ca" }));
      g.append(s("text", { x: x2 + 4, y: top + 12, "font-size": 11, fill: GREY, text: formatNumber(item.value) }));
    } else {
      g.append(s("rect", { x: x(0), y: top + 2, width: 24, height: row - 4, fill: "url(#chart-hatch)" }));
      g.append(s("text", { x: x(0) + 30, y: top + 12, "font-size": 11, fill: GREY, text: statusLabel(item.status) }));
    }
    g.addEventListener("pointermove", (e) => show(item, g, { x: e.clientX, y: e.clientY }));
    g.addEventListener("pointerleave", () => hide(g));
    g.addEventListener("focus", () => show(item, g));
    g.addEventListener("blur", () => hide(g));
    g.addEventListener("click", () => onSelect(item.authority.slug));
    g.addEventListener("keydown", (e) => {
      const next = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: entries.length - 1 }[e.key];
      if (next !== undefined) {
        e.preventDefault();
        const target = order[(next + entries.length) % entries.length];
        g.tabIndex = -1;
        target.tabIndex = 0;
        target.focus();
      } else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onSelect(item.authority.slug);
      }
    });
    order.push(g);
    bars.append(g);
  });
  svg.append(bars);
  y += entries.length * row + 14;
  y = footer(svg, width, source, y, pad);
  return fitSvg(svg, container, width, y, pad);
}
