// The Sources tab: the citation, licence and attribution, the publishers' caveats, the reasons for special values,
// and every API URL behind the view, as links. All of it is text the API serves; nothing here is written by the page.
import { h } from "./dom.js";
import { absolute, csvUrl } from "./api.js";
import { formatDate, reasonSource, reasonText, statusLabel } from "./format.js";

function section(title, ...content) {
  return h("section", { class: "source-section" }, h("h3", { text: title }), content);
}

function definition(term, detail) {
  return detail ? [h("dt", { text: term }), h("dd", {}, detail)] : [];
}

/** Reasons for the special values in a response, one per distinct text. */
function reasons(data) {
  const found = new Map();
  const add = (status, reason) => {
    const text = reasonText(reason);
    if (status && status !== "published" && text && !found.has(text)) found.set(text, { status, text, source: reasonSource(reason) });
  };
  for (const d of data?.excluded ?? []) add(d.status, d.reason);
  for (const y of data?.years ?? []) {
    for (const c of [y.figure, y.region, y.england, ...(y.neighbours ?? [])]) add(c?.status, c?.reason);
  }
  for (const f of data?.features ?? []) add(f.properties.status, f.properties.statusReason ?? f.properties.reason);
  return [...found.values()];
}

/**
 * options: indicator (from the catalogue), data (the chart's answer: rankings or comparison), map (the map's answer
 * when the page has it), meta (/api/v1/meta), urls: [[label, url, has a CSV form]].
 */
export function renderSources(container, { indicator, data, map, meta, urls, layer }) {
  const source = indicator.source ?? {};
  const files = data?.sources ?? [];
  const blocks = [];

  blocks.push(section("The figure",
    h("p", {}, h("strong", { text: indicator.title }), `: ${indicator.description ?? ""}`),
    h("dl", {}, [
      ...definition("Unit", indicator.unit),
      ...definition("Period", indicator.periodKind),
      ...definition("Latest period held", indicator.latest ? `${indicator.latest.period} (${indicator.latest.release} release)` : ""),
      ...definition("Next release", indicator.nextRelease ? [indicator.nextRelease.expected ?? "", indicator.nextRelease.note ? h("span", { class: "note", text: ` ${indicator.nextRelease.note}` }) : null] : ""),
    ])));

  blocks.push(section("Citation",
    h("p", {}, `${source.publisher ?? ""}, ${source.publication ?? ""}: ${source.table ?? ""}. `, source.url ? h("a", { href: source.url, rel: "noopener", text: source.url }) : null),
    files.length ? h("ul", { class: "files" }, files.map((f) => h("li", {},
      `${f.publisher}, ${f.publication}, ${f.release} release: ${f.table}. File seed/${f.path}, SHA-256 `, h("code", { text: f.sha256 }), `, ${f.rows} rows. `,
      f.url ? h("a", { href: f.url, rel: "noopener", text: "Publisher's page" }) : null))) : null,
    data?.permalink ? h("p", {}, "Permanent link to these figures at this data version: ", h("a", { href: absolute(data.permalink), class: "permalink", text: absolute(data.permalink) })) : null,
    h("p", { class: "hint", text: "Every figure in the tables has its own permalink; the API's values answer also names the file, line and cell it comes from." })));

  // The map's attribution repeats the data's and adds the boundaries': show each text once.
  const attributions = [map?.attribution, meta?.attribution].filter(Boolean)
    .filter((text, i, all) => !all.some((other, j) => j < i && other.includes(text)));
  blocks.push(section("Licence and attribution",
    h("p", {}, `Licence: ${meta?.licence ?? source.licence ?? ""} `, meta?.licenceUrl ? h("a", { href: meta.licenceUrl, rel: "noopener license", text: meta.licenceUrl }) : null),
    [...new Set(attributions)].map((text) => h("p", { class: "attribution", text })),
    layer === "ofsted" && map?.method ? h("p", { class: "hint", text: map.method }) : null));

  if (indicator.caveats?.length) {
    blocks.push(section("Caveats", h("ul", {}, indicator.caveats.map((c) => h("li", {}, c.text, c.source ? h("span", { class: "note", text: ` (${c.source})` }) : null)))));
  }
  // The chart's answer gives each reason with its source; the map's, a shorter text: use the map's only if need be.
  const why = reasons(data).length ? reasons(data) : reasons(map);
  if (why.length) {
    blocks.push(section("Why some figures are missing", h("ul", {}, why.map((r) => {
      const label = statusLabel(r.status);
      const text = r.text.startsWith(`${label}:`) ? r.text.slice(label.length + 1).trim() : r.text;
      return h("li", {}, h("strong", { text: `${label}: ` }), text, r.source ? h("span", { class: "note", text: ` (${r.source})` }) : null);
    }))));
  }
  if (data?.method) blocks.push(section("Method", h("p", { text: data.method })));
  if (meta) {
    blocks.push(section("Data version", h("p", { text: `${meta.dataVersion}, imported ${formatDate(meta.importedAt?.slice(0, 10))}.` })));
  }
  blocks.push(section("API URLs behind this view",
    h("ul", { class: "api-urls" }, urls.map(([label, url, csv]) => h("li", {},
      `${label}: `, h("a", { href: absolute(url), text: absolute(url) }),
      csv ? [" (", h("a", { href: absolute(csvUrl(url)), text: "CSV" }), ")"] : null)))));
  container.replaceChildren(h("h2", { class: "visually-hidden", text: "Sources" }), ...blocks);
}
