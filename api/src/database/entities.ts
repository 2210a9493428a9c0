import { AdviceRun } from '../advice-runs/advice-run.entity';
import { Assignment } from '../assignments/assignment.entity';
import { AccessToken } from '../auth/access-token.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Baseline } from '../baselines/baseline.entity';
import { CalendarFeed } from '../calendar-feeds/calendar-feed.entity';
import { CouncilReport } from '../council-reports/council-report.entity';
import { Discipline } from '../disciplines/discipline.entity';
import { ForecastRun } from '../forecasts/forecast-run.entity';
import { LevellingRun } from '../levelling-runs/levelling-run.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ProjectPlanImport } from '../project-plans/project-plan-import.entity';
import { Scenario } from '../scenarios/scenario.entity';
import { OrganisationSsoConfig } from '../sso/organisation-sso-config.entity';
import { SsoIdentity } from '../sso/sso-identity.entity';
import { LeavePeriod } from '../staff/leave-period.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { TaskDependency } from '../tasks/task-dependency.entity';
import { Task } from '../tasks/task.entity';
import { Team } from '../teams/team.entity';
import { ProcessTemplate } from '../templates/process-template.entity';
import { User } from '../users/user.entity';
import { Wijk } from '../wijken/wijk.entity';

/** Every mapped entity, listed once for the data source and the TypeORM module. */
export const ENTITIES = [
  Organisation,
  User,
  AccessToken,
  Discipline,
  Team,
  StaffMember,
  LeavePeriod,
  Wijk,
  ProcessTemplate,
  Task,
  TaskDependency,
  Milestone,
  AuditEvent,
  ForecastRun,
  Assignment,
  Scenario,
  Baseline,
  ProjectPlanImport,
  CalendarFeed,
  CouncilReport,
  LevellingRun,
  AdviceRun,
  OrganisationSsoConfig,
  SsoIdentity,
];
