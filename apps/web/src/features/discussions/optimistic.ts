/** Ids given to posts that are on their way (optimistic) start with this. */
export const OPTIMISTIC_PREFIX = 'optimistic-';
