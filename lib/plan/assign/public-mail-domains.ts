// Webmail domains anyone can write from. Listed as a whole domain for a school they would match
// every email, including the parent's own, so they only count as a whole address. Data only.
export const PUBLIC_MAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'live.co.uk', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aol.co.uk', 'btinternet.com',
  'sky.com', 'talktalk.net', 'virginmedia.com', 'ntlworld.com', 'protonmail.com', 'proton.me', 'gmx.com', 'gmx.co.uk',
  'mail.com', 'zoho.com', 'fastmail.com', 'tiscali.co.uk', 'blueyonder.co.uk', 'plus.net', 'orange.net',
];
