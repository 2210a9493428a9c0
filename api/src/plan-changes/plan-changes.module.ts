import { Global, Module } from '@nestjs/common';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { PlanChanges } from './plan-changes';

/** Global so that every plan resource can report its changes without importing the forecasts. */
@Global()
@Module({ imports: [ForecastsModule], providers: [PlanChanges], exports: [PlanChanges] })
export class PlanChangesModule {}
