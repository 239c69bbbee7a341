// Adds CSS to a document or shadow root without an element where the browser allows it (a
// constructed stylesheet: no DOM change, and no inline-style CSP to trip over), else with <style>.

type StyleTarget = (Document | ShadowRoot) & { adoptedStyleSheets?: CSSStyleSheet[] };

/** Adds `css` to `target`; the returned function takes it away again. */
export function addStyles(target: StyleTarget, win: Window, css: string): () => void {
  const Sheet = (win as Window & { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  try {
    if (Sheet && Array.isArray(target.adoptedStyleSheets)) {
      const sheet = new Sheet();
      if (typeof sheet.replaceSync === 'function') {
        sheet.replaceSync(css);
        target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
        // Some content-script sandboxes accept the assignment and drop it: check it took.
        if (target.adoptedStyleSheets.includes(sheet)) {
          return () => {
            target.adoptedStyleSheets = (target.adoptedStyleSheets ?? []).filter((s) => s !== sheet);
          };
        }
      }
    }
  } catch {
    // fall through to <style>
  }
  const doc = 'createElement' in target ? target : target.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = css;
  const parent = 'head' in target ? (target.head ?? target.documentElement) : target;
  parent.appendChild(style);
  return () => style.remove();
}
