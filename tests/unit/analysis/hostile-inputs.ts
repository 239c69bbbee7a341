// Inputs built to break a text engine: junk bytes, giant tokens and the shapes that make
// backtracking regular expressions take exponential time. Shared by the tests and the benchmark.

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function junk(size: number, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(x % 0xffff);
  }
  return out;
}

export function hostileInputs(size: number): Record<string, string> {
  return {
    'binary junk': junk(size),
    'one giant word': repeatTo('a', size),
    'spaces and no words': repeatTo(' \t', size),
    'newlines only': repeatTo('\n', size),
    'dots and digits': repeatTo('1.1/1/1.', size),
    'titles without names': repeatTo('Mr. Mrs. Dr. ', size),
    'will will will': repeatTo('we will will will ', size),
    'many short promises': repeatTo('We will call. I will send it by Friday. ', size),
    'endless sentence': repeatTo('we will try to keep an eye on it and ', size),
    'date-like run': repeatTo('Tuesday 3/4 next Friday w/c 10th March ', size),
    'quote markers': repeatTo('> On Mon wrote:\n', size),
    'nested brackets': repeatTo('((((((((((', size),
  };
}
