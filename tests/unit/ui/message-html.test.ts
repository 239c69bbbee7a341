// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MESSAGE_CSP, buildMessageSrcdoc, sanitizeForDisplay } from '@/lib/ui/message-html';

function parse(srcdoc: string): Document {
  return new DOMParser().parseFromString(srcdoc, 'text/html');
}

describe('buildMessageSrcdoc', () => {
  it('puts a CSP that blocks all network loads first in the head', () => {
    const doc = parse(buildMessageSrcdoc('<p>Hello</p>'));
    const first = doc.head.firstElementChild!;
    expect(first.tagName).toBe('META');
    expect(first.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first.getAttribute('content')).toBe(MESSAGE_CSP);
    expect(MESSAGE_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc.body.innerHTML).toBe('<p>Hello</p>');
  });

  it('sanitises again: no scripts, handlers, frames, forms or remote loads', () => {
    const html = [
      '<p onclick="steal()">Text</p>',
      '<script>alert(1)</script>',
      '<img src="https://tracker.example/pixel.gif" alt="pixel">',
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">',
      '<iframe src="https://evil.example"></iframe>',
      '<form action="https://evil.example"><input name="x"></form>',
      '<div style="background: url(https://evil.example/bg.png); color: red">Styled</div>',
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<style>@import url(https://evil.example/y.css);</style>',
      '<a href="javascript:alert(1)">bad link</a>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    ].join('');
    const doc = parse(buildMessageSrcdoc(html));
    const body = doc.body.innerHTML;
    expect(body).not.toMatch(/script|onclick|iframe|<form|<input|evil\.example|tracker\.example|javascript:/i);
    expect(doc.body.querySelector('meta')).toBeNull();
    expect(doc.body.querySelectorAll('img')[0]!.hasAttribute('src')).toBe(false);
    expect(doc.body.querySelectorAll('img')[1]!.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(doc.body.querySelector('div')!.getAttribute('style')).toContain('color: red');
    expect(doc.body.textContent).toContain('Styled');
  });

  it('marks links to open nowhere inside the frame and keeps the address visible', () => {
    const doc = parse(buildMessageSrcdoc('<a href="https://school.example/plan" target="_self">the plan</a>'));
    const a = doc.body.querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noreferrer');
    expect(a.getAttribute('title')).toBe('https://school.example/plan');
  });

  it('escapes the title', () => {
    const doc = parse(buildMessageSrcdoc('<p>x</p>', { title: '</title><script>x</script>' }));
    expect(doc.title).toBe('</title><script>x</script>');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('accepts a custom sanitiser (for HTML already sanitised)', () => {
    const doc = parse(buildMessageSrcdoc('<p>kept</p>', { sanitise: (h) => h.toUpperCase() }));
    expect(doc.body.innerHTML).toBe('<p>KEPT</p>');
  });
});

describe('sanitizeForDisplay', () => {
  it('returns an empty string for empty input or no DOM', () => {
    expect(sanitizeForDisplay('')).toBe('');
    expect(sanitizeForDisplay('<p>x</p>', undefined as unknown as Window)).toBe('<p>x</p>');
  });
});
