// Injected into the page with scripting.executeScript({ func }), so it must stand alone: no
// imports, no closures. A shadow root keeps the webmail's CSS off the toast and ours off the page.
export function showPageToast(message: string, tone: 'saved' | 'duplicate' | 'error'): void {
  const id = 'on-record-toast-host';
  document.getElementById(id)?.remove();
  const host = document.createElement('div');
  host.id = id;
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  box.textContent = message;
  const colours = { saved: '#0b6e4f', duplicate: '#1d4e89', error: '#a4262c' };
  box.style.cssText = `font: 15px/1.4 system-ui, sans-serif; color: #fff; background: ${colours[tone]};
    padding: 10px 14px; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.25); max-width: 320px;`;
  root.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), tone === 'error' ? 8000 : 4000);
}
