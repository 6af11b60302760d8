/** The practice engine: scenarios as data, sessions as pure functions of a seed and the replies. */
export { buildFeedback, describeReply } from './buildFeedback.js';
export { chooseLine } from './chooseLine.js';
export { markerKindsOf } from './markerKinds.js';
export { matchCondition, type ConditionContext } from './matchCondition.js';
export type * from './practiceTypes.js';
export * from './scenario.js';
export { learnerSpeaker, otherSpeaker, sessionTranscript } from './sessionTranscript.js';
export { SKILL_INFO, SKILLS, type Skill, type SkillInfo } from './skills.js';
export { startSession } from './startSession.js';
export { suggestNextScenario, type ScenarioInfo } from './suggestNextScenario.js';
export { closingSummary, summarizeSession } from './summarizeSession.js';
export { takeTurn, turnOptionsFor, type TurnOptions, type TurnResult } from './takeTurn.js';
