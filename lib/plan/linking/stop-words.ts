// Words that say nothing about which part of a plan an email is about: English function words, and
// words every school email and every plan item use. Data only, read by keywords.ts; compared in
// lower case before stemming.
export const STOP_WORDS: readonly string[] = [
  // function words
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'around', 'as',
  'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'cannot', 'could',
  'did', 'do', 'does', 'doing', 'done', 'down', 'during', 'each', 'either', 'else', 'even', 'ever', 'every', 'few',
  'for', 'from', 'further', 'get', 'gets', 'getting', 'got', 'had', 'has', 'have', 'having', 'he', 'her', 'here',
  'hers', 'herself', 'him', 'himself', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself',
  'just', 'least', 'less', 'let', 'like', 'made', 'make', 'makes', 'many', 'may', 'me', 'might', 'more', 'most',
  'much', 'must', 'my', 'myself', 'need', 'needs', 'no', 'nor', 'not', 'now', 'of', 'off', 'often', 'on', 'once',
  'one', 'only', 'or', 'other', 'others', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'per', 'quite', 'rather',
  'really', 'same', 'shall', 'she', 'should', 'so', 'some', 'still', 'such', 'than', 'that', 'the', 'their',
  'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'to', 'too',
  'twice', 'under', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we', 'well', 'were', 'what', 'when', 'where',
  'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet',
  'you', 'your', 'yours', 'yourself', 'able', 'going', 'go', 'goes', 'went', 'come', 'comes', 'came', 'coming',
  'see', 'seen', 'saw', 'say', 'said', 'says', 'tell', 'told', 'know', 'known', 'think', 'thought', 'want', 'wanted',
  'use', 'used', 'using', 'put', 'take', 'taken', 'took', 'give', 'given', 'gave', 'keep', 'kept', 'try', 'tried',
  'look', 'looked', 'looking', 'lot', 'lots', 'bit', 'thing', 'things', 'way', 'ways', 'yes', 'ok', 'okay',
  'two', 'three', 'four', 'five', 'six', 'times', 'x', 'mins', 'min', 'minutes', 'minute', 'hour', 'hours',
  // every school email says these
  'dear', 'hi', 'hello', 'thanks', 'thank', 'please', 'kind', 'regards', 'best', 'wishes', 'email', 'emails', 'message',
  'update', 'updates', 'let', 'hope', 'today', 'tomorrow', 'yesterday', 'week', 'weeks', 'weekly', 'day', 'days',
  'daily', 'term', 'terms', 'termly', 'half', 'year', 'years', 'month', 'months', 'morning', 'afternoon', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'next', 'last', 'first', 'end', 'time', 'soon', 'later', 'school', 'class',
  'classroom', 'lesson', 'lessons', 'child', 'children', 'pupil', 'pupils', 'student', 'students', 'parent',
  'parents', 'mum', 'dad', 'carer', 'carers', 'family', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'staff', 'team',
  // every plan item says these
  'support', 'supported', 'supporting', 'session', 'sessions', 'provision', 'provide', 'provided', 'work', 'working',
  'plan', 'target', 'targets', 'outcome', 'outcomes', 'help', 'helps', 'helped', 'helping', 'able', 'group', 'groups',
  'intervention', 'interventions', 'programme', 'programmes', 'program', 'activity', 'activities', 'adult', 'adults',
  'access', 'regular', 'regularly', 'new', 'good', 'great', 'lovely', 'progress',
];
