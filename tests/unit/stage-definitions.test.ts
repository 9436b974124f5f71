import { describe, test, expect } from 'vitest';
import { STAGES, STAGE_DEFINITIONS, classificationNote } from '../../lib/domain';

describe('stage definitions', () => {
  test('every stage has a one-line definition in the tracker words', () => {
    for (const s of STAGES) expect(STAGE_DEFINITIONS[s].length).toBeGreaterThan(10);
    expect(STAGE_DEFINITIONS.allocated).toBe('earmarked for a specific item or project');
  });

  test('a classification reads as one sentence', () => {
    expect(classificationNote('committed')).toBe('Classified as committed: a binding decision to give');
  });
});
