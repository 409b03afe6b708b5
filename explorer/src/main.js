// The explorer: pick an indicator, a year and optionally an authority; see it as a map, a chart, a table, and its
// sources. The whole state is in the query string. Everything shown comes from the API's public endpoints.
import "./explore.css";
import { absolute, ApiProblem, apiUrl, csvUrl, getAllPages, getJson } from "./api.js";
import { drawComparison, drawRanking } from "./chart.js";
import { h } from "./dom.js";
import { copyText, savePng, saveSvg } from "./downloads.js";
import { formatDate } from "./format.js";
import { drawMap } from "./map.js";
import { renderSources } from "./sources.js";
import { DEFAULT_INDICATOR, queryOf, readState, TABS, writeState } from "./state.js";
import { renderTable } from "./table.js";
import { hideTooltip } from "./tooltip.js";
import { comparisonTable, mapFigureTable, mapGradeTable, rankingTable } from "./views.js";

const $ = (id) => document.getElementById(id);
const embedded = document.body.classList.contains("embed");
const CATALOGUE = "/api/v1/indicators";
const AUTHORITIES = "/api/v1/authorities";

let indicators = new Map();
let authorities = [];
let state;
let generation = 0;

const indicatorOf = () => indicators.get(state.indicator);
const authorityOf = (id) => {
  if (!id) return null;
  const key = id.toLowerCase();
  return authorities.find((a) => a.slug === key || a.laCode === id || a.gssCode?.toLowerCase() === key) ?? null;
};

/** Ofsted grades are mapped as they stood on 31 March of the year chosen, as Ofsted's own snapshots are. */
const ofstedDate = () => `${state.year}-03-31`;

/** The API URL behind each view of the current state. */
function urls() {
  const id = encodeURIComponent(state.indicator);
  const map = state.layer === "ofsted"
    ? apiUrl("/api/v1/inspections/map", { asAt: ofstedDate() })
    : apiUrl(`/api/v1/indicators/${id}/map`, { year: state.year });
  const comparison = state.authority ? apiUrl(`/api/v1/authorities/${encodeURIComponent(state.authority)}/indicators/${id}/comparison`) : null;
  const rankings = apiUrl(`/api/v1/indicators/${id}/rankings`, { year: state.year });
  return { map, chart: comparison ?? rankings, table: comparison ?? map };
}

function setStatus(text) {
  $("status").textContent = text;
}

function showError(container, error) {
  const detail = error instanceof ApiProblem ? `${error.message} (${error.status} from ${error.url})` : error.message;
  container.replaceChildren(h("p", { class: "error", role: "alert", text: `Could not draw this view: ${detail}` }));
  setStatus("");
}

function titles(data) {
  const indicator = indicatorOf();
  const authority = authorityOf(state.authority);
  if (state.tab === "map" && state.layer === "ofsted") {
    return {
      title: "Ofsted judgements of children's services",
      subtitle: `Overall effectiveness in force on ${formatDate(ofstedDate())}, local authorities in England`,
    };
  }
  const period = data?.period ?? data?.years?.find((y) => y.year === state.year)?.period ?? String(state.year);
  if (authority && state.tab !== "map") {
    const first = data?.years?.[0]?.year;
    const last = data?.years?.at(-1)?.year;
    return { title: indicator.title, subtitle: `${authority.name} beside ${authority.region?.name ?? "its region"}, England and its statistical neighbours${first ? `, ${first} to ${last}` : ""}` };
  }
  return { title: indicator.title, subtitle: `${period}, local authorities in England` };
}

function sourceLine(data) {
  const source = indicatorOf().source ?? {};
  return `Source: ${source.publisher}, ${source.publication}. ${source.licence ?? ""}. Via ChildServicesApi${data?.permalink ? `: ${absolute(data.permalink)}` : ""}`;
}

function updateHeading(data) {
  const { title, subtitle } = titles(data);
  $("title").textContent = title;
  $("subtitle").textContent = subtitle;
  document.title = `${title}: children's social care explorer`;
}

/** The authorities, for the search box and for names: asked for only once someone wants an authority. */
let authorityList = null;
function loadAuthorities() {
  authorityList ??= getAllPages(AUTHORITIES, { status: "all" }).then((list) => {
    authorities = list;
    $("authority-list").replaceChildren(...authorities.map((a) =>
      h("option", { value: a.name, label: a.status === "abolished" ? `${a.name} (abolished)` : a.region?.name ?? "" })));
    return list;
  });
  return authorityList;
}

/** Chooses an authority (null for none); choosing the same one twice changes nothing. */
async function choose(slug) {
  await loadAuthorities();
  if (slug === state.authority) return;
  state.authority = slug;
  const authority = authorityOf(state.authority);
  setStatus(authority ? `${authority.name} chosen: the Chart tab compares it with its region, England and its statistical neighbours.` : "No authority chosen.");
  update();
}

/** A click on an area or a bar: chooses that authority, or unchooses it if it was chosen. */
const select = (slug) => choose(state.authority === slug ? null : slug);

async function drawMapTab(run) {
  const u = urls();
  setStatus("Loading the map…");
  const data = await getJson(u.map);
  if (run !== generation) return;
  updateHeading(data);
  const { title, subtitle } = titles(data);
  const table = state.layer === "ofsted" ? mapGradeTable(data) : mapFigureTable(data, indicatorOf().unit);
  renderTable($("map-table"), { id: "map-table-data", caption: `${title}: ${subtitle}`, ...table });
  drawMap($("map"), data, {
    fitHeight: embedded ? window.innerHeight - $("map").getBoundingClientRect().top - 8 : Infinity,
    layer: state.layer, unit: indicatorOf().unit, title, subtitle, selected: state.authority, onSelect: select, describedBy: "map-table-data",
  });
  const drawn = data.features.filter((f) => f.geometry).length;
  setStatus(`Map drawn: ${drawn} areas${drawn < data.features.length ? `, ${data.features.length - drawn} without a matching boundary` : ""}.`);
}

async function drawChartTab(run) {
  const u = urls();
  setStatus("Loading the chart…");
  const data = await getJson(u.chart);
  if (run !== generation) return;
  updateHeading(data);
  const { title, subtitle } = titles(data);
  const unit = indicatorOf().unit;
  if (state.authority) {
    renderTable($("chart-table"), { id: "chart-table-data", caption: `${title}: ${subtitle}`, ...comparisonTable(data, unit) });
    drawComparison($("chart"), data, { unit, title, subtitle, source: sourceLine(data), year: state.year, describedBy: "chart-table-data" });
    setStatus(`Chart drawn: ${data.authority.name}, ${data.authority.region?.name ?? "its region"}, England and ${data.neighbours.length} statistical neighbours.`);
  } else {
    renderTable($("chart-table"), { id: "chart-table-data", caption: `${title}: ${subtitle}`, ...rankingTable(data, unit) });
    drawRanking($("chart"), data, { unit, title, subtitle, source: sourceLine(data), selected: state.authority, onSelect: select, describedBy: "chart-table-data" });
    setStatus(`Chart drawn: ${data.ranked} authorities ranked${data.excluded.length ? `, ${data.excluded.length} without a figure` : ""}.`);
  }
}

async function drawTableTab(run) {
  const u = urls();
  setStatus("Loading the table…");
  const data = await getJson(u.table);
  if (run !== generation) return;
  updateHeading(data);
  const { title, subtitle } = titles(data);
  const unit = indicatorOf().unit;
  const table = state.authority ? comparisonTable(data, unit) : state.layer === "ofsted" ? mapGradeTable(data) : mapFigureTable(data, unit);
  renderTable($("table"), { id: "table-data", caption: `${title}: ${subtitle}`, ...table });
  setStatus(`Table of ${table.rows.length} rows; sort by any column with its header button.`);
}

async function drawSourcesTab(run) {
  const u = urls();
  setStatus("Loading the sources…");
  // The map's answer is the one that carries the boundaries' attribution (Ordnance Survey's); /api/v1/meta does not.
  const [data, meta, map] = await Promise.all([getJson(u.chart), getJson("/api/v1/meta"), getJson(u.map)]);
  if (run !== generation) return;
  updateHeading(data);
  renderSources($("sources"), {
    indicator: indicatorOf(), data, map, meta, layer: state.layer,
    urls: [
      ["Indicators", apiUrl(CATALOGUE, { pageSize: 1000 }), true],
      ...(authorityList ? [["Authorities", apiUrl(AUTHORITIES, { status: "all", pageSize: 1000 }), true]] : []),
      ["Map", u.map, true],
      [state.authority ? "Chart and table (comparison)" : "Chart (rankings)", u.chart, true],
      ...(state.authority ? [] : [["Table", u.table, true]]),
      ["Licence, attribution and data version", "/api/v1/meta", false],
    ],
  });
  setStatus("");
}

const DRAW = { map: drawMapTab, chart: drawChartTab, table: drawTableTab, sources: drawSourcesTab };

/** Brings the controls, tabs and downloads in line with the state, then draws the chosen view. */
async function update() {
  const run = ++generation;
  writeState(state);
  hideTooltip();
  const indicator = indicatorOf();
  $("indicator").value = state.indicator;
  $("year").replaceChildren(...[...indicator.yearsAvailable].reverse().map((y) => h("option", { value: y, text: String(y) })));
  $("year").value = String(state.year);
  const authority = authorityOf(state.authority);
  $("authority").value = authority?.name ?? "";
  $("authority-clear").hidden = !state.authority;
  for (const input of document.querySelectorAll("input[name=layer]")) input.checked = input.value === state.layer;
  for (const tab of TABS) {
    const button = $(`tab-${tab}`);
    const active = tab === state.tab;
    button.setAttribute("aria-selected", String(active));
    button.tabIndex = active ? 0 : -1;
    $(`panel-${tab}`).hidden = !active;
  }
  updateHeading(null);
  updateActions();
  try {
    await DRAW[state.tab](run);
  } catch (error) {
    if (run === generation) showError($(state.tab), error);
  }
}

function fileStem() {
  const parts = state.tab === "map" && state.layer === "ofsted" ? ["ofsted-grades", ofstedDate()] : [state.indicator, state.authority ?? String(state.year)];
  return `${parts.join("-")}-${state.tab}`;
}

function updateActions() {
  const u = urls();
  const data = { map: u.map, chart: u.chart, table: u.table, sources: u.table }[state.tab];
  const csv = $("download-csv");
  csv.href = csvUrl(data);
  csv.setAttribute("download", `${fileStem()}.csv`);
  const geojson = $("download-geojson");
  geojson.hidden = state.tab !== "map";
  geojson.href = u.map;
  geojson.setAttribute("download", `${fileStem()}.geojson`);
  const picture = state.tab === "map" || state.tab === "chart";
  $("download-svg").hidden = !picture;
  $("download-png").hidden = !picture;
  $("open-full").href = `/explore?${queryOf(state)}`;
}

function embedCode() {
  const title = $("title").textContent.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  return `<iframe src="${absolute(`/explore/embed?${queryOf(state)}`)}" title="${title}" width="100%" height="900" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

function wire() {
  $("controls").addEventListener("submit", (e) => e.preventDefault());
  $("indicator").addEventListener("change", (e) => {
    state.indicator = e.target.value;
    const years = indicatorOf().yearsAvailable;
    if (!years.includes(state.year)) state.year = years.at(-1);
    update();
  });
  $("year").addEventListener("change", (e) => {
    state.year = Number(e.target.value);
    update();
  });
  const chooseAuthority = async () => {
    await loadAuthorities();
    const text = $("authority").value.trim();
    if (!text) {
      choose(null);
      return;
    }
    const match = authorities.find((a) => a.name.toLowerCase() === text.toLowerCase()) ?? authorityOf(text);
    if (!match) {
      setStatus(`No authority is called “${text}”: pick one from the list.`);
      return;
    }
    choose(match.slug);
  };
  $("authority").addEventListener("focus", () => loadAuthorities().catch((error) => setStatus(error.message)), { once: true });
  $("authority").addEventListener("change", chooseAuthority);
  $("authority").addEventListener("keydown", (e) => {
    if (e.key === "Enter") chooseAuthority();
  });
  $("authority-clear").addEventListener("click", () => {
    choose(null);
    $("authority").focus();
  });
  for (const input of document.querySelectorAll("input[name=layer]")) {
    input.addEventListener("change", () => {
      state.layer = input.value;
      update();
    });
  }

  // Tabs as the ARIA tabs pattern: arrow keys move between them, Home and End go to the ends.
  const tabs = TABS.map((t) => $(`tab-${t}`));
  tabs.forEach((button, i) => {
    button.addEventListener("click", () => {
      state.tab = TABS[i];
      update();
    });
    button.addEventListener("keydown", (e) => {
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      const j = (next + tabs.length) % tabs.length;
      state.tab = TABS[j];
      update();
      tabs[j].focus();
    });
  });

  $("download-svg").addEventListener("click", () => {
    const svg = $(state.tab === "map" ? "map-svg" : "chart-svg");
    if (svg) saveSvg(svg, `${fileStem()}.svg`);
  });
  $("download-png").addEventListener("click", async () => {
    const svg = $(state.tab === "map" ? "map-svg" : "chart-svg");
    if (!svg) return;
    try {
      await savePng(svg, `${fileStem()}.png`);
    } catch (error) {
      setStatus(error.message);
    }
  });
  $("copy-link").addEventListener("click", async () => {
    const ok = await copyText(location.href).catch(() => false);
    setStatus(ok ? "Link copied: it opens this same view." : `Copy this link: ${location.href}`);
  });
  const dialog = $("embed-dialog");
  $("embed-open").addEventListener("click", () => {
    $("embed-code").value = embedCode();
    dialog.showModal();
    $("embed-code").select();
  });
  $("embed-copy").addEventListener("click", async () => {
    const ok = await copyText($("embed-code").value, $("embed-code")).catch(() => false);
    $("embed-copied").textContent = ok ? "Copied." : "Select the code and copy it.";
  });
  $("embed-close").addEventListener("click", () => dialog.close());

  // Pictures are drawn at the width they are shown, so text stays readable: redraw when that changes.
  let width = window.innerWidth;
  let timer;
  window.addEventListener("resize", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.innerWidth !== width && (state.tab === "map" || state.tab === "chart")) {
        width = window.innerWidth;
        update();
      }
    }, 200);
  });
}

async function start() {
  setStatus("Loading the catalogue…");
  const catalogue = await getAllPages(CATALOGUE, {});
  indicators = new Map(catalogue.map((i) => [i.id, i]));

  const topics = new Map();
  for (const i of catalogue) {
    if (!topics.has(i.topic)) topics.set(i.topic, []);
    topics.get(i.topic).push(i);
  }
  $("indicator").replaceChildren(...[...topics].map(([topic, items]) =>
    h("optgroup", { label: topic }, items.map((i) => h("option", { value: i.id, text: i.title })))));
  state = readState(location.search);
  const notes = [];
  if (!indicators.has(state.indicator)) {
    notes.push(`There is no indicator “${state.indicator}”; showing ${indicators.get(DEFAULT_INDICATOR)?.title ?? "the first"}.`);
    state.indicator = indicators.has(DEFAULT_INDICATOR) ? DEFAULT_INDICATOR : catalogue[0].id;
  }
  const years = indicatorOf().yearsAvailable;
  if (!years.includes(state.year)) {
    if (state.year !== null) notes.push(`${indicatorOf().title} has no figures for ${state.year}; showing ${years.at(-1)}.`);
    state.year = years.at(-1);
  }
  if (state.authority) {
    await loadAuthorities();
    const match = authorityOf(state.authority);
    if (match) state.authority = match.slug;
    else {
      notes.push(`There is no authority “${state.authority}”.`);
      state.authority = null;
    }
  }
  wire();
  await update();
  if (notes.length) setStatus(notes.join(" "));
}

if (embedded) $("open-full").hidden = false;
start().catch((error) => showError($("status"), error));
