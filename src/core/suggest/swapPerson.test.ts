import { describe, expect, it } from 'vitest';
import { swapPerson } from './swapPerson.js';

describe('swapPerson', () => {
  it('turns what a speaker says about themselves into what the listener says back', () => {
    expect(swapPerson('I feel so lonely in my own house')).toBe('You feel so lonely in your own house');
    expect(swapPerson("I'm scared of losing myself")).toBe("You're scared of losing yourself");
    expect(swapPerson('Nobody notices me')).toBe('Nobody notices you');
  });

  it('makes the verb agree with the new subject', () => {
    expect(swapPerson('I was so angry and I am still tired')).toBe('You were so angry and you are still tired');
    expect(swapPerson('you were late again')).toBe('I was late again');
  });

  it('reads "you" as the subject at the start of a clause and as the object elsewhere', () => {
    expect(swapPerson("you don't get it")).toBe("I don't get it");
    expect(swapPerson('nothing I say reaches you, and you never ask')).toBe('nothing you say reaches me, and I never ask');
    expect(swapPerson("your advice isn't working")).toBe("my advice isn't working");
  });

  it('keeps a capital at the start ("I" counts as one) and leaves other words alone', () => {
    expect(swapPerson('My sister called.')).toBe('Your sister called.');
    expect(swapPerson('The weather was grim.')).toBe('The weather was grim.');
  });
});
