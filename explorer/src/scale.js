// Linear scales with "nice" round ticks, after d3-array's ticks and nice (ISC, Mike Bostock): steps of 1, 2 or 5
// times a power of ten. Written out here because d3-scale brought d3-interpolate, d3-color and d3-format with it,
// a quarter of the bundle, for these few lines.
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The tick step for about `count` ticks over [start, stop]: positive, or minus its inverse when below 1. */
function tickIncrement(start, stop, count) {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return power >= 0 ? factor * 10 ** power : -(10 ** -power) / factor;
}

/** About `count` round values within [start, stop], ascending. */
export function ticks(start, stop, count) {
  if (!(stop > start)) return [start];
  const increment = tickIncrement(start, stop, count);
  if (!Number.isFinite(increment) || increment === 0) return [start];
  const out = [];
  if (increment > 0) {
    for (let i = Math.ceil(start / increment); i <= Math.floor(stop / increment); i++) out.push(i * increment);
  } else {
    const inverse = -increment;
    for (let i = Math.ceil(start * inverse); i <= Math.floor(stop * inverse); i++) out.push(i / inverse);
  }
  return out;
}

/** [start, stop] widened to round values. */
function nice(start, stop, count) {
  let previous;
  for (let k = 0; k < 10 && stop > start; k++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous || !Number.isFinite(step) || step === 0) break;
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    }
    previous = step;
  }
  return [start, stop];
}

/** A linear scale from the domain to the range, with invert, ticks and the range it was given. */
export function linear([d0, d1], [r0, r1], { round = false, count = 10 } = {}) {
  const [a, b] = round ? nice(d0, d1, count) : [d0, d1];
  const span = b - a || 1;
  const scale = (value) => r0 + ((value - a) / span) * (r1 - r0);
  scale.invert = (position) => a + ((position - r0) / (r1 - r0)) * span;
  scale.ticks = (n = 10) => ticks(a, b, n);
  scale.range = () => [r0, r1];
  scale.domain = () => [a, b];
  return scale;
}
