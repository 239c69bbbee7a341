// Lines that start quoted history or a signature in plain-text email. Data, not logic.

export const QUOTE_START_PATTERNS: RegExp[] = [
  /^-{2,}\s*Original Message\s*-{2,}$/i,
  /^-{2,}\s*Forwarded message\s*-{2,}$/i,
  /^Begin forwarded message:?$/i,
  /^_{10,}$/,
  /^On .{4,200}(wrote|said):$/i,
  /^.{2,120} wrote:$/,
];

/** "-- " on its own line: the standard signature delimiter. */
export const SIGNATURE_DELIMITER = /^-- ?$/;

/** Closing lines after which a short block is the signature. */
export const SIGN_OFF_PATTERN =
  /^(kind(est)? regards|warm(est)? regards|best regards|regards|best wishes|many thanks|thanks( again| so much| very much)?|thank you( again)?|with thanks|yours sincerely|yours faithfully|yours truly|sincerely|best|cheers|all the best|take care|speak soon|warm wishes|with best wishes)[,.!]?$/i;
