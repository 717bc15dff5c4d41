import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsController } from './settings.controller';
import { SettingsService } from './settings.service';
import { SettingsRepository } from './settings.repository';
import { FeatureFlagRepository } from './feature-flag.repository';
import { Setting } from './setting.entity';
import { FeatureFlag } from './feature-flag.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Setting, FeatureFlag])],
  controllers: [SettingsController],
  providers: [
    SettingsService,
    /* [...] */
  ],
  exports: [SettingsService, SettingsRepository],
})
export class SettingsModule {}
