// The Map tab: a choropleth of /api/v1/indicators/{id}/map (quintiles, special values hatched) or of
// /api/v1/inspections/map (Ofsted grades), drawn as one self-contained SVG (title, legend, London inset, attribution)
// so that the same picture downloads as SVG or PNG.
import { geoPath, geoTransverseMercator } from "d3-geo";
import { h, s, wrap, textLines, FONT, fitSvg } from "./dom.js";
import { hideTooltip, showTooltip } from "./tooltip.js";
import { formatDate, formatNumber, formatValue, GRADE_LABELS, reasonText, statusLabel } from "./format.js";

/**
 * Quintile 1 (lowest fifth) to 5 (highest): viridis, light to dark, readable with any colour vision. Taken from
 * d3-scale-chromatic's interpolateViridis when the bundle is built (explorer/build.mjs), so the page does not ship
 * the whole colour library for five colours.
 */
// eslint-disable-next-line no-undef
export const QUINTILE_COLOURS = __QUINTILE_COLOURS__;

/** Ofsted's four grades, best to worst: ColorBrewer's colour-blind-safe RdYlBu, four classes. */
export const GRADE_COLOURS = {
  outstanding: "#2c7bb6",
  good: "#abd9e9",
  "requires-improvement-to-be-good": "#fdae61",
  inadequate: "#d7191c",
};
const NO_GRADE = "#d9d9d9";
const INK = "#0b0c0c";

const LONDON = "E12000007";

/** Planar signed area of a lon/lat ring (positive = anticlockwise with north up). */
function ringArea(ring) {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return area / 2;
}

/**
 * d3-geo reads polygons spherically, outer rings clockwise; RFC 7946 asks for anticlockwise. Either may arrive (a
 * union computed at import need not follow the file's order), so every ring is put the way d3 wants it.
 */
function forD3(geometry) {
  const polygon = (rings) => rings.map((ring, i) => ((i === 0) === ringArea(ring) > 0 ? [...ring].reverse() : ring));
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: polygon(geometry.coordinates) };
  if (geometry.type === "MultiPolygon") return { type: "MultiPolygon", coordinates: geometry.coordinates.map(polygon) };
  return geometry;
}

function hatch(id) {
  return s("pattern", { id, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" },
    s("rect", { width: 6, height: 6, fill: "#f3f2f1" }),
    s("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#6f777b", "stroke-width": 2 }));
}

/** How an area is filled, and what a keyboard or screen-reader user hears for it. */
function describe(feature, layer, unit, ranked) {
  const p = feature.properties;
  if (layer === "ofsted") {
    const grade = p.grade ? GRADE_LABELS[p.grade] ?? p.grade : "No overall grade in force";
    return { fill: p.grade ? GRADE_COLOURS[p.grade] ?? NO_GRADE : NO_GRADE, label: `${p.name}: ${grade}` };
  }
  if (p.value === null || p.value === undefined) {
    return { fill: "url(#map-hatch)", label: `${p.name}: ${statusLabel(p.status)}. ${reasonText(p.statusReason ?? p.reason)}` };
  }
  const rank = p.rank ? `, rank ${p.rank} of ${ranked}` : "";
  return { fill: QUINTILE_COLOURS[(p.quintile ?? 1) - 1], label: `${p.name}: ${formatValue(p.value, unit)}${rank}` };
}

/** The tooltip for an area: name, region, then the figure with its rank, or the status and its reason. */
export function tooltipFor(feature, layer, unit, ranked) {
  const p = feature.properties;
  const parts = [h("strong", { class: "tooltip-name", text: p.name }), h("span", { class: "tooltip-region", text: p.regionName ?? "" })];
  if (layer === "ofsted") {
    if (p.grade) {
      parts.push(h("span", { class: "tooltip-value", text: GRADE_LABELS[p.grade] ?? p.grade }));
      parts.push(h("span", { text: `${p.framework ? `${p.framework.toUpperCase()} inspection` : "Inspection"}${p.inspectionDate ? ` from ${formatDate(p.inspectionDate)}` : ""}` }));
      if (p.publicationDate) parts.push(h("span", { text: `Report published ${formatDate(p.publicationDate)}` }));
    } else {
      parts.push(h("span", { class: "tooltip-status", text: "No overall grade in force at this date" }));
    }
  } else if (p.value === null || p.value === undefined) {
    parts.push(h("span", { class: "tooltip-status", text: statusLabel(p.status) }));
    const reason = reasonText(p.statusReason ?? p.reason);
    if (reason) parts.push(h("span", { class: "tooltip-reason", text: reason }));
  } else {
    parts.push(h("span", { class: "tooltip-value", text: formatValue(p.value, unit) }));
    if (p.rank) parts.push(h("span", { class: "tooltip-rank", text: `Rank ${p.rank} of ${ranked} (1 = highest)` }));
    if (p.quintile) parts.push(h("span", { text: `Quintile ${p.quintile} of 5 (5 = highest fifth)` }));
  }
  if (p.boundaryNote) parts.push(h("span", { class: "tooltip-note", text: p.boundaryNote }));
  return h("div", { class: "tooltip-body" }, parts);
}

/** Legend rows: [colour or pattern, label]. */
function legendItems(features, layer) {
  if (layer === "ofsted") {
    const count = (g) => features.filter((f) => (f.properties.grade ?? null) === g).length;
    return [
      ...Object.entries(GRADE_COLOURS).map(([grade, colour]) => [colour, `${GRADE_LABELS[grade]} (${count(grade)})`]),
      [NO_GRADE, `No grade in force (${count(null)})`],
    ];
  }
  const items = [];
  for (let q = 1; q <= 5; q++) {
    const values = features.filter((f) => f.properties.quintile === q).map((f) => f.properties.value);
    if (!values.length) continue;
    const low = Math.min(...values);
    const high = Math.max(...values);
    items.push([QUINTILE_COLOURS[q - 1], `${q === 1 ? "Lowest fifth" : q === 5 ? "Highest fifth" : `Quintile ${q}`}: ${formatNumber(low)}${high !== low ? ` to ${formatNumber(high)}` : ""}`]);
  }
  const special = new Map();
  for (const f of features) {
    if (f.properties.value === null || f.properties.value === undefined) {
      special.set(f.properties.status, (special.get(f.properties.status) ?? 0) + 1);
    }
  }
  if (special.size) {
    items.push(["url(#map-hatch)", `No published figure: ${[...special].map(([status, n]) => `${n} ${statusLabel(status).toLowerCase()}`).join(", ")}`]);
  }
  return items;
}

/**
 * Draws the map into `container` and returns the SVG. options: layer (figures | ofsted), unit, title, subtitle,
 * selected (slug), onSelect(slug), describedBy (the id of the table that is its text alternative).
 */
export function drawMap(container, collection, options) {
  const { layer, unit, title, subtitle, selected, onSelect, describedBy, fitHeight = Infinity } = options;
  // As wide as the space allows, but no taller than fitHeight (an iframe shows the whole map): the map is about 1.2
  // times as tall as it is wide, plus some 230 px of title, legend and attribution below it. Where that leaves room
  // beside the map (a wide, short iframe), the legend and attribution go there instead and the map grows.
  const available = container.clientWidth || 640;
  const SIDE = 260;
  let mapWidth = Math.min(available, 760, (fitHeight - 230) / 1.2);
  let side = false;
  if (Number.isFinite(fitHeight) && available >= 300 + SIDE) {
    const beside = Math.min(available - SIDE, 760, (fitHeight - 80) / 1.2);
    if (beside > mapWidth + 40) {
      side = true;
      mapWidth = beside;
    }
  }
  mapWidth = Math.round(Math.max(300, mapWidth));
  const width = side ? mapWidth + SIDE : mapWidth;
  const pad = 12;
  const small = mapWidth < 480;
  const titleLines = wrap(title, Math.floor(width / (small ? 9 : 10.5)));
  const subtitleLines = wrap(subtitle, Math.floor(width / 7.5));
  const features = collection.features;
  const drawn = features.filter((f) => f.geometry).map((f) => ({ ...f, geometry: forD3(f.geometry) }));
  const notDrawn = features.filter((f) => !f.geometry);
  const ranked = features.filter((f) => f.properties.rank).length;

  const svg = s("svg", {
    xmlns: "http://www.w3.org/2000/svg", id: "map-svg", class: "figure-svg", role: "group", "font-family": FONT,
    "aria-labelledby": "map-svg-title", "aria-describedby": describedBy,
  });
  svg.append(s("title", { id: "map-svg-title", text: `${title}. ${subtitle}. Map of England's local authorities; use the arrow keys to move between areas.` }));
  svg.append(s("defs", {}, hatch("map-hatch")));
  svg.append(s("rect", { width: "100%", height: "100%", fill: "#ffffff" }));
  let y = pad + (small ? 16 : 20);
  y = textLines(svg, titleLines, pad, y, small ? 20 : 24, { "font-size": small ? 16 : 19, "font-weight": 700, fill: INK });
  y = textLines(svg, subtitleLines, pad, y, 17, { "font-size": 13, fill: "#505a5f" });

  const mapTop = y + 4;
  const mapHeight = Math.round((mapWidth - 2 * pad) * 1.18);
  const projection = geoTransverseMercator().rotate([2, 0]).fitExtent([[pad, mapTop], [mapWidth - pad, mapTop + mapHeight]], { type: "FeatureCollection", features: drawn });
  const path = geoPath(projection);
  const describeAll = new Map(drawn.map((f) => [f.properties.slug, describe(f, layer, unit, ranked)]));

  const areas = s("g", { class: "areas" });
  const highlight = s("g", { class: "highlight", "pointer-events": "none" });
  const order = [...drawn].sort((a, b) => a.properties.name.localeCompare(b.properties.name, "en-GB"));
  const firstFocus = order.find((f) => f.properties.slug === selected) ?? order[0];

  const show = (f, target, at) => {
    highlight.replaceChildren(s("path", { d: target.getAttribute("d"), transform: target.getAttribute("transform") ?? undefined, fill: "none", stroke: INK, "stroke-width": 2.5 }));
    showTooltip(tooltipFor(f, layer, unit, ranked), at ?? target);
  };
  const hide = () => {
    highlight.replaceChildren();
    hideTooltip();
  };

  const byslug = new Map();
  for (const f of drawn) {
    const slug = f.properties.slug;
    const d = describeAll.get(slug);
    const area = s("path", {
      d: path(f), fill: d.fill, stroke: "#ffffff", "stroke-width": 0.6, class: "area", "data-slug": slug,
      "data-name": f.properties.name, tabindex: f === firstFocus ? 0 : -1, role: "button", "aria-label": d.label,
      "aria-pressed": slug === selected ? "true" : "false",
    });
    area.addEventListener("pointermove", (e) => show(f, area, { x: e.clientX, y: e.clientY }));
    area.addEventListener("pointerleave", hide);
    area.addEventListener("focus", () => show(f, area));
    area.addEventListener("blur", hide);
    area.addEventListener("click", () => onSelect(slug));
    area.addEventListener("keydown", (e) => {
      const i = order.indexOf(f);
      const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: order.length - 1 }[e.key];
      if (next !== undefined) {
        e.preventDefault();
        const target = byslug.get(order[(next + order.length) % order.length].properties.slug);
        area.tabIndex = -1;
        target.tabIndex = 0;
        target.focus();
      } else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onSelect(slug);
      } else if (e.key === "Escape") {
        hide();
      }
    });
    byslug.set(slug, area);
    areas.append(area);
  }
  svg.append(areas);
  if (selected && byslug.has(selected)) {
    svg.append(s("path", { d: byslug.get(selected).getAttribute("d"), fill: "none", stroke: INK, "stroke-width": 3, "pointer-events": "none", class: "selected-outline" }));
  }

  // London's 33 boroughs are a few pixels across on a map of England: an enlarged copy top right, for pointers
  // (keyboard and screen-reader users reach the same areas in the main map).
  const london = drawn.filter((f) => f.properties.regionCode === LONDON);
  if (london.length && !small) {
    const size = Math.round(mapWidth * 0.27);
    const x0 = mapWidth - pad - size;
    const box = s("g", { class: "inset", "aria-hidden": "true" });
    box.append(s("rect", { x: x0, y: mapTop, width: size, height: size * 0.8, fill: "#ffffff", stroke: "#b1b4b6" }));
    box.append(s("text", { x: x0 + 6, y: mapTop + 14, "font-size": 11, fill: "#505a5f", text: "London" }));
    const insetPath = geoPath(geoTransverseMercator().rotate([2, 0]).fitExtent([[x0 + 6, mapTop + 20], [x0 + size - 6, mapTop + size * 0.8 - 6]], { type: "FeatureCollection", features: london }));
    for (const f of london) {
      const copy = s("path", { d: insetPath(f), fill: describeAll.get(f.properties.slug).fill, stroke: "#ffffff", "stroke-width": 0.6, class: "inset-area", "data-slug": f.properties.slug });
      copy.addEventListener("pointermove", (e) => show(f, copy, { x: e.clientX, y: e.clientY }));
      copy.addEventListener("pointerleave", hide);
      copy.addEventListener("click", () => onSelect(f.properties.slug));
      box.append(copy);
    }
    const chosen = london.find((f) => f.properties.slug === selected);
    if (chosen) box.append(s("path", { d: insetPath(chosen), fill: "none", stroke: INK, "stroke-width": 2.5, "pointer-events": "none" }));
    svg.append(box);
  }
  svg.append(highlight);

  // The legend and the attribution: below the map, or beside it.
  const left = side ? mapWidth + 4 : pad;
  const textWidth = side ? SIDE - 16 : width - 2 * pad;
  y = side ? mapTop + 14 : mapTop + mapHeight + 14;
  const legend = s("g", { class: "legend" });
  legend.append(s("text", { x: left, y, "font-size": 13, "font-weight": 700, fill: INK, text: layer === "ofsted" ? "Overall effectiveness in force" : "Quintiles of the published figures" }));
  y += 10;
  const items = legendItems(features, layer);
  const columns = !side && width >= 620 ? 2 : 1;
  const columnWidth = textWidth / columns;
  const lines = items.map(([, label]) => wrap(label, Math.floor((columnWidth - 30) / 6.6)));
  const rows = Math.ceil(items.length / columns);
  const rowHeight = (i) => 8 + 15 * lines[i].length;
  const tops = [];
  for (let col = 0, i = 0; col < columns; col++) {
    let top = y;
    for (let row = 0; row < rows && i < items.length; row++, i++) {
      tops.push([left + col * columnWidth, top]);
      top += rowHeight(i);
    }
  }
  items.forEach(([fill], i) => {
    const [x, top] = tops[i];
    legend.append(s("rect", { x, y: top, width: 18, height: 14, fill, stroke: "#6f777b", "stroke-width": 0.5 }));
    textLines(legend, lines[i], x + 24, top + 11.5, 15, { "font-size": 12, fill: INK });
  });
  y = Math.max(...tops.map(([, top], i) => top + rowHeight(i))) + 6;
  svg.append(legend);

  if (notDrawn.length) {
    const text = `Not drawn (no boundary matches the authority as it was then): ${notDrawn.map((f) => f.properties.name).join(", ")}.`;
    y = textLines(svg, wrap(text, Math.floor(textWidth / 6.5)), left, y + 4, 15, { "font-size": 11.5, fill: "#505a5f", class: "not-drawn" });
  }
  const sentence = (text) => (text && !/[.!?]$/.test(text.trim()) ? `${text.trim()}.` : text ?? "");
  const source = `${sentence(collection.attribution)} ${collection.licence ? `Licence: ${collection.licence}.` : ""}`.trim();
  y = textLines(svg, wrap(source, Math.floor(textWidth / 6.3)), left, y + 8, 14, { "font-size": 11, fill: "#505a5f", class: "attribution" });
  if (side) y = Math.max(y, mapTop + mapHeight);

  return fitSvg(svg, container, width, y, pad);
}
