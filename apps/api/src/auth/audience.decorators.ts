import { SetMetadata } from '@nestjs/common';
import type { Audience } from './roles';

export const AUDIENCE_KEY = 'kanalindsigt:audience';

/**
 * Runs without a token (only `login`). A public resolver has no user, so its queries run unscoped
 * as the owner: never mark a query that reads municipality data public.
 */
export const Public = (): MethodDecorator => SetMetadata(AUDIENCE_KEY, 'public' satisfies Audience);

/**
 * The council role may run this query: mark only aggregates with no event-level data, see roles.ts.
 */
export const CouncilVisible = (): MethodDecorator =>
  SetMetadata(AUDIENCE_KEY, 'council' satisfies Audience);
