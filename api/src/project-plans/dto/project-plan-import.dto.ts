import { ApiProperty } from '@nestjs/swagger';

export class ProjectPlanImportResultDto {
  @ApiProperty({ format: 'uuid' })
  importId: string;

  @ApiProperty({ description: 'Work tasks added to the wijk’s plan.' })
  tasks: number;

  @ApiProperty({
    description: 'Summary tasks: they structure the plan (phases) and are kept for the export.',
  })
  summaries: number;

  @ApiProperty({ description: 'Finish-to-start links added to the plan.' })
  dependencies: number;

  @ApiProperty()
  milestones: number;

  @ApiProperty({ description: 'Assignments of resources that match a staff member by name.' })
  assignments: number;

  @ApiProperty({
    type: [String],
    description: 'What the weekly plan could not take over (in Dutch); kept for the export.',
  })
  warnings: string[];
}

export const PROJECT_PLAN_UPLOAD_BODY = {
  schema: {
    type: 'object' as const,
    required: ['file'],
    properties: {
      file: {
        type: 'string' as const,
        format: 'binary',
        description: 'Microsoft Project XML (MSPDI), at most 5 MB.',
      },
      disciplineId: {
        type: 'string' as const,
        format: 'uuid',
        description: 'Discipline of tasks whose resources match none (default: projectleider).',
      },
    },
  },
};
