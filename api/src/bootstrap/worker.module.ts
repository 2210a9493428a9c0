import { DynamicModule, Module } from '@nestjs/common';
import { AdviceRunsModule } from '../advice-runs/advice-runs.module';
import { AuthModule } from '../auth/auth.module';
import { AppConfig } from '../config/app-config';
import { CouncilReportsModule } from '../council-reports/council-reports.module';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { AdviceRunProcessor } from '../jobs/advice-run.processor';
import { CouncilReportProcessor } from '../jobs/council-report.processor';
import { ForecastChunkProcessor } from '../jobs/forecast-chunk.processor';
import { ForecastRunProcessor } from '../jobs/forecast-run.processor';
import { ForecastWatchdog } from '../jobs/forecast-watchdog';
import { JobsModule } from '../jobs/jobs.module';
import { LevellingRunProcessor } from '../jobs/levelling-run.processor';
import { MaintenanceProcessor } from '../jobs/maintenance.processor';
import { LevellingRunsModule } from '../levelling-runs/levelling-runs.module';
import { CoreModule } from './core.module';

/** The worker: the same modules as the API, plus the queue processors, without HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config, 'worker'),
        AuthModule,
        JobsModule,
        ForecastsModule,
        CouncilReportsModule,
        LevellingRunsModule,
        AdviceRunsModule,
      ],
      providers: [
        MaintenanceProcessor,
        ForecastRunProcessor,
        ForecastChunkProcessor,
        ForecastWatchdog,
        CouncilReportProcessor,
        LevellingRunProcessor,
        AdviceRunProcessor,
      ],
    };
  }
}
