import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, htmlPageText, htmlToText } from '@/lib/import/text/html-to-text';

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references, the C1 range as Windows-1252 does', () => {
    expect(decodeHtmlEntities('&pound;12 &amp; &lt;b&gt; &rsquo;s &hellip; &#163; &#xA3; &#x1F4DA; &#150; &NotEqualTilde; &nbsp;')).toBe('£12 & <b> ’s … £ £ 📚 – ≂̸ \u00a0');
    expect(decodeHtmlEntities('&pound;20 &amp; &#163;5 &#xA3;1 &#147;quoted&#148; &rsquo; &eacute; &hellip;')).toBe('£20 & £5 £1 “quoted” ’ é …');
  });

  it('reads the old names browsers accept without a semicolon, and leaves unknown names alone', () => {
    expect(decodeHtmlEntities('Fish &amp chips &copy 2026 &notaname; &ampx &#0; &#xD800;')).toBe('Fish & chips © 2026 &notaname; &ampx \ufffd \ufffd');
    expect(decodeHtmlEntities('&madeup; &#0; &#xD800; AT&T')).toBe('&madeup; \ufffd \ufffd AT&T');
  });
});

describe('htmlToText', () => {
  it('keeps what a reader sees: paragraphs, line breaks, table cells apart', () => {
    const html = '<html><head><title>T</title><style>p{}</style><script>var x = "<p>no</p>";</script></head><body><p>Dear Mr Bennett,</p><p>Line one<br>Line two</p><table><tr><td>Date</td><td>27 April</td></tr><tr><td>Time</td><td>3pm</td></tr></table><ul><li>One</li><li>Two</li></ul></body></html>';
    expect(htmlToText(html)).toBe('Dear Mr Bennett,\n\nLine one\nLine two\n\nDate 27 April\nTime 3pm\n\nOne\nTwo');
  });

  it('makes headings, paragraphs, line breaks and list items into lines', () => {
    const html = '<body><h1>Brookfield  Primary\n School</h1><p>Dear Mr Ahmed,</p><p>We will:<br>review the plan<br/>call you</p><ul><li>by Friday</li><li>by half term</li></ul><div>Yours</div><div>Ms Turner</div></body>';
    expect(htmlToText(html)).toBe('Brookfield Primary School\n\nDear Mr Ahmed,\n\nWe will:\nreview the plan\ncall you\n\nby Friday\nby half term\n\nYours\nMs Turner');
  });

  it('keeps table cells apart on one row, and rows on their own lines', () => {
    const html = '<table><tr><td>Date:</td><td>12/03/2026</td></tr><tr><th>Child</th><td>Amira</td></tr></table>';
    expect(htmlToText(html)).toBe('Date: 12/03/2026\nChild Amira');
  });

  it('drops comments (Outlook\'s conditional ones too), hidden blocks and <head>', () => {
    const html = '<!DOCTYPE html><!--[if mso]><p>Outlook only</p><![endif]--><div style="display: none; max-height:0">Preheader</div><span hidden>gone</span><p>Shown</p><img alt="was hidden" src="x"><p style="color:red">Also shown</p>';
    expect(htmlToText(html)).toBe('Shown\n\nAlso shown');
  });

  it('leaves out scripts, styles, the head, comments and Word’s conditional markup, keeping what it wraps', () => {
    const html = `<!DOCTYPE html><html><head><title>Review &amp; plan</title><style>p{color:red}</style><script>alert("x")</script></head>
      <body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
      <p class=MsoNormal>We will keep an eye on it.<o:p></o:p></p><![if !supportLists]><span>·</span><![endif]><p>&nbsp;</p><script type="text/javascript">var a = "<p>not text</p>";</script></body></html>`;
    expect(htmlToText(html)).toBe('We will keep an eye on it.\n\n·');
    expect(htmlPageText(html).title).toBe('Review & plan');
  });

  it('leaves out what is drawn or embedded rather than written: <svg>, <math>, <noscript>, <iframe>', () => {
    const html = '<p>Before</p><svg><text>logo</text></svg><noscript>Turn on JavaScript</noscript><iframe>frame</iframe><math><mi>x</mi></math><p>After</p>';
    expect(htmlToText(html)).toBe('Before\n\nAfter');
  });

  it('collapses whitespace outside <pre> and keeps its lines inside (spaces tidied like every line)', () => {
    expect(htmlToText('<p>  many\n   spaces\there </p><pre>line 1\n  line 2</pre>')).toBe('many spaces here\n\nline 1\nline 2');
    expect(htmlToText('<p>Plan:</p><pre>Monday    reading\r\nTuesday   maths</pre>')).toBe('Plan:\n\nMonday reading\nTuesday maths');
  });

  it('marks quoted history in <blockquote> with "> ", nested ones deeper', () => {
    const html = '<p>Yes, Tuesday.</p><div>On 11/03/2026, Sam wrote:</div><blockquote type="cite"><p>Is it Tuesday?</p><blockquote><p>Earlier</p></blockquote></blockquote><p>After</p>';
    expect(htmlToText(html)).toBe('Yes, Tuesday.\n\nOn 11/03/2026, Sam wrote:\n\n> Is it Tuesday?\n\n> > Earlier\n\nAfter');
  });

  it('reads tags whose quoted attributes hold ">", and a <head> that never closes', () => {
    expect(htmlToText('<a title="a > b" href="x">link text</a>')).toBe('link text');
    expect(htmlToText('<head><meta charset="utf-8"><p>Body text</p>')).toBe('Body text');
  });

  it('does not take a header element for the head', () => {
    expect(htmlToText('<header>Brookfield Primary School</header><p>Dear Parent</p>')).toBe('Brookfield Primary School\n\nDear Parent');
  });

  it('keeps a "<" that starts no tag, and decodes entities in the text', () => {
    expect(htmlToText('<p>Scores &lt; 5 &amp; ages < 7</p>')).toBe('Scores < 5 & ages < 7');
  });

  it('drops soft hyphens, which would split a word the analysis reads', () => {
    expect(htmlToText('<p>appoint&shy;ment on Tues\u00adday</p>')).toBe('appointment on Tuesday');
  });
});

describe('htmlPageText', () => {
  it('gives the page’s text and its <title>, decoded', () => {
    const { text, title } = htmlPageText('<html><head><title>Review &amp;\n plan</title></head><body><p>We will call.</p></body></html>');
    expect(text).toBe('We will call.');
    expect(title).toBe('Review & plan');
  });

  it('gives a null title when the page has none', () => {
    expect(htmlPageText('<p>Hello</p>').title).toBeNull();
    expect(htmlPageText('<title>  </title><p>Hello</p>').title).toBeNull();
  });
});
