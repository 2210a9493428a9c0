import { Module } from '@nestjs/common';
import { MilestonesController } from './milestones.controller';
import { MilestonesService } from './milestones.service';

@Module({ controllers: [MilestonesController], providers: [MilestonesService] })
export class MilestonesModule {}
