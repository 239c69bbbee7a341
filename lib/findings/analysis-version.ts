/**
 * Bump when the analysis rules change in a way worth re-reading saved records for: at start-up the
 * background re-analyses every record stamped with an older version. What a parent marked or linked
 * on a finding whose words the new rules moved follows them (lib/findings/carry-over.ts), so a bump
 * needs nothing else. 2: the rules revised with the annotation guidelines (issue 10).
 */
export const ANALYSIS_VERSION = 2;
