import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DataVersion } from './data-version';
import { ResponseCache } from './response-cache';
import { ResponseCachePlugin } from './response-cache.plugin';

/** The response cache of repeated queries (RESPONSE_CACHE_ENTRIES = 0 turns it off). */
@Module({})
export class ResponseCacheModule {
  static forRoot(options: { entries: number; ttlSeconds: number }): DynamicModule {
    return {
      module: ResponseCacheModule,
      imports: [AuthModule],
      providers: [
        {
          provide: ResponseCache,
          useValue: new ResponseCache(options.entries, options.ttlSeconds * 1000),
        },
        DataVersion,
        ResponseCachePlugin,
      ],
    };
  }
}
