import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditRepository } from './audit.repository';

@Module({ providers: [AuditLog, AuditRepository], exports: [AuditLog] })
export class AuditModule {}
