import { Module } from '@nestjs/common';
import { TaskDependenciesController, TasksController } from './tasks.controller';
import { TaskDependenciesService, TasksService } from './tasks.service';

@Module({
  controllers: [TasksController, TaskDependenciesController],
  providers: [TasksService, TaskDependenciesService],
  exports: [TasksService],
})
export class TasksModule {}
