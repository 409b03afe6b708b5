// Small DOM helpers: elements with attributes and children, in HTML or SVG. No inline styles: CSP forbids them.
const SVG_NS = "http://www.w3.org/2000/svg";

function apply(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of [children].flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function h(name, attrs, ...children) {
  return apply(document.createElement(name), attrs, children);
}

export function s(name, attrs, ...children) {
  return apply(document.createElementNS(SVG_NS, name), attrs, children);
}

/** Lines of at most `width` characters, broken at spaces, for SVG text that cannot wrap itself. */
export function wrap(text, width) {
  const lines = [];
  let line = "";
  // A word longer than a line (a URL) is cut into pieces that fit.
  const words = String(text).split(/\s+/).flatMap((word) => word.match(new RegExp(`.{1,${Math.max(1, width)}}`, "g")) ?? []);
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** SVG text of several lines from (x, y), `step` apart; returns the y after the last line. */
export function textLines(parent, lines, x, y, step, attrs = {}) {
  for (const line of lines) {
    parent.append(s("text", { x, y, ...attrs, text: line }));
    y += step;
  }
  return y;
}

/** Sizes an SVG drawing to its content (its last line at y, plus padding) and puts it in the container. */
export function fitSvg(svg, container, width, y, pad) {
  const height = Math.round(y + pad);
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  container.replaceChildren(svg);
  return svg;
}

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

export const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;
