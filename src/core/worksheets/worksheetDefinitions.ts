/**
 * The four worksheets of assertiveness training (domain primer §7): DBT's interpersonal-effectiveness
 * skills DEAR MAN (getting what you want), GIVE (keeping the relationship) and FAST (keeping
 * self-respect) (Linehan, DBT Skills Training Manual, 2nd ed., 2015), and the "I" statement
 * ("I feel ___ when ___ because ___, and I'd like ___"). Each part says what the check looks for:
 * cue kinds from the style-marker lexicon (data/lexicons/style-markers.json), the worksheet-cue
 * lexicon (data/lexicons/worksheet-cues.json) and a few readings computed in code (see
 * `DERIVED_CUES`). A part with evidence for an `avoid` rule is a problem; one lacking evidence for a
 * `needs` rule is missing something; otherwise it is ok.
 */
export const WORKSHEET_KINDS = ['dear_man', 'give', 'fast', 'i_statement'] as const;
export type WorksheetKind = (typeof WORKSHEET_KINDS)[number];

/**
 * Cues computed in code rather than matched by a lexicon:
 * - `question_to_other`: an EPITOME exploration (a question or invitation about the other) that is
 *   not itself a request or offer;
 * - `validating_reflection`: an EPITOME interpretation (reflecting the other's experience);
 * - `repeated_apology`: two or more apologies across the scope.
 */
export const DERIVED_CUES = ['question_to_other', 'validating_reflection', 'repeated_apology'] as const;

export interface PartRule {
  /** Stable code of the outcome, e.g. "judgement", "no_feeling". */
  code: string;
  /** Cue kinds (style markers, worksheet cues, derived cues); any one found is evidence. */
  cues: readonly string[];
  /** What to do about it, in plain words. */
  hint: string;
}

export interface PartDefinition {
  /** The field name, e.g. "describe". */
  id: string;
  /** As the worksheet names it, e.g. "Describe". */
  label: string;
  /** What to write, shown above the field. */
  prompt: string;
  /** Words the finished sentence puts before the field (I-statement); read with the field, and not doubled when typed. */
  lead?: { text: string; typed: RegExp };
  /** Where the `avoid` rules look: this field, or every field of the worksheet (a quality of the whole script). */
  scope: 'field' | 'script';
  /** A how-to note that may stay empty; the part is then judged on the rest of the script. */
  optional?: boolean;
  /** Whether the field is a line of the assembled script. */
  inScript: boolean;
  avoid: readonly PartRule[];
  needs: readonly PartRule[];
  emptyHint: string;
  okHint: string;
}

export interface WorksheetDefinition {
  kind: WorksheetKind;
  title: string;
  /** What the worksheet is for, in a line. */
  purpose: string;
  parts: readonly PartDefinition[];
}

// Cue groups shared by several parts.
/** Judgements, blame and guessed motives: not facts a camera could record. */
const JUDGING = ['judgement_word', 'mind_reading', 'you_blame', 'absolute', 'insult', 'contempt', 'profanity', 'pseudo_feeling', 'judgement_as_feeling', 'sarcasm_cue', 'backhanded_compliment', 'veiled_dig', 'dismissive_resignation', 'guilt_trip', 'exaggeration'];
/** Attacks, threats and digs: what DBT's "Gentle" rules out. */
const ATTACKS = ['you_blame', 'insult', 'contempt', 'profanity', 'threat', 'command', 'shouting', 'sarcasm_cue', 'backhanded_compliment', 'veiled_dig', 'guilt_trip', 'dismissive_resignation', 'judgement_as_feeling', 'judgement_word', 'mind_reading'];
/** What makes a speaker sound unsure: hedges, over-apologies, take-backs, putting oneself down. */
const WEAKENERS = ['hedge', 'over_apology', 'repeated_apology', 'minimising', 'self_deprecation', 'retraction', 'permission_seeking'];
/** A clear ask or a clear no. */
const ASKS = ['specific_request', 'clear_no', 'need_statement'];

const attackRule = (hint: string): PartRule => ({ code: 'attack', cues: ATTACKS, hint });
const demandRule: PartRule = { code: 'demand', cues: ['command', 'threat'], hint: 'Ask rather than order or threaten: "Could you…?" keeps them willing.' };

const DEAR_MAN: WorksheetDefinition = {
  kind: 'dear_man',
  title: 'DEAR MAN',
  purpose: 'Getting what you want or saying no, effectively.',
  parts: [
    {
      id: 'describe',
      label: 'Describe',
      prompt: 'Describe the situation: only the facts, as a camera would record them.',
      scope: 'field',
      inScript: true,
      avoid: [{ code: 'judgement', cues: JUDGING, hint: 'Stick to what a camera would see: leave out judgement words and guesses about motives.' }],
      needs: [],
      emptyHint: 'Describe what happened, as plain facts: who did what, when.',
      okHint: 'Facts without judgement words.',
    },
    {
      id: 'express',
      label: 'Express',
      prompt: 'Express your feelings about it with an "I" statement.',
      scope: 'field',
      inScript: true,
      avoid: [
        { code: 'pseudo_feeling', cues: ['pseudo_feeling'], hint: 'That word says what they did to you; name your own feeling instead (hurt, worried, lonely, frustrated).' },
        { code: 'judgement_as_feeling', cues: ['judgement_as_feeling'], hint: '"I feel like you…" is a judgement; say "I feel" plus a feeling word.' },
        attackRule('Own the feeling without blaming: "I feel hurt" rather than "you hurt me".'),
      ],
      needs: [{ code: 'no_feeling', cues: ['feeling_word'], hint: 'Name a real feeling in an "I" statement: "I feel worried…", "I was hurt…".' }],
      emptyHint: 'Say how you feel about it: "I feel…".',
      okHint: 'A real feeling, owned.',
    },
    {
      id: 'assert',
      label: 'Assert',
      prompt: 'Assert yourself: ask for what you want, or say no, clearly.',
      scope: 'field',
      inScript: true,
      avoid: [
        demandRule,
        attackRule('Ask without blaming or attacking: it is easier to say yes to.'),
        { code: 'weakened', cues: [...WEAKENERS, 'deference'], hint: 'Say it plainly: hedges, apologies and take-backs make the request easy to miss.' },
      ],
      needs: [{ code: 'no_request', cues: ASKS, hint: 'Ask clearly ("Could you…?", "I\'d like you to…") or say no plainly ("No, I can\'t…").' }],
      emptyHint: 'Write your request or your no.',
      okHint: 'A clear request or no.',
    },
    {
      id: 'reinforce',
      label: 'Reinforce',
      prompt: 'Reinforce: say what is in it for them, or the good that will come of it.',
      scope: 'field',
      inScript: true,
      avoid: [
        { code: 'threat', cues: ['threat'], hint: 'Reinforce with a reward, not a threat: say what they or you both gain.' },
        attackRule('Keep it a reward: drop the blame or the dig.'),
      ],
      needs: [{ code: 'no_benefit', cues: ['reinforcer'], hint: 'Say what is in it for them: "That way…", "It would help…", "I\'d really appreciate it."' }],
      emptyHint: 'Say what they gain if they say yes.',
      okHint: 'What is in it for them.',
    },
    {
      id: 'mindful',
      label: 'Mindful',
      prompt: 'Stay mindful: the short line you will repeat if the talk drifts or turns to attacks (broken record).',
      scope: 'field',
      inScript: false,
      avoid: [
        { code: 'counter_attack', cues: ATTACKS, hint: 'Ignore attacks rather than answer them: calmly repeat your point.' },
        { code: 'weakened', cues: WEAKENERS, hint: 'Keep the line short and firm: no hedges or apologies.' },
      ],
      needs: [{ code: 'no_request', cues: ASKS, hint: 'Make the line your request or your no again, e.g. "I\'d still like you to call by six."' }],
      emptyHint: 'Write the one line you will repeat (broken record).',
      okHint: 'A firm line to come back to.',
    },
    {
      id: 'appear_confident',
      label: 'Appear confident',
      prompt: 'Appear confident: how you will come across (voice, posture, eye contact). Your whole script is checked for hedges and over-apologies.',
      scope: 'script',
      optional: true,
      inScript: false,
      avoid: [{ code: 'weakened', cues: [...WEAKENERS, 'deference', 'over_justification'], hint: 'Drop the hedges, over-apologies and long explanations: they make you sound unsure.' }],
      needs: [],
      emptyHint: 'Write your script first: its confidence is checked as a whole.',
      okHint: 'No hedges or over-apologies in your script.',
    },
    {
      id: 'negotiate',
      label: 'Negotiate',
      prompt: 'Negotiate: offer an alternative, or ask them for one.',
      scope: 'field',
      inScript: true,
      avoid: [demandRule, attackRule('Offer the alternative without a dig: it keeps the door open.')],
      needs: [{ code: 'no_alternative', cues: ['alternative_offer', 'negotiation'], hint: 'Offer or ask for an alternative: "How about…?", "What would work for you?"' }],
      emptyHint: 'Write what you could offer instead, or ask what would work for them.',
      okHint: 'An alternative on the table.',
    },
  ],
};

const GIVE: WorksheetDefinition = {
  kind: 'give',
  title: 'GIVE',
  purpose: 'Keeping the relationship while you ask.',
  parts: [
    {
      id: 'gentle',
      label: 'Gentle',
      prompt: 'Be gentle: how you will open. The whole script is checked for attacks, threats and judging.',
      scope: 'script',
      inScript: true,
      avoid: [{ code: 'attack', cues: [...ATTACKS, ...JUDGING, 'invalidation'], hint: 'No attacks, threats or judging: describe and ask instead.' }],
      needs: [],
      emptyHint: 'Write a gentle opening line.',
      okHint: 'No attacks, threats or judging.',
    },
    {
      id: 'interested',
      label: 'Interested',
      prompt: 'Act interested: ask about their side and listen.',
      scope: 'field',
      inScript: true,
      avoid: [{ code: 'dismissive', cues: ['contempt', 'dismissive_resignation', 'invalidation', 'sarcasm_cue'], hint: 'Let the question be open: drop the shrug or the dig.' }],
      needs: [{ code: 'no_interest', cues: ['interest', 'question_to_other'], hint: 'Show interest: ask about their side ("How has this week been for you?").' }],
      emptyHint: 'Write a question about their point of view.',
      okHint: 'Interest in their side.',
    },
    {
      id: 'validate',
      label: 'Validate',
      prompt: 'Validate: say what makes sense about their feelings or view.',
      scope: 'field',
      inScript: true,
      avoid: [
        { code: 'invalidation', cues: ['invalidation'], hint: 'That dismisses how they feel; say what makes sense about it instead.' },
        attackRule('Validation does not blame: leave the criticism out of this line.'),
      ],
      needs: [{ code: 'no_validation', cues: ['validation', 'acknowledgement', 'validating_reflection'], hint: 'Say what makes sense about their view: "I can see why you\'re tired."' }],
      emptyHint: 'Write what you understand about how they see it.',
      okHint: 'Their view acknowledged.',
    },
    {
      id: 'easy',
      label: 'Easy manner',
      prompt: 'Use an easy manner: a light touch, a smile, no pressure.',
      scope: 'field',
      inScript: true,
      avoid: [{ code: 'edge', cues: ['sarcasm_cue', 'contempt', 'guilt_trip', 'shouting', 'backhanded_compliment', 'veiled_dig', 'dismissive_resignation', 'command', 'threat'], hint: 'Keep it light: drop the sarcasm, guilt or pressure.' }],
      needs: [],
      emptyHint: 'Write how you will keep it light.',
      okHint: 'An easy manner.',
    },
  ],
};

const FAST: WorksheetDefinition = {
  kind: 'fast',
  title: 'FAST',
  purpose: 'Keeping your self-respect.',
  parts: [
    {
      id: 'fair',
      label: 'Fair',
      prompt: 'Be fair, to yourself and to them.',
      scope: 'field',
      inScript: true,
      avoid: [
        attackRule('Fair to them too: leave out the blame and the labels.'),
        { code: 'self_erasing', cues: ['deference', 'minimising', 'self_deprecation'], hint: 'Fair to yourself too: your needs count as much as theirs.' },
      ],
      needs: [
        { code: 'not_fair_to_self', cues: ['i_statement', 'need_statement', 'specific_request', 'clear_no', 'values', 'feeling_word'], hint: 'Be fair to yourself: say what you need or want.' },
        { code: 'not_fair_to_other', cues: ['acknowledgement', 'validation', 'validating_reflection', 'negotiation', 'alternative_offer', 'interest'], hint: 'Be fair to them: acknowledge their side or their needs.' },
      ],
      emptyHint: 'Write a line that is fair to both of you.',
      okHint: 'Fair to you both.',
    },
    {
      id: 'apologies',
      label: 'no Apologies',
      prompt: 'No excessive apologies: what you will not apologise for (asking, having a need, saying no). The whole script is checked.',
      scope: 'script',
      optional: true,
      inScript: false,
      avoid: [{ code: 'over_apology', cues: ['over_apology', 'repeated_apology'], hint: 'Apologise once at most, and only for something you did: not for asking, having a need or saying no.' }],
      needs: [],
      emptyHint: 'Write your script first: its apologies are counted as a whole.',
      okHint: 'No excessive apologies.',
    },
    {
      id: 'values',
      label: 'Stick to values',
      prompt: 'Stick to your values: name the value you are standing by.',
      scope: 'field',
      inScript: true,
      avoid: [{ code: 'giving_in', cues: ['deference', 'retraction'], hint: 'Do not trade away what matters to you to be liked: keep your position.' }],
      needs: [{ code: 'no_value', cues: ['values', 'need_statement'], hint: 'Name the value: "Honesty matters to me", "I want to be someone who keeps promises."' }],
      emptyHint: 'Write the value you are standing by.',
      okHint: 'A value you stand by.',
    },
    {
      id: 'truthful',
      label: 'Truthful',
      prompt: 'Be truthful: no exaggeration, excuses or acting helpless. The whole script is checked for exaggeration; only you can check the rest.',
      scope: 'script',
      inScript: true,
      avoid: [
        { code: 'exaggeration', cues: ['exaggeration', 'absolute'], hint: 'Say what happened without exaggerating: "twice this week", not "always".' },
        { code: 'helpless', cues: ['self_deprecation'], hint: 'Do not act helpless: say what you can and cannot do.' },
        { code: 'excuses', cues: ['over_justification'], hint: 'Give your real reason once; no padding with excuses.' },
      ],
      needs: [],
      emptyHint: 'Write the honest reason, in your own words.',
      okHint: 'No exaggeration or excuses found (only you know if it is true).',
    },
  ],
};

const I_STATEMENT: WorksheetDefinition = {
  kind: 'i_statement',
  title: '"I" statement',
  purpose: 'I feel ___ when ___ because ___, and I\'d like ___.',
  parts: [
    {
      id: 'feeling',
      label: 'I feel…',
      prompt: 'The feeling: one or two words (hurt, worried, frustrated).',
      lead: { text: 'I feel ', typed: /^\s*I\s+(?:feel|felt)\s+/i },
      scope: 'field',
      inScript: true,
      avoid: [
        { code: 'pseudo_feeling', cues: ['pseudo_feeling'], hint: 'That word says what they did to you; name your own feeling instead (hurt, worried, lonely).' },
        { code: 'judgement_as_feeling', cues: ['judgement_as_feeling'], hint: '"I feel like you…" is a judgement; use a feeling word.' },
      ],
      needs: [{ code: 'no_feeling', cues: ['feeling_word'], hint: 'Use a word for a feeling: hurt, worried, sad, frustrated, lonely.' }],
      emptyHint: 'Name the feeling.',
      okHint: 'A real feeling.',
    },
    {
      id: 'when',
      label: 'when…',
      prompt: 'When: the specific behaviour, as plain fact.',
      lead: { text: 'when ', typed: /^\s*when\s+/i },
      scope: 'field',
      inScript: true,
      avoid: [{ code: 'judgement', cues: [...new Set([...JUDGING, ...ATTACKS])], hint: 'Name the behaviour a camera would see, not a judgement of the person.' }],
      needs: [],
      emptyHint: 'Say what happened, as a fact.',
      okHint: 'A behaviour, not a judgement.',
    },
    {
      id: 'because',
      label: 'because…',
      prompt: 'Because: why it matters to you.',
      lead: { text: 'because ', typed: /^\s*because\s+/i },
      scope: 'field',
      inScript: true,
      avoid: [{ code: 'blame', cues: [...new Set([...JUDGING, ...ATTACKS])], hint: 'Say why it matters to you, not what is wrong with them.' }],
      needs: [],
      emptyHint: 'Say why it matters to you.',
      okHint: 'Why it matters to you.',
    },
    {
      id: 'like',
      label: 'and I\'d like…',
      prompt: 'And I\'d like: the specific thing you are asking for.',
      lead: { text: 'I\'d like ', typed: /^\s*(?:and\s+)?I(?:['’]d|\s+would)\s+like\s+/i },
      scope: 'field',
      inScript: true,
      avoid: [
        demandRule,
        { code: 'vague', cues: ['vague_request'], hint: 'Ask for an action they can do, not an attitude: "you to text me by six".' },
        attackRule('Ask without the dig: it is easier to say yes to.'),
        { code: 'weakened', cues: ['hedge', 'retraction', 'over_apology'], hint: 'Ask plainly: no hedges or take-backs.' },
      ],
      needs: [],
      emptyHint: 'Say what you would like them to do.',
      okHint: 'A specific request.',
    },
  ],
};

export const WORKSHEETS: Readonly<Record<WorksheetKind, WorksheetDefinition>> = { dear_man: DEAR_MAN, give: GIVE, fast: FAST, i_statement: I_STATEMENT };
