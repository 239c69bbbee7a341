import { describe, expect, it } from 'vitest';
import { elementToText } from '../../../../lib/sites/dom/text';
import { el } from '../dom-fixture';

describe('elementToText', () => {
  it('renders blocks and <br> as line breaks, and collapses blank runs to one', () => {
    const e = el('<div>Hi Jo,<div><br></div><div><br></div><div>Sam did well today.</div><div>See you Friday.<br></div><p>Kind regards,</p><p>Mrs Patel</p></div>');
    expect(elementToText(e)).toBe('Hi Jo,\n\nSam did well today.\nSee you Friday.\n\nKind regards,\n\nMrs Patel');
  });

  it('turns &nbsp; into spaces and collapses source whitespace', () => {
    const e = el('<div>  Mrs&nbsp;Okafor\n   runs   the <b>phonics</b>\tgroup.  </div>');
    expect(elementToText(e)).toBe('Mrs Okafor runs the phonics group.');
  });

  it('keeps a paragraph of only &nbsp; as a blank line and Word paragraphs tight', () => {
    const e = el('<div><p class="MsoNormal">Dear Ms Bennett,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thank you.</p><p class="MsoNormal">Mr Hughes</p></div>');
    expect(elementToText(e)).toBe('Dear Ms Bennett,\n\nThank you.\nMr Hughes');
  });

  it('skips hidden elements, style and script', () => {
    const e = el(
      '<div><style>p{color:red}</style><script>alert(1)</script><span style="display: none">preheader</span>' +
        '<span hidden>hidden</span><span aria-hidden="true">Download</span><span style="visibility:hidden">x</span>Visible</div>',
    );
    expect(elementToText(e)).toBe('Visible');
  });

  it('renders list items, table rows and headings on their own lines', () => {
    const e = el(
      '<div><h2>Targets</h2><ol><li>Blend CVC words</li><li>Read 10 tricky words</li></ol><ul><li>Phonics group</li></ul>' +
        '<table><tr><td>Mon</td><td>9:10</td></tr><tr><td>Wed</td><td>9:10</td></tr></table><blockquote>Quoted</blockquote></div>',
    );
    expect(elementToText(e)).toBe('Targets\n\n1. Blend CVC words\n2. Read 10 tricky words\n\n- Phonics group\n\nMon 9:10\nWed 9:10\n\nQuoted');
  });

  it('keeps the line breaks of <pre>', () => {
    expect(elementToText(el('<div><pre>line one\nline two</pre></div>'))).toBe('line one\nline two');
  });

  it('sees through inline wrappers around <br>', () => {
    expect(elementToText(el('<div>Looks great.<span class="im"><br><br>Alex<br><br></span>&gt; On …</div>'))).toBe('Looks great.\n\nAlex\n\n> On …');
  });

  it('returns an empty string for an empty element', () => {
    expect(elementToText(el('<div> <br> </div>'))).toBe('');
  });
});
