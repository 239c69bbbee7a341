import { describe, expect, it } from 'vitest';
import { joinList, oddSenders, splitList, splitSenders } from '@/lib/ui/forms/lists';

describe('lists typed into one box', () => {
  it('splits names on commas, dropping blanks and repeats', () => {
    expect(splitList(' Millie, Mills ,, millie ')).toEqual(['Millie', 'Mills']);
    expect(splitList('')).toEqual([]);
  });

  it('splits school senders on lines, commas and spaces, and tidies them', () => {
    expect(splitSenders('stmarys.sch.uk\nSENCO@StMarys.sch.uk, @oak.org.uk; <head@oak.org.uk>\n\nmailto:office@oak.org.uk stmarys.sch.uk')).toEqual([
      'stmarys.sch.uk',
      'senco@stmarys.sch.uk',
      'oak.org.uk',
      'head@oak.org.uk',
      'office@oak.org.uk',
    ]);
  });

  it('joins a list back for the box', () => {
    expect(joinList(['Millie', 'Mills'])).toBe('Millie, Mills');
    expect(joinList(['a.sch.uk', 'b.sch.uk'], '\n')).toBe('a.sch.uk\nb.sch.uk');
  });

  it('points out entries that are neither an address nor a domain', () => {
    expect(oddSenders(['stmarys.sch.uk', 'senco@stmarys.sch.uk', 'stmarys', 'senco@', 'x@y'])).toEqual(['stmarys', 'senco@', 'x@y']);
  });
});
