/** How much thinner a tie between two other actors is than one of the centre's, drawn one by one or in batches. */
export const ASIDE_WEIGHT = 0.6;
