import { createContext } from 'react';

/**
 * How a view's folding legend starts: `auto` folds it where the view is narrow (a phone, an
 * embed), `open` shows it whatever the width, for a surface whose audience cannot open it, such as
 * a slide seen from the back of a classroom. The reader's own toggle wins over both.
 */
export type LegendFold = 'auto' | 'open';

export const LegendFoldContext = createContext<LegendFold>('auto');
