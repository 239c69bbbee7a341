// Names and addresses as webmail shows them: "Mrs Anita Patel <a.patel@oakfield.sch.uk>",
// "\"Patel, Anita\" <a.patel@…>", "a.patel@…", "Anita Patel (a.patel@…)", "Anita Patel".
import type { Person } from '@/lib/model/captured-item';

const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[^\s<>()[\]"',;:]+/;

function cleanName(s: string): string {
  let n = s.replace(/\s+/g, ' ').trim();
  n = n.replace(/^(from|to|cc|bcc|sender)\s*:\s*/i, '');
  n = n.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').trim();
  n = n.replace(/[,;:]+$/, '').trim();
  return n;
}

/** One person from the text a page shows for them. Address lower-cased; missing parts empty. */
export function parsePerson(s: string): Person {
  const text = (s ?? '').replace(/\u00a0/g, ' ').trim();
  if (!text) return { name: '', address: '' };
  const angled = /^(.*?)<\s*(?:mailto:)?([^<>\s]*@[^<>\s]*)\s*>\s*$/i.exec(text) ?? /^(.*?)<\s*(?:mailto:)?([^<>\s]*@[^<>\s]*)\s*>/i.exec(text);
  if (angled) return { name: cleanName(angled[1] ?? ''), address: (angled[2] ?? '').toLowerCase() };
  const bracketed = /^(.*?)\(\s*([^()\s]+@[^()\s]+)\s*\)\s*$/.exec(text);
  if (bracketed) return { name: cleanName(bracketed[1] ?? ''), address: (bracketed[2] ?? '').toLowerCase() };
  const m = ADDRESS.exec(text);
  if (m) {
    const address = m[0].replace(/^mailto:/i, '').toLowerCase();
    const rest = cleanName(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length));
    return { name: rest, address };
  }
  return { name: cleanName(text), address: '' };
}

/**
 * A list of people ("To: A <a@x>; B <b@y>, c@z"). Commas inside a name ("Patel, Anita <a@x>") stay
 * with that name: a comma or semicolon only ends a person once an address has been seen. A list with
 * no addresses at all is split on every comma and semicolon.
 */
export function parsePeople(s: string): Person[] {
  const text = (s ?? '').replace(/\u00a0/g, ' ').replace(/^\s*(to|cc|bcc)\s*:\s*/i, '').trim();
  if (!text) return [];
  const chunks: string[] = [];
  let buf = '';
  let quoted = false;
  let angle = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === '<') angle++;
    if (ch === '>') angle = Math.max(0, angle - 1);
    if ((ch === ',' || ch === ';') && !quoted && angle === 0) {
      chunks.push(buf);
      buf = '';
      continue;
    }
    buf += ch;
  }
  chunks.push(buf);
  const hasAddress = chunks.some((c) => c.includes('@'));
  const people: string[] = [];
  if (!hasAddress) {
    people.push(...chunks);
  } else {
    let pending = '';
    for (const c of chunks) {
      pending = pending ? `${pending},${c}` : c;
      if (c.includes('@')) {
        people.push(pending);
        pending = '';
      }
    }
    if (pending.trim()) people.push(pending);
  }
  return people
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(parsePerson)
    .filter((p) => p.name !== '' || p.address !== '');
}

/**
 * A person from an element that carries them in attributes, as webmail chips do:
 * Gmail's <span email name>, data-email / data-address, title="Name <address>", aria-label,
 * else the element's own text.
 */
export function personFromElement(el: Element): Person {
  const attr = (n: string) => (el.getAttribute(n) ?? '').trim();
  const address = attr('email') || attr('data-email') || attr('data-address') || attr('data-hovercard-id');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (address.includes('@')) {
    const name = attr('name') || attr('data-name') || parsePerson(text).name;
    return { name: name === address ? '' : name, address: address.toLowerCase() };
  }
  for (const a of ['title', 'aria-label']) {
    const v = attr(a);
    if (v.includes('@')) {
      const p = parsePerson(v);
      return { name: p.name || parsePerson(text).name, address: p.address };
    }
  }
  return parsePerson(text);
}
