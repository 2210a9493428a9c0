import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  FORECAST_MEASURES,
  FORECAST_PERCENTILE_KEYS,
  type ForecastMeasure,
  type ForecastPercentileKey,
} from '@wijkkracht/contracts';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

export const HEAT_MAP_GRANULARITIES = ['week', 'month', 'quarter', 'year'] as const;
export type HeatMapGranularity = (typeof HEAT_MAP_GRANULARITIES)[number];

export class HeatMapQuery {
  @ApiPropertyOptional({ enum: HEAT_MAP_GRANULARITIES, default: 'month' })
  @IsOptional()
  @IsIn(HEAT_MAP_GRANULARITIES, { message: `must be one of ${HEAT_MAP_GRANULARITIES.join(', ')}` })
  granularity?: HeatMapGranularity;

  @ApiPropertyOptional({ enum: FORECAST_MEASURES, default: 'shortfall' })
  @IsOptional()
  @IsIn(FORECAST_MEASURES, { message: `must be one of ${FORECAST_MEASURES.join(', ')}` })
  measure?: ForecastMeasure;

  @ApiPropertyOptional({ enum: FORECAST_PERCENTILE_KEYS, default: 'p80' })
  @IsOptional()
  @IsIn(FORECAST_PERCENTILE_KEYS, { message: `must be one of ${FORECAST_PERCENTILE_KEYS.join(', ')}` })
  percentile?: ForecastPercentileKey;

  @ApiPropertyOptional({
    description: 'First period label, e.g. 2027-01 (month), 2027-Q1, 2027-W05 or 2027.',
    example: '2027-01',
  })
  @IsOptional()
  @Matches(/^\d{4}(-(\d{2}|Q[1-4]|W\d{2}))?$/, {
    message: 'must be a period label like 2027-01, 2027-Q1, 2027-W05 or 2027',
  })
  from?: string;

  @ApiPropertyOptional({ description: 'Last period label (inclusive).', example: '2028-12' })
  @IsOptional()
  @Matches(/^\d{4}(-(\d{2}|Q[1-4]|W\d{2}))?$/, {
    message: 'must be a period label like 2027-01, 2027-Q1, 2027-W05 or 2027',
  })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this discipline.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  disciplineId?: string;
}
