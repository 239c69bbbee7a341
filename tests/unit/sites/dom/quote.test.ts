import { describe, expect, it } from 'vitest';
import { splitReply } from '../../../../lib/sites/dom/quote';
import { el } from '../dom-fixture';

describe('splitReply: quoted history', () => {
  it("separates Gmail's .gmail_quote with its attribution line", () => {
    const r = splitReply(
      el(
        '<div><div dir="ltr">Thanks, that works.</div><div class="gmail_quote"><div class="gmail_attr">On Wed, 13 May 2026 at 23:02, Mrs Anita Patel &lt;a.patel@oakfield.sch.uk&gt; wrote:<br></div>' +
          '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid">Sam will join the group.</blockquote></div></div>',
      ),
    );
    expect(r).toEqual({
      text: 'Thanks, that works.',
      quotedText: 'On Wed, 13 May 2026 at 23:02, Mrs Anita Patel <a.patel@oakfield.sch.uk> wrote:\nSam will join the group.',
      signature: '',
    });
  });

  it('treats a cite blockquote as quoted but a plain blockquote as content', () => {
    expect(splitReply(el('<div>Reply<blockquote type="cite">Earlier</blockquote></div>'))).toMatchObject({ text: 'Reply', quotedText: 'Earlier' });
    expect(splitReply(el('<div>Targets:<blockquote>Read every night</blockquote>Thanks</div>'))).toMatchObject({
      text: 'Targets:\nRead every night\nThanks',
      quotedText: '',
    });
  });

  it('keeps an inline reply between quotes as text', () => {
    const r = splitReply(el('<div><blockquote type="cite">Can Sam have extra time?</blockquote>Yes, 25% from Monday.<blockquote type="cite">And a quiet room?</blockquote>We will look into it.</div>'));
    expect(r.text).toBe('Yes, 25% from Monday.\n\nWe will look into it.');
    expect(r.quotedText).toBe('Can Sam have extra time?\n\nAnd a quiet room?');
  });

  it("takes everything from Outlook's #divRplyFwdMsg (and x_ prefixed ids) onwards", () => {
    for (const id of ['divRplyFwdMsg', 'x_divRplyFwdMsg']) {
      const r = splitReply(
        el(
          `<div><div>See you then.</div><div id="appendonsend"></div><hr><div id="${id}"><b>From:</b> Jo Bennett &lt;jo@example.co.uk&gt;<br><b>Sent:</b> 11 November 2024 20:12<br><b>Subject:</b> Review</div><div>Is Thursday OK?</div></div>`,
        ),
      );
      expect(r.text).toBe('See you then.');
      expect(r.quotedText).toBe('From: Jo Bennett <jo@example.co.uk>\nSent: 11 November 2024 20:12\nSubject: Review\nIs Thursday OK?');
    }
  });

  it('recognises a plain-text Outlook "From: … Sent: …" header and "-----Original Message-----"', () => {
    const header = splitReply(el('<div>OK, thanks.<br><br>From: Mrs Patel &lt;a@school.example&gt;<br>Sent: 12 November 2024 15:04<br>To: Jo<br><br>Old text</div>'));
    expect(header.text).toBe('OK, thanks.');
    expect(header.quotedText).toBe('From: Mrs Patel <a@school.example>\nSent: 12 November 2024 15:04\nTo: Jo\n\nOld text');
    const original = splitReply(el('<div>Noted.<br>-----Original Message-----<br>From: Jo<br>Old</div>'));
    expect(original).toMatchObject({ text: 'Noted.', quotedText: '-----Original Message-----\nFrom: Jo\nOld' });
  });

  it('does not take a line that merely starts with "From:" for a header', () => {
    const r = splitReply(el('<div>From: next week, Sam will have a visual timetable.<br>It will help with transitions.</div>'));
    expect(r.text).toBe('From: next week, Sam will have a visual timetable.\nIt will help with transitions.');
    expect(r.quotedText).toBe('');
  });

  it("separates Yahoo's .yahoo_quoted, prefixed or not", () => {
    for (const cls of ['yahoo_quoted', 'yiv0123yahoo_quoted']) {
      const r = splitReply(el(`<div><div>Thank you.</div><div class="${cls}"><div>On Tuesday, 12 November 2024, 19:30:12 GMT, Jo &lt;jo@example.com&gt; wrote:</div><div>Hello</div></div></div>`));
      expect(r).toMatchObject({ text: 'Thank you.', quotedText: 'On Tuesday, 12 November 2024, 19:30:12 GMT, Jo <jo@example.com> wrote:\nHello' });
    }
  });

  it('takes a plain "On … wrote:" line (even wrapped onto two lines) and what follows', () => {
    const r = splitReply(el('<div>Fine by me.<br><br>On Wed, May 13, 2026 at 11:02 PM Alex Rivera &lt;<br>alex@example.com&gt; wrote:<br>Earlier text</div>'));
    expect(r.text).toBe('Fine by me.');
    expect(r.quotedText).toBe('On Wed, May 13, 2026 at 11:02 PM Alex Rivera <\nalex@example.com> wrote:\nEarlier text');
  });

  it('takes lines starting with ">"', () => {
    const r = splitReply(el('<div>Looks great.<br><br>&gt; On May 15, 2026, at 8:05, Jane wrote:<br>&gt;<br>&gt; Here it is.</div>'));
    expect(r).toEqual({ text: 'Looks great.', quotedText: '> On May 15, 2026, at 8:05, Jane wrote:\n>\n> Here it is.', signature: '' });
  });
});

describe('splitReply: signature', () => {
  it('splits at the "-- " delimiter', () => {
    expect(splitReply(el('<div>Booked.<br><br>-- <br>Jane Doe · Example Corp</div>'))).toEqual({ text: 'Booked.', quotedText: '', signature: 'Jane Doe · Example Corp' });
  });

  it('takes the short lines after a sign-off as the signature, keeping the sign-off in the text', () => {
    const r = splitReply(el('<div>Sam has settled well.<br><br>Kind regards,<br>Mrs Patel<br>SENCo, Oakfield Primary School<br>01632 960 123</div>'));
    expect(r).toEqual({ text: 'Sam has settled well.\n\nKind regards,', quotedText: '', signature: 'Mrs Patel\nSENCo, Oakfield Primary School\n01632 960 123' });
  });

  it.each(['Best wishes,', 'Many thanks', 'Regards', 'Thanks!', 'Best,', 'Yours sincerely,', 'With kind regards'])('knows the sign-off %s', (signOff) => {
    expect(splitReply(el(`<div>See you on Friday.<br>${signOff}<br>Mr Hughes</div>`)).signature).toBe('Mr Hughes');
  });

  it('keeps a disclaimer with the signature', () => {
    const r = splitReply(
      el('<div>Text.<br>Best wishes,<br>Anita Patel<br>This email and any attachments are confidential and intended solely for the use of the addressee. If you have received it in error please tell us.</div>'),
    );
    expect(r.signature).toBe('Anita Patel\nThis email and any attachments are confidential and intended solely for the use of the addressee. If you have received it in error please tell us.');
  });

  it('does not eat real content after a sign-off-like line', () => {
    const long = splitReply(el('<div>Thanks,<br>I spoke to Mrs Okafor today and she said Sam read three books this week, which is brilliant.<br>Jo</div>'));
    expect(long.signature).toBe('');
    const ps = splitReply(el('<div>Kind regards,<br>Mrs Patel<br><br>P.S. Please send his PE kit on Friday.</div>'));
    expect(ps.signature).toBe('');
    expect(ps.text).toContain('P.S. Please send his PE kit on Friday.');
    const question = splitReply(el('<div>Thanks<br>Could we meet before half term?</div>'));
    expect(question.signature).toBe('');
    const opening = splitReply(el('<div>Thank you for your email about Sam.<br>We will keep an eye on it.</div>'));
    expect(opening).toMatchObject({ text: 'Thank you for your email about Sam.\nWe will keep an eye on it.', signature: '' });
  });

  it('reads marked signature blocks (.gmail_signature, #Signature)', () => {
    const r = splitReply(el('<div>Hello.<br>Kind regards,<div class="gmail_signature">Mrs Anita Patel<div>SENCo</div></div></div>'));
    expect(r).toEqual({ text: 'Hello.\nKind regards,', quotedText: '', signature: 'Mrs Anita Patel\nSENCo' });
    const o = splitReply(el('<div><div>Hello.</div><div id="Signature"><p>Mr Hughes</p></div></div>'));
    expect(o).toEqual({ text: 'Hello.', quotedText: '', signature: 'Mr Hughes' });
  });

  it('separates signature and quote in one reply', () => {
    const r = splitReply(
      el('<div><div>Yes, Thursday works.</div><div>Many thanks,</div><div>Jo</div><div class="gmail_quote">On Mon, 11 May 2026 at 19:40, Mrs Patel wrote:<blockquote class="gmail_quote">Kind regards,<br>Mrs Patel</blockquote></div></div>'),
    );
    expect(r).toEqual({ text: 'Yes, Thursday works.\nMany thanks,', quotedText: 'On Mon, 11 May 2026 at 19:40, Mrs Patel wrote:\nKind regards,\nMrs Patel', signature: 'Jo' });
  });
});
