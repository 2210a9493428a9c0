import { Module } from '@nestjs/common';
import { ProjectPlansController } from './project-plans.controller';
import { ProjectPlansService } from './project-plans.service';

@Module({ controllers: [ProjectPlansController], providers: [ProjectPlansService] })
export class ProjectPlansModule {}
