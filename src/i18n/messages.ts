import { fr, type Messages } from './fr';
import { en } from './en';
import type { Lang } from '../model/lang';

export type { Messages };

/** Every language's messages; a component reads the current one through `useMessages` (state/). */
export const CATALOGUES: Record<Lang, Messages> = { fr, en };
