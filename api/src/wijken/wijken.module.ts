import { Module } from '@nestjs/common';
import { WijkenController } from './wijken.controller';
import { WijkenService } from './wijken.service';

@Module({ controllers: [WijkenController], providers: [WijkenService], exports: [WijkenService] })
export class WijkenModule {}
