import { describe, expect, it } from 'vitest';
import { shiftHeadings } from './headings';

describe('shiftHeadings', () => {
  it('moves the highest heading to the given level and the others along', () => {
    expect(shiftHeadings('<h4 id="a">A</h4><p>x</p><h5>B</h5>', 2)).toBe('<h2 id="a">A</h2><p>x</p><h3>B</h3>');
    expect(shiftHeadings('<h1>A</h1><h2>B</h2>', 3)).toBe('<h3>A</h3><h4>B</h4>');
  });

  it('leaves text without headings, and other tags starting with h, alone', () => {
    expect(shiftHeadings('<p>h4</p><hr><header>x</header>', 2)).toBe('<p>h4</p><hr><header>x</header>');
  });

  it('does not go past h6', () => {
    expect(shiftHeadings('<h1>A</h1><h6>B</h6>', 3)).toBe('<h3>A</h3><h6>B</h6>');
  });
});
