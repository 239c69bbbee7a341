// What is not a commitment (annotation guidelines §2), one invented example per rule.
import { describe, expect, it } from 'vitest';
import { commitments, texts } from './helpers';

const none = (text: string) => expect(texts(commitments(text))).toEqual([]);

describe('not commitments', () => {
  it('requests and instructions to the parent', () => {
    none('Please could you sign the consent form and return it by Friday.');
    none('You will need to bring his inhaler on the trip.');
    none("You'll be asked to complete a parent views form.");
  });

  it('actions already done', () => {
    none('We have referred him to the school nurse.');
    none('I spoke to the speech therapist yesterday and she was going to send a report.');
  });

  it('descriptions of what happens now', () => {
    none('He currently works with a TA for three mornings a week.');
    none("She's finding the new timetable tiring.");
    none('Maya is doing really well with her spellings.');
  });

  it('offers and availability', () => {
    none("I'm happy to meet with you whenever suits.");
    none('Feel free to call the office if you have any questions.');
    none("I'll be happy to talk this through at parents' evening.");
    none('I will be available after school on most days.');
    none('I will be out of the office until Monday.');
  });

  it('questions', () => {
    none('Will you be able to come in on Thursday?');
    none('Shall we meet before the review?');
  });

  it('predictions about the child', () => {
    none('He will find the change of classroom hard at first.');
    none('I think Maya will really enjoy the drama club.');
    none('She will probably be tired after the trip.');
    none('He will get upset if the routine changes.');
    none('Oscar will be fine once he settles.');
  });

  it('whole-school notices', () => {
    none('All pupils will sit the phonics screening check in June.');
    none('The school will be closed on Friday for staff training.');
    none('Year 6 will visit the secondary school in July.');
    none('Sports day will take place on 20th June.');
    none('The office will text all parents on the morning of the trip.');
  });

  it('possibilities', () => {
    none('We might be able to get him a later slot.');
    none('We may consider a referral to the EP.');
    none('The careers adviser should be able to arrange this.');
    none('We could look at a reduced timetable.');
  });

  it('negations', () => {
    none('He will not be excluded.');
    none("We won't be changing his group this term.");
  });

  it('"we\'ll see how it goes" on its own', () => {
    none("We'll see how it goes over the next few weeks.");
    none("We'll see how he copes before deciding.");
    none('We will wait and see how the new seat works.');
    none("We'll give it a couple of weeks before changing anything.");
  });

  it('but "see how" joined to monitoring stays a commitment', () => {
    expect(commitments("We'll see how he gets on and keep it under review.")).toHaveLength(1);
  });

  it('embedded questions and relative clauses', () => {
    none("I'll explain how everything will work on the day.".replace("I'll explain", 'Ask him about'));
    none('Here is the support she will receive this term.');
    none('The group, which will focus on turn-taking, is full.');
  });

  it('descriptions of an event rather than its scheduling', () => {
    none('The appointment will last about an hour.');
    none('It will be a busy week.');
    none('The local authority will have six weeks to respond.');
    none('Lunch will be served in the hall.');
  });

  it('quoted earlier messages are not read', () => {
    const found = commitments('Thank you.\n\nOn 3 Mar 2025, at 09:14, Ms Green wrote:\n> I will bring the form in tomorrow.', { signature: null });
    expect(found).toEqual([]);
  });

  it("the child's effort and what the sender needs from the parent", () => {
    none('Jamal says he will try harder with his spellings.');
    none("I'll need the slip back by Thursday.");
    none('His worries will continue for a while.');
    none('Year 4 netball lessons will begin next week.');
  });
});
