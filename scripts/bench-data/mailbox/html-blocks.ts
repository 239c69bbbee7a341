// The machine-written mail (newsletters, order confirmations, social notifications, account
// alerts) is table-based HTML with inline styles and tracked links, as real marketing mail is.
// Each brand's pieces are made and quoted-printable encoded once (each piece ends in a hard line
// break, so encoded pieces join as they are); a message is its brand's head, a few lines of its
// own, as many pieces as its size needs, and a footer of its own.

import type { Prng } from '../prng';
import { CRLF, escapeFromLines, quotedPrintable } from './encode';
import { ARTICLES, FAMILY_AND_FRIENDS, PRODUCTS, SOCIAL_EVENTS, type Brand } from './everyday-text';

export type HtmlKind = 'newsletter' | 'shop' | 'social' | 'account';

/** An HTML piece and its plain-text twin, both quoted-printable, both ending in CRLF. */
export interface Piece {
  html: Buffer;
  text: Buffer;
}

export interface BrandTemplate {
  brand: Brand;
  kind: HtmlKind;
  head: Buffer;
  tail: Buffer;
  pieces: readonly Piece[];
  /** Mean length of html + text of a piece. */
  pieceBytes: number;
}

const FONT = 'font-family:Helvetica,Arial,sans-serif;mso-line-height-rule:exactly;';
const FRIENDS = [...FAMILY_AND_FRIENDS.map((p) => p.name), 'Claire Dobson', 'Hannah Patel', 'Ben Morris', 'Lucy Fernandes', 'Tom Whitaker'];

export const qp = (text: string): Buffer => Buffer.from(escapeFromLines(quotedPrintable(text)) + CRLF, 'latin1');

const link = (brand: Brand, prng: Prng) => `https://click.${brand.site}/ls/click?upn=${prng.hex(48)}-${prng.hex(16)}`;

function head(brand: Brand): string {
  return [
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">',
    '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${brand.name}</title>`,
    '<style type="text/css">',
    'body{margin:0;padding:0;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;} table,td{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}',
    'img{border:0;height:auto;line-height:100%;outline:none;text-decoration:none;-ms-interpolation-mode:bicubic;} p{display:block;margin:13px 0;}',
    '@media only screen and (max-width:480px){ .mj-column-per-100{width:100%!important;max-width:100%;} .mj-column-per-50{width:50%!important;max-width:50%;} .hide-mobile{display:none!important;} }',
    `a{color:${brand.colour};} .button a{background:${brand.colour};color:#ffffff;border-radius:4px;padding:12px 24px;text-decoration:none;display:inline-block;}`,
    '</style></head>',
    `<body style="word-spacing:normal;background-color:#f4f4f4;"><div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">${'&#847; &zwnj; &nbsp; '.repeat(30)}</div>`,
    `<table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;max-width:600px;background:#ffffff;">`,
    `<tr><td style="padding:24px;background:${brand.colour};text-align:center;"><img src="https://cdn.${brand.site}/email/logo-white@2x.png" width="180" alt="${brand.name}" style="display:block;margin:0 auto;width:180px;"></td></tr>`,
  ].join('\n');
}

const TAIL = '</table></body></html>';

function newsletterPiece(brand: Brand, prng: Prng): [string, string] {
  const [title, text] = prng.pick(ARTICLES);
  const products = prng.sample(PRODUCTS, prng.int(2, 4));
  const href = link(brand, prng);
  const cells = products
    .map(
      ([name, price]) =>
        `<td class="mj-column-per-50" style="vertical-align:top;width:50%;padding:8px;"><a href="${link(brand, prng)}" target="_blank" style="text-decoration:none;">` +
        `<img src="https://cdn.${brand.site}/images/products/${prng.hex(12)}.jpg?w=260&amp;h=260&amp;fit=crop" width="260" alt="${name}" style="display:block;width:100%;max-width:260px;border-radius:4px;"></a>\n` +
        `<p style="${FONT}font-size:14px;line-height:20px;color:#333333;margin:8px 0 0 0;">${name}</p><p style="${FONT}font-size:14px;line-height:20px;color:${brand.colour};font-weight:bold;margin:2px 0 0 0;">${price}</p></td>`,
    )
    .join('\n');
  const html = [
    `<tr><td style="padding:24px 24px 0 24px;"><a href="${href}" target="_blank"><img src="https://cdn.${brand.site}/email/${prng.hex(16)}/hero.jpg" width="552" alt="${title}" style="display:block;width:100%;max-width:552px;"></a></td></tr>`,
    `<tr><td style="${FONT}font-size:22px;line-height:28px;color:#222222;font-weight:bold;padding:20px 24px 8px 24px;">${title}</td></tr>`,
    `<tr><td style="${FONT}font-size:15px;line-height:23px;color:#444444;padding:0 24px 16px 24px;">${text}</td></tr>`,
    `<tr><td class="button" align="center" style="padding:0 24px 24px 24px;"><a href="${href}" target="_blank" style="${FONT}background:${brand.colour};color:#ffffff;font-size:15px;font-weight:bold;border-radius:4px;padding:12px 28px;text-decoration:none;display:inline-block;">Find out more</a></td></tr>`,
    `<tr><td style="padding:0 16px 16px 16px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>\n${cells}\n</tr></table></td></tr>`,
  ].join('\n');
  const plain = `${title.toUpperCase()}\n\n${text}\n\nFind out more: ${href}\n\n${products.map(([n, p]) => `* ${n} – ${p}`).join('\n')}\n`;
  return [html, plain];
}

function shopPiece(brand: Brand, prng: Prng): [string, string] {
  const [name, price] = prng.pick(PRODUCTS);
  const qty = prng.int(1, 3);
  const html =
    `<tr><td style="padding:12px 24px;border-bottom:1px solid #eeeeee;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>` +
    `<td width="96" style="vertical-align:top;"><img src="https://images.${brand.site}/p/${prng.hex(20)}._SS96_.jpg" width="96" height="96" alt="" style="display:block;border:1px solid #dddddd;"></td>\n` +
    `<td style="${FONT}font-size:14px;line-height:20px;color:#333333;padding-left:16px;vertical-align:top;"><a href="${link(brand, prng)}" style="color:#0066c0;text-decoration:none;">${name}</a><br>` +
    `<span style="color:#777777;font-size:13px;">Sold by ${brand.name} · Quantity: ${qty}</span><br><span style="color:#777777;font-size:13px;">Arriving ${prng.pick(['tomorrow', 'Thursday', 'Saturday', 'in 2–3 working days'])}</span></td>\n` +
    `<td align="right" style="${FONT}font-size:14px;font-weight:bold;color:#111111;vertical-align:top;">${price}</td></tr></table></td></tr>`;
  return [html, `${name}\n  Quantity: ${qty}   ${price}\n  Sold by ${brand.name}\n`];
}

function socialPiece(brand: Brand, prng: Prng): [string, string] {
  const event = prng.pick(SOCIAL_EVENTS).replace('{friend}', prng.pick(FRIENDS));
  const href = link(brand, prng);
  const html =
    `<tr><td style="padding:16px 24px;border-bottom:1px solid #e5e5e5;"><table role="presentation" cellpadding="0" cellspacing="0"><tr>` +
    `<td width="48" style="vertical-align:top;"><img src="https://static.${brand.site}/avatar/${prng.hex(24)}/48.jpg" width="48" height="48" style="border-radius:24px;display:block;" alt=""></td>\n` +
    `<td style="${FONT}font-size:15px;line-height:20px;color:#1c1e21;padding-left:12px;"><a href="${href}" style="color:#1c1e21;text-decoration:none;">${event}</a>` +
    `<br><a href="${href}" style="${FONT}font-size:13px;color:${brand.colour};text-decoration:none;">See more</a></td></tr></table></td></tr>`;
  return [html, `${event}\nSee more: ${href}\n`];
}

function accountPiece(brand: Brand, prng: Prng): [string, string] {
  const rows: [string, string][] = [
    ['Account', `ending ${prng.int(1000, 9999)}`],
    ['Amount', `£${prng.int(5, 240)}.${String(prng.int(0, 99)).padStart(2, '0')}`],
    ['Reference', prng.hex(10).toUpperCase()],
  ];
  const html =
    `<tr><td style="padding:8px 24px;"><table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #dddddd;">\n` +
    rows.map(([k, v]) => `<tr><td style="${FONT}font-size:14px;color:#555555;">${k}</td><td align="right" style="${FONT}font-size:14px;color:#111111;font-weight:bold;">${v}</td></tr>`).join('\n') +
    `\n</table><p style="${FONT}font-size:13px;line-height:19px;color:#777777;">If you don’t recognise this, please call us on the number on the back of your card. We will never ask for your password by email.</p></td></tr>`;
  return [html, `${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nIf you don’t recognise this, please call us on the number on the back of your card.\n`];
}

const PIECE_MAKERS: Record<HtmlKind, (brand: Brand, prng: Prng) => [string, string]> = {
  newsletter: newsletterPiece,
  shop: shopPiece,
  social: socialPiece,
  account: accountPiece,
};

export function brandTemplate(brand: Brand, kind: HtmlKind, prng: Prng, pieceCount = 24): BrandTemplate {
  const pieces: Piece[] = [];
  for (let i = 0; i < pieceCount; i++) {
    const [html, text] = PIECE_MAKERS[kind](brand, prng);
    pieces.push({ html: qp(html), text: qp(text) });
  }
  const pieceBytes = pieces.reduce((n, p) => n + p.html.length + p.text.length, 0) / pieces.length;
  return { brand, kind, head: qp(head(brand)), tail: qp(TAIL), pieces, pieceBytes };
}

/** The lines of one message of its own: greeting on top, unsubscribe link and address below. */
export function ownLines(t: BrandTemplate, prng: Prng, greeting: string): { htmlTop: string; htmlFooter: string; textTop: string; textFooter: string } {
  const token = prng.hex(32);
  const view = `https://view.${t.brand.site}/?m=${token}`;
  const unsubscribe = `https://${t.brand.site}/unsubscribe?u=${token}&e=${prng.hex(12)}`;
  return {
    htmlTop:
      `<tr><td style="${FONT}font-size:12px;color:#999999;padding:8px 24px;text-align:right;"><a href="${view}" style="color:#999999;">View in your browser</a></td></tr>\n` +
      `<tr><td style="${FONT}font-size:16px;line-height:24px;color:#333333;padding:16px 24px 0 24px;">${greeting}</td></tr>`,
    htmlFooter:
      `<tr><td style="${FONT}font-size:12px;line-height:18px;color:#999999;padding:24px;text-align:center;background:#f4f4f4;">You are receiving this email because you signed up at ${t.brand.site}.<br>` +
      `<a href="${unsubscribe}" style="color:#999999;">Unsubscribe</a> · <a href="https://${t.brand.site}/privacy" style="color:#999999;">Privacy policy</a><br>${t.brand.name} Ltd, Unit ${prng.int(1, 40)}, Riverside Park, Hartsmere HT${prng.int(1, 9)} ${prng.int(1, 9)}AB</td></tr>`,
    textTop: `View in your browser: ${view}\n\n${greeting}\n`,
    textFooter: `You are receiving this email because you signed up at ${t.brand.site}.\nUnsubscribe: ${unsubscribe}\n`,
  };
}
