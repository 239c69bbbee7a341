import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { highlightingOff, setHighlightingOff } from '@/lib/settings/highlighting-off';
import { switchLabel, switchNote, webmailGroups, type WebmailGroup } from '@/lib/sites/webmail-access';

const GROUPS = webmailGroups();

type Granted = Partial<Record<WebmailGroup['id'], boolean>>;

function hostsOf(group: WebmailGroup): string {
  return group.origins.map((o) => o.replace(/^https:\/\//, '').replace(/\/\*$/, '')).join(', ');
}

export function WebmailAccess() {
  const [granted, setGranted] = useState<Granted>({});
  const [permitted, setPermitted] = useState<Granted>({});
  const [note, setNote] = useState('');

  const refresh = useCallback(async () => {
    const next: Granted = {};
    const off = await highlightingOff();
    const allowed: Granted = {};
    for (const group of GROUPS) {
      allowed[group.id] = await browser.permissions.contains({ origins: group.origins }).catch(() => false);
      next[group.id] = allowed[group.id] === true && !group.origins.some((o) => off.includes(o));
    }
    setPermitted(allowed);
    setGranted(next);
  }, []);

  useEffect(() => {
    void refresh();
    const changed = () => void refresh();
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    browser.storage.onChanged.addListener(changed);
    return () => {
      browser.storage.onChanged.removeListener(changed);
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  }, [refresh]);

  // The browser shows its permission prompt only when asked straight from the click, so the
  // request comes first, with nothing awaited before it.
  const toggle = (group: WebmailGroup) => {
    const isOn = granted[group.id] === true;
    setNote('');
    // Off: the switch list says so at once (a permission the browser will not remove must not keep
    // the highlights), then the permission goes. On: the permission first, from the click itself.
    const change = isOn
      ? setHighlightingOff(group.origins, true).then(() => browser.permissions.remove({ origins: group.origins }).catch(() => true)).then(() => true)
      : (permitted[group.id] ? Promise.resolve(true) : browser.permissions.request({ origins: group.origins })).then(async (ok) => {
          if (ok) await setHighlightingOff(group.origins, false);
          return ok;
        });
    change
      .then((ok) => setNote(switchNote(group, isOn, ok)))
      .catch((error: unknown) => setNote(`That did not work: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => void refresh());
  };

  return (
    <section className="card" aria-labelledby="webmail-heading">
      <h2 id="webmail-heading">Highlighting in your webmail</h2>
      <p>
        On Record only reads a page when you click its button (or use the menu or shortcut). It
        cannot see anything else you do.
      </p>
      <p>
        If you like, you can let it read your webmail as you open messages. It then highlights, right
        in the email, vague promises (such as “we’ll keep an eye on it”), promises and when they are
        due, dates, and things to watch, and its toolbar button shows how many vague phrases the
        email holds. The email is read on this computer and never sent anywhere. Turn a switch off
        and every highlight goes.
      </p>
      <p className="quiet">
        On any other page, right-click and choose “Highlight promises and vague wording on this page”.
      </p>
      <ul className="switch-list">
        {GROUPS.map((group) => {
          const state = granted[group.id];
          return (
            <li key={group.id} className="switch-row">
              <button
                type="button"
                role="switch"
                className="switch"
                aria-checked={state === true}
                aria-describedby={`hosts-${group.id}`}
                disabled={state === undefined}
                data-testid={`webmail-${group.id}`}
                onClick={() => toggle(group)}
              >
                <span className="switch-label">{switchLabel(group)}</span>
                <span className="switch-track" aria-hidden="true">
                  <span className="switch-thumb" />
                </span>
                <span className="switch-state" aria-hidden="true">
                  {state === true ? 'On' : 'Off'}
                </span>
              </button>
              <span className="quiet small" id={`hosts-${group.id}`}>
                {hostsOf(group)}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="quiet" role="status" aria-live="polite">
        {note}
      </p>
    </section>
  );
}
