// Small .ics texts for tests: one line per property, CRLF as the standard says.

export interface TestEvent {
  summary: string;
  /** "20260903" for an all-day event, or a full DTSTART line value such as ";TZID=Europe/London:20261020T153000". */
  start: string;
  /** Exclusive, as in iCalendar; left out for a one-day event. */
  end?: string;
  extra?: string[];
}

function dateLine(name: string, value: string): string {
  return /^\d{8}$/.test(value) ? `${name};VALUE=DATE:${value}` : `${name}${value.startsWith(';') || value.startsWith(':') ? value : `:${value}`}`;
}

export function icsText(events: TestEvent[], header: string[] = []): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//On Record tests//EN', ...header];
  events.forEach((e, i) => {
    lines.push('BEGIN:VEVENT', `UID:test-${i}`, `SUMMARY:${e.summary}`, dateLine('DTSTART', e.start));
    if (e.end) lines.push(dateLine('DTEND', e.end));
    lines.push(...(e.extra ?? []), 'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
