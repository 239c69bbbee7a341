// The one bounded memo. Timelines and analysis ask the same few questions thousands of times
// ("is this a real day?", "is 'Leo' a first name?"), so answers are kept; but a long-lived service
// worker or page must not grow without end, so past `maxEntries` the memory starts again empty
// (cheaper than tracking recency, and the working set refills within one pass).

export function boundedMemo<K, V>(compute: (key: K) => V, maxEntries: number): (key: K) => V {
  const answers = new Map<K, V>();
  return (key: K): V => {
    if (answers.has(key)) return answers.get(key) as V;
    if (answers.size >= maxEntries) answers.clear();
    const value = compute(key);
    answers.set(key, value);
    return value;
  };
}
