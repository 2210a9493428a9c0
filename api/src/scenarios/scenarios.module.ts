import { Module } from '@nestjs/common';
import { StaffModule } from '../staff/staff.module';
import { WijkenModule } from '../wijken/wijken.module';
import { ScenariosController } from './scenarios.controller';
import { ScenariosService } from './scenarios.service';

@Module({ imports: [WijkenModule, StaffModule], controllers: [ScenariosController], providers: [ScenariosService], exports: [ScenariosService] })
export class ScenariosModule {}
