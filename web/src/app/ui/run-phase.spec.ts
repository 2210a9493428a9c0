import { RUN_PHASE_TEXTS, simulatingPhase } from '@wijkkracht/contracts';
import { runPhaseMessage } from './run-phase';

describe('runPhaseMessage', () => {
  it('turns the API’s phases into translation keys with their counts', () => {
    expect(runPhaseMessage(simulatingPhase(250, 1000))).toEqual({
      key: 'runPhases.simulating',
      params: { done: '250', total: '1000' },
    });
    expect(runPhaseMessage(RUN_PHASE_TEXTS.merging)).toEqual({
      key: 'runPhases.merging',
      params: { done: '', total: '' },
    });
  });

  it('shows a phase of its own as it came', () => {
    expect(runPhaseMessage('Zoeken: 4 doorrekeningen')).toEqual({ text: 'Zoeken: 4 doorrekeningen' });
  });
});
