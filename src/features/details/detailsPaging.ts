/**
 * How many partnerships or events the details list at first, and add at each "show more": a few
 * screens of the panel. The focus of the benchmark's dataset has 5,000 partnerships, and listing
 * them all (10,040 list items with their quotes) froze the page for seconds at each selection.
 */
export const DETAILS_PAGE_SIZE = 20;

/** How many partners the summary lists at first, and adds at each "show more". */
export const SUMMARY_PAGE_SIZE = 10;
