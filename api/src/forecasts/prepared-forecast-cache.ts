import { Injectable } from '@nestjs/common';
import { prepareForecast, type PreparedForecast } from '@wijkkracht/planning';
import { storedGranularities } from './forecast-parameters';
import { ForecastStore, RunState } from './forecast-store';

/** Runs whose compiled input a worker keeps; chunks of the run and its merge reuse it. */
const KEEP = 2;

/**
 * The compiled engine input of recent runs in this worker process: compiling a large programme
 * takes most of a second, so every chunk and the merge on this worker share one.
 */
@Injectable()
export class PreparedForecastCache {
  private readonly prepared = new Map<string, Promise<PreparedForecast>>();

  constructor(private readonly store: ForecastStore) {}

  get(run: Pick<RunState, 'id' | 'granularity'>): Promise<PreparedForecast> {
    let prepared = this.prepared.get(run.id);
    if (!prepared) {
      prepared = this.store
        .input(run.id)
        .then((programme) =>
          prepareForecast({ programme, options: { granularities: storedGranularities(run.granularity) } }),
        );
      prepared.catch(() => this.prepared.delete(run.id));
      this.prepared.set(run.id, prepared);
      while (this.prepared.size > KEEP) this.prepared.delete(this.prepared.keys().next().value!);
    }
    return prepared;
  }
}
