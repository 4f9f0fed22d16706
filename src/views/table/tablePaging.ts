/**
 * How many rows the table lists at first, and adds at each "show more": a few screens to read,
 * and few enough (about 2,300 elements) that the table draws, filters and follows the pointer at
 * once, whatever the size of the dataset.
 */
export const TABLE_PAGE_SIZE = 100;

/**
 * The most rows "show all" offers to draw at once. A thousand rows draw in about a second; the
 * 5,000 of the benchmark's dataset froze the page for 10 s (measured on two busy cores), so past
 * this a reader goes on a page at a time, or sorts, searches or exports the rows instead.
 */
export const TABLE_SHOW_ALL_LIMIT = 1000;
