/**
 * A trie of short literal strings, each carrying small integer values, compiled to flat typed arrays
 * for the lexicon index (lexiconIndex.ts), which walks it along the text from every place a cue may
 * start. Transitions live in one open-addressing hash table keyed by (node, UTF-16 unit): a step costs
 * one or two probes whatever the node's fan-out (a list of children per node costs a linear search,
 * and the shallow nodes have twenty and more).
 */
export interface PrefixTrie {
  /**
   * Hash slots, three int32 each: the node a transition leaves (-1 for an empty slot), its unit, and
   * the node it enters. Side by side, a probe reads one cache line: the tables of a lexicon's trie are
   * hundreds of kilobytes, and a walk step's cost is its cache misses.
   */
  table: Int32Array;
  /** Slot bits taken from the top of the 32-bit hash. */
  shift: number;
  mask: number;
  /** Values of node v: values[valueStart[v] .. valueStart[v + 1]), in insertion order, without repeats. */
  valueStart: Int32Array;
  values: Int32Array;
}

/** Hash slot of a transition: multiplicative, the high bits spread well for small node numbers. */
export function slotOf(node: number, unit: number, shift: number): number {
  return Math.imul((node << 16) ^ unit, 0x9e3779b1) >>> shift;
}

/** The node reached from `node` by `unit`, or -1. */
export function childOf(trie: PrefixTrie, node: number, unit: number): number {
  const { table, mask } = trie;
  for (let s = slotOf(node, unit, trie.shift); ; s = (s + 1) & mask) {
    const i = s * 3;
    const f = table[i];
    if (f === node && table[i + 1] === unit) return table[i + 2];
    if (f === -1) return -1;
  }
}

/** Collects strings and their values, then compiles them (`build`). Node 0..roots-1 are the roots. */
export class PrefixTrieBuilder {
  private readonly edges = new Map<number, Map<number, number>>();
  private readonly nodeValues: number[][] = [];

  constructor(roots: number) {
    for (let r = 0; r < roots; r++) this.nodeValues.push([]);
  }

  /** Adds `value` at the node `prefix` leads to from `root`; returns that node. */
  insert(root: number, prefix: string, value: number): number {
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
    return node;
  }

  /** The node `unit` leads to from `node` while building, or -1. */
  child(node: number, unit: number): number {
    return this.edges.get(node)?.get(unit) ?? -1;
  }

  build(): PrefixTrie {
    let count = 0;
    for (const kids of this.edges.values()) count += kids.size;
    // At most half full, so that a miss ends after a probe or two.
    let bits = 4;
    while (1 << bits < count * 2) bits++;
    const size = 1 << bits;
    const shift = 32 - bits;
    const mask = size - 1;
    const table = new Int32Array(size * 3).fill(-1);
    for (const [node, kids] of this.edges) {
      for (const [c, next] of kids) {
        let s = slotOf(node, c, shift);
        while (table[s * 3] !== -1) s = (s + 1) & mask;
        table[s * 3] = node;
        table[s * 3 + 1] = c;
        table[s * 3 + 2] = next;
      }
    }
    const nodes = this.nodeValues.length;
    const valueStart = new Int32Array(nodes + 1);
    for (let v = 0; v < nodes; v++) valueStart[v + 1] = valueStart[v] + this.nodeValues[v].length;
    const values = new Int32Array(valueStart[nodes]);
    for (let v = 0; v < nodes; v++) values.set(this.nodeValues[v], valueStart[v]);
    return { table, shift, mask, valueStart, values };
  }
}
