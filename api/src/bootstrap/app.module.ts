import { DynamicModule, Module } from '@nestjs/common';
import { AdviceRunsModule } from '../advice-runs/advice-runs.module';
import { ApiTokensModule } from '../api-tokens/api-tokens.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { AuditLogModule } from '../audit/audit-log.module';
import { AuthModule } from '../auth/auth.module';
import { CalendarFeedsModule } from '../calendar-feeds/calendar-feeds.module';
import { CouncilReportsModule } from '../council-reports/council-reports.module';
import { BaselinesModule } from '../baselines/baselines.module';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { DisciplinesModule } from '../disciplines/disciplines.module';
import { StaffModule } from '../staff/staff.module';
import { TasksModule } from '../tasks/tasks.module';
import { TeamsModule } from '../teams/teams.module';
import { ProcessTemplatesModule } from '../templates/process-templates.module';
import { WijkenModule } from '../wijken/wijken.module';
import { AppConfig } from '../config/app-config';
import { ExportsModule } from '../exports/exports.module';
import { ForecastsModule } from '../forecasts/forecasts.module';
import { HealthModule } from '../health/health.module';
import { ImportsModule } from '../imports/imports.module';
import { JobsModule } from '../jobs/jobs.module';
import { LevellingRunsModule } from '../levelling-runs/levelling-runs.module';
import { MetricsModule } from '../metrics/metrics.module';
import { MilestonesModule } from '../milestones/milestones.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlanChangesModule } from '../plan-changes/plan-changes.module';
import { ProjectPlansModule } from '../project-plans/project-plans.module';
import { SsoModule } from '../sso/sso.module';
import { QueuesModule } from '../queues/queues.module';
import { UsersModule } from '../users/users.module';
import { ReadCacheModule } from '../common/read-cache/read-cache.module';
import { CoreModule } from './core.module';

/** The API's features, one a line. */
const FEATURES = [
  ReadCacheModule,
  AuthModule,
  ApiTokensModule,
  HealthModule,
  JobsModule,
  DisciplinesModule,
  TeamsModule,
  StaffModule,
  ProcessTemplatesModule,
  WijkenModule,
  TasksModule,
  MilestonesModule,
  AssignmentsModule,
  OrganisationsModule,
  UsersModule,
  AuditLogModule,
  ScenariosModule,
  BaselinesModule,
  ForecastsModule,
  PlanChangesModule,
  MetricsModule,
  ImportsModule,
  ProjectPlansModule,
  ExportsModule,
  CalendarFeedsModule,
  CouncilReportsModule,
  LevellingRunsModule,
  AdviceRunsModule,
  QueuesModule,
  SsoModule,
];

/** The HTTP API. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [CoreModule.forRoot(config, 'api'), ...FEATURES] };
  }
}
