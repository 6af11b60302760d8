/**
 * A trie of short literal strings, each carrying small integer values, compiled to flat typed arrays
 * for the lexicon index (lexiconIndex.ts), which walks it along the text from every place a cue may
 * start. Runs of nodes with one child and no values are merged into their edge (a radix trie): an
 * edge is its first UTF-16 unit, found by hash, and a tail of further units, compared in a row. Edges
 * live in one open-addressing hash table keyed by (node, first unit): a branch costs one or two probes
 * whatever the node's fan-out (a list of children per node costs a linear search, and the shallow
 * nodes have twenty and more), and the long single-child runs of prefixes cost no probe at all.
 */
export interface PrefixTrie {
  /**
   * Hash slots of the edges, four int32 each (EDGE_STRIDE): the node the edge leaves (-1 for an empty
   * slot), its first unit, the node it enters, and its tail as (offset in `tails` << 8 | length).
   * Side by side, a probe reads one cache line: a walk step's cost is its cache misses.
   */
  table: Int32Array;
  /** Slot bits taken from the top of the 32-bit hash. */
  shift: number;
  mask: number;
  /** The units of every edge after its first, edge after edge. */
  tails: Uint16Array;
  /** Values of node v: values[valueStart[v] .. valueStart[v + 1]), in insertion order, without repeats. */
  valueStart: Int32Array;
  values: Int32Array;
}

/** Int32s per edge slot of `PrefixTrie.table`. */
export const EDGE_STRIDE = 4;
/** Units an edge's tail holds at most (its length is kept in 8 bits); a longer run takes more edges. */
const MAX_TAIL = 255;

/** Hash slot of an edge: multiplicative, the high bits spread well for small node numbers. */
export function slotOf(node: number, unit: number, shift: number): number {
  return Math.imul((node << 16) ^ unit, 0x9e3779b1) >>> shift;
}

/** The slot of the edge that leaves `node` with `unit`, or -1. */
export function edgeOf(trie: PrefixTrie, node: number, unit: number): number {
  const { table, mask } = trie;
  for (let s = slotOf(node, unit, trie.shift); ; s = (s + 1) & mask) {
    const i = s * EDGE_STRIDE;
    const f = table[i];
    if (f === node && table[i + 1] === unit) return s;
    if (f === -1) return -1;
  }
}

/** The node that `s` leads to from `root`, or -1 where no inserted string continues so or `s` ends inside an edge. */
export function nodeAt(trie: PrefixTrie, root: number, s: string): number {
  let node = root;
  let d = 0;
  while (d < s.length) {
    const e = edgeOf(trie, node, s.charCodeAt(d));
    if (e < 0) return -1;
    const i = e * EDGE_STRIDE;
    const tail = trie.table[i + 3];
    const len = tail & 255;
    if (d + 1 + len > s.length) return -1;
    for (let k = 0, off = tail >>> 8; k < len; k++) if (s.charCodeAt(d + 1 + k) !== trie.tails[off + k]) return -1;
    d += 1 + len;
    node = trie.table[i + 2];
  }
  return node;
}

/** The values of `node` (of nodeAt), in insertion order; none for -1. */
export function valuesOf(trie: PrefixTrie, node: number): number[] {
  return node < 0 ? [] : Array.from(trie.values.subarray(trie.valueStart[node], trie.valueStart[node + 1]));
}

/**
 * Collects strings and their values, then compiles them (`build`). Node 0..roots-1 are the roots.
 * Typed arrays throughout (an open-addressing table of the edges, per-node child counts): the shipped
 * lexicons insert some 100,000 prefixes at start-up, which Maps of Maps took tens of milliseconds for.
 */
export class PrefixTrieBuilder {
  private nodes: number;
  /** Edges in insertion order: parent, unit and child of edge k at 3k, 3k+1, 3k+2. */
  private edges = new Int32Array(3 * 1024);
  private edgeCount = 0;
  /** Open-addressing index of the edges by (parent, unit): edge number + 1, 0 for empty. */
  private index = new Int32Array(2048);
  private childCount = new Int32Array(1024);
  /** The edge of a node's only child (valid while childCount is 1). */
  private onlyEdge = new Int32Array(1024);
  private readonly nodeValues = new Map<number, number[]>();

  constructor(private readonly roots: number) {
    this.nodes = roots;
  }

  private child(node: number, unit: number): number {
    const bits = 31 - Math.clz32(this.index.length);
    const mask = this.index.length - 1;
    for (let s = slotOf(node, unit, 32 - bits); ; s = (s + 1) & mask) {
      const e = this.index[s];
      if (e === 0) return -1 - s; // not found: -1 - (the free slot)
      const i = (e - 1) * 3;
      if (this.edges[i] === node && this.edges[i + 1] === unit) return this.edges[i + 2];
    }
  }

  private addEdge(node: number, unit: number, slot: number): number {
    const child = this.nodes++;
    if (child >= this.childCount.length) {
      this.childCount = grown(this.childCount, child + 1);
      this.onlyEdge = grown(this.onlyEdge, child + 1);
    }
    const k = this.edgeCount++;
    if (3 * k + 3 > this.edges.length) this.edges = grown(this.edges, 3 * k + 3);
    this.edges[3 * k] = node;
    this.edges[3 * k + 1] = unit;
    this.edges[3 * k + 2] = child;
    this.index[slot] = k + 1;
    if (++this.childCount[node] === 1) this.onlyEdge[node] = k;
    // At most half full: rebuild twice as large.
    if (2 * this.edgeCount > this.index.length) this.reindex();
    return child;
  }

  private reindex(): void {
    const size = this.index.length * 2;
    const bits = 31 - Math.clz32(size);
    this.index = new Int32Array(size);
    for (let k = 0; k < this.edgeCount; k++) {
      let s = slotOf(this.edges[3 * k], this.edges[3 * k + 1], 32 - bits);
      while (this.index[s] !== 0) s = (s + 1) & (size - 1);
      this.index[s] = k + 1;
    }
  }

  /** Adds `value` at the end of `prefix` from `root`. */
  insert(root: number, prefix: string, value: number): void {
    let node = root;
    for (let i = 0; i < prefix.length; i++) {
      const unit = prefix.charCodeAt(i);
      const next = this.child(node, unit);
      node = next >= 0 ? next : this.addEdge(node, unit, -1 - next);
    }
    const vs = this.nodeValues.get(node);
    if (!vs) this.nodeValues.set(node, [value]);
    else if (!vs.includes(value)) vs.push(value);
  }

  build(): PrefixTrie {
    const { edges, childCount, onlyEdge, nodeValues } = this;
    // The edges of each node, grouped (a counting sort by parent, insertion order kept).
    const first = new Int32Array(this.nodes + 1);
    for (let k = 0; k < this.edgeCount; k++) first[edges[3 * k] + 1]++;
    for (let v = 0; v < this.nodes; v++) first[v + 1] += first[v];
    const byParent = new Int32Array(this.edgeCount);
    const fill = first.slice(0, this.nodes);
    for (let k = 0; k < this.edgeCount; k++) byParent[fill[edges[3 * k]]++] = k;
    // Merge each run of value-less single-child nodes into the edge that enters it; the nodes left
    // (the roots and the ends of edges) are numbered anew, breadth first.
    const hasValues = new Uint8Array(this.nodes);
    for (const v of nodeValues.keys()) hasValues[v] = 1;
    const id = new Int32Array(this.nodes).fill(-1);
    const kept = new Int32Array(this.nodes);
    let keptCount = 0;
    for (let r = 0; r < this.roots; r++) {
      id[r] = r;
      kept[keptCount++] = r;
    }
    // Merged edges (at most one per edge): leaving node, first unit, entered node, tail start.
    const count = this.edgeCount;
    const from = new Int32Array(count);
    const units = new Int32Array(count);
    const to = new Int32Array(count);
    const tailStart = new Int32Array(count + 1);
    const tailUnits = new Uint16Array(count);
    let merged = 0;
    let tailEnd = 0;
    for (let q = 0; q < keptCount; q++) {
      const v = kept[q];
      for (let j = first[v]; j < first[v + 1]; j++) {
        const k = byParent[j];
        let t = edges[3 * k + 2];
        let len = 0;
        while (childCount[t] === 1 && hasValues[t] === 0 && len < MAX_TAIL) {
          const only = onlyEdge[t];
          tailUnits[tailEnd++] = edges[3 * only + 1];
          t = edges[3 * only + 2];
          len++;
        }
        if (id[t] < 0) {
          id[t] = keptCount;
          kept[keptCount++] = t;
        }
        from[merged] = id[v];
        units[merged] = edges[3 * k + 1];
        to[merged] = id[t];
        tailStart[++merged] = tailEnd;
      }
    }
    // At most half full, so that a miss ends after a probe or two.
    let bits = 4;
    while (1 << bits < merged * 2) bits++;
    const size = 1 << bits;
    const shift = 32 - bits;
    const mask = size - 1;
    const table = new Int32Array(size * EDGE_STRIDE).fill(-1);
    for (let e = 0; e < merged; e++) {
      let s = slotOf(from[e], units[e], shift);
      while (table[s * EDGE_STRIDE] !== -1) s = (s + 1) & mask;
      const i = s * EDGE_STRIDE;
      table[i] = from[e];
      table[i + 1] = units[e];
      table[i + 2] = to[e];
      table[i + 3] = (tailStart[e] << 8) | (tailStart[e + 1] - tailStart[e]);
    }
    const valueStart = new Int32Array(keptCount + 1);
    for (let v = 0; v < keptCount; v++) valueStart[v + 1] = valueStart[v] + (hasValues[kept[v]] ? nodeValues.get(kept[v])!.length : 0);
    const values = new Int32Array(valueStart[keptCount]);
    for (let v = 0; v < keptCount; v++) if (hasValues[kept[v]]) values.set(nodeValues.get(kept[v])!, valueStart[v]);
    return { table, shift, mask, tails: tailUnits.slice(0, tailEnd), valueStart, values };
  }
}

/** `a` copied into an array at least `min` long (doubling). */
function grown(a: Int32Array<ArrayBuffer>, min: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(min, a.length * 2));
  out.set(a);
  return out;
}

/**
 * Whether `trie` (from elsewhere: a file) is well formed for values below `valueLimit`: sizes agree,
 * every slot's nodes, tail and values lie in range, and the table has an empty slot (a probe for an
 * edge that is not there ends). A trie that passes cannot make a walk hang or read out of range.
 */
export function isWellFormedTrie(trie: PrefixTrie, valueLimit: number): boolean {
  const { table, shift, mask, tails, valueStart, values } = trie;
  const size = mask + 1;
  if (!(size >= 2 && (size & mask) === 0 && shift === 32 - Math.log2(size) && table.length === size * EDGE_STRIDE)) return false;
  const nodes = valueStart.length - 1;
  if (nodes < 1 || valueStart[0] !== 0 || valueStart[nodes] !== values.length) return false;
  for (let v = 0; v < nodes; v++) if (valueStart[v + 1] < valueStart[v]) return false;
  for (let k = 0; k < values.length; k++) if (!(values[k] >= 0 && values[k] < valueLimit)) return false;
  let empty = 0;
  for (let i = 0; i < table.length; i += EDGE_STRIDE) {
    const from = table[i];
    if (from === -1) {
      empty++;
      continue;
    }
    const tail = table[i + 3];
    if (!(from >= 0 && from < nodes && table[i + 1] >= 0 && table[i + 1] <= 0xffff && table[i + 2] > 0 && table[i + 2] < nodes)) return false;
    if (!(tail >= 0 && (tail >>> 8) + (tail & 255) <= tails.length)) return false;
  }
  return empty > 0;
}
