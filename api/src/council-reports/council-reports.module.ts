import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { CouncilReportsController } from './council-reports.controller';
import { CouncilReportsService } from './council-reports.service';

@Module({
  imports: [JobsModule],
  controllers: [CouncilReportsController],
  providers: [CouncilReportsService],
  exports: [CouncilReportsService],
})
export class CouncilReportsModule {}
