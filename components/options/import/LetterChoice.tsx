import { useId, useRef } from 'react';
import type { FoundLetter } from '@/lib/import/worker/protocol';
import { longDay } from '@/lib/ui/import/dates';
import { formatCount } from '@/lib/ui/import/numbers';
import { showMoreLabel } from '@/lib/ui/import/paging';
import { TickBox } from '@/components/options/import/TickBox';
import { usePaging } from '@/components/options/import/use-paging';

interface Props {
  letters: readonly FoundLetter[];
  chosen: ReadonlySet<string>;
  onTick(key: string, ticked: boolean): void;
}

/** Letters, reports and plans given as their own files: ticked, each with its date and letterhead. */
export function LetterChoice({ letters, chosen, onTick }: Props) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const paging = usePaging(list);
  return (
    <section className="import-letters" aria-labelledby={headingId}>
      <h4 className="import-list-heading" id={headingId}>
        Letters, reports and plans ({formatCount(letters.length)})
      </h4>
      <ul className="import-groups" ref={list}>
        {letters.slice(0, paging.shown).map((letter) => (
          <LetterRow key={letter.key} letter={letter} ticked={chosen.has(letter.key)} onTick={onTick} />
        ))}
      </ul>
      {paging.shown < letters.length ? (
        <button type="button" className="button-small import-more" onClick={paging.more}>
          {showMoreLabel(paging.shown, letters.length, { one: 'letter', many: 'letters' })}
        </button>
      ) : null}
    </section>
  );
}

function LetterRow({ letter, ticked, onTick }: { letter: FoundLetter; ticked: boolean; onTick(key: string, ticked: boolean): void }) {
  const detailsId = useId();
  const date = longDay(letter.sentAt);
  const details = [date ? `Dated ${date}` : 'No date found on it', letter.from ? `from ${letter.from}` : '', letter.file].filter(Boolean).join(' · ');
  return (
    <li className="import-group">
      <TickBox state={ticked ? 'all' : 'none'} onChange={(t) => onTick(letter.key, t)} describedBy={detailsId}>
        {letter.title}
      </TickBox>
      <p className="import-meta quiet small" id={detailsId}>
        {details}
      </p>
    </li>
  );
}
