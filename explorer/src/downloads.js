// Downloads made in the page: the picture as SVG, and as PNG through a canvas (no external service).
import { h } from "./dom.js";

/** The SVG as a standalone file: what is drawn, without the page's focus and hover state. */
export function svgText(svg) {
  const clone = svg.cloneNode(true);
  for (const node of clone.querySelectorAll(".highlight, .rule")) node.replaceChildren();
  for (const node of clone.querySelectorAll(".chart-focus")) node.remove();
  for (const node of clone.querySelectorAll("[tabindex]")) node.removeAttribute("tabindex");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name, class: "visually-hidden" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function saveSvg(svg, name) {
  saveBlob(new Blob([svgText(svg)], { type: "image/svg+xml" }), name);
}

/** Draws the SVG on a canvas at twice its size and saves the PNG. */
export async function savePng(svg, name, scale = 2) {
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The browser could not make a PNG."))), "image/png"));
    saveBlob(blob, name);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Copies text, falling back to selecting it where the Clipboard API is not offered (plain http). */
export async function copyText(text, fallbackField) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return true;
  }
  if (fallbackField) {
    fallbackField.value = text;
    fallbackField.select();
    return document.execCommand("copy");
  }
  return false;
}
