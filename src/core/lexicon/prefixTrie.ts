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

/** Collects strings and their values, then compiles them (`build`). Node 0..roots-1 are the roots. */
export class PrefixTrieBuilder {
  private readonly edges = new Map<number, Map<number, number>>();
  private readonly nodeValues: number[][] = [];

  constructor(private readonly roots: number) {
    for (let r = 0; r < roots; r++) this.nodeValues.push([]);
  }

  /** Adds `value` at the end of `prefix` from `root`. */
  insert(root: number, prefix: string, value: number): void {
    let node = root;
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      let kids = this.edges.get(node);
      if (!kids) this.edges.set(node, (kids = new Map()));
      let next = kids.get(c);
      if (next === undefined) {
        next = this.nodeValues.length;
        this.nodeValues.push([]);
        kids.set(c, next);
      }
      node = next;
    }
    const vs = this.nodeValues[node];
    if (!vs.includes(value)) vs.push(value);
  }

  build(): PrefixTrie {
    // Merge each run of value-less single-child nodes into the edge that enters it; the nodes left
    // (the roots and the ends of edges) are numbered anew, breadth first.
    const id = new Map<number, number>();
    const kept: number[] = [];
    for (let r = 0; r < this.roots; r++) {
      id.set(r, r);
      kept.push(r);
    }
    const edgeList: Array<{ from: number; unit: number; to: number; tail: number[] }> = [];
    for (let k = 0; k < kept.length; k++) {
      const v = kept[k];
      for (const [unit, child] of this.edges.get(v) ?? []) {
        const tail: number[] = [];
        let t = child;
        while (this.nodeValues[t].length === 0 && this.edges.get(t)?.size === 1 && tail.length < MAX_TAIL) {
          const [[u, next]] = this.edges.get(t)!;
          tail.push(u);
          t = next;
        }
        if (!id.has(t)) {
          id.set(t, kept.length);
          kept.push(t);
        }
        edgeList.push({ from: id.get(v)!, unit, to: id.get(t)!, tail });
      }
    }
    // At most half full, so that a miss ends after a probe or two.
    let bits = 4;
    while (1 << bits < edgeList.length * 2) bits++;
    const size = 1 << bits;
    const shift = 32 - bits;
    const mask = size - 1;
    const table = new Int32Array(size * EDGE_STRIDE).fill(-1);
    const tails = new Uint16Array(edgeList.reduce((n, e) => n + e.tail.length, 0));
    let offset = 0;
    for (const { from, unit, to, tail } of edgeList) {
      let s = slotOf(from, unit, shift);
      while (table[s * EDGE_STRIDE] !== -1) s = (s + 1) & mask;
      const i = s * EDGE_STRIDE;
      table[i] = from;
      table[i + 1] = unit;
      table[i + 2] = to;
      table[i + 3] = (offset << 8) | tail.length;
      tails.set(tail, offset);
      offset += tail.length;
    }
    const valueStart = new Int32Array(kept.length + 1);
    for (let v = 0; v < kept.length; v++) valueStart[v + 1] = valueStart[v] + this.nodeValues[kept[v]].length;
    const values = new Int32Array(valueStart[kept.length]);
    for (let v = 0; v < kept.length; v++) values.set(this.nodeValues[kept[v]], valueStart[v]);
    return { table, shift, mask, tails, valueStart, values };
  }
}
