import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@kanalindsigt/warehouse/migrations';

/**
 * Liveness (the process answers) and readiness (the warehouse answers and has every migration this
 * build knows) for orchestrators. Both are public, like /metrics: they say nothing about data.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok' }> {
    let applied: { name: string }[];
    try {
      applied = await this.dataSource.query('SELECT name FROM typeorm_migrations');
    } catch {
      throw new ServiceUnavailableException('the warehouse database does not answer');
    }
    const names = new Set(applied.map((row) => row.name));
    const pending = MIGRATIONS.map((migration) => migration.name).filter(
      (name) => !names.has(name),
    );
    if (pending.length > 0)
      throw new ServiceUnavailableException(`migrations not applied: ${pending.join(', ')}`);
    return { status: 'ok' };
  }
}
