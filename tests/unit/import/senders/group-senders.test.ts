import { describe, expect, it } from 'vitest';
import { NO_ADDRESS, SenderTally } from '@/lib/import/senders/group-senders';
import { whyTicked } from '@/lib/import/senders/why-ticked';
import { SCHOOL_SERVICES } from '@/lib/import/senders/school-services';

const amelia = { name: 'Amelia', schoolSenders: ['brookfield-academy.org.uk', 'mr.jones@gmail.com'] };

describe('whyTicked', () => {
  it('ticks the child’s own school first, by domain and by a whole address', () => {
    expect(whyTicked('office@brookfield-academy.org.uk', [amelia])).toBe('Amelia’s school');
    expect(whyTicked('mr.jones@gmail.com', [amelia])).toBe('Amelia’s school');
    expect(whyTicked('someone.else@gmail.com', [amelia])).toBeNull();
    expect(whyTicked('office@brookfield-academy.org.uk', [{ name: 'James', schoolSenders: ['brookfield-academy.org.uk'] }])).toBe('James’ school');
  });

  it('ticks schools, councils and the NHS by their public-sector endings, subdomains included', () => {
    expect(whyTicked('senco@stmarys.sch.uk', [])).toMatch(/\.sch\.uk/);
    expect(whyTicked('ehc.team@kent.gov.uk', [])).toMatch(/council/);
    expect(whyTicked('clinic@nhs.net', [])).toMatch(/NHS/);
    expect(whyTicked('x@camhs.somewhere.nhs.uk', [])).toMatch(/NHS/);
  });

  it('ticks every school messaging service in the list, and only on a whole domain label', () => {
    for (const service of SCHOOL_SERVICES) {
      expect(whyTicked(`noreply@${service.domain}`, [])).toBe(service.reason);
      expect(whyTicked(`noreply@mail.${service.domain}`, [])).toBe(service.reason);
      expect(whyTicked(`noreply@not${service.domain}`, [])).toBeNull();
    }
  });

  it('leaves shops, newsletters and family unticked', () => {
    for (const a of ['deals@amazon.co.uk', 'grandma@btinternet.com', 'news@bbc.co.uk', 'no-address', 'x@sch.uk.evil.com']) {
      expect(whyTicked(a, [amelia])).toBeNull();
    }
  });
});

describe('SenderTally', () => {
  it('groups addresses by domain with counts, the most used name and the first and last date as instants', () => {
    const tally = new SenderTally();
    tally.add({ name: 'Mrs Patel', address: 'Senco@StMarys.sch.uk' }, '2025-09-03T09:00:00+01:00');
    tally.add({ name: 'Anita Patel', address: 'senco@stmarys.sch.uk' }, '2026-02-01T08:30:00+00:00');
    tally.add({ name: 'Mrs Patel', address: 'senco@stmarys.sch.uk' }, null);
    tally.add({ name: 'Office', address: 'office@stmarys.sch.uk' }, '2025-09-03T07:30:00+00:00');
    tally.add({ name: 'Shop', address: 'deals@shop.example' }, '2026-01-01T10:00:00+00:00');
    tally.add({ name: 'Shop', address: 'deals@shop.example' }, '2026-01-02T10:00:00+00:00');
    tally.add({ name: 'Shop', address: 'deals@shop.example' }, '2026-01-03T10:00:00+00:00');
    tally.add({ name: 'Shop', address: 'deals@shop.example' }, '2026-01-04T10:00:00+00:00');
    tally.add(null, null);
    const groups = tally.groups([]);
    // Ticked first even though the shop sent more.
    expect(groups.map((g) => g.domain)).toEqual(['stmarys.sch.uk', 'shop.example', NO_ADDRESS]);
    const school = groups[0]!;
    expect(school.count).toBe(4);
    expect(school.ticked).toMatch(/\.sch\.uk/);
    expect(school.addresses.map((a) => [a.address, a.name, a.count])).toEqual([
      ['senco@stmarys.sch.uk', 'Mrs Patel', 3],
      ['office@stmarys.sch.uk', 'Office', 1],
    ]);
    // 07:30Z is earlier than 09:00+01:00 (08:00Z) although it sorts later as text.
    expect(school.first).toBe('2025-09-03T07:30:00+00:00');
    expect(school.last).toBe('2026-02-01T08:30:00+00:00');
    expect(groups[1]!.ticked).toBeNull();
    expect(groups[2]!.addresses[0]!.ticked).toBeNull();
  });

  it('ticks one address at a public webmail domain without ticking the domain’s other senders', () => {
    const tally = new SenderTally();
    tally.add({ name: 'Mr Jones', address: 'mr.jones@gmail.com' }, null);
    tally.add({ name: 'Grandma', address: 'grandma@gmail.com' }, null);
    const [gmail] = tally.groups([amelia]);
    expect(gmail!.ticked).toBe('Amelia’s school');
    expect(Object.fromEntries(gmail!.addresses.map((a) => [a.address, a.ticked]))).toEqual({ 'mr.jones@gmail.com': 'Amelia’s school', 'grandma@gmail.com': null });
  });
});

describe('the school services list', () => {
  it('names each domain once, with no entry already covered by another', () => {
    const domains = SCHOOL_SERVICES.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(domains.filter((o) => o !== d && d.endsWith(`.${o}`))).toEqual([]);
  });
});
