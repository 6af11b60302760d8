/**
 * Tidies a model's reply as it streams, so what the terminal prints is the person's words only:
 * - a leading `<think>…</think>` block (reasoning models on Ollama and llama.cpp send one) is dropped;
 * - a leading name label ("Ruth:", "**Ruth:**") is dropped, and quotation marks around the whole reply;
 * - leading and trailing white space is dropped.
 * It holds back only what it cannot yet decide (the first few characters, trailing space or a closing
 * quote), so the pieces it returns, joined, are exactly the final reply.
 */
export interface ReplyCleaner {
  /** The next piece of the model's reply; returns what can be shown now (maybe ''). */
  push(piece: string): string;
  /** The reply has ended; returns what was still held back. */
  end(): string;
}

const OPEN_THINK = '<think>';
const CLOSE_THINK = '</think>';
const OPEN_QUOTES = ['"', '“'];
const CLOSE_QUOTE_RE = /["”]$/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createReplyCleaner(name: string): ReplyCleaner {
  // Labels a model puts before the words: "Ruth:", "**Ruth:**", "**Ruth**:".
  const labels = [`${name}:`, `**${name}:**`, `**${name}**:`].map((l) => l.toLowerCase());
  const labelRe = new RegExp(`^(?:\\*\\*${escapeRe(name)}:\\*\\*|\\*\\*${escapeRe(name)}\\*\\*:|${escapeRe(name)}:)\\s*`, 'i');

  let phase: 'start' | 'think' | 'body' = 'start';
  let head = '';
  let held = '';
  let quoted = false;

  /** In the start phase: is the beginning decided yet? Moves to `body` once it is. */
  const settleStart = (final: boolean): string => {
    for (;;) {
      if (phase === 'think') {
        const close = head.indexOf(CLOSE_THINK);
        if (close < 0) {
          // Keep only what could be the start of the closing tag.
          head = head.slice(Math.max(0, head.length - CLOSE_THINK.length + 1));
          if (final) head = '';
          return '';
        }
        head = head.slice(close + CLOSE_THINK.length);
        phase = 'start';
      }
      head = head.replace(/^\s+/, '');
      if (!head) return '';
      if (head.startsWith(OPEN_THINK)) {
        head = head.slice(OPEN_THINK.length);
        phase = 'think';
        continue;
      }
      const lower = head.toLowerCase();
      const undecided = OPEN_THINK.startsWith(head) || labels.some((l) => l.startsWith(lower));
      if (undecided && !final) return '';
      head = head.replace(labelRe, '');
      // After a label, wait for the first word: it may open with a quotation mark.
      if (!head && !final) return '';
      if (OPEN_QUOTES.includes(head[0])) {
        quoted = true;
        head = head.slice(1).replace(/^\s+/, '');
      }
      phase = 'body';
      const text = head;
      head = '';
      return emit(text, final);
    }
  };

  /** Shows text, holding back trailing space and a closing quote until more follows. */
  const emit = (text: string, final: boolean): string => {
    const all = held + text;
    if (final) {
      held = '';
      let out = all.replace(/\s+$/, '');
      if (quoted) out = out.replace(CLOSE_QUOTE_RE, '').replace(/\s+$/, '');
      return out;
    }
    const m = /\s*["”]?\s*$/.exec(all);
    const cut = m ? m.index : all.length;
    held = all.slice(cut);
    return all.slice(0, cut);
  };

  return {
    push(piece: string) {
      if (phase === 'body') return emit(piece, false);
      head += piece;
      return settleStart(false);
    },
    end() {
      if (phase !== 'body') return settleStart(true);
      return emit('', true);
    },
  };
}

/** A whole reply, tidied. */
export function cleanReply(text: string, name: string): string {
  const c = createReplyCleaner(name);
  return c.push(text) + c.end();
}
