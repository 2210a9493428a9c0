import { ApiProperty } from '@nestjs/swagger';

export class ImportRowErrorDto {
  @ApiProperty({ example: 3, description: 'Row number as the spreadsheet shows it (the header is row 1).' })
  row: number;

  @ApiProperty({ type: String, nullable: true, example: 'Contracturen' })
  column: string | null;

  @ApiProperty({ example: 'moet tussen 0,5 en 60 liggen, niet 80' })
  message: string;
}

export class ImportPreviewItemDto {
  @ApiProperty({ example: 2 })
  row: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The fields the row would create.',
  })
  values: Record<string, unknown>;
}

export class ImportPreviewDto {
  @ApiProperty({ enum: ['staff-members', 'wijken'] })
  kind: string;

  @ApiProperty({ description: 'Data rows read (blank rows left out).' })
  rows: number;

  @ApiProperty()
  validRows: number;

  @ApiProperty({ type: [ImportRowErrorDto] })
  errors: ImportRowErrorDto[];

  @ApiProperty({ type: [ImportPreviewItemDto] })
  items: ImportPreviewItemDto[];
}

export class ImportCommitDto {
  @ApiProperty({ example: 12 })
  created: number;

  @ApiProperty({ type: [String], format: 'uuid' })
  ids: string[];
}

/** The multipart body of every file upload. */
export const FILE_UPLOAD_BODY = {
  schema: {
    type: 'object' as const,
    required: ['file'],
    properties: {
      file: { type: 'string' as const, format: 'binary', description: 'The file (at most 5 MB).' },
    },
  },
};
