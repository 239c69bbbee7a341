import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../lib/sites/gmail/capture';
import { outlookAdapter } from '../../../lib/sites/outlook/capture';
import { yahooAdapter } from '../../../lib/sites/yahoo/capture';
import { pickAdapter } from '../../../lib/capture/registry';
import { doc } from './dom-fixture';

const FIXTURES = join(process.cwd(), 'tests/fixtures/capture');
function fixture(name: string): { d: Document; url: URL } {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  const url = new URL((JSON.parse(/^<!--(\{.*?\})-->/.exec(html)![1]!) as { url: string }).url);
  return { d: doc(html, url.href), url };
}

describe('webmail adapters: matches', () => {
  it.each([
    ['gmail-thread.html', 'gmail'],
    ['gmail-school-collapsed.html', 'gmail'],
    ['gmail-attachments.html', 'gmail'],
    ['outlook-message.html', 'outlook'],
    ['outlook-conversation.html', 'outlook'],
    ['yahoo-message.html', 'yahoo'],
  ])('%s is read by %s', (name, id) => {
    const { d, url } = fixture(name);
    expect(pickAdapter(url, d).id).toBe(id);
  });

  it('needs the right host', () => {
    const { d } = fixture('gmail-thread.html');
    expect(gmailAdapter.matches(new URL('https://mail.example.com/'), d)).toBe(false);
    expect(outlookAdapter.matches(new URL('https://mail.google.com/mail/u/0/'), fixture('outlook-message.html').d)).toBe(false);
    expect(yahooAdapter.matches(new URL('https://mail.google.com/mail/u/0/'), fixture('yahoo-message.html').d)).toBe(false);
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']) {
      expect(outlookAdapter.matches(new URL(`https://${host}/mail/`), fixture('outlook-message.html').d)).toBe(true);
    }
  });

  it('needs an open message: an inbox list does not match', () => {
    const inbox = doc('<div role="main"><table role="grid"><tr><td>Mrs Patel</td><td>SEN Support plan</td></tr></table></div>');
    expect(gmailAdapter.matches(new URL('https://mail.google.com/mail/u/0/#inbox'), inbox)).toBe(false);
    expect(outlookAdapter.matches(new URL('https://outlook.office.com/mail/inbox'), inbox)).toBe(false);
    expect(yahooAdapter.matches(new URL('https://mail.yahoo.com/d/folders/1'), inbox)).toBe(false);
  });

  it('a Gmail conversation with only collapsed messages does not match', () => {
    const d = doc('<div role="main"><h2 class="hP">Subject</h2><div class="kv" data-message-id="#msg-f:1" data-legacy-message-id="1"><span class="gD" email="a@b.example" name="A">A</span><span class="iA g6">snippet…</span></div></div>');
    expect(gmailAdapter.matches(new URL('https://mail.google.com/mail/u/0/#inbox/x'), d)).toBe(false);
    expect(gmailAdapter.capture(d, new URL('https://mail.google.com/mail/u/0/#inbox/x'))).toEqual([]);
  });
});

describe('webmail adapters: capture', () => {
  it('skips collapsed Gmail messages', () => {
    const { d, url } = fixture('gmail-school-collapsed.html');
    expect(gmailAdapter.capture(d, url).map((i) => i.messageId)).toEqual(['18f5a1b2c3d40103', '18f5a1b2c3d40104']);
  });

  it('skips collapsed Outlook and Yahoo messages', () => {
    const o = fixture('outlook-conversation.html');
    expect(outlookAdapter.capture(o.d, o.url).map((i) => i.from?.name)).toEqual(['Mr Tom Hughes', 'Jo Bennett']);
    const y = fixture('yahoo-message.html');
    expect(yahooAdapter.capture(y.d, y.url).map((i) => i.from?.name)).toEqual(['Mrs Anita Patel']);
  });

  it('fills missing pieces with empty values instead of throwing', () => {
    const url = new URL('https://mail.google.com/mail/u/0/#inbox/x');
    const bare = doc('<div role="main"><div data-message-id="#m1"><div class="a3s">Just a body</div></div></div>', url.href);
    expect(gmailAdapter.capture(bare, url)).toEqual([
      {
        kind: 'email', adapter: 'gmail', url: url.href, sentAt: null, sentAtText: null, from: null, to: [], cc: [],
        subject: '', text: 'Just a body', quotedText: '', signature: '', html: 'Just a body', messageId: '#m1', attachments: [],
      },
    ]);
    const o = new URL('https://outlook.office.com/mail/inbox/id/ABC%3D');
    const oBare = doc('<div role="main"><div id="UniqueMessageBody_1"><div role="document">Body</div></div></div>', o.href);
    expect(outlookAdapter.capture(oBare, o)).toMatchObject([{ adapter: 'outlook', from: null, sentAt: null, subject: '', text: 'Body', messageId: 'ABC=' }]);
    const y = new URL('https://mail.yahoo.com/d/folders/1/messages/77');
    const yBare = doc('<div data-test-id="message-view"><div data-test-id="message-view-body-content">Body</div></div>', y.href);
    expect(yahooAdapter.capture(yBare, y)).toMatchObject([{ adapter: 'yahoo', from: null, sentAt: null, text: 'Body', messageId: '77' }]);
  });

  it('keeps the displayed date text when it cannot be read', () => {
    const url = new URL('https://mail.google.com/mail/u/0/#inbox/x');
    const d = doc('<div role="main"><div data-message-id="#m1"><span class="g3" title="some day">some day</span><div class="a3s">Hi</div></div></div>', url.href);
    expect(gmailAdapter.capture(d, url)[0]).toMatchObject({ sentAt: null, sentAtText: 'some day' });
  });
});
