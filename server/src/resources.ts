import type { RuleResources } from './core/rules/rule';
import agencyData from './core/agency/data/agencies.json';
import placeData from './core/places/data/places.json';
import wordData from './core/words/data/words.json';
import formulationData from './core/words/data/formulations.json';
import { compileAgencyDictionary } from './core/agency/dictionary';
import { validateAgencyData } from './core/agency/entries';
import { compilePlaceTable } from './core/places/places';
import { validateWordData } from './core/words/entries';
import { WordLexicon } from './core/words/lexicon';
import { FormulationMatcher, validateFormulationData } from './core/words/formulations';

/**
 * Dictionaries shared by every analysis, loaded once at start-up by the entry points. The agency
 * data is bundled (esbuild inlines the JSON); it is validated like a user file, and a test keeps it clean.
 * The division table is generated data (scripts/places.ts), checked against its schema by a test.
 */
export function loadResources(): RuleResources {
  const { data, problems } = validateAgencyData(agencyData, 'agencies.json', 'builtin');
  if (!data || problems.length) throw new Error(`built-in agency data is invalid: ${problems.map((p) => `${p.source}: ${p.message}`).join('; ')}`);
  const words = validateWordData(wordData, 'words.json');
  if (!words.data || words.problems.length) throw new Error(`built-in word data is invalid: ${words.problems.map((p) => `${p.source}: ${p.message}`).join('; ')}`);
  const formulationProblems = validateFormulationData(formulationData);
  if (formulationProblems.length) throw new Error(`built-in formulation data is invalid: ${formulationProblems.join('; ')}`);
  return {
    agencies: compileAgencyDictionary(data).dictionary,
    places: compilePlaceTable(placeData),
    words: new WordLexicon(words.data.entries),
    formulations: new FormulationMatcher(formulationData),
  };
}
