import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import { redactTranscriptWithSpeakers } from '../redact/redactTranscript.js';
import type { Transcript } from './reviewTypes.js';
import { reviewTranscripts } from './reviewTranscripts.js';

const resources = loadResourcesOrThrow();
const analyzer = createAnalyzer(resources);
const session: Transcript = {
  id: 'lee-and-sam.txt',
  format: 'text',
  statedRoles: {},
  warnings: [],
  turns: [
    { speaker: 'Dr Lee', text: 'Hi Sam. What would you like to talk about today?', line: 1 },
    { speaker: 'Sam', text: 'My sister Maria keeps calling me at work.', line: 2 },
    { speaker: 'Dr Lee', text: 'It sounds like that leaves you feeling cornered.', line: 3 },
    { speaker: 'Sam', text: 'Yes. I do not know what to say to her.', line: 4 },
  ],
};

describe('reviewTranscripts', () => {
  it('reviews as given without a redactor', () => {
    const [r] = reviewTranscripts([session], analyzer, resources, { therapist: ['Sam'] });
    expect(r.redacted).toBe(false);
    expect(r.roles).toMatchObject({ source: 'flags', roles: { Sam: 'therapist', 'Dr Lee': 'client' } });
  });

  it('redacts before analysis, and the names the user gave still find their speakers', () => {
    const [r] = reviewTranscripts([session], analyzer, resources, { therapist: ['dr lee'] }, redactTranscriptWithSpeakers);
    expect(r.redacted).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/Lee|Sam|Maria/);
    expect(r.roles.source).toBe('flags');
    const therapist = Object.entries(r.roles.roles).find(([, role]) => role === 'therapist')?.[0];
    expect(r.turns[0].speaker).toBe(therapist);
  });
});
