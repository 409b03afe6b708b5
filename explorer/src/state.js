// The whole view lives in the query string, so a copied link opens the same view.
export const TABS = ["map", "chart", "table", "sources"];
export const LAYERS = ["figures", "ofsted"];
export const DEFAULT_INDICATOR = "children-in-need-rate";

/** The state a query string asks for; nothing is checked against the catalogue yet. */
export function readState(search) {
  const query = new URLSearchParams(search);
  const year = Number.parseInt(query.get("year") ?? "", 10);
  return {
    indicator: query.get("indicator") || DEFAULT_INDICATOR,
    year: Number.isInteger(year) ? year : null,
    authority: query.get("authority") || null,
    tab: TABS.includes(query.get("tab")) ? query.get("tab") : "map",
    layer: LAYERS.includes(query.get("layer")) ? query.get("layer") : "figures",
  };
}

/** The query string for a state, in a fixed order and without defaults that say nothing. */
export function queryOf(state) {
  const query = new URLSearchParams();
  query.set("indicator", state.indicator);
  if (state.year !== null) query.set("year", String(state.year));
  if (state.authority) query.set("authority", state.authority);
  query.set("tab", state.tab);
  if (state.layer !== "figures") query.set("layer", state.layer);
  return query.toString();
}

/** Puts the state in the address bar without adding to the history. */
export function writeState(state) {
  const url = `${location.pathname}?${queryOf(state)}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, "", url);
}
