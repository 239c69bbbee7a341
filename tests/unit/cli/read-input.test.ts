import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, isoWithOffset, readEml, readJsonEmails, splitMbox } from '@/lib/cli/read-input';

const fixture = (name: string) => readFileSync(`tests/fixtures/email/${name}`, 'utf8');

describe('command-line input', () => {
  it('reads an .eml: Message-ID as id, the Date with its own offset, the plain text body', async () => {
    const email = await readEml(fixture('senco-plan.eml'), 'senco-plan.eml');
    expect(email).toMatchObject({
      id: 'plan-2024-09-10@oakfield-primary.sch.uk',
      sentAt: '2024-09-10T16:05:00+01:00',
      from: 'Mrs Anita Patel <a.patel@oakfield-primary.sch.uk>',
      subject: "Leo's SEN Support plan",
    });
    expect(email.body).toContain('We will keep an eye on his handwriting.');
  });

  it('splits an mbox into messages, unescapes >From and reads HTML-only messages as text', async () => {
    const raw = splitMbox(fixture('two-messages.mbox'));
    expect(raw).toHaveLength(2);
    const [first, second] = await Promise.all(raw.map((m, i) => readEml(m, `box#${i + 1}`)));
    expect(first!.body).toContain('From now on the group meets');
    expect(second!.id).toBe('box#2');
    expect(second!.body).toBe('I will try to find some extra help with his handwriting soon.');
  });

  it('takes an mbox without a "From " line as one message and an empty one as none, as it always has', () => {
    expect(splitMbox('Subject: hi\r\n\r\nbody\r\n')).toEqual(['Subject: hi\n\nbody\n']);
    expect(splitMbox(' \n')).toEqual([]);
  });

  it('keeps the offset the Date header was written in', () => {
    expect(isoWithOffset('Mon, 3 Mar 2025 09:00:00 +0000')).toBe('2025-03-03T09:00:00+00:00');
    expect(isoWithOffset('Mon, 3 Mar 2025 23:30:00 -0500')).toBe('2025-03-03T23:30:00-05:00');
    expect(isoWithOffset('yesterday')).toBeNull();
  });

  it('refuses bad JSON input with a message naming the problem', () => {
    expect(() => readJsonEmails('{', 'x.json')).toThrow(InputError);
    expect(() => readJsonEmails('{"id":1}', 'x.json')).toThrow(/JSON array/);
    expect(() => readJsonEmails('[{"id":1,"body":"hi","sentAt":"soon"}]', 'x.json')).toThrow(/sentAt/);
    expect(readJsonEmails('[{"body":"hi","sentAt":"2025-03-03T09:00:00Z"}]', 'x.json')[0]).toMatchObject({ id: '0', from: '', subject: '' });
  });

  it('refuses an .eml with no usable date', async () => {
    await expect(readEml('Subject: hi\n\nbody', 'x.eml')).rejects.toThrow(/Date header/);
  });
});
