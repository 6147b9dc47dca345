import type { Section } from '../core/model/document';
import { headingName as outlineHeadingName } from './outline';

/** A section as the outline, document symbols and reports name it: marker and own title. */
export function headingName(section: Section): string {
  return outlineHeadingName(section.heading!);
}
