/**
 * Bump when the analysis rules change in a way worth re-reading saved records for: at start-up the
 * background re-analyses every record stamped with an older version.
 */
export const ANALYSIS_VERSION = 1;
