// Sortable tables: a button in each column header (so the keyboard sorts too), aria-sort on the sorted column,
// rows without a value always last. Each table is also the text alternative of the picture drawn from its rows.
import { h } from "./dom.js";

/**
 * Renders rows into container. columns: [{ key, label, numeric, sort(row) -> number | string | null,
 * cell(row) -> string | Node }]. Returns the table element.
 */
export function renderTable(container, { id, caption, columns, rows, sortKey, descending = false }) {
  let key = sortKey ?? columns[0].key;
  let desc = descending;
  const table = h("table", { id, class: "data-table" });
  const captionId = `${id}-caption`;
  const head = h("thead");
  const body = h("tbody");
  table.append(h("caption", { id: captionId, text: caption }), head, body);

  const draw = () => {
    const column = columns.find((c) => c.key === key);
    const sorted = [...rows].sort((a, b) => {
      const x = column.sort(a);
      const y = column.sort(b);
      if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
      if (y === null || y === undefined) return -1;
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en-GB");
      return desc ? -order : order;
    });
    head.replaceChildren(h("tr", {}, columns.map((c) => {
      const sortedHere = c.key === key;
      const button = h("button", { type: "button", class: "sort", "data-key": c.key }, c.label, h("span", { class: "sort-mark", "aria-hidden": "true", text: sortedHere ? (desc ? " ▼" : " ▲") : " ⇅" }));
      button.addEventListener("click", () => {
        desc = c.key === key ? !desc : Boolean(c.numeric);
        key = c.key;
        draw();
        head.querySelector(`button[data-key="${c.key}"]`)?.focus();
      });
      return h("th", { scope: "col", class: c.numeric ? "num" : undefined, "aria-sort": sortedHere ? (desc ? "descending" : "ascending") : "none" }, button);
    })));
    body.replaceChildren(...sorted.map((row) => h("tr", {}, columns.map((c, i) => {
      const content = c.cell(row);
      return h(i === 0 ? "th" : "td", { scope: i === 0 ? "row" : undefined, class: c.numeric ? "num" : undefined }, content);
    }))));
  };
  draw();
  container.replaceChildren(h("div", { class: "table-wrap", role: "region", "aria-labelledby": captionId, tabindex: 0 }, table));
  return table;
}
