import { Logger, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { MunicipalityScopeInterceptor } from './municipality-scope.interceptor';
import { SessionTokens, sessionSecret } from './session-token';

/** Sign-in, sessions, and the global guard and scope every other feature gets without asking. */
@Module({
  providers: [
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
})
export class AuthModule {}
