import { Module } from '@nestjs/common';
import { StaffModule } from '../staff/staff.module';
import { WijkenModule } from '../wijken/wijken.module';
import { SpreadsheetImportsController } from './spreadsheet-imports.controller';
import { SpreadsheetImportsService } from './spreadsheet-imports.service';

@Module({
  imports: [StaffModule, WijkenModule],
  controllers: [SpreadsheetImportsController],
  providers: [SpreadsheetImportsService],
})
export class ImportsModule {}
