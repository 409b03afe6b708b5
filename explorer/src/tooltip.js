// One tooltip for the whole page, shown on hover and on keyboard focus, kept inside the viewport.
const tip = () => document.getElementById("tooltip");

/** Shows the content next to a point (client coordinates) or next to an element when there is no pointer. */
export function showTooltip(content, at) {
  const node = tip();
  node.replaceChildren(...[content].flat());
  node.hidden = false;
  const box = node.getBoundingClientRect();
  let x;
  let y;
  if (at instanceof Element) {
    const r = at.getBoundingClientRect();
    x = r.left + r.width / 2 - box.width / 2;
    y = r.bottom + 8;
    if (y + box.height > window.innerHeight - 4) y = r.top - box.height - 8;
  } else {
    x = at.x + 14;
    y = at.y + 14;
    if (x + box.width > window.innerWidth - 4) x = at.x - box.width - 14;
    if (y + box.height > window.innerHeight - 4) y = at.y - box.height - 14;
  }
  node.style.left = `${Math.max(4, Math.min(x, window.innerWidth - box.width - 4))}px`;
  node.style.top = `${Math.max(4, y)}px`;
}

export function hideTooltip() {
  const node = tip();
  if (node) node.hidden = true;
}
