// Load generator for bench/noisy-neighbour.sh (issue 11): one role per process, all traffic to 127.0.0.1:<port>
// from 127.x source addresses (the rate limiter partitions by client address). Every loop is bounded in count and
// in time. No npm packages.
//   node bench/noisy-neighbour.mjs discover --port=P --out=FILE
//   node bench/noisy-neighbour.mjs normal   --port=P --seconds=S --out=FILE [--rate=8]
//   node bench/noisy-neighbour.mjs attacker --port=P --seconds=S --targets=FILE --out=FILE [--conns=32] [--burst=64]
//   node bench/noisy-neighbour.mjs coalesce --port=P --out=FILE
//   node bench/noisy-neighbour.mjs buster   --port=P --seconds=S --targets=FILE --out=FILE --addresses=A[-N] --count=C [--conns=4] [--pace=1]
//   node bench/noisy-neighbour.mjs report   --dir=DIR [--only=memory]
import http from 'node:http';
import fs from 'node:fs';

const role = process.argv[2];
const args = Object.fromEntries(process.argv.slice(3).map(a => {
  const i = a.indexOf('=');
  return [a.slice(2, i), a.slice(i + 1)];
}));
const port = Number(args.port);
const seconds = Number(args.seconds ?? 0);
const HOST = '127.0.0.1';
const TIMEOUT_MS = 30_000;

const sleep = ms => new Promise(r => setTimeout(r, ms));
const pick = a => a[Math.floor(Math.random() * a.length)];
const int = (lo, hi) => lo + Math.floor(Math.random() * (hi - lo + 1));

function assertLoopback(address) {
  if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address)) throw new Error(`refusing non-loopback address ${address}`);
}

/** GET path from localAddress; resolves (never rejects) with status (0 on error), ms and bytes. */
function get(path, { localAddress, agent, headers = {} }) {
  assertLoopback(localAddress);
  return new Promise(resolve => {
    const t0 = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
    let done = false;
    const finish = r => { if (!done) { done = true; resolve({ path, ms: ms(), ...r }); } };
    const req = http.request({ host: HOST, port, path, method: 'GET', headers, agent, localAddress }, res => {
      let bytes = 0;
      const chunks = [];
      const keep = headers['x-keep-body'] === '1';
      res.on('data', c => { bytes += c.length; if (keep) chunks.push(c); });
      res.on('end', () => finish({ status: res.statusCode, bytes, body: keep ? Buffer.concat(chunks).toString() : undefined }));
      res.on('error', e => finish({ status: 0, error: e.code || e.message }));
    });
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', e => finish({ status: 0, error: e.code || e.message }));
    req.end();
  });
}

/** Status counts, the slowest request, and per-kind figures. */
class Tally {
  constructor() { this.status = {}; this.n = 0; this.max = { ms: 0, path: '' }; this.kinds = {}; this.errors = {}; }
  add(r, kind = 'all') {
    this.n++;
    this.status[r.status] = (this.status[r.status] ?? 0) + 1;
    if (r.error) this.errors[r.error] = (this.errors[r.error] ?? 0) + 1;
    if (r.ms > this.max.ms) this.max = { ms: r.ms, path: r.path, status: r.status };
    const k = (this.kinds[kind] ??= { n: 0, ok: 0, okMs: 0, okMax: 0, s429: 0, s5xx: 0, max: 0 });
    k.n++;
    k.max = Math.max(k.max, r.ms);
    if (r.status >= 200 && r.status < 300) { k.ok++; k.okMs += r.ms; k.okMax = Math.max(k.okMax, r.ms); }
    if (r.status === 429) k.s429++;
    if (r.status >= 500) k.s5xx++;
  }
  json() { return { requests: this.n, status: this.status, errors: this.errors, max: this.max, kinds: this.kinds, cpu: process.cpuUsage() }; }
}

const write = (file, data) => fs.writeFileSync(file, JSON.stringify(data));

// 4-8 KB of junk media ranges plus application/json, so every request makes the server parse a large Accept.
function junkAccept(i) {
  const target = int(4096, 8192);
  const parts = [];
  let len = 0;
  while (len < target) {
    const p = `application/vnd.junk-${i}-${Math.random().toString(36).slice(2, 10)}+xml;q=0.${int(1, 8)}`;
    parts.push(p);
    len += p.length + 2;
  }
  parts.splice(int(0, parts.length), 0, 'application/json');
  return parts.join(', ');
}

async function discover() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const from = { localAddress: '127.0.0.3', agent, headers: { 'x-keep-body': '1' } };
  const fetchJson = async path => {
    const r = await get(path, from);
    if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
    return JSON.parse(r.body);
  };
  const indicators = (await fetchJson('/api/v1/indicators?pageSize=1000')).items.map(i => ({ id: i.id, years: i.yearsAvailable }));
  const authorities = (await fetchJson('/api/v1/authorities?status=all&pageSize=1000')).items.map(a => a.slug ?? a.id);
  const regions = (await fetchJson('/api/v1/regions')).map(r => r.slug);
  agent.destroy();
  write(args.out, { indicators, authorities, regions });
  console.log(`discovered ${indicators.length} indicators, ${authorities.length} authorities, ${regions.length} regions`);
}

// The normal client: one keep-alive connection from 127.0.0.1 at a steady rate, well within its limits
// (8 req/s = 480/min of the 600/min; rankings, an expensive route, 1 in 10 = 48/min of the 60/min).
const NORMAL_URLS = [
  '/api/v1/authorities/302',
  '/api/v1/authorities/barnet/indicators/child-protection-plans',
  '/api/v1/indicators/children-in-need/values?year=2025&level=authority&pageSize=50',
  '/api/v1/authorities/barnet/inspections',
  '/api/v1/indicators/children-in-need/rankings?year=2025',
  '/api/v1/authorities/302',
  '/api/v1/authorities/barnet/indicators/child-protection-plans',
  '/api/v1/indicators/children-in-need/values?year=2025&level=authority&pageSize=50',
  '/api/v1/authorities/barnet/inspections',
  '/api/v1/authorities/302',
];

async function normal() {
  const rate = Number(args.rate ?? 8);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const tally = new Tally();
  const latencies = [];
  const times = [];
  const slow = [];
  const start = Date.now();
  const end = start + seconds * 1000;
  const maxRequests = Math.ceil(seconds * rate) + 1;
  for (let i = 0; i < maxRequests && Date.now() < end; i++) {
    const due = start + (i * 1000) / rate;
    if (due > Date.now()) await sleep(due - Date.now());
    const path = NORMAL_URLS[i % NORMAL_URLS.length];
    const r = await get(path, { localAddress: '127.0.0.1', agent });
    tally.add(r, path);
    latencies.push(r.ms);
    times.push(Date.now() - start);
    if (r.ms > 50) slow.push({ atS: (Date.now() - start) / 1000, ms: r.ms, path, status: r.status });
  }
  agent.destroy();
  write(args.out, { ...tally.json(), latencies, times, slow });
}

function attackUrl(t) {
  const ind = pick(t.indicators);
  const year = () => pick(ind.years.length ? ind.years : [2025]);
  const date = () => `${int(2010, 2025)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const kinds = [
    ['coverage', () => `/api/v1/coverage?page=${int(1, 25)}&pageSize=${int(20, 1000)}`],
    ['rankings', () => `/api/v1/indicators/${ind.id}/rankings?year=${year()}&region=${pick(t.regions)}&order=${pick(['ascending', 'descending'])}`],
    ['distribution', () => `/api/v1/indicators/${ind.id}/distribution?year=${year()}${Math.random() < 0.5 ? `&region=${pick(t.regions)}` : ''}`],
    ['change', () => { const [a, b] = [year(), year()].sort(); return `/api/v1/indicators/${ind.id}/change?from=${a}&to=${b}`; }],
    ['comparison', () => `/api/v1/authorities/${pick(t.authorities)}/indicators/${ind.id}/comparison`],
    ['spending-1000', () => `/api/v1/spending?lines=all&pageSize=1000&page=${int(1, 56)}&sort=${pick(['-amount', 'amount', 'name', '-name', 'year', '-year'])}`],
    ['values-csv-1000', () => `/api/v1/indicators/${ind.id}/values?pageSize=1000&format=csv&year=${year()}&page=${int(1, 2)}`],
    ['judgements-in-force', () => `/api/v1/inspections/judgements-in-force?asAt=${date()}`],
    ['per-child', () => `/api/v1/spending/per-child?year=${int(2011, 2025)}&pageSize=1000&page=${int(1, 3)}`],
    // the costliest pages that stay in the general bucket (pageSize <= 200)
    ['spending-200', () => `/api/v1/spending?lines=all&pageSize=200&page=${int(1, 280)}&sort=${pick(['-amount', 'name', '-year'])}`],
    ['values-200', () => `/api/v1/indicators/${ind.id}/values?pageSize=200&page=${int(1, 10)}&release=all&sort=${pick(['-value', 'value', 'name'])}`],
  ];
  const [kind, make] = pick(kinds);
  return [kind, make()];
}

async function attacker() {
  const t = JSON.parse(fs.readFileSync(args.targets, 'utf8'));
  const conns = Number(args.conns ?? 32);
  const burst = Number(args.burst ?? 64);
  const accepts = Array.from({ length: 64 }, (_, i) => junkAccept(i));
  const out = {};

  // Coalescing: `burst` identical concurrent requests for one uncached costly URL, from `burst` addresses
  // (127.0.2.1..) so that no rate limit masks it; then the same shape, uncached, alone, for reference.
  const burstUrl = args.burstUrl ?? '/api/v1/spending?lines=all&pageSize=1000&page=2&sort=-amount';
  const burstAgent = new http.Agent({ keepAlive: false, maxSockets: burst });
  const t0 = Date.now();
  const results = await Promise.all(Array.from({ length: burst }, (_, i) =>
    get(burstUrl, { localAddress: `127.0.2.${i + 1}`, agent: burstAgent, headers: { accept: accepts[i % accepts.length] } })));
  const wall = Date.now() - t0;
  const ref = new http.Agent({ keepAlive: false });
  const solo = await get(burstUrl.replace('page=2', 'page=3'), { localAddress: '127.0.0.3', agent: ref });
  const hit = await get(burstUrl, { localAddress: '127.0.0.3', agent: ref });
  out.burst = {
    url: burstUrl, n: burst, wallMs: wall, ms: results.map(r => r.ms).sort((a, b) => a - b),
    status: results.reduce((s, r) => ((s[r.status] = (s[r.status] ?? 0) + 1), s), {}),
    soloUncachedMs: solo.ms, soloStatus: solo.status, cachedMs: hit.ms,
  };

  // Hammer: `conns` closed loops from 127.0.0.2 until the deadline (or a hard cap on the count).
  const agent = new http.Agent({ keepAlive: true, maxSockets: conns });
  const tally = new Tally();
  const end = Date.now() + seconds * 1000;
  const cap = 5_000_000;
  let sent = 0;
  const loop = async () => {
    while (Date.now() < end && sent < cap) {
      sent++;
      const [kind, path] = attackUrl(t);
      const r = await get(path, { localAddress: '127.0.0.2', agent, headers: { accept: pick(accepts) } });
      tally.add(r, kind);
    }
  };
  await Promise.all(Array.from({ length: conns }, loop));
  agent.destroy();
  write(args.out, { ...out, ...tally.json(), seconds });
}

// After the quiet phase (warm server): 64 identical concurrent requests for one uncached costly URL, then 64 concurrent
// requests for 64 distinct uncached URLs of the same shape, each from its own address (127.0.3.1..64).
async function coalesce() {
  const n = Number(args.n ?? 64);
  const shape = p => `/api/v1/spending?lines=all&pageSize=1000&page=${p}&sort=-amount`;
  const burst = async paths => {
    const agent = new http.Agent({ keepAlive: false, maxSockets: n });
    const t0 = Date.now();
    const rs = await Promise.all(paths.map((p, i) => get(p, { localAddress: `127.0.3.${i + 1}`, agent })));
    return { wallMs: Date.now() - t0, ms: rs.map(r => r.ms).sort((a, b) => a - b), status: rs.reduce((s, r) => ((s[r.status] = (s[r.status] ?? 0) + 1), s), {}) };
  };
  const ref = new http.Agent({ keepAlive: false });
  const solo = await get(shape(3), { localAddress: '127.0.0.3', agent: ref });
  const identical = await burst(Array.from({ length: n }, () => shape(4)));
  const distinct = await burst(Array.from({ length: n }, (_, i) => shape(5 + i)));
  write(args.out, { soloUrl: shape(3), soloMs: solo.ms, soloStatus: solo.status, identicalUrl: shape(4), identical, distinct });
}

/** Distinct, valid URLs that would each be a cache entry if the cache were unbounded (pageSize <= 200: general bucket). */
function bustingUrls(t, count) {
  const urls = new Set();
  const sorts = ['year', '-year', 'value', '-value', 'name', '-name'];
  const authoritySorts = ['name', '-name', 'laCode', '-laCode', 'gssCode', '-gssCode', 'region', '-region'];
  for (let guard = 0; urls.size < count && guard < count * 20; guard++) {
    if (Math.random() < 0.85) {
      const ind = pick(t.indicators);
      const size = int(10, 200);
      const filters = [];
      if (Math.random() < 0.3) filters.push(`level=${pick(['authority', 'region'])}`);
      if (Math.random() < 0.3) filters.push(`release=${pick(['current', 'all'])}`);
      if (Math.random() < 0.2 && ind.years.length) filters.push(`from=${pick(ind.years)}`);
      urls.add(`/api/v1/indicators/${ind.id}/values?page=${int(1, Math.max(1, Math.floor(1500 / size)))}&pageSize=${size}&sort=${pick(sorts)}${filters.map(f => '&' + f).join('')}`);
    } else {
      const size = int(1, 200);
      urls.add(`/api/v1/authorities?status=${pick(['all', 'current', 'abolished'])}&page=${int(1, Math.ceil(163 / size))}&pageSize=${size}&sort=${pick(authoritySorts)}`);
    }
  }
  return [...urls];
}

function addressRange(spec) {
  const m = /^(127\.\d+\.\d+\.)(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m) throw new Error(`bad address range ${spec}`);
  const [lo, hi] = [Number(m[2]), Number(m[3] ?? m[2])];
  return Array.from({ length: hi - lo + 1 }, (_, i) => m[1] + (lo + i));
}

async function buster() {
  const t = JSON.parse(fs.readFileSync(args.targets, 'utf8'));
  const addresses = addressRange(args.addresses);
  const count = Number(args.count ?? 30000);
  const conns = Number(args.conns ?? 4);
  const pace = args.pace === '1';
  const urls = bustingUrls(t, count);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const tally = new Tally();
  // Client-side mirror of the server's bucket (burst 100, 10/s), a little under, so paced addresses are served.
  const buckets = addresses.map(a => ({ a, tokens: 100, at: Date.now() }));
  const start = Date.now();
  const end = start + seconds * 1000;
  let next = 0;
  let rr = 0;
  const take = () => {
    if (!pace) return addresses[next % addresses.length];
    const now = Date.now();
    for (let i = 0; i < buckets.length; i++) {
      const b = buckets[(rr + i) % buckets.length];
      b.tokens = Math.min(100, b.tokens + ((now - b.at) / 1000) * 9.5);
      b.at = now;
      if (b.tokens >= 1) { b.tokens -= 1; rr = (rr + i + 1) % buckets.length; return b.a; }
    }
    return null;
  };
  const loop = async () => {
    while (next < urls.length && Date.now() < end) {
      const address = take();
      if (!address) { await sleep(20); continue; }
      const i = next++;
      const r = await get(urls[i], { localAddress: address, agent, headers: { accept: `application/json;q=0.9, text/x-distinct-${i};q=0.5, */*;q=0.1` } });
      tally.add(r, urls[i].startsWith('/api/v1/authorities') ? 'authorities' : 'values');
    }
  };
  await Promise.all(Array.from({ length: conns }, loop));
  agent.destroy();
  write(args.out, { ...tally.json(), distinctUrls: urls.length, sent: next, addresses: addresses.length, elapsedS: (Date.now() - start) / 1000 });
}

// ---------------------------------------------------------------------------------------------------- report
function report() {
  const dir = args.dir;
  const read = f => JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
  if (args.only === 'memory') return reportMemory(dir, read);
  const quiet = read('quiet.json');
  const under = read('under-attack.json');
  const attack = read('attacker.json');
  const single = read('buster-single.json');
  const spread = read('buster-spread.json');
  const co = read('coalesce.json');
  const rss = f => fs.readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').filter(Boolean).map(l => l.split(' ').map(Number));
  const rssAttack = rss('rss-attack.txt');
  const rssSpread = rss('rss-spread.txt');

  const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]; };
  const f1 = x => x.toFixed(1);
  const f2 = x => x.toFixed(2);
  const classes = st => Object.entries(st).reduce((c, [code, n]) => {
    const k = code === '429' ? '429' : code >= 500 ? '5xx' : code >= 200 && code < 300 ? '2xx' : code === '0' ? 'error' : '4xx';
    c[k] = (c[k] ?? 0) + n;
    return c;
  }, { '2xx': 0, '429': 0, '4xx': 0, '5xx': 0, error: 0 });
  const show = st => { const c = classes(st); return `2xx ${c['2xx']}, 429 ${c['429']}, other 4xx ${c['4xx']}, 5xx ${c['5xx']}, errors ${c.error}`; };
  const five = st => Object.entries(st).filter(([c]) => c >= 500).map(([c, n]) => `${c}x${n}`).join(' ') || 'none';
  // samples: [unix seconds, rss kB, cpu ticks, anon kB, file kB]; the first line is the sample taken just before the load.
  const rssFig = s => {
    const before = s[0][1] / 1024;
    const max = Math.max(...s.map(x => x[1])) / 1024;
    const cpu = s.length > 1 ? (s.at(-1)[2] - s[0][2]) / (s.at(-1)[0] - s[0][0]) : 0; // ticks (1/100 s) per second = %
    const at = i => s[Math.min(s.length - 1, i)];
    const anonFile = x => `${f1(x[3] / 1024)}/${f1(x[4] / 1024)}`;
    const peak = s.reduce((a, x) => (x[1] > a[1] ? x : a));
    // RSS every 10 s from the first sample (MB), and the anonymous/file-backed split before and at the peak
    const timeline = s.filter((_, i) => i % 10 === 0 || i === s.length - 1).map(x => f1(x[1] / 1024)).join(' ');
    return { before, max, growth: max - before, after: s.at(-1)[1] / 1024, cpu, timeline, split: `anon/file ${anonFile(at(0))} MB before, ${anonFile(peak)} MB at the peak` };
  };

  const q = { median: pct(quiet.latencies, 50), p99: pct(quiet.latencies, 99), n: quiet.latencies.length };
  const u = { median: pct(under.latencies, 50), p99: pct(under.latencies, 99), n: under.latencies.length };
  const ratio = u.median / q.median;
  const maxAll = [quiet.max, under.max, attack.max, single.max, spread.max, ...attack.burst.ms.map(ms => ({ ms, path: attack.burst.url }))]
    .reduce((a, b) => (b.ms > a.ms ? b : a));
  const atk = classes(attack.status);
  const nrm = classes(under.status);
  const nrmQuiet = classes(quiet.status);
  const ra = rssFig(rssAttack);
  const rs = rssFig(rssSpread);
  const b = attack.burst;

  const lines = [];
  const say = s => lines.push(s);
  say(`normal client (127.0.0.1, 8 req/s, 1 connection)`);
  say(`  quiet         ${String(q.n).padStart(6)} requests  median ${f2(q.median)} ms  p99 ${f2(q.p99)} ms  max ${f1(quiet.max.ms)} ms  ${show(quiet.status)}`);
  say(`  under attack  ${String(u.n).padStart(6)} requests  median ${f2(u.median)} ms  p99 ${f2(u.p99)} ms  max ${f1(under.max.ms)} ms  ${show(under.status)}`);
  say(`  median ratio  ${f2(ratio)}x (target < 3x)`);
  const steady = x => x.latencies.filter((_, i) => x.times[i] >= 10_000);
  const [qs, us] = [steady(quiet), steady(under)];
  say(`  after the first 10 s (JIT and caches warm): quiet median ${f2(pct(qs, 50))} ms p99 ${f2(pct(qs, 99))} ms; under attack median ${f2(pct(us, 50))} ms p99 ${f2(pct(us, 99))} ms (ratio ${f2(pct(us, 50) / pct(qs, 50))}x)`);
  say(`attacker (127.0.0.2, ${attack.seconds} s, 32 connections, 4-8 KB Accept): ${attack.requests} requests (${f1(attack.requests / attack.seconds)} req/s)`);
  say(`  ${show(attack.status)}; 5xx codes: ${five(attack.status)}`);
  say(`  kind                 requests    2xx    429   5xx  mean 2xx ms  max ms`);
  for (const [k, v] of Object.entries(attack.kinds).sort()) {
    say(`  ${k.padEnd(20)} ${String(v.n).padStart(8)} ${String(v.ok).padStart(6)} ${String(v.s429).padStart(6)} ${String(v.s5xx).padStart(5)} ${(v.ok ? f1(v.okMs / v.ok) : '-').padStart(12)} ${f1(v.max).padStart(7)}`);
  }
  say(`coalescing: ${b.n} identical concurrent requests (from ${b.n} addresses) for ${b.url}`);
  say(`  statuses ${JSON.stringify(b.status)}; min ${f1(b.ms[0])} ms, median ${f1(pct(b.ms, 50))} ms, max ${f1(b.ms.at(-1))} ms, wall ${b.wallMs} ms`);
  say(`  for reference, alone: the same shape uncached (page=3) ${f1(b.soloUncachedMs)} ms (${b.soloStatus}); the burst URL again (cached) ${f1(b.cachedMs)} ms`);
  const cb = x => `min ${f1(x.ms[0])} ms, median ${f1(pct(x.ms, 50))} ms, max ${f1(x.ms.at(-1))} ms, statuses ${JSON.stringify(x.status)}`;
  say(`coalescing on a warm server (after the quiet phase), ${co.identical.ms.length} concurrent requests from as many addresses:`);
  say(`  alone, uncached ${co.soloUrl}: ${f1(co.soloMs)} ms (${co.soloStatus})`);
  say(`  identical (page=4):   ${cb(co.identical)}`);
  say(`  distinct (page=5-68): ${cb(co.distinct)}`);
  say(`cache busting, one address (127.0.0.4, during the attack): ${single.sent} of ${single.distinctUrls} distinct URLs sent in ${f1(single.elapsedS)} s; ${show(single.status)}`);
  say(`  server RSS during the attack phase: before ${f1(ra.before)} MB, max ${f1(ra.max)} MB, growth ${f1(ra.growth)} MB; server CPU ${f1(ra.cpu)}% of 200%`);
  say(`    RSS every 10 s: ${ra.timeline}; ${ra.split}`);
  say(`cache busting, ${spread.addresses} addresses (127.0.1.x, paced under each one's limit, fresh server): ${spread.sent} of ${spread.distinctUrls} distinct URLs sent in ${f1(spread.elapsedS)} s; ${show(spread.status)}`);
  say(`  server RSS: before ${f1(rs.before)} MB, max ${f1(rs.max)} MB, growth ${f1(rs.growth)} MB (target < 150 MB), after ${f1(rs.after)} MB; server CPU ${f1(rs.cpu)}% of 200%`);
  say(`    RSS every 10 s: ${rs.timeline}; ${rs.split}`);
  say(`slowest response of any request: ${f1(maxAll.ms)} ms (${maxAll.path}) (target < 10000 ms)`);
  const normalSlow = under.slow.sort((a, b) => b.ms - a.ms).slice(0, 5);
  if (normalSlow.length) say(`normal client's slowest under attack: ${normalSlow.map(s => `${f1(s.ms)} ms at ${f1(s.atS)} s ${s.path}`).join('; ')}`);
  say(`load generator CPU (user+system s): normal ${f1((under.cpu.user + under.cpu.system) / 1e6)}, attacker ${f1((attack.cpu.user + attack.cpu.system) / 1e6)}, buster ${f1((single.cpu.user + single.cpu.system) / 1e6)}`);

  const checks = [
    ['under-attack median < 3x quiet median', ratio < 3, `${f2(ratio)}x`],
    ['slowest response < 10 s', maxAll.ms < 10_000, `${f1(maxAll.ms)} ms`],
    ['attacker got 429s', atk['429'] > 0, `${atk['429']}`],
    ['no 5xx anywhere', [attack, under, quiet, single, spread].every(x => classes(x.status)['5xx'] === 0) && !Object.keys(b.status).some(c => c >= 500), `attacker 5xx ${atk['5xx']}`],
    ['normal client all 2xx', nrm['2xx'] === under.requests && nrmQuiet['2xx'] === quiet.requests, `${nrm['2xx']}/${under.requests} and ${nrmQuiet['2xx']}/${quiet.requests}`],
    [`RSS growth through ${spread.sent} spread cache-busting requests < 150 MB`, rs.growth < 150, `${f1(rs.growth)} MB`],
  ];
  say('targets:');
  for (const [name, ok, value] of checks) say(`  ${ok ? 'met   ' : 'MISSED'} ${name}: ${value}`);
  console.log(lines.join('\n'));
  process.exitCode = checks.every(c => c[1]) ? 0 : 1;
}

// NOISY_ONLY=memory: the spread phase alone (buster-spread.json, rss-spread.txt) and its targets.
function reportMemory(dir, read) {
  const spread = read('buster-spread.json');
  const s = fs.readFileSync(`${dir}/rss-spread.txt`, 'utf8').trim().split('\n').filter(Boolean).map(l => l.split(' ').map(Number));
  const f1 = x => x.toFixed(1);
  const mb = kb => kb / 1024;
  const before = mb(s[0][1]);
  const peak = s.reduce((a, x) => (x[1] > a[1] ? x : a));
  const max = mb(peak[1]);
  const cpu = s.length > 1 ? (s.at(-1)[2] - s[0][2]) / (s.at(-1)[0] - s[0][0]) : 0;
  const c = Object.entries(spread.status).reduce((a, [code, n]) => {
    const k = code === '429' ? '429' : code >= 500 ? '5xx' : code >= 200 && code < 300 ? '2xx' : code === '0' ? 'error' : '4xx';
    a[k] = (a[k] ?? 0) + n;
    return a;
  }, { '2xx': 0, '429': 0, '4xx': 0, '5xx': 0, error: 0 });
  const timeline = s.filter((_, i) => i % 10 === 0 || i === s.length - 1).map(x => f1(mb(x[1]))).join(' ');
  const lines = [
    `cache busting, ${spread.addresses} addresses (127.0.1.x, paced under each one's limit, fresh server): ${spread.sent} of ${spread.distinctUrls} distinct URLs sent in ${f1(spread.elapsedS)} s; 2xx ${c['2xx']}, 429 ${c['429']}, other 4xx ${c['4xx']}, 5xx ${c['5xx']}, errors ${c.error}`,
    `  server RSS: before ${f1(before)} MB, max ${f1(max)} MB, growth ${f1(max - before)} MB (target < 150 MB), after ${f1(mb(s.at(-1)[1]))} MB; server CPU ${f1(cpu)}% of 200%`,
    `    RSS every 10 s: ${timeline}; anon/file ${f1(mb(s[0][3]))}/${f1(mb(s[0][4]))} MB before, ${f1(mb(peak[3]))}/${f1(mb(peak[4]))} MB at the peak`,
    `slowest response: ${f1(spread.max.ms)} ms (${spread.max.path})`,
  ];
  const checks = [
    [`RSS growth through ${spread.sent} spread cache-busting requests < 150 MB`, max - before < 150, `${f1(max - before)} MB`],
    ['no 5xx, no errors', c['5xx'] === 0 && c.error === 0, `5xx ${c['5xx']}, errors ${c.error}`],
    ['slowest response < 10 s', spread.max.ms < 10_000, `${f1(spread.max.ms)} ms`],
  ];
  lines.push('targets (memory only):');
  for (const [name, ok, value] of checks) lines.push(`  ${ok ? 'met   ' : 'MISSED'} ${name}: ${value}`);
  console.log(lines.join('\n'));
  process.exitCode = checks.every(x => x[1]) ? 0 : 1;
}

const roles = { discover, normal, attacker, coalesce, buster, report };
if (!roles[role]) {
  console.error(`unknown role ${role}`);
  process.exit(2);
}
await roles[role]();
