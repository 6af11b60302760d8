/**
 * Every piece of wording the suggestion builder uses, in one table so that it can be reviewed (and
 * later moved to a data file) in one place. `{slot}` marks where the person's own words go; a slot
 * left empty drops the variant that needs it. Where a list holds several variants, one is picked
 * deterministically from the text being rewritten, so a report does not repeat itself word for word.
 * Sources: MI (permission before advice, reflect before asking; Miller & Rollnick), assertiveness
 * training ("I" statements, limit with an alternative; domain primer §7), 3RS repair (primer §6).
 */
export const SUGGESTION_TEMPLATES = {
  reflect_feeling: {
    advice: 'Reflect the feeling you heard before anything else, in their words.',
    /** `{feeling}`: what the person said they feel ("so lonely at home"). */
    feeling: ['It sounds like you feel {feeling}.', 'So you feel {feeling}.'],
    /** `{words}`: a sentence of theirs turned to "you". */
    words: ['It sounds like {words}.', 'So {words}.'],
    plain: ['It sounds like this has been hard for you.'],
    /** Appended to invite more (EPITOME exploration): after a feeling, and after other words. */
    inviteFeeling: [' What is that like for you?', ' How has that been for you?'],
    invite: [' Can you tell me more about that?', ' Tell me more.'],
  },
  ask_permission: {
    advice: 'Ask permission before giving advice, and offer it as an option rather than an instruction.',
    /** `{action}`: the advice, in their words ("join a club"). */
    action: ['Would it be okay if I shared an idea? One option might be to {action}. How does that sound to you?', 'Can I offer a thought? You could try to {action}, if it fits for you. What do you make of that?'],
    /** Without an action to reuse: permission, or elicit-provide-elicit (MI). */
    plain: [
      'Would it be okay if I shared an idea that has helped other people? You can tell me whether it fits for you.',
      "What do you already know about this? And would it help if I added something?",
      "Can I share a thought about this? Tell me what fits for you and what doesn't.",
    ],
  },
  limit_with_alternative: {
    advice: 'Hold the limit kindly and say what you can offer instead.',
    /** By what the other person asked for (read from their turn); `default` when nothing is recognised. */
    byRequest: {
      contact: "I can hear how much you want support between our sessions. I'm not able to be available by text or phone, but I can make a plan with you now for the hard moments, including who you can reach then.",
      time: "I can tell there's more you want to say. We need to stop on time today, but I'll make sure we start with this next time.",
      fee: "I know money is a real strain right now. I can't waive the fee, but we can look together at options, like meeting less often or a lower-cost service.",
      gift: "It means a lot that you thought of me. I can't accept gifts, but I'd like to hear what it stands for for you.",
      personal: "Thank you for asking. I'd like to keep this time for you, though: what has been on your mind this week?",
      skip: "We don't have to go into all of it today. I'd like us to stay with it for a few minutes, at your pace, and you can tell me when it's too much.",
      default: "I can't do that, but here's what I can offer instead: let's work out together what would help until we next meet.",
    } as Record<string, string>,
    /** For someone practising assertiveness: a clear no with an alternative of their own. */
    learner: ["I can't do that this time, but I could {offer}.", "That doesn't work for me, but I'd be glad to {offer}."],
    learnerOffer: 'help in another way that works for both of us',
  },
  i_statement: {
    advice: 'Say how it affects you with an "I" statement instead of an accusation, and make a clear request.',
    /** `{behaviour}`: what the other person did, in the speaker's words without the absolutes. */
    behaviour: ['When {behaviour}, I feel {feeling}. Could we talk about it?', 'I feel {feeling} when {behaviour}, and I would like us to find another way.'],
    plain: ['I feel {feeling} about what happened, and I would like us to talk about it.'],
    /** When the speaker named no real feeling of their own. */
    defaultFeeling: 'upset',
    /** The therapist's form, when there is no client turn to reflect: an observation the therapist owns, then an open question. */
    therapist: ["I'm noticing something I'd like us to look at together. How do you see what's happening?"],
  },
  open_question: {
    advice: 'Ask one open question that invites a longer answer, instead of another closed one.',
    /** `{topic}`: the closed question's content as an "-ing" phrase ("telling them"). */
    topic: ['How do you feel about {topic}?', 'What comes up for you when you think about {topic}?'],
    /** `{feeling}`: a feeling the other person named. */
    feeling: ['What is it like when you feel {feeling}?'],
    /** The same for a feeling named by a noun ("loneliness"). */
    feelingNoun: ['What is the {feeling} like for you?'],
    plain: ['What has that been like for you?', 'How do you see it?'],
  },
  invite_repair: {
    advice: 'Notice the pull-back or the complaint, and invite the client to talk about it without defending yourself.',
    confrontation: ["It sounds like {words}. I'm glad you told me. What would make this more useful for you?", "So {words}. Thank you for saying it. Can we look at what isn't working?"],
    confrontationPlain: ["I'm glad you told me that something isn't working. Can we look at it together?"],
    withdrawal: ["I notice you've gone a bit quiet, and I wonder whether something I said didn't fit. What's going on for you right now?"],
  },
  refocus: {
    advice: 'Bring the focus back to the client, warmly.',
    /** Opens the reply when the client asked about the therapist or looked after them. */
    thanks: 'Thank you for asking. ',
    words: ["Let's come back to you. You mentioned that {words}; can we stay with that for a moment?"],
    plain: ["I'd like to keep this time for you. What has been on your mind?"],
  },
  clear_request: {
    advice: 'Say what you need plainly, without hedges or apologies, and let the request stand.',
    /** `{request}`: the speaker's own request with the hedges, apologies and retractions taken out. */
    request: ['{request}'],
    plain: ["I'd like us to talk about what I need here. Could we find a time?"],
  },
} as const;
