// Each site's code is found by folder: import.meta.glob('…/sites/*/capture.ts') hands back modules
// keyed by path, and the SITES table says which sites there are and in what order. Both the capture
// registry and the highlighter's readers are put together here, so neither keeps its own list.
import type { SiteDefinition } from '@/lib/sites';

/** "../sites/gmail/capture.ts" → "gmail": the folder a module sits in is the site it belongs to. */
export function bySiteFolder<T>(modules: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [path, module] of Object.entries(modules)) {
    const folder = /([^/]+)\/[^/]+$/.exec(path)?.[1];
    if (folder) out[folder] = module;
  }
  return out;
}

/**
 * The site's module from its folder. Every site the table lists must have one (and say its own id,
 * when it has one), so a missing or misnamed file fails loudly at load, in the tests, rather than
 * quietly reading nothing.
 */
export function siteModule<T extends { id: string }>(site: SiteDefinition, modules: Record<string, T>, file: string, id: string = site.id): T {
  const module = modules[site.id];
  if (!module) throw new Error(`lib/sites/${site.id}/${file} is missing, or has no default export`);
  if (module.id !== id) throw new Error(`lib/sites/${site.id}/${file} says it is "${module.id}", not "${id}"`);
  return module;
}
