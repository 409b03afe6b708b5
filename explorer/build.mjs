// Builds the explorer into src/ChildServicesApi/wwwroot/explore/: one minified ES module and one stylesheet, named by
// their content hash (served as immutable), the page at /explore and its iframe version at /explore/embed, and the
// licences of the bundled npm packages. The output is committed, so the API runs without node; CI rebuilds it and
// fails if the committed files differ, so the build must be deterministic (esbuild is, for the same inputs).
//
// Usage: npm run build:explorer
import { interpolateViridis } from "d3-scale-chromatic";
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "src/ChildServicesApi/wwwroot/explore");
const publicPath = "/explore";

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { explore: "explorer/src/main.js" },
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2022", "chrome100", "firefox100", "safari15"],
  entryNames: "[name]-[hash]",
  outdir,
  publicPath,
  legalComments: "none",
  charset: "utf8",
  sourcemap: false,
  metafile: true,
  // The map's five quintile colours: viridis from 0.95 (light, lowest fifth) to 0.15 (dark, highest fifth).
  define: { __QUINTILE_COLOURS__: JSON.stringify([0, 1, 2, 3, 4].map((i) => interpolateViridis(0.95 - i * 0.2))) },
  logLevel: "warning",
});

const outputs = Object.entries(result.metafile.outputs).map(([file, meta]) => ({ file: relative(outdir, join(root, file)), meta }));
const js = outputs.find((o) => o.file.endsWith(".js"));
const css = outputs.find((o) => o.file.endsWith(".css"));
if (!js || !css) throw new Error("esbuild wrote no script or no stylesheet");

const template = readFileSync(join(root, "explorer/index.html"), "utf8");
const page = (mode) => template
  .replace("{{js}}", `${publicPath}/${js.file}`)
  .replace("{{css}}", `${publicPath}/${css.file}`)
  .replace("{{mode}}", mode);
writeFileSync(join(outdir, "index.html"), page("full"));
writeFileSync(join(outdir, "embed.html"), page("embed"));

// The npm packages in the bundle keep their licences beside it (d3's are ISC: the notice goes with every copy).
const packages = new Set();
for (const input of Object.keys(js.meta.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (match) packages.add(match[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = join(root, "node_modules", name);
  const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  return `${name} ${version} (${license})\n\n${file ? readFileSync(join(dir, file), "utf8").trim() : ""}\n`;
});
writeFileSync(join(outdir, "third-party-licences.txt"),
  `The explorer's script bundles these npm packages; their licences follow.\n\n${notices.join(`\n${"-".repeat(72)}\n\n`)}`);

for (const file of readdirSync(outdir).sort()) {
  const bytes = readFileSync(join(outdir, file));
  console.log(`${file.padEnd(32)} ${String(bytes.length).padStart(8)} bytes, ${String(gzipSync(bytes, { level: 9 }).length).padStart(7)} gzipped`);
}
