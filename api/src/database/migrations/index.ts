import { InitialSchema1764028800000 } from './1764028800000-initial-schema';
import { Assignments1764064800000 } from './1764064800000-assignments';
import { ScenariosAndBaselines1764068400000 } from './1764068400000-scenarios-and-baselines';
import { ListIndexes1764072000000 } from './1764072000000-list-indexes';
import { ForecastRuns1764061200000 } from './1764061200000-forecast-runs';
import { PlanImportsAndCalendarFeeds1764079200000 } from './1764079200000-plan-imports-and-calendar-feeds';
import { CouncilReports1764082800000 } from './1764082800000-council-reports';
import { SingleSignOn1764094200000 } from './1764094200000-single-sign-on';
import { LevellingAndAdviceRuns1764097800000 } from './1764097800000-levelling-and-advice-runs';
import { ApiTokens1764090300000 } from './1764090300000-api-tokens';
import { AuditLog1764090600000 } from './1764090600000-audit-log';
import { ForecastChunkStorage1764101400000 } from './1764101400000-forecast-chunk-storage';
import { OrganisationDataVersions1764108000000 } from './1764108000000-organisation-data-versions';

/** In order of their timestamps; listed explicitly so the built app needs no file globbing. */
export const MIGRATIONS = [InitialSchema1764028800000, ForecastRuns1764061200000, Assignments1764064800000, ScenariosAndBaselines1764068400000, ListIndexes1764072000000, PlanImportsAndCalendarFeeds1764079200000, CouncilReports1764082800000, ApiTokens1764090300000, AuditLog1764090600000, SingleSignOn1764094200000, LevellingAndAdviceRuns1764097800000, ForecastChunkStorage1764101400000, OrganisationDataVersions1764108000000];
