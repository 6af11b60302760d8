import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TrieStore } from '../core/lexicon/indexedWalk.js';
import { EDGE_STRIDE, type PrefixTrie } from '../core/lexicon/prefixTrie.js';

/**
 * The tries of the lexicon walks (indexedWalk.ts) kept in a binary file beside the pattern plans
 * (patternPlanCache.ts decides when and where): read back with no parsing (typed-array views of the
 * file) instead of built from some 30,000 prefixes at start-up. Layout: the magic, the byte length
 * of a JSON header, the header ({code, tries: [{sig, sha, shift, parts: {name: [offset, length]}}]}),
 * then each array's little-endian bytes, 4-byte aligned. `sig` is the SHA-256 of a walk's signature,
 * `sha` that of its bytes: a file of other code, damaged or cut short is ignored, trie by trie.
 */
const MAGIC = 'ATTUNE-TRIES/1\n';
const PARTS = ['table', 'nodes', 'tails', 'values'] as const;
type Part = (typeof PARTS)[number];

interface HeaderTrie {
  sig: string;
  sha: string;
  shift: number;
  parts: Record<Part, [offset: number, length: number]>;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A trie of a file, checked and viewed when first asked for (null when its bytes do not check out). */
export type StoredTrie = () => PrefixTrie | null;

/**
 * The tries a file holds for planning code `code`, by signature hash; empty when it holds none
 * usable. Each is checked against its hash only when asked for: a process uses two or three of them.
 */
export function readTrieFile(file: string, code: string): Map<string, StoredTrie> {
  const out = new Map<string, StoredTrie>();
  if (!LITTLE_ENDIAN) return out;
  try {
    if (!fs.existsSync(file)) return out;
    const read = fs.readFileSync(file);
    // Views need 4-byte alignment: copy where the read buffer lacks it.
    const bytes = read.byteOffset % 4 === 0 ? read : Buffer.from(read);
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return out;
    const headerLength = bytes.readUInt32LE(MAGIC.length);
    const dataStart = align(MAGIC.length + 4 + headerLength);
    const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as { code?: unknown; tries?: unknown };
    if (header.code !== code || !Array.isArray(header.tries)) return out;
    for (const t of header.tries as HeaderTrie[]) {
      if (typeof t?.sig !== 'string') continue;
      let trie: PrefixTrie | null | undefined;
      out.set(t.sig, () => (trie === undefined ? (trie = trieOf(bytes, dataStart, t)) : trie));
    }
  } catch {
    // Unreadable or malformed: the tries are built as without the file.
  }
  return out;
}

function trieOf(bytes: Buffer, dataStart: number, t: HeaderTrie): PrefixTrie | null {
  if (typeof t.sha !== 'string' || typeof t.shift !== 'number' || typeof t.parts !== 'object' || t.parts === null) return null;
  const spans = PARTS.map((p) => t.parts[p]);
  if (!spans.every((s) => Array.isArray(s) && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] >= 0 && s[1] >= 0 && s[0] % 4 === 0)) return null;
  const first = dataStart + spans[0][0];
  const last = dataStart + Math.max(...spans.map(([o, l]) => o + l));
  if (last > bytes.length) return null;
  if (sha256(bytes.subarray(first, last)) !== t.sha) return null;
  const view = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, [offset, length]: [number, number], width: number): T | null =>
    length % width === 0 ? make(bytes.buffer as ArrayBuffer, bytes.byteOffset + dataStart + offset, length / width) : null;
  const table = view((b, o, n) => new Int32Array(b, o, n), t.parts.table, 4);
  const nodes = view((b, o, n) => new Int32Array(b, o, n), t.parts.nodes, 4);
  const tails = view((b, o, n) => new Uint16Array(b, o, n), t.parts.tails, 2);
  const values = view((b, o, n) => new Int32Array(b, o, n), t.parts.values, 4);
  if (!table || !nodes || !tails || !values || table.length < EDGE_STRIDE) return null;
  // The walk checks the rest (indexedWalk.ts, isWellFormedTrie) before using it.
  return { table, shift: t.shift, mask: table.length / EDGE_STRIDE - 1, nodes, tails, values };
}

const align = (n: number): number => (n + 3) & ~3;

/**
 * Writes `tries` (by signature hash) for planning code `code` to `file`, whole to a temporary file and
 * then renamed; false when it could not be written (the file only saves time).
 */
export function writeTrieFile(file: string, code: string, tries: ReadonlyMap<string, PrefixTrie>): boolean {
  const chunks: Uint8Array[] = [];
  const entries: HeaderTrie[] = [];
  let offset = 0;
  for (const [sig, trie] of tries) {
    // One block a trie: its parts in PARTS order, each padded to 4 bytes.
    const parts = {} as HeaderTrie['parts'];
    const pieces: Uint8Array[] = [];
    let size = 0;
    for (const p of PARTS) {
      const a = trie[p];
      parts[p] = [offset + size, a.byteLength];
      pieces.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(align(a.byteLength) - a.byteLength));
      size += align(a.byteLength);
    }
    const block = Buffer.concat(pieces);
    // The hash covers the block up to the end of its last part, as the reader reads it.
    const [lastOffset, lastLength] = parts[PARTS[PARTS.length - 1]];
    entries.push({ sig, sha: sha256(block.subarray(0, lastOffset + lastLength - offset)), shift: trie.shift, parts });
    chunks.push(block);
    offset += size;
  }
  const header = Buffer.from(JSON.stringify({ code, tries: entries }), 'utf8');
  const head = Buffer.alloc(align(MAGIC.length + 4 + header.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, MAGIC.length);
  header.copy(head, MAGIC.length + 4);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([head, ...chunks]));
    fs.renameSync(tmp, file);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * A TrieStore over the tries of the files read (by the SHA-256 of a signature). It collects, for
 * writing back to the user's file, the tries of that file this process used and those it built: so
 * the file does not grow as lexicons are edited.
 */
export class FileTrieStore implements TrieStore {
  private readonly known = new Map<string, { load: StoredTrie; keep: boolean }>();
  readonly kept = new Map<string, PrefixTrie>();
  /** How many tries this process built (when none, the user's file need not be written). */
  built = 0;

  /** Makes the tries of a file known; `keep`: they come from the user's file (write back those used). */
  add(tries: ReadonlyMap<string, StoredTrie>, keep = false): void {
    for (const [sig, load] of tries) if (!this.known.has(sig)) this.known.set(sig, { load, keep });
  }

  get(signature: string): PrefixTrie | undefined {
    const sig = sha256(signature);
    const known = this.known.get(sig);
    const trie = known?.load() ?? undefined;
    if (trie && known?.keep) this.kept.set(sig, trie);
    return trie;
  }

  set(signature: string, trie: PrefixTrie): void {
    const sig = sha256(signature);
    this.known.set(sig, { load: () => trie, keep: true });
    this.kept.set(sig, trie);
    this.built++;
  }
}
