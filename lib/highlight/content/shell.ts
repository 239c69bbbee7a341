// Our one element in the page: <on-record-highlighter>, on <html>, fixed, with every inherited
// style reset; the card and the pill live in its shadow root, styled from inside only, so the
// webmail's CSS cannot reach them and ours cannot reach the webmail.
//
// The shadow root is closed: page scripts see the host and nothing inside it (host.shadowRoot is
// null), so they cannot read the card or press its buttons; only the highlighter holds the root.
// Test builds open it (see build-mode.ts), for Playwright's locators.
//
// Keys pressed in our card or pill stay there: the webmail's own shortcuts (Gmail's e, #, r, j/k)
// listen on the document, and would otherwise act on the email while the parent reads our card.
// Tab still goes through, so the page's focus handling keeps working.
import { swatchCss } from '@/lib/findings/look';
import { addStyles } from '@/lib/highlight/content/sheet';

export const HOST_TAG = 'on-record-highlighter';

export interface Shell {
  host: HTMLElement;
  root: ShadowRoot;
  /** True for our host and anything inside it. */
  owns(node: Node | null): boolean;
  remove(): void;
}

const FONT = 'font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;';

function css(): string {
  // Contrast: text #1b1b1b on #ffffff 17:1, muted #4a4a4a 8.9:1, buttons #ffffff on #1d4e89 8.4:1;
  // dark: #f3f3f3 on #1f1f1f 15:1, #9cc3ff on #1f1f1f 9.2:1, #0f1b2d on #9cc3ff 9.6:1; borders and
  // focus rings 3:1 or more.
  return `
:host{all:initial}
*{box-sizing:border-box}
[hidden]{display:none !important}
.card,.pill{${FONT}color:#1b1b1b;background:#ffffff;border:1px solid #8a8a8a;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.25);text-align:left;letter-spacing:normal;text-transform:none}
.card{position:fixed;width:340px;max-width:calc(100vw - 16px);max-height:min(70vh,460px);overflow:auto;padding:12px 14px 12px 12px;z-index:2}
.card:focus{outline:3px solid #1d4e89;outline-offset:2px}
.head{display:flex;align-items:center;gap:8px;margin:0 0 6px}
.swatch{display:inline-block;width:16px;height:16px;border-radius:3px;flex:none}
.kind{font-weight:700;font-size:16px;margin:0;flex:1}
.title{margin:0 0 8px;font-weight:600}
.words{margin:0 0 10px;padding:6px 8px;background:#f4f4f4;border-radius:4px;font-style:italic;overflow-wrap:anywhere}
.label{display:block;margin:8px 0 2px;font-size:13px;font-weight:700;color:#4a4a4a;text-transform:uppercase;letter-spacing:.03em}
.why,.ask{margin:0 0 6px}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-top:10px}
button{${FONT}cursor:pointer;border-radius:6px;padding:5px 12px;border:2px solid #1d4e89;background:#ffffff;color:#1d4e89;font-weight:600;margin:0}
button.primary{background:#1d4e89;color:#ffffff}
button:hover{text-decoration:underline}
button:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
button[aria-disabled="true"]{cursor:default;border-color:#5c5c5c;background:#ffffff;color:#3d3d3d;text-decoration:none}
.close{padding:2px 9px;border-color:#8a8a8a;color:#1b1b1b}
.status{font-size:14px;color:#4a4a4a}
.pill{position:fixed;right:16px;bottom:16px;display:flex;align-items:center;gap:8px;padding:6px 8px 6px 12px;border-radius:999px;max-width:calc(100vw - 32px);z-index:1}
.summary{font-size:14px}
.pill button{padding:3px 10px;font-size:14px;border-radius:999px}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (prefers-color-scheme: dark){
.card,.pill{color:#f3f3f3;background:#1f1f1f;border-color:#8a8a8a}
.words{background:#2c2c2c}
.label,.status{color:#cfcfcf}
button{background:#1f1f1f;color:#9cc3ff;border-color:#9cc3ff}
button.primary{background:#9cc3ff;color:#0f1b2d}
button:focus-visible,.card:focus{outline-color:#f3f3f3}
button[aria-disabled="true"]{background:#1f1f1f;color:#c4c4c4;border-color:#8a8a8a}
.close{color:#f3f3f3}
}
@media (prefers-reduced-motion: no-preference){.card,.pill{transition:opacity .12s}}
${swatchCss()}
`;
}

export interface ShellOptions {
  /** An open shadow root (test builds only); closed by default. */
  open?: boolean;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createShell(doc: Document, win: Window, options: ShellOptions = {}): Shell {
  const host = doc.createElement(HOST_TAG);
  host.style.cssText =
    'all:initial !important;position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;' +
    'overflow:visible !important;z-index:2147483647 !important;display:block !important;';
  const root = host.attachShadow({ mode: options.open ? 'open' : 'closed' });
  const unstyle = addStyles(root, win, css());
  const keepKey = (e: Event) => {
    if ((e as KeyboardEvent).key !== 'Tab') e.stopPropagation();
  };
  for (const type of KEY_EVENTS) root.addEventListener(type, keepKey);
  doc.documentElement.appendChild(host);
  return {
    host,
    root,
    owns(node) {
      for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === host) return true;
      return false;
    },
    remove() {
      unstyle();
      host.remove();
    },
  };
}
