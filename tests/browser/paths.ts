// Where the browser tests find things: the same places the shared driver uses.
export * from '../../scripts/support/paths';
