import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle, type LoginThrottleSettings } from './login-throttle';
import { MunicipalityScopeInterceptor } from './municipality-scope.interceptor';
import { SessionTokens, sessionSecret } from './session-token';

/** Sign-in (with per-username lockout), sessions, and the global guard and scope every other feature gets without asking. */
@Module({})
export class AuthModule {
  static forRoot(loginThrottle: LoginThrottleSettings): DynamicModule {
    return {
      module: AuthModule,
      // Global: the response cache needs AuthService, and there is only ever one configuration.
      global: true,
      providers: [
        { provide: LoginThrottle, useValue: new LoginThrottle(loginThrottle) },
        AuthRepository,
        AuthResolver,
        AuthService,
        {
          provide: SessionTokens,
          useFactory: () =>
            new SessionTokens(
              sessionSecret(process.env, (message) => new Logger('Auth').warn(message)),
            ),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: MunicipalityScopeInterceptor },
      ],
      exports: [AuthService],
    };
  }
}
