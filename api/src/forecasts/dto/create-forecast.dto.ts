import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FORECAST_GRANULARITIES,
  type CreateForecastRequest,
  type ForecastGranularity,
} from '@wijkkracht/contracts';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export const MAX_SIMULATIONS = 5000;

export class CreateForecastDto implements CreateForecastRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A scenario of the organisation: its overrides are applied to the plan of record for this forecast.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  scenarioId?: string;

  @ApiProperty({
    minimum: 1,
    maximum: MAX_SIMULATIONS,
    example: 500,
    description: 'Number of Monte Carlo simulations.',
  })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_SIMULATIONS, { message: `must be at most ${MAX_SIMULATIONS}` })
  simulations: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 2147483647,
    default: 1,
    description: 'Same input and seed give the same result.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  @Max(2147483647, { message: 'must be at most 2147483647' })
  seed?: number;

  @ApiPropertyOptional({
    example: '2050-12-31',
    description: 'Last day of the horizon (YYYY-MM-DD); default 2050-12-31.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a valid date' })
  horizon?: string;

  @ApiPropertyOptional({
    enum: FORECAST_GRANULARITIES,
    default: 'month',
    description: 'Finest period of the heat map.',
  })
  @IsOptional()
  @IsIn(FORECAST_GRANULARITIES, { message: `must be one of ${FORECAST_GRANULARITIES.join(', ')}` })
  granularity?: ForecastGranularity;
}
