import type { PolicyDocument } from '../../server/src/core/model/document';

/** The frame as text a reader can check: each zone and element with the text it spans. */
export function frameSnapshot(doc: PolicyDocument): { zones: string[]; elements: string[] } {
  const t = doc.text;
  const oneLine = (s: string) => s.replace(/\r\n|\r|\n/g, '⏎');
  return {
    zones: doc.frame.zones.map((z) => `${z.kind}${z.attachment !== undefined ? '#' + z.attachment : ''} «${oneLine(t.slice(z.start, z.end))}»`),
    elements: doc.frame.elements.map((e) => `${e.kind}${e.chrome ? '/' + e.chrome : ''}${e.attachment !== undefined ? '#' + e.attachment : ''} «${oneLine(t.slice(e.start, e.end))}»`),
  };
}

/** Zones cover the text from 0 to its end, in order, without gaps or overlaps. */
export function assertPartition(doc: PolicyDocument): void {
  const zones = doc.frame.zones;
  if (zones.length === 0 || zones[0].start !== 0) throw new Error('the first zone does not start at 0');
  for (let i = 1; i < zones.length; i++) {
    if (zones[i].start !== zones[i - 1].end) throw new Error(`zone ${i} starts at ${zones[i].start}, the one before ends at ${zones[i - 1].end}`);
    if (zones[i].end < zones[i].start) throw new Error(`zone ${i} ends before it starts`);
  }
  if (zones[zones.length - 1].end !== doc.text.length) throw new Error('the last zone does not end at the text end');
  for (const e of doc.frame.elements) if (!(e.start >= 0 && e.end <= doc.text.length && e.start <= e.end)) throw new Error(`element ${e.kind} out of range`);
}
