/**
 * The top retainers of a V8 heap snapshot: self size by node type and by constructor, the dominator
 * tree down to what holds at least 1 MB (retained size, as DevTools' "Retained Size" counts it: what
 * would be freed with the object), and the strings held more than once. Used by scripts/heap-at-ready.ts;
 * on its own: `npx tsx scripts/heap-snapshot-top.ts FILE.heapsnapshot`.
 */
import { readFileSync } from 'node:fs';

const MB = 1024 * 1024;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

interface Graph {
  count: number;
  type: Uint8Array;
  name: Uint32Array;
  self: Float64Array;
  firstEdge: Uint32Array;
  edgeTo: Uint32Array;
  edgeType: Uint8Array;
  edgeName: Uint32Array;
  types: string[];
  edgeTypes: string[];
  strings: string[];
}

function graphOf(s: Snapshot): Graph {
  const nf = s.snapshot.meta.node_fields;
  const ef = s.snapshot.meta.edge_fields;
  const [T, N, S, E] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f)) as [
    number,
    number,
    number,
    number,
  ];
  const [ET, EN, EO] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [number, number, number];
  const count = s.nodes.length / nf.length;
  const g: Graph = {
    count,
    type: new Uint8Array(count),
    name: new Uint32Array(count),
    self: new Float64Array(count),
    firstEdge: new Uint32Array(count + 1),
    edgeTo: new Uint32Array(s.edges.length / ef.length),
    edgeType: new Uint8Array(s.edges.length / ef.length),
    edgeName: new Uint32Array(s.edges.length / ef.length),
    types: s.snapshot.meta.node_types[0],
    edgeTypes: s.snapshot.meta.edge_types[0],
    strings: s.strings,
  };
  let edge = 0;
  for (let i = 0; i < count; i++) {
    const o = i * nf.length;
    g.type[i] = s.nodes[o + T]!;
    g.name[i] = s.nodes[o + N]!;
    g.self[i] = s.nodes[o + S]!;
    g.firstEdge[i] = edge;
    edge += s.nodes[o + E]!;
  }
  g.firstEdge[count] = edge;
  for (let e = 0; e < g.edgeTo.length; e++) {
    const o = e * ef.length;
    g.edgeType[e] = s.edges[o + ET]!;
    g.edgeName[e] = s.edges[o + EN]!;
    g.edgeTo[e] = s.edges[o + EO]! / nf.length;
  }
  return g;
}

/** Immediate dominators (Cooper, Harvey & Kennedy), weak edges left out, from node 0 (the root). */
function dominators(g: Graph): { idom: Int32Array; order: Uint32Array; via: Int32Array } {
  const weak = g.edgeTypes.indexOf('weak');
  const post = new Int32Array(g.count).fill(-1);
  const order = new Uint32Array(g.count);
  const via = new Int32Array(g.count).fill(-1); // the edge that first reached a node: its name in the tree
  let n = 0;
  const stack: number[] = [0];
  const cursor = new Uint32Array(g.count);
  const seen = new Uint8Array(g.count);
  seen[0] = 1;
  for (let i = 0; i < g.count; i++) cursor[i] = g.firstEdge[i]!;
  while (stack.length) {
    const v = stack[stack.length - 1]!;
    if (cursor[v]! < g.firstEdge[v + 1]!) {
      const e = cursor[v]!++;
      const w = g.edgeTo[e]!;
      if (g.edgeType[e] === weak || seen[w]) continue;
      seen[w] = 1;
      via[w] = e;
      stack.push(w);
    } else {
      stack.pop();
      post[v] = n;
      order[n++] = v;
    }
  }
  // Predecessors of reachable nodes, by strong edges.
  const predCount = new Uint32Array(g.count + 1);
  for (let v = 0; v < g.count; v++) {
    if (post[v]! < 0) continue;
    for (let e = g.firstEdge[v]!; e < g.firstEdge[v + 1]!; e++)
      if (g.edgeType[e] !== weak && post[g.edgeTo[e]!]! >= 0) predCount[g.edgeTo[e]! + 1]!++;
  }
  for (let i = 0; i < g.count; i++) predCount[i + 1]! += predCount[i]!;
  const preds = new Uint32Array(predCount[g.count]!);
  const fill = predCount.slice(0, g.count);
  for (let v = 0; v < g.count; v++) {
    if (post[v]! < 0) continue;
    for (let e = g.firstEdge[v]!; e < g.firstEdge[v + 1]!; e++) {
      const w = g.edgeTo[e]!;
      if (g.edgeType[e] !== weak && post[w]! >= 0) preds[fill[w]!++] = v;
    }
  }
  const idom = new Int32Array(g.count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (post[a]! < post[b]!) a = idom[a]!;
      while (post[b]! < post[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = n - 1; k >= 0; k--) {
      const v = order[k]!;
      if (v === 0) continue;
      let d = -1;
      for (let p = predCount[v]!; p < predCount[v + 1]!; p++) {
        const u = preds[p]!;
        if (idom[u]! < 0) continue;
        d = d < 0 ? u : intersect(u, d);
      }
      if (d >= 0 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  return { idom, order: order.slice(0, n), via };
}

function label(g: Graph, v: number, via: Int32Array): string {
  const type = g.types[g.type[v]!]!;
  let name = g.strings[g.name[v]!]!;
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
    name = JSON.stringify(name.slice(0, 40));
  else name = name.slice(0, 60);
  const e = via[v]!;
  let edge = '';
  if (e >= 0) {
    const et = g.edgeTypes[g.edgeType[e]!];
    edge = et === 'element' || et === 'hidden' ? `[${g.edgeName[e]}]` : String(g.strings[g.edgeName[e]!]).slice(0, 40);
  }
  return `${edge ? edge + ' → ' : ''}${type === 'object' || type === 'closure' ? '' : `(${type}) `}${name}`;
}

export function analyseSnapshot(file: string, print: (line: string) => void, minTree = MB): void {
  const g = graphOf(JSON.parse(readFileSync(file, 'utf8')) as Snapshot);
  const { idom, order, via } = dominators(g);
  const retained = new Float64Array(g.count);
  for (let k = 0; k < order.length; k++) {
    const v = order[k]!; // post-order: children before their dominators
    retained[v]! += g.self[v]!;
    if (v !== 0) retained[idom[v]!]! += retained[v]!;
  }
  print(`heap snapshot: ${g.count} nodes, ${(retained[0]! / MB).toFixed(1)} MB reachable`);
  const byType = new Map<string, number>();
  const byCtor = new Map<string, { size: number; count: number }>();
  for (let v = 0; v < g.count; v++) {
    const type = g.types[g.type[v]!]!;
    byType.set(type, (byType.get(type) ?? 0) + g.self[v]!);
    const key = type === 'object' || type === 'closure' ? g.strings[g.name[v]!]! : `(${type})`;
    const c = byCtor.get(key) ?? { size: 0, count: 0 };
    c.size += g.self[v]!;
    c.count++;
    byCtor.set(key, c);
  }
  print(
    'self size by type: ' +
      [...byType]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([t, s]) => `${t} ${(s / MB).toFixed(1)}`)
        .join(', '),
  );
  print('self size by constructor (MB, count):');
  for (const [k, c] of [...byCtor].sort((a, b) => b[1].size - a[1].size).slice(0, 15))
    print(`  ${(c.size / MB).toFixed(1).padStart(6)}  ${String(c.count).padStart(8)}  ${k.slice(0, 70)}`);

  const children = new Map<number, number[]>();
  for (const v of order) {
    if (v === 0) continue;
    if (retained[v]! < minTree) continue;
    const list = children.get(idom[v]!) ?? [];
    list.push(v);
    children.set(idom[v]!, list);
  }
  print(`dominator tree, nodes retaining ≥ ${(minTree / MB).toFixed(1)} MB (retained MB):`);
  const walk = (v: number, depth: number) => {
    const kids = (children.get(v) ?? []).sort((a, b) => retained[b]! - retained[a]!);
    for (const w of kids.slice(0, 12)) {
      print(`  ${'  '.repeat(depth)}${(retained[w]! / MB).toFixed(1).padStart(6)}  ${label(g, w, via)}`);
      if (depth < 12) walk(w, depth + 1);
    }
  };
  walk(0, 0);

  const strings = new Map<number, { size: number; count: number; max: number }>();
  const stringTypes = new Set(['string', 'concatenated string', 'sliced string'].map((t) => g.types.indexOf(t)));
  for (let v = 0; v < g.count; v++) {
    if (!stringTypes.has(g.type[v]!)) continue;
    const s = strings.get(g.name[v]!) ?? { size: 0, count: 0, max: 0 };
    s.size += g.self[v]!;
    s.count++;
    s.max = Math.max(s.max, g.self[v]!);
    strings.set(g.name[v]!, s);
  }
  const dup = [...strings].filter(([, s]) => s.count > 1).map(([n, s]) => ({ n, ...s, waste: s.size - s.max }));
  const waste = dup.reduce((t, d) => t + d.waste, 0);
  print(`strings held more than once: ${(waste / MB).toFixed(1)} MB beyond one copy each; the largest:`);
  for (const d of dup.sort((a, b) => b.waste - a.waste).slice(0, 8))
    print(
      `  ${(d.waste / MB).toFixed(2).padStart(6)} MB  × ${d.count}  ${JSON.stringify(g.strings[d.n]!.slice(0, 50))}`,
    );
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npx tsx scripts/heap-snapshot-top.ts FILE.heapsnapshot\n');
    process.exit(2);
  }
  analyseSnapshot(file, (l) => process.stdout.write(l + '\n'));
}
