import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ApiTokenThrottle } from './api-token-throttle';
import { ApiTokensController } from './api-tokens.controller';
import { ApiTokensService } from './api-tokens.service';

@Module({ imports: [AuthModule], controllers: [ApiTokensController], providers: [ApiTokensService, ApiTokenThrottle] })
export class ApiTokensModule {}
