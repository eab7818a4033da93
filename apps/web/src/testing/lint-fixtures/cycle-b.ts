// The other half of the planted cycle (see cycle-a.ts).
import { a } from './cycle-a';

export const b = (): string => (Math.random() > 2 ? a() : 'b');
