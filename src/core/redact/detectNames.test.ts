import { describe, expect, it } from 'vitest';
import { detectNames, detectKnownNames, isLowercaseText, knownNames } from './detectNames.js';
import { resolveOverlaps } from './resolveOverlaps.js';

const NONE = knownNames([]);
const found = (text: string, known: string[] = []): string[] =>
  resolveOverlaps(detectNames(text, knownNames(known))).map((s) => text.slice(s.start, s.end));

describe('detectNames', () => {
  it.each([
    ['My sister Maria said she would call.', ['Maria']],
    ["Maria's husband, John Lopez, works at the bank.", ['Maria', 'John Lopez']],
    ['My boss Kevin keeps yelling at me.', ['Kevin']],
    ['We spoke with Mrs. Patel and her son Raj.', ['Mrs. Patel', 'Raj']],
    ['Thank you, Dr. Okonkwo-Smith.', ['Dr. Okonkwo-Smith']],
    ['When Grandad Joe died nobody told me.', ['Grandad Joe']],
    ['There is a guy called Dev at work.', ['Dev']],
    ["Hi, I'm Tonny Brownie, the pharmacist.", ['Tonny Brownie']],
    ['Hi, Jean. Nice to see you again.', ['Jean']],
    ["So, Jean, that's a big step.", ['Jean']],
    ['That sounds really hard, Kaylie.', ['Kaylie']],
    ['Megan and Tariq came to the hospital.', ['Megan', 'Tariq']],
    ["I went round to Priya's place.", ['Priya']],
    ['um so my friend bethany said i should come', ['bethany']],
  ])('finds the names in %j', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    'I feel like God has abandoned me. Jesus, it was bad.',
    'April was hard, and May was harder.',
    'Anxiety is the thing. Grief too. Hope feels far away.',
    'Will you be there? Mark my words, he will.',
    'Yeah, Exactly. Right, Okay. Well, Honestly, I do not know.',
    'Mm-hmm, Mm-hmm. Yeah, Mh-hmm. Uh-huh.',
    'Mum keeps telling me to get over it, and Dad agrees.',
    'I tried CBT and EMDR; I went to Paris, London, Berlin.',
    'Um, things like inner peace, inner harmony-- Let me see.',
    "I'm Catholic and I'm British.",
    'A medication called Suboxone helped.',
    'On Thursday I finally said no to her.',
  ])('finds no name in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds known names in any case, and an everyday-word name only where it reads as a name', () => {
    expect(found('zyx came, ZYX left, Zyx’s coat stayed.', ['zyx'])).toEqual(['zyx', 'ZYX', 'Zyx']);
    expect(found('I told Will. Will said he would, and I will too.', ['will'])).toEqual(['Will']);
    expect(found('Will you come? I hope so.', ['will', 'hope'])).toEqual([]);
    expect(found('Will, come in. Hope!', ['will', 'hope'])).toEqual(['Will', 'Hope']);
  });

  it('looks only for known names in the quick second look', () => {
    const text = 'Okonkwo was there. My friend Sam too.';
    expect(detectKnownNames(text, knownNames(['okonkwo'])).map((s) => text.slice(s.start, s.end))).toEqual(['Okonkwo']);
    expect(detectKnownNames(text, NONE)).toEqual([]);
  });

  it('keys a name by its lower-case words without title or possessive', () => {
    expect(detectNames("Dr. Hannah Price's office", NONE).map((s) => s.key)).toContain('hannah price');
  });

  it('tells a lower-case transcript from ordinary text', () => {
    expect(isLowercaseText("i don't know, I mean it's hard")).toBe(true);
    expect(isLowercaseText('I told Maria.')).toBe(false);
  });
});
