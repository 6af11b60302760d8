/**
 * The fixed vocabulary of skills a practice scenario can train. Scenario files name skills by id;
 * the engine counts each as shown or missed from the rules that fire, and the summary and next-scenario
 * choice are built on these counts. Each skill carries a plain label, what it is, a concrete tip and a
 * model sentence, which the feedback falls back on when a scenario gives no tip of its own.
 * Sources: domain primer §1 (EPITOME), §2 (MI), §4 and §6 (therapist stance, alliance), §7
 * (assertiveness training, DBT DEAR MAN / GIVE / FAST).
 */
export const SKILLS = [
  // Therapist side: empathy and counselling.
  'reflect_feeling',
  'reflect_meaning',
  'explore_experience',
  'affirm',
  'evoke_change',
  // Therapist side: structure and the frame.
  'set_focus',
  'goal_setting',
  'transparency',
  'permission_before_advice',
  'hold_boundary',
  'limit_with_alternative',
  'refocus_on_client',
  'repair_rupture',
  'non_defensive',
  'ending_well',
  // Assertiveness (anyone).
  'say_no',
  'i_statement',
  'specific_request',
  'offer_alternative',
  'acknowledge_other',
  'broken_record',
  'stay_calm',
  'no_over_apology',
  'dear_man',
  'give',
  'fast',
] as const;
export type Skill = (typeof SKILLS)[number];

export interface SkillInfo {
  label: string;
  description: string;
  /** One concrete thing to try, said to the learner. */
  tip: string;
  /** A model sentence showing the skill. */
  example: string;
}

export const SKILL_INFO: Record<Skill, SkillInfo> = {
  reflect_feeling: {
    label: 'reflect the feeling',
    description: 'Name the feeling you hear, tentatively, so the other person feels understood (EPITOME interpretation).',
    tip: 'Name the feeling you hear under the words, tentatively, before asking or advising anything.',
    example: "It sounds like this has been weighing on you more than you've let on.",
  },
  reflect_meaning: {
    label: 'reflect the meaning',
    description: 'A complex reflection: add what is unsaid, the meaning or the other side of the ambivalence (MI).',
    tip: 'Say back what it means to them, not only what happened: add the part they left unsaid.',
    example: 'So part of you wants things to change, and part of you is afraid of what it would cost.',
  },
  explore_experience: {
    label: 'explore their experience',
    description: 'Invite the person to say more about their feelings and experience with an open, specific question (EPITOME exploration).',
    tip: 'Ask one open question about their experience, about something specific they said.',
    example: 'What is the hardest part of it for you?',
  },
  affirm: {
    label: 'affirm',
    description: 'Recognise a strength, an effort or a value of the person, sincerely.',
    tip: 'Name something they did or value that took effort, in a sentence.',
    example: 'It took courage to tell me that.',
  },
  evoke_change: {
    label: 'evoke change talk',
    description: "Draw out the person's own reasons for change rather than supplying them (MI).",
    tip: 'Ask about their own reasons, hopes or ideas, and reflect the ones pointing toward change.',
    example: 'What would be different for you if you cut back?',
  },
  set_focus: {
    label: 'set a focus',
    description: 'Narrow the conversation to one topic, agreed together, and come back to it when it drifts.',
    tip: 'Acknowledge how much there is, then propose one topic and ask which matters most.',
    example: "There's a lot going on. Could we pick one of these to stay with today? Which feels most important?",
  },
  goal_setting: {
    label: 'set goals together',
    description: 'Define goals with the person: what they want, and how both of you will notice progress.',
    tip: 'Ask what they would like to be different, and shape it into a goal together.',
    example: 'If our work goes well, what would you notice changing in your week?',
  },
  transparency: {
    label: 'be transparent about the process',
    description: 'Say what you are doing and why: how the work goes, what you noticed, a rationale for a move.',
    tip: 'Say what you are doing and why, in plain words.',
    example: "I'm going to slow us down for a moment, so that we don't lose what you just said.",
  },
  permission_before_advice: {
    label: 'ask permission before advising',
    description: "Ask before giving information or advice, and leave the decision with the person (MI-adherent).",
    tip: 'Before a suggestion, ask whether they would like one, and leave the choice with them.',
    example: "I have a thought about that. Would you like to hear it? It's up to you what you do with it.",
  },
  hold_boundary: {
    label: 'hold the boundary',
    description: 'State a professional limit plainly and kindly, without over-apologising or giving in.',
    tip: 'State the limit in one plain sentence, kindly, without apologising for it.',
    example: "I don't take calls in the evenings; that's a limit I keep with everyone.",
  },
  limit_with_alternative: {
    label: 'pair the limit with an alternative',
    description: 'Offer what you can do beside what you cannot: another time, another channel, a plan.',
    tip: 'After the limit, offer what you can do instead.',
    example: "What I can do is make a plan with you now for those evenings, and we'll look at it next week.",
  },
  refocus_on_client: {
    label: 'bring the focus back to them',
    description: 'Notice when the conversation moves to you or away from their needs, and gently bring it back.',
    tip: 'Thank them briefly, then turn the attention back to their experience.',
    example: "That's kind of you to ask. I'd like to keep this time for you, though: how have you been?",
  },
  repair_rupture: {
    label: 'repair the rupture',
    description: 'Invite the person to talk about what is not working, acknowledge your part and adjust (3RS repair).',
    tip: "Take the complaint seriously: acknowledge your part and ask what hasn't been working for them.",
    example: "You're right to tell me. I may have been pushing my ideas. What hasn't been helpful?",
  },
  non_defensive: {
    label: 'respond without defending yourself',
    description: 'Meet criticism with curiosity rather than justification or counter-attack.',
    tip: 'Leave your reasons for later; first show you heard the criticism.',
    example: "It sounds like these sessions haven't felt worth your time. I want to hear about that.",
  },
  ending_well: {
    label: 'end well',
    description: 'Review progress, name the feelings about ending and plan for afterwards.',
    tip: 'Name what has changed, ask how ending feels, and plan what they will do afterwards.',
    example: "Looking back, what has changed for you since we started? And how is it to think about stopping?",
  },
  say_no: {
    label: 'say no',
    description: 'Decline plainly, without over-justifying or leaving the door half open.',
    tip: 'Say the no in the first sentence, with at most one short reason.',
    example: "No, I can't take that on this week.",
  },
  i_statement: {
    label: 'use an "I" statement',
    description: 'Own a real feeling or need in the first person: "I feel … when … and I would like …".',
    tip: 'Say how it is for you in the first person, with a real feeling word, not a judgement of them.',
    example: "I feel stretched thin when extra work comes in late on a Friday, and I'd like to plan it earlier.",
  },
  specific_request: {
    label: 'make a clear request',
    description: 'Ask for something specific and doable, directly.',
    tip: 'Turn the wish into one clear, specific request.',
    example: 'Could we agree that new requests come to me by Wednesday?',
  },
  offer_alternative: {
    label: 'offer an alternative',
    description: 'Beside a no or a limit, offer what you can do instead (a compromise, another time).',
    tip: 'Offer what you can do instead, so the no is not the end of the conversation.',
    example: 'I can look at it first thing Monday, if that helps.',
  },
  acknowledge_other: {
    label: 'acknowledge the other side',
    description: "Show you understand the other person's position without giving up your own.",
    tip: 'Start with one sentence that shows you see their side, then say yours.',
    example: "I can see you're under pressure to get this out.",
  },
  broken_record: {
    label: 'broken record',
    description: 'Repeat your position calmly, in the same few words, without new justifications.',
    tip: 'Repeat your point in the same few words, calmly, without adding new reasons.',
    example: "I understand. And still, I can't take it on this week.",
  },
  stay_calm: {
    label: 'stay calm and respectful',
    description: 'No attacks, blame, sarcasm or threats, even under pressure.',
    tip: 'Describe the behaviour and how it affects you instead of judging the person.',
    example: 'When the plan changes at the last minute, I find it hard to keep up.',
  },
  no_over_apology: {
    label: 'no excessive apologies',
    description: 'Hold your position without apologising for having needs or limits (FAST).',
    tip: 'Drop the apology: you are allowed to have this need.',
    example: "I'm not able to do that.",
  },
  dear_man: {
    label: 'DEAR MAN',
    description: 'Describe the facts, Express feelings, Assert a request, Reinforce; stay Mindful, Appear confident, Negotiate (DBT).',
    tip: 'Put the facts, your feeling and one clear request together, and say what is in it for them.',
    example: "I've taken on two new clients this year. I feel it's time to talk about my pay: I'd like a raise of 8%, and I'm committed to keeping the quality up.",
  },
  give: {
    label: 'GIVE',
    description: 'Keep the relationship: be Gentle, act Interested, Validate, use an Easy manner (DBT).',
    tip: 'Show interest in their side and validate it, gently, as you make your point.',
    example: "I can hear how much this matters to you, and I want to find something that works for both of us.",
  },
  fast: {
    label: 'FAST',
    description: 'Keep your self-respect: be Fair, no excessive Apologies, Stick to your values, be Truthful (DBT).',
    tip: 'Stay fair and truthful, and stick to your value without apologising for it.',
    example: "That doesn't fit with what I value, so I'm going to say no.",
  },
};
