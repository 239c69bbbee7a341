import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '../../../../lib/sites/dom/sanitize';
import { el } from '../dom-fixture';

describe('sanitizeHtml', () => {
  it('strips scripts, event handlers, forms, frames and controls', () => {
    const out = sanitizeHtml(
      el(
        '<div><p onclick="steal()">Hello <a href="https://school.example/" onmouseover="x()">link</a></p><script>alert(1)</script>' +
          '<form action="https://evil.example/"><input name="a"><button>Send</button><p>in form</p></form><iframe src="https://evil.example/"></iframe>' +
          '<a href="javascript:alert(1)">js</a></div>',
      ),
    );
    expect(out).not.toMatch(/script|onclick|onmouseover|<form|<input|<button|Send|iframe|javascript:/i);
    expect(out).toContain('<p>Hello <a href="https://school.example/">link</a></p>');
    expect(out).toContain('in form');
  });

  it('removes everything that would load from the network when opened', () => {
    const out = sanitizeHtml(
      el(
        '<div><img src="https://tracker.example/p.gif" alt="logo"><img src="//cdn.example/x.png"><img src="cid:image001.png@01DA">' +
          '<img srcset="https://a.example/1x.png 1x"><table background="https://a.example/bg.png"><tr><td style="background-image:url(https://a.example/bg.png);color:red">x</td></tr></table>' +
          '<link rel="stylesheet" href="https://a.example/s.css"><style>@import url(https://a.example/s.css)</style><video src="https://a.example/v.mp4"></video>' +
          '<svg><image href="https://a.example/i.png"></image></svg></div>',
      ),
    );
    expect(out).not.toMatch(/https?:|\/\/cdn|cid:|srcset|background=|<link|<style|<video|<svg|<image/i);
    expect(out).toContain('alt="logo"');
    expect(out).toContain('color:red');
  });

  it('keeps inline data: images', () => {
    const out = sanitizeHtml(el('<div><img src="data:image/png;base64,iVBORw0KGgo=" alt="chart"></div>'));
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('drops elements hidden by inline markup and returns the contents, not the element', () => {
    expect(sanitizeHtml(el('<div class="a3s"><span aria-hidden="true">Download</span><span style="display:none">pre</span><b>Hi</b></div>'))).toBe('<b>Hi</b>');
  });

  it('sanitises a string with a given document', () => {
    const { document } = new JSDOM('').window;
    expect(sanitizeHtml('<p>Hi<img src="http://x.example/a.png" onerror="x()"></p>', document)).toBe('<p>Hi<img data-removed-src="remote"></p>');
  });
});
