import type { Section } from '../core/model/document';
import { sliceWhole } from '../core/text/lineIndex';

/** Longest title shown in a section's name; longer ones end in `…` (never inside a surrogate pair). */
const MAX_NAME = 40;

/** A section as the outline, document symbols and reports name it: marker and title. */
export function headingName(section: Section): string {
  const h = section.heading!;
  const title = h.title.length > MAX_NAME ? sliceWhole(h.title, 0, MAX_NAME) + '…' : h.title;
  return (h.marker ? h.marker.text : '') + title || h.marker?.text || '（无标题）';
}
