import { describe, expect, it } from 'vitest';
import type { SkillRecord } from './practiceTypes.js';
import { suggestNextScenario, type ScenarioInfo } from './suggestNextScenario.js';

const info = (id: string, level: number, skills: ScenarioInfo['skills'], role: ScenarioInfo['role'] = 'person'): ScenarioInfo => ({ id, title: id, role, level, skills });
const catalog = [
  info('no-1', 1, ['say_no', 'offer_alternative']),
  info('ask-1', 1, ['specific_request']),
  info('no-2', 2, ['say_no', 'broken_record']),
  info('raise-2', 2, ['specific_request', 'i_statement']),
  info('no-3', 3, ['say_no', 'fast']),
  info('boundary-2', 2, ['hold_boundary', 'say_no'], 'therapist'),
];
const rec = (skill: SkillRecord['skill'], shown: number, missed: number, status: SkillRecord['status']): SkillRecord => ({ skill, label: skill, shown, missed, status });
const success = { id: 'done', outcome: 'success' as const, message: '' };
const failure = { id: 'lost', outcome: 'failure' as const, message: '' };

describe('suggestNextScenario', () => {
  it('advances one level, to the same role and the closest skills, when everything was reliable', () => {
    const next = suggestNextScenario(catalog[0], success, [rec('say_no', 3, 0, 'reliable'), rec('offer_alternative', 2, 1, 'reliable')], catalog);
    expect(next).toMatchObject({ action: 'advance', scenarioId: 'no-2', level: 2, focus: ['broken_record'] });
  });

  it('repeats when a skill is still emerging, even after a success', () => {
    const next = suggestNextScenario(catalog[0], success, [rec('say_no', 3, 0, 'reliable'), rec('offer_alternative', 1, 0, 'emerging')], catalog);
    expect(next).toMatchObject({ action: 'repeat', scenarioId: 'no-1', focus: ['offer_alternative'] });
  });

  it('steps back to an easier scenario training the missed skill after a failure', () => {
    const next = suggestNextScenario(catalog[3], failure, [rec('specific_request', 0, 2, 'missed'), rec('i_statement', 0, 0, 'missed')], catalog);
    expect(next).toMatchObject({ action: 'step_back', scenarioId: 'ask-1', level: 1, focus: ['specific_request'] });
  });

  it('repeats at the bottom of the ladder rather than stepping off it', () => {
    const next = suggestNextScenario(catalog[1], failure, [rec('specific_request', 0, 2, 'missed')], catalog);
    expect(next).toMatchObject({ action: 'repeat', scenarioId: 'ask-1' });
  });

  it('offers a peer at the top of the ladder, or nothing', () => {
    expect(suggestNextScenario(catalog[4], success, [rec('say_no', 2, 0, 'reliable'), rec('fast', 2, 0, 'reliable')], catalog)).toMatchObject({ action: 'advance', scenarioId: null });
  });
});
