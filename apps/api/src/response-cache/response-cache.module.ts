import { type DynamicModule, Module } from '@nestjs/common';
import { DataVersion } from './data-version';
import { ResponseCache } from './response-cache';
import { ResponseCachePlugin } from './response-cache.plugin';

/**
 * The response cache of repeated queries (RESPONSE_CACHE_ENTRIES = 0 turns it off). AuthService
 * comes from the global AuthModule.
 */
@Module({})
export class ResponseCacheModule {
  static forRoot(options: { entries: number; ttlSeconds: number }): DynamicModule {
    return {
      module: ResponseCacheModule,
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
