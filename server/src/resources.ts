import type { RuleResources } from './core/rules/rule';
import agencyData from './core/agency/data/agencies.json';
import { compileAgencyDictionary } from './core/agency/dictionary';
import { validateAgencyData } from './core/agency/entries';

/**
 * Dictionaries shared by every analysis, loaded once at start-up by the entry points. The agency
 * data is bundled (esbuild inlines the JSON); it is validated like a user file, and a test keeps it clean.
 */
export function loadResources(): RuleResources {
  const { data, problems } = validateAgencyData(agencyData, 'agencies.json', 'builtin');
  if (!data || problems.length) throw new Error(`built-in agency data is invalid: ${problems.map((p) => `${p.source}: ${p.message}`).join('; ')}`);
  return { agencies: compileAgencyDictionary(data).dictionary };
}
