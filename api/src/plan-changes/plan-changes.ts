import { Injectable, Logger } from '@nestjs/common';
import { ReforecastScheduler } from '../forecasts/reforecast-scheduler';

/**
 * Tells the forecasts that an organisation's plan of record changed, after the change committed:
 * a debounced re-forecast follows a burst of edits. A queue that cannot be reached must not fail an
 * edit that already succeeded, so this never throws; the nightly re-forecast catches up.
 */
@Injectable()
export class PlanChanges {
  private readonly logger = new Logger(PlanChanges.name);

  constructor(private readonly reforecast: ReforecastScheduler) {}

  changed(organisationId: string): void {
    this.reforecast.afterPlanChange(organisationId).catch((error: Error) =>
      this.logger.warn({ organisationId, err: error.message }, 're-forecast after a plan change not scheduled'),
    );
  }
}
