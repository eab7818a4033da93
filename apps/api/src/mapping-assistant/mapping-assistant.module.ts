import { Module } from '@nestjs/common';
import { MappingAssistantRepository } from './mapping-assistant.repository';
import { MappingAssistantResolver } from './mapping-assistant.resolver';
import { MappingAssistantService } from './mapping-assistant.service';

@Module({
  providers: [MappingAssistantResolver, MappingAssistantService, MappingAssistantRepository],
})
export class MappingAssistantModule {}
