/**
 * A trie of short literal strings, each carrying small integer values, compiled to flat typed arrays
 * for the lexicon index (lexiconIndex.ts), which walks it along the text from every place a cue may
 * start. Runs of nodes with one child and no values are merged into their edge (a radix trie): an
 * edge is its first UTF-16 unit, found by hash, and a tail of further units, compared in a row. Edges
 * live in one open-addressing hash table keyed by (node, first unit): a branch costs a probe or a few
 * adjacent ones, whatever the node's fan-out (a list of children per node costs a linear search, and the shallow
 * nodes have twenty and more), and the long single-child runs of prefixes cost no probe at all.
 */
export interface PrefixTrie {
  /**
   * Hash slots of the edges, two int32 each (EDGE_STRIDE): the edge's key, (node it leaves << 16 |
   * its first unit), -1 for an empty slot, and the node it enters. Eight bytes a slot and a table
   * about two-thirds full: a walk step's cost is its cache misses, and a smaller table takes fewer.
   */
  table: Int32Array;
  /** Slot bits taken from the top of the 32-bit hash. */
  shift: number;
  mask: number;
  /**
   * Two int32 per node v, side by side: where its values start (nodes[2v]; they end where node
   * v + 1's start, and a last pair holds values.length), and the tail of the edge that enters it as
   * (offset in `tails` << 8 | length) (nodes[2v + 1]; 0 for the roots).
   */
  nodes: Int32Array;
  /** The units of every edge after its first, edge after edge. */
  tails: Uint16Array;
  /** The values of the nodes, node after node, each node's in insertion order and without repeats. */
  values: Int32Array;
}

/** Int32s per edge slot of `PrefixTrie.table`. */
export const EDGE_STRIDE = 2;
/** Units an edge's tail holds at most (its length is kept in 8 bits); a longer run takes more edges. */
const MAX_TAIL = 255;
/** Node numbers fill the high 16 bits of an edge key; the key -1 (node 65535, unit 0xffff) marks an empty slot. */
export const MAX_NODES = 65535;

/** The key of an edge: the node it leaves and its first unit. */
export const edgeKey = (node: number, unit: number): number => (node << 16) | unit;

/** Hash slot of an edge key: multiplicative, the high bits spread well for small node numbers. */
export function slotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** The number of nodes of a trie. */
export const nodeCount = (trie: PrefixTrie): number => trie.nodes.length / 2 - 1;

/** The slot of the edge that leaves `node` with `unit`, or -1. */
export function edgeOf(trie: PrefixTrie, node: number, unit: number): number {
  const { table, mask } = trie;
  const key = edgeKey(node, unit);
  for (let s = slotOf(key, trie.shift); ; s = (s + 1) & mask) {
    const k = table[s * EDGE_STRIDE];
    if (k === key) return s;
    if (k === -1) return -1;
  }
}

/** The node that the edge leaving `node` with `unit` enters (past its tail), or -1. */
export function childOf(trie: PrefixTrie, node: number, unit: number): number {
  const e = edgeOf(trie, node, unit);
  return e < 0 ? -1 : trie.table[e * EDGE_STRIDE + 1];
}

/** The node that `s` leads to from `root`, or -1 where no inserted string continues so or `s` ends inside an edge. */
export function nodeAt(trie: PrefixTrie, root: number, s: string): number {
  let node = root;
  let d = 0;
  while (d < s.length) {
    const e = edgeOf(trie, node, s.charCodeAt(d));
    if (e < 0) return -1;
    node = trie.table[e * EDGE_STRIDE + 1];
    const tail = trie.nodes[2 * node + 1];
    const len = tail & 255;
    if (d + 1 + len > s.length) return -1;
    for (let k = 0, off = tail >>> 8; k < len; k++) if (s.charCodeAt(d + 1 + k) !== trie.tails[off + k]) return -1;
    d += 1 + len;
  }
  return node;
}

/** The values of `node` (of nodeAt), in insertion order; none for -1. */
export function valuesOf(trie: PrefixTrie, node: number): number[] {
  return node < 0 ? [] : Array.from(trie.values.subarray(trie.nodes[2 * node], trie.nodes[2 * node + 2]));
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
    for (let s = slotOf(edgeKey(node, unit), 32 - bits); ; s = (s + 1) & mask) {
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
      let s = slotOf(edgeKey(this.edges[3 * k], this.edges[3 * k + 1]), 32 - bits);
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

  /** The compiled trie; null when it would have more than MAX_NODES nodes (build one of shorter strings). */
  build(): PrefixTrie | null {
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
    if (keptCount > MAX_NODES) return null;
    // About two-thirds full at most: a miss reads a few adjacent slots, most often one cache line.
    let bits = 4;
    while (1 << bits < merged * 1.5) bits++;
    const size = 1 << bits;
    const shift = 32 - bits;
    const mask = size - 1;
    const table = new Int32Array(size * EDGE_STRIDE).fill(-1);
    const nodes = new Int32Array((keptCount + 1) * 2);
    for (let e = 0; e < merged; e++) {
      const key = edgeKey(from[e], units[e]);
      let s = slotOf(key, shift);
      while (table[s * EDGE_STRIDE] !== -1) s = (s + 1) & mask;
      table[s * EDGE_STRIDE] = key;
      table[s * EDGE_STRIDE + 1] = to[e];
      nodes[2 * to[e] + 1] = (tailStart[e] << 8) | (tailStart[e + 1] - tailStart[e]);
    }
    let valueCount = 0;
    for (let v = 0; v < keptCount; v++) {
      nodes[2 * v] = valueCount;
      if (hasValues[kept[v]]) valueCount += nodeValues.get(kept[v])!.length;
    }
    nodes[2 * keptCount] = valueCount;
    const values = new Int32Array(valueCount);
    for (let v = 0; v < keptCount; v++) if (hasValues[kept[v]]) values.set(nodeValues.get(kept[v])!, nodes[2 * v]);
    return { table, shift, mask, nodes, tails: tailUnits.slice(0, tailEnd), values };
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
 * every slot's nodes, every tail and value lies in range, and the table has an empty slot (a probe for
 * an edge that is not there ends). A trie that passes cannot make a walk hang or read out of range.
 */
export function isWellFormedTrie(trie: PrefixTrie, valueLimit: number): boolean {
  const { table, shift, mask, nodes, tails, values } = trie;
  const size = mask + 1;
  if (!(size >= 2 && (size & mask) === 0 && shift === 32 - Math.log2(size) && table.length === size * EDGE_STRIDE)) return false;
  const count = nodes.length / 2 - 1;
  if (!(Number.isInteger(count) && count >= 1 && count <= MAX_NODES && nodes[0] === 0 && nodes[2 * count] === values.length)) return false;
  for (let v = 0; v < count; v++) {
    const tail = nodes[2 * v + 1];
    if (nodes[2 * v + 2] < nodes[2 * v] || !(tail >= 0 && (tail >>> 8) + (tail & 255) <= tails.length)) return false;
  }
  for (let k = 0; k < values.length; k++) if (!(values[k] >= 0 && values[k] < valueLimit)) return false;
  let empty = 0;
  for (let i = 0; i < table.length; i += EDGE_STRIDE) {
    const key = table[i];
    if (key === -1) {
      empty++;
      continue;
    }
    if (!((key >>> 16) < count && table[i + 1] > 0 && table[i + 1] < count)) return false;
  }
  return empty > 0;
}
