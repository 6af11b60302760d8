/**
 * Checks the `--llm URL` a person typed: the base of an OpenAI-compatible API (for Ollama,
 * `http://127.0.0.1:11434/v1`). A pasted full endpoint (`…/v1/chat/completions`) is accepted and cut
 * back to its base. The answer says whether the host is this machine, so the caller can say plainly
 * when the conversation will leave it.
 */
export interface BaseUrl {
  /** The base, without a trailing slash: requests go to `${href}/chat/completions`. */
  href: string;
  /** The host is this machine (localhost, 127.0.0.0/8, ::1). */
  local: boolean;
}

export type BaseUrlResult = { ok: true; value: BaseUrl } | { ok: false; code: 'invalid_url'; message: string };

const bad = (message: string): BaseUrlResult => ({ ok: false, code: 'invalid_url', message });

export function parseBaseUrl(input: string): BaseUrlResult {
  const text = input.trim();
  if (!text) return bad('The language-model URL is empty; give one such as http://127.0.0.1:11434/v1.');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return bad(`"${text}" is not a URL; give one such as http://127.0.0.1:11434/v1.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return bad(`The language-model URL must start with http:// or https:// (got "${url.protocol}").`);
  }
  // fetch refuses URLs with credentials, and a password on a command line ends up in shell history.
  if (url.username || url.password) return bad('The language-model URL must not contain a user name or password.');
  if (url.search || url.hash) return bad('The language-model URL must not contain a query (?…) or a fragment (#…): give the API base, such as http://127.0.0.1:11434/v1.');
  let path = url.pathname.replace(/\/+$/, '');
  path = path.replace(/\/chat\/completions$/, '');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const local = host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
  return { ok: true, value: { href: `${url.origin}${path}`, local } };
}
