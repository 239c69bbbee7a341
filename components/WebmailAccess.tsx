import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { webmailGroups, type WebmailGroup } from '@/lib/ui/webmail-access';

const GROUPS = webmailGroups();

type Granted = Partial<Record<WebmailGroup['id'], boolean>>;

function hostsOf(group: WebmailGroup): string {
  return group.origins.map((o) => o.replace(/^https:\/\//, '').replace(/\/\*$/, '')).join(', ');
}

export function WebmailAccess() {
  const [granted, setGranted] = useState<Granted>({});
  const [note, setNote] = useState('');

  const refresh = useCallback(async () => {
    const next: Granted = {};
    for (const group of GROUPS) {
      next[group.id] = await browser.permissions.contains({ origins: group.origins }).catch(() => false);
    }
    setGranted(next);
  }, []);

  useEffect(() => {
    void refresh();
    const changed = () => void refresh();
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  }, [refresh]);

  // The browser shows its permission prompt only when asked straight from the click, so the
  // request comes first, with nothing awaited before it.
  const toggle = (group: WebmailGroup) => {
    const isOn = granted[group.id] === true;
    setNote('');
    const change = isOn
      ? browser.permissions.remove({ origins: group.origins })
      : browser.permissions.request({ origins: group.origins });
    change
      .then((ok) => {
        if (!ok) {
          setNote(isOn ? `${group.label} access could not be turned off.` : `${group.label} access was not turned on.`);
        } else {
          setNote(isOn ? `${group.label} access is now off.` : `${group.label} access is now on.`);
        }
      })
      .catch((error: unknown) => setNote(`That did not work: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => void refresh());
  };

  return (
    <section className="card" aria-labelledby="webmail-heading">
      <h2 id="webmail-heading">Webmail access</h2>
      <p>
        On Record only reads a page when you click its button (or use the menu or shortcut). It
        cannot see anything else you do.
      </p>
      <p>
        If you like, you can let it read your webmail as you open messages. Later, this will let On
        Record highlight vague promises (such as “we’ll keep an eye on it”) while you read. You can
        turn this off again at any time.
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
                <span className="switch-label">{group.label}</span>
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
