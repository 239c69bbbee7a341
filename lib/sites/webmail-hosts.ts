// Webmail sites whose DOM our adapters know. Host access to them is optional: the parent grants it
// from the options page, and only then can highlighting run without a click. Clipping itself needs
// no host permission: the toolbar click grants activeTab.
// Derived from the SITES table. The import is relative because wxt.config.ts loads this file in
// Node, where the @/ alias is not known.
import { SITES, hostPatterns } from './index';

export const WEBMAIL_HOST_PATTERNS: readonly string[] = SITES.flatMap(hostPatterns);
