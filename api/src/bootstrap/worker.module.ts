import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AppConfig } from '../config/app-config';
import { CouncilReportsModule } from '../council-reports/council-reports.module';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { CouncilReportProcessor } from '../jobs/council-report.processor';
import { ForecastChunkProcessor } from '../jobs/forecast-chunk.processor';
import { ForecastRunProcessor } from '../jobs/forecast-run.processor';
import { ForecastWatchdog } from '../jobs/forecast-watchdog';
import { JobsModule } from '../jobs/jobs.module';
import { MaintenanceProcessor } from '../jobs/maintenance.processor';
import { CoreModule } from './core.module';

/** The worker: the same modules as the API, plus the queue processors, without HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, 'worker'), AuthModule, JobsModule, ForecastsModule, CouncilReportsModule],
      providers: [MaintenanceProcessor, ForecastRunProcessor, ForecastChunkProcessor, ForecastWatchdog, CouncilReportProcessor],
    };
  }
}
