/** How much thinner a tie between two other actors is than one of the centre's, drawn one by one or in batches. */
export const ASIDE_WEIGHT = 0.6;

/**
 * How much paler a tie between two other actors is: map.css gives `.map-link--aside` this opacity,
 * and the batches drawn on a canvas, which no stylesheet reaches, multiply their stroke's by it.
 */
export const ASIDE_OPACITY = 0.6;
