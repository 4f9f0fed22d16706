/** The dashboard's views a link can open on (`?view=`) and an embed can show. */
export const VIEWS = ['map', 'network', 'sectors', 'source', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** The views a presentation's step can show: the dashboard's, and the timeline. */
export const STORY_VIEWS = ['map', 'network', 'sectors', 'source', 'table', 'timeline'] as const;
export type StoryView = (typeof STORY_VIEWS)[number];

/** The views that export as a picture, and embed with a legend of their own. */
export type ChartView = 'map' | 'network' | 'sectors';
export const CHART_VIEWS: readonly ChartView[] = ['map', 'network', 'sectors'];
