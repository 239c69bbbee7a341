// Which build the highlighter is part of. A few things exist only for tests: an open shadow root
// (Playwright finds the card and the pill through it), the `on-record:marked` window event and
// performance mark (the browser tests and scripts/bench-highlight.ts time the marks with them), and
// the injectable trust check. The shipped extension has none of them: its shadow root is closed, so
// a page script cannot reach into the card (or press "Save this email"), and it tells the page
// nothing.
//
// import.meta.env.MODE is the build mode: WXT passes it to Vite, which writes it into the bundle as
// a constant ('production' for `wxt build`, 'e2e' for `wxt build --mode e2e`, 'development' for
// `wxt`), so the test-only code is dropped from the shipped script. Vitest runs in mode 'test'.
// Only those two named test modes open the doors; any other mode, including one we never thought
// of, keeps them shut.
export const TEST_BUILD: boolean = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test';
