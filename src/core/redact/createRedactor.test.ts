import { describe, expect, it } from 'vitest';
import { createRedactor, nameWords } from './createRedactor.js';

describe('createRedactor', () => {
  it('gives one person one placeholder across texts: full name, first name, surname, case, possessive', () => {
    const r = createRedactor();
    expect(r.redact('Maria Lopez came in on her own this time.').text).toBe('[NAME_1] came in on her own this time.');
    expect(r.redact("Then MARIA said Lopez was her maiden name, and maria's mum agreed.").text).toBe(
      "Then [NAME_1] said [NAME_1] was her maiden name, and [NAME_1]'s mum agreed.",
    );
    expect(r.redact('My boss Kevin shouted again.').text).toBe('My boss [NAME_2] shouted again.');
    expect(r.redact('Kevin and Maria never met.').text).toBe('[NAME_2] and [NAME_1] never met.');
  });

  it('keeps a name first seen alone when the full name follows', () => {
    const r = createRedactor();
    expect(r.redact('My sister Maria called.').text).toBe('My sister [NAME_1] called.');
    expect(r.redact('Maria Garcia is not the same person as Maria Lopez, you know.').text).toMatch(/^\[NAME_\d\] is not the same person as \[NAME_\d\], you know\.$/);
    const out = createRedactor();
    out.redact('My sister Maria called.');
    expect(out.redact('I mean Maria Lopez, my sister.').text).toBe('I mean [NAME_1], my sister.');
  });

  it('reports where each placeholder is, in the output and in the input', () => {
    const input = 'Email maria.lopez@example.com or ring 07700 900123, Maria said.';
    const { text, replacements } = createRedactor().redact(input);
    expect(text).toBe('Email [EMAIL_1] or ring [PHONE_1], [NAME_1] said.');
    expect(replacements.map((r) => r.kind)).toEqual(['email', 'phone', 'name']);
    for (const r of replacements) {
      expect(text.slice(r.start, r.end)).toBe(r.placeholder);
    }
    expect(replacements.map((r) => input.slice(r.sourceStart, r.sourceEnd))).toEqual(['maria.lopez@example.com', '07700 900123', 'Maria']);
  });

  it('numbers placeholders per kind and reuses them for the same detail written differently', () => {
    const r = createRedactor();
    const a = r.redact('Call +44 7700 900123 or 020 7946 0958.');
    const b = r.redact('I said 07700 900123, not the office. It was 12/03/2024, or 12.03.2024 on the form.');
    expect(a.text).toBe('Call [PHONE_1] or [PHONE_2].');
    expect(b.text).toBe('I said [PHONE_1], not the office. It was [DATE_1], or [DATE_1] on the form.');
    expect(r.redact('On 12 March 2024 and again on March 12th, 2024.').text).toBe('On [DATE_2] and again on [DATE_2].');
  });

  it('leaves text without personal details exactly as it was', () => {
    const r = createRedactor();
    for (const t of [
      'I feel like God has abandoned me.',
      'In March everything fell apart, and May was no better.',
      'Sunday evenings are the worst. Will it always be like this?',
      'We meet at 10:30 next Tuesday; I slept 4 hours; it cost 3,000 pounds in 2019.',
      'Anxiety, grief, CBT, the 5th time he cancelled. Hope feels far away.',
      '',
    ]) {
      const out = r.redact(t);
      expect(out).toEqual({ text: t, replacements: [] });
    }
  });

  it('finds a name the language model missed when it was seen earlier in the same text', () => {
    expect(createRedactor().redact('My friend Okonkwo came round. Okonkwo was furious.').text).toBe('My friend [NAME_1] came round. [NAME_1] was furious.');
  });

  it('redacts known names everywhere, and only the kinds asked for', () => {
    const r = createRedactor({ knownNames: ['Dr Zyx Qorvath'], kinds: ['name'] });
    expect(r.redact('zyx told me qorvath was busy, call 07700 900123').text).toBe('[NAME_1] told me [NAME_1] was busy, call 07700 900123');
  });

  it('gives a registered name its own placeholder when asked for a fresh one', () => {
    const r = createRedactor();
    expect(r.registerName('Lee')).toBe('[NAME_1]');
    expect(r.registerName('Dr Lee')).toBe('[NAME_1]');
    expect(r.registerName('Dr Lee', { fresh: true })).toBe('[NAME_2]');
  });

  it('keys a name by its words without title or possessive', () => {
    expect(nameWords("Dr. Lee's")).toEqual(['lee']);
    expect(nameWords('Maria  Lopez')).toEqual(['maria', 'lopez']);
    expect(nameWords('Dr')).toEqual(['dr']);
  });
});
