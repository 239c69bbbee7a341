// Marks promises, vague wording, dates and warnings in the open email, in place. Not in the
// manifest: the background registers it for the webmail sites the parent switched on
// (scripting.registerContentScripts) and injects it for "Highlight this page"
// (scripting.executeScript({ files: ['/content-scripts/highlighter.js'] })). Injected twice, the
// one already running carries on.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionAlive, extensionIo } from '@/lib/highlight/content/extension';
import { startHighlighter, type Highlighter } from '@/lib/highlight/content/highlighter';

const RUNNING = '__onRecordHighlighter';
type Flagged = Window & { [RUNNING]?: Highlighter };

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const win = window as Flagged;
    const running = win[RUNNING];
    if (running?.running) {
      ctx.onInvalidated(() => {
        if (!extensionAlive()) running.stop();
      });
      return;
    }
    const highlighter = startHighlighter(document, window, extensionIo(), {
      onStop: () => {
        if (win[RUNNING] === highlighter) delete win[RUNNING];
      },
    });
    win[RUNNING] = highlighter;
    // WXT invalidates this context when the script is injected again (the running highlighter
    // carries on) and when the extension goes away under it (then it must stop).
    ctx.onInvalidated(() => {
      if (!extensionAlive()) highlighter.stop();
    });
  },
});
