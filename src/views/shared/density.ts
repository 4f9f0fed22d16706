/**
 * From how many links or edges a chart is dense: past it, the map and the network draw the ties
 * between two actors other than the centre in batches instead of an element for each (issue 21: a
 * version 2 dataset of 5,000 partnerships has some 2,800 such ties, and an element and a component
 * each made drawing, filtering and hovering slower than the 250 ties of version 1,
 * docs/performance.md). The network paints its batches on a canvas (`NetworkEdgeCanvas`), read
 * back as vector by an export; the map draws a path per stroke (`BatchedLinks`). Below it, every
 * tie stays an element, as a screen reader and a print expect.
 *
 * A chart is dense by its whole dataset, before any filter: a filter that leaves fewer ties keeps
 * them in batches, instead of making an element for each of hundreds (and the reverse when it is
 * lifted), which made a sector filter at 5,000 partnerships draw 102 ties as three map paths each.
 */
export const DENSE_MARKS = 400;
