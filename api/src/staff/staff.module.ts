import { Module } from '@nestjs/common';
import { LeavePeriodsController, StaffMembersController } from './staff-members.controller';
import { LeavePeriodsService, StaffMembersService } from './staff-members.service';

@Module({
  controllers: [StaffMembersController, LeavePeriodsController],
  providers: [StaffMembersService, LeavePeriodsService],
  exports: [StaffMembersService],
})
export class StaffModule {}
