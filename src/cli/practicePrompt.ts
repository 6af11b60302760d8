import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** Asks for lines one at a time: the picker's answer, then each reply. */
export interface PracticePrompt {
  /** The next line typed after `prompt`; null once the input ended (Ctrl-D, Ctrl-C, end of a pipe). */
  ask(prompt: string): Promise<string | null>;
  close(): void;
}

/**
 * One readline interface for the whole session, so lines typed (or piped) ahead are never lost
 * between the picker and the conversation. Ctrl-C ends the session like Ctrl-D: the learner still
 * gets the summary, and the session is still saved.
 */
export function createPracticePrompt(input: Readable, output: Writable, terminal: boolean): PracticePrompt {
  const rl = readline.createInterface({ input, output, terminal, historySize: terminal ? 30 : 0 });
  const lines = rl[Symbol.asyncIterator]();
  let closed = false;
  rl.on('close', () => {
    closed = true;
  });
  rl.on('SIGINT', () => {
    output.write('\n');
    rl.close();
  });
  return {
    async ask(prompt) {
      // Piped input may close the interface with lines still queued: those are still answers.
      if (closed) output.write(prompt);
      else {
        rl.setPrompt(prompt);
        rl.prompt();
      }
      const next = await lines.next();
      if (next.done) return null;
      // A terminal echoes what is typed; piped input is echoed here so the output reads as a conversation.
      if (!terminal) output.write(`${next.value}\n`);
      return next.value;
    },
    close() {
      rl.close();
    },
  };
}
