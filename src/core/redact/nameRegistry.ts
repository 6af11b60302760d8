/**
 * The one mapping from people to placeholders that a redactor keeps: "Maria Lopez", "Maria", "Lopez",
 * "MARIA" and "Maria's" are one person with one placeholder.
 */

interface Person {
  placeholder: string;
  /** The longest form of the name seen, in lower-case words. */
  words: string[];
}

export interface NameRegistry {
  /**
   * The placeholder of a name given as lower-case words without title ("maria", "lopez"). A full name
   * joins the person already known by its first or last word when the words agree ("Maria" then "Maria
   * Lopez"); otherwise, or when `fresh`, it is a new person.
   */
  placeholderFor(words: readonly string[], fresh?: boolean): string;
  /** Every name key known (full names and their first and last words), lower case. */
  keys(): string[];
  /** Grows by one each time a key is added (so a matcher built from `keys()` knows when it is stale). */
  version(): number;
}

export function createNameRegistry(): NameRegistry {
  const byKey = new Map<string, Person>();
  let count = 0;
  let version = 0;

  const claim = (key: string, person: Person): void => {
    if (byKey.has(key)) return;
    byKey.set(key, person);
    version++;
  };

  const placeholderFor = (words: readonly string[], fresh = false): string => {
    const full = words.join(' ');
    const known = fresh ? undefined : byKey.get(full);
    if (known) return known.placeholder;
    let person: Person | undefined;
    if (!fresh && words.length > 1) {
      // "Lopez" known alone, or "Maria": the fuller name is the same person when it contains all of
      // the words known for them ("Maria Garcia" is not "Maria Lopez").
      for (const candidate of [byKey.get(words[0]), byKey.get(words[words.length - 1])]) {
        if (candidate && candidate.words.every((w) => words.includes(w))) {
          person = candidate;
          break;
        }
      }
    }
    if (!person) person = { placeholder: `[NAME_${++count}]`, words: [...words] };
    else if (words.length > person.words.length) person.words = [...words];
    claim(full, person);
    claim(words[0], person);
    claim(words[words.length - 1], person);
    return person.placeholder;
  };

  return { placeholderFor, keys: () => [...byKey.keys()], version: () => version };
}
