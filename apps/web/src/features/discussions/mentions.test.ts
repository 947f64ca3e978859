import { describe, expect, it } from 'vitest';
import { insertMention, isCompleteMention, mentionAt, mentionsIn, movedOption, toDisplay, toRaw } from './mentions';

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
  it('replaces "@query" with "@Name " in the shown text, puts the caret after it, and gives the mention with its id', () => {
    const text = 'Dag @An, hoe gaat het?';
    const result = insertMention(text, { start: 4, query: 'An' }, 7, { id: 'u-1', displayName: 'Ann Peeters' });
    expect(result.text).toBe('Dag @Ann Peeters , hoe gaat het?');
    expect(result.text.slice(0, result.caret)).toBe('Dag @Ann Peeters ');
    expect(result.mention).toEqual({ name: 'Ann Peeters', id: 'u-1' });
    expect(toRaw(result.text, [result.mention])).toBe('Dag @[Ann Peeters](u-1) , hoe gaat het?');
  });

  it('keeps brackets in a name from breaking the syntax', () => {
    const result = insertMention('@x', { start: 0, query: 'x' }, 2, { id: 'u', displayName: 'A [B]' });
    expect(toRaw(result.text, [result.mention])).toBe('@[A  B](u) ');
  });
});

describe('the text box shows names, the value keeps ids', () => {
  const raw = 'Dag @[Ann Peeters](u-1) en @[Ann](u-2), zie @[Ann Peeters](u-1)!';

  it('shows "@Name" for every mention and finds the mentions', () => {
    expect(toDisplay(raw)).toBe('Dag @Ann Peeters en @Ann, zie @Ann Peeters!');
    expect(mentionsIn(raw)).toEqual([
      { name: 'Ann Peeters', id: 'u-1' },
      { name: 'Ann', id: 'u-2' },
      { name: 'Ann Peeters', id: 'u-1' },
    ]);
  });

  it('turns the shown text back into the same value, longest names first', () => {
    expect(toRaw(toDisplay(raw), mentionsIn(raw))).toBe(raw);
  });

  it('drops a mention whose name was edited, and leaves other @-words alone', () => {
    const edited = 'Dag @Ann Peetersx en @iemand';
    expect(toRaw(edited, [{ name: 'Ann Peeters', id: 'u-1' }])).toBe('Dag @Ann Peetersx en @iemand');
  });

  it('knows a finished mention from one being typed', () => {
    const shown = 'Dag @Ann Peeters ';
    expect(isCompleteMention(shown, 4, [{ name: 'Ann Peeters', id: 'u-1' }])).toBe(true);
    expect(isCompleteMention('Dag @Ann P', 4, [{ name: 'Ann Peeters', id: 'u-1' }])).toBe(false);
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
