import { classifyPhase, RUN_PHASE_TEXTS, simulatingPhase } from './run-phases';

describe('classifyPhase', () => {
  it('reads back every phase the API writes', () => {
    for (const [phase, text] of Object.entries(RUN_PHASE_TEXTS))
      expect(classifyPhase(text)).toEqual({ phase, done: '', total: '' });
    expect(classifyPhase(simulatingPhase(250, 1000))).toEqual({
      phase: 'simulating',
      done: '250',
      total: '1000',
    });
  });

  it('leaves a text of its own unread', () => {
    expect(classifyPhase('Zoeken: 4 doorrekeningen, 1,2 fte extra')).toBeNull();
    expect(classifyPhase('')).toBeNull();
  });
});
