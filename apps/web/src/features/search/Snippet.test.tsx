import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeEntities, Snippet, snippetParts } from './Snippet';

describe('snippets', () => {
  it('splits marked hits from the text around them', () => {
    expect(snippetParts('Het <mark>onthaal</mark> per <mark>gemeente</mark>.')).toEqual([
      { text: 'Het ', marked: false },
      { text: 'onthaal', marked: true },
      { text: ' per ', marked: false },
      { text: 'gemeente', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes escaped text back to characters', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &#x263A;')).toBe('<b> & "x" \'y\' ☺');
  });

  it('never turns escaped markup into elements', () => {
    const { container } = render(<Snippet snippet={'<mark>Zwaluwnest</mark> &lt;img src=x onerror=alert(1)&gt; &lt;script&gt;'} />);
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toBe('Zwaluwnest <img src=x onerror=alert(1)> <script>');
  });
});
