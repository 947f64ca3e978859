import { describe, expect, it } from 'vitest';
import { insertMention, mentionAt, movedOption } from './mentions';

describe('mentionAt', () => {
  it('finds the name being typed after an @ at the caret', () => {
    expect(mentionAt('Dag @An', 7)).toEqual({ start: 4, query: 'An' });
    expect(mentionAt('@Ann', 4)).toEqual({ start: 0, query: 'Ann' });
    expect(mentionAt('Zie (@jo', 8)).toEqual({ start: 5, query: 'jo' });
  });

  it('allows a space inside a name (first and last name)', () => {
    expect(mentionAt('Dag @Ann Pee', 12)).toEqual({ start: 4, query: 'Ann Pee' });
  });

  it('ignores e-mail addresses, finished mentions and text after the caret', () => {
    expect(mentionAt('mail an@example.be', 18)).toBeNull();
    expect(mentionAt('Dag @[Ann](1234) ', 17)).toBeNull();
    expect(mentionAt('Dag @An', 3)).toBeNull();
    expect(mentionAt('Dag @', 5)).toBeNull();
    expect(mentionAt('@An\nverder', 10)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces "@query" with @[Name](id) and a space, and puts the caret after it', () => {
    const text = 'Dag @An, hoe gaat het?';
    const result = insertMention(text, { start: 4, query: 'An' }, 7, { id: 'u-1', displayName: 'Ann Peeters' });
    expect(result.text).toBe('Dag @[Ann Peeters](u-1) , hoe gaat het?');
    expect(result.text.slice(0, result.caret)).toBe('Dag @[Ann Peeters](u-1) ');
  });

  it('keeps brackets in a name from breaking the syntax', () => {
    expect(insertMention('@x', { start: 0, query: 'x' }, 2, { id: 'u', displayName: 'A [B]' }).text).toBe('@[A  B](u) ');
  });
});

describe('movedOption', () => {
  it('moves down and up with wrap-around, Home and End jump', () => {
    expect(movedOption('ArrowDown', 0, 3)).toBe(1);
    expect(movedOption('ArrowDown', 2, 3)).toBe(0);
    expect(movedOption('ArrowUp', 0, 3)).toBe(2);
    expect(movedOption('Home', 2, 3)).toBe(0);
    expect(movedOption('End', 0, 3)).toBe(2);
    expect(movedOption('Enter', 0, 3)).toBeNull();
    expect(movedOption('ArrowDown', 0, 0)).toBeNull();
  });
});
