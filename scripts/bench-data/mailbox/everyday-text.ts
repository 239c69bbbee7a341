// The other 98% of the mailbox: newsletters, shops, social sites, accounts, family and friends.
// Every brand, person and address is invented (none is a school, council or NHS sender, so the
// import should leave them all unticked).

export interface Brand {
  name: string;
  address: string;
  /** Where its links and images point. */
  site: string;
  colour: string;
}

export const NEWSLETTERS: readonly Brand[] = [
  { name: 'Hartley & Finch', address: 'news@email.hartleyfinch.co.uk', site: 'hartleyfinch.co.uk', colour: '#2f4858' },
  { name: 'Greenacre Garden Centre', address: 'hello@greenacregardens.co.uk', site: 'greenacregardens.co.uk', colour: '#3a7d44' },
  { name: 'The Paperback Shop', address: 'newsletter@thepaperbackshop.co.uk', site: 'thepaperbackshop.co.uk', colour: '#8c2f39' },
  { name: 'Trailhead Outdoor', address: 'offers@mail.trailheadoutdoor.com', site: 'trailheadoutdoor.com', colour: '#e07a1f' },
  { name: 'Little Sprouts', address: 'hello@littlesprouts-kids.co.uk', site: 'littlesprouts-kids.co.uk', colour: '#5fa8d3' },
  { name: 'Fresh Basket', address: 'no-reply@freshbasket.co.uk', site: 'freshbasket.co.uk', colour: '#43aa8b' },
  { name: 'Wanderlust Weekly', address: 'weekly@wanderlustweekly.com', site: 'wanderlustweekly.com', colour: '#264653' },
  { name: 'Kitchen Table', address: 'recipes@kitchentable-recipes.com', site: 'kitchentable-recipes.com', colour: '#bc4749' },
  { name: 'Hartsmere Gazette', address: 'newsletters@hartsmeregazette.co.uk', site: 'hartsmeregazette.co.uk', colour: '#1d3557' },
  { name: 'Pawprint Pet Supplies', address: 'club@pawprintpets.co.uk', site: 'pawprintpets.co.uk', colour: '#6d597a' },
];

export const SHOPS: readonly Brand[] = [
  { name: 'ShopRight', address: 'orders@shopright.co.uk', site: 'shopright.co.uk', colour: '#ff9f1c' },
  { name: 'Parcelwise', address: 'tracking@parcelwise.co.uk', site: 'parcelwise.co.uk', colour: '#3d5a80' },
  { name: 'Hartley & Finch', address: 'orders@hartleyfinch.co.uk', site: 'hartleyfinch.co.uk', colour: '#2f4858' },
  { name: 'Pawprint Pet Supplies', address: 'orders@pawprintpets.co.uk', site: 'pawprintpets.co.uk', colour: '#6d597a' },
  { name: 'Booksy Marketplace', address: 'no-reply@booksy-market.com', site: 'booksy-market.com', colour: '#118ab2' },
  { name: 'Fresh Basket', address: 'orders@freshbasket.co.uk', site: 'freshbasket.co.uk', colour: '#43aa8b' },
];

export const SOCIAL: readonly Brand[] = [
  { name: 'Friendly', address: 'notification@friendly-mail.com', site: 'friendly.com', colour: '#1877f2' },
  { name: 'PhotoStream', address: 'no-reply@photostream.app', site: 'photostream.app', colour: '#c13584' },
  { name: 'Neighbourly', address: 'digest@neighbourly-news.co.uk', site: 'neighbourly-news.co.uk', colour: '#2a9d8f' },
  { name: 'ProLink', address: 'messages-noreply@prolink.com', site: 'prolink.com', colour: '#0a66c2' },
];

export const ACCOUNTS: readonly Brand[] = [
  { name: 'Northbank', address: 'alerts@northbank.co.uk', site: 'northbank.co.uk', colour: '#00395d' },
  { name: 'Brightside Energy', address: 'hello@brightside-energy.co.uk', site: 'brightside-energy.co.uk', colour: '#f4a261' },
  { name: 'Skyline Mobile', address: 'billing@skylinemobile.co.uk', site: 'skylinemobile.co.uk', colour: '#7209b7' },
  { name: 'Streamly', address: 'info@streamly.tv', site: 'streamly.tv', colour: '#e63946' },
  { name: 'Hartsmere Leisure', address: 'bookings@hartsmereleisure.co.uk', site: 'hartsmereleisure.co.uk', colour: '#0077b6' },
];

export const NEWSLETTER_SUBJECTS: readonly string[] = [
  'Our biggest sale of the season starts now',
  'New in: {thing}',
  'Last chance: 20% off ends tonight',
  'This week’s picks, just for you',
  'Free delivery this weekend only',
  '{thing} – back in stock',
  'Your weekly round-up',
  '5 ideas for the half-term holidays',
  'Members’ evening: you’re invited',
  'Spring is here 🌷',
  'Don’t miss out – £10 off your next order',
  'What we’re loving this month',
];

export const THINGS: readonly string[] = [
  'linen bedding', 'garden planters', 'rain jackets', 'children’s wellies', 'summer reads', 'cast-iron pans',
  'lunch boxes', 'walking boots', 'dog beds', 'herb seedlings', 'scented candles', 'picnic blankets',
];

export const ARTICLES: readonly [title: string, text: string][] = [
  ['Make the most of the lighter evenings', 'Our new outdoor range has everything you need for long evenings in the garden, from solar lanterns to folding chairs that tuck away when the rain comes.'],
  ['Five books to read this half term', 'From a gripping family mystery to a funny, warm story about starting a new school, our booksellers have chosen five titles the whole family can enjoy.'],
  ['How to plant a herb window box', 'All you need is a sunny sill, a trough with drainage, peat-free compost and a few of our pot-grown herbs. Water little and often, and pick the leaves regularly.'],
  ['Meet the makers', 'This month we visited the small workshop in Cumbria where our wool throws are woven, on looms that have been running for more than sixty years.'],
  ['Back to school, sorted', 'Name labels, water bottles, lunch bags and shoes that survive the playground: everything on the list, in one place, with free next-day delivery.'],
  ['A weeknight supper in 20 minutes', 'Crispy gnocchi with peas, lemon and a handful of spinach: one pan, five ingredients and very little washing up. Find the full recipe on our website.'],
  ['Walks for little legs', 'Our guide to ten family-friendly walks within an hour of Hartsmere, each under three miles, with a café or a playground at the end.'],
  ['Your pets and the hot weather', 'Keep walks to the cooler ends of the day, carry water, and check the pavement with the back of your hand: if it is too hot for you, it is too hot for paws.'],
  ['The great summer clear-out', 'Up to half price on hundreds of lines across home, garden and outdoor. Stock is limited, so when it’s gone, it’s gone.'],
  ['Loyalty points, doubled', 'Every purchase this weekend earns double points, in store and online. Points are added to your card automatically within 48 hours.'],
  ['Cosy nights in', 'Soft throws, chunky knits and candles that smell like a walk in the woods: our edit of the things that make a cold evening feel like a treat.'],
  ['News from around Hartsmere', 'Plans for the new cycle path along the river have been approved, the market returns to the square on Saturdays, and the library is extending its opening hours.'],
  ['Where to go in October', 'Autumn colour in the Lake District, quiet beaches in Pembrokeshire, and a city break in York with the whole family, with our pick of places to stay.'],
  ['Our lowest prices of the year', 'We have cut prices on over 500 everyday essentials, and they will stay low until the end of the month. Look for the yellow labels.'],
  ['Care guide: leather walking boots', 'Brush off the mud after every walk, let them dry away from the radiator, and re-wax twice a season. Looked after well, a good pair will last for years.'],
  ['Competition: win a family weekend away', 'Tell us about your favourite family day out for a chance to win two nights in a woodland lodge. Entries close on Sunday at midnight.'],
];

export const PRODUCTS: readonly [name: string, price: string][] = [
  ['Linen duvet cover, double', '£65.00'], ['Enamel mug, set of 4', '£18.00'], ['Kids’ waterproof jacket', '£32.00'], ['Stainless steel lunch box', '£14.50'],
  ['Peat-free compost, 40 l', '£7.99'], ['Walking socks, 3 pairs', '£16.00'], ['Hardback notebook', '£9.50'], ['Dog harness, medium', '£22.00'],
  ['Folding camping chair', '£29.99'], ['Wooden train set', '£35.00'], ['Cast-iron casserole, 24 cm', '£89.00'], ['Scented candle, fig', '£12.00'],
  ['Paperback: The Lighthouse Keeper', '£8.99'], ['Bird feeder', '£11.50'], ['Insulated water bottle', '£19.00'], ['Wellington boots, size 2', '£24.00'],
];

export const SOCIAL_EVENTS: readonly string[] = [
  '{friend} commented on your photo: "What a lovely day out!"',
  '{friend} shared a post in Hartsmere Parents',
  'You have 3 new notifications',
  '{friend} sent you a message',
  '{friend} and 4 others liked your post',
  'New posts in Hartsmere Autism Parents Support Group',
  '{friend} tagged you in a photo',
  'Someone viewed your profile',
  'It’s {friend}’s birthday today',
  'Lost cat on Mill Lane – can you help?',
];

export const ACCOUNT_SUBJECTS: readonly string[] = [
  'Your statement is ready', 'Your bill is ready to view', 'A payment has been taken from your account', 'Your booking is confirmed',
  'Your password was changed', 'Your monthly usage summary', 'Your direct debit is changing', 'New sign-in to your account',
];

export interface Person {
  name: string;
  address: string;
  signOff: string;
  /** Writes in ISO-8859-1 (an old desktop client). */
  latin1?: boolean;
}

export const FAMILY_AND_FRIENDS: readonly Person[] = [
  { name: 'Pat Walker', address: 'pat.walker@btinternet.com', signOff: 'Love Mum xx', latin1: true },
  { name: 'Emma Walker', address: 'emma.walker91@gmail.com', signOff: 'Em x' },
  { name: 'Dan Clarke', address: 'dan.clarke78@outlook.com', signOff: 'D x' },
  { name: 'Sophie Turner', address: 'sophie.t.turner@yahoo.co.uk', signOff: 'Speak soon, S' },
  { name: 'Aisha Karim', address: 'aisha.karim@gmail.com', signOff: 'Aisha x' },
  { name: 'Mark Ellison', address: 'mark.ellison@hotmail.co.uk', signOff: 'Cheers, Mark' },
  { name: 'Hartsmere Juniors FC', address: 'hartsmerejuniorsfc@gmail.com', signOff: 'Thanks, Coach Steve' },
  { name: 'Jean Clarke', address: 'jean.clarke@talktalk.net', signOff: 'Love, Jean', latin1: true },
];

export const PERSONAL_SUBJECTS: readonly string[] = [
  'Saturday?', 'Noah’s party', 'Half-term plans', 'Car share this week', 'Present for Mum', 'Photos from the weekend',
  'Sunday lunch', 'Football kit', 'Holiday cottage', 'Catch up soon?', 'Recipe you asked for', 'Birthday plans',
];

/** Lines of personal mail. Some begin "From …" (escaped in the mbox), some carry £ and accents. */
export const PERSONAL_LINES: readonly string[] = [
  'Are you still free on Saturday? We thought we could take the kids to the park and then get lunch at the café.',
  'From what Emma said, the cottage has room for all of us, and it is only £85 a night each if we split it.',
  'Thanks so much for having Noah yesterday, he had a brilliant time and hasn’t stopped talking about the den you built.',
  'I can do the school run on Tuesday and Thursday this week, but Wednesday is tricky because of work.',
  'Here are the photos from the weekend. The one of the boys on the climbing frame is my favourite!',
  'Mum says she would love a new gardening book for her birthday, maybe the one about cottage gardens?',
  'Football training has moved to 5.30pm on Fridays from next week. Kit money is £12, cash or bank transfer.',
  'How are things with school at the moment? I saw your post in the group and I’ve been thinking about you.',
  'From next month I’m back to working full time, so evenings are better for me to talk.',
  'The recipe is really easy: fry an onion, add the lentils, a tin of tomatoes and a spoon of curry paste, then simmer for 25 minutes.',
  'Let me know what time suits and I’ll book a table. The new place on the high street has had great reviews.',
  'We had a lovely day at the beach, although Noah wasn’t keen on the sand. He loved the rock pools though.',
  'Zoë says hello! She’s been at the café in town all summer and loves it.',
  'Don’t forget it’s Gran’s 80th on the 14th. We’re going to the hotel for afternoon tea, about £25 a head.',
];
