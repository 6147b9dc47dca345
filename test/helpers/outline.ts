import type { OutlineEntry } from '../../server/src/service/outline';

/** The outline as `depth name` lines (the root's detail in brackets): how reviewed outlines are written. */
export function outlineLinesOf(entries: readonly OutlineEntry[], depth = 0): string[] {
  return entries.flatMap((e) => [`${depth} ${e.name}${e.detail ? `（${e.detail}）` : ''}`, ...outlineLinesOf(e.children, depth + 1)]);
}

/** Same heading (and, with `depth`, at the same depth): one name is the other's beginning (a name cut with `…`, or a heading run into its sentence). */
function agrees(expected: string, actual: string, depth: boolean): boolean {
  const [d1, ...n1] = expected.split(' ');
  const [d2, ...n2] = actual.split(' ');
  if (depth && d1 !== d2) return false;
  // A name cut with `…` may have its detail after it (`…讲话（二〇二二年九月二十三日）` shown as `…保供…（二〇二二年九月二十三日）`).
  const a = n1.join(' ').replace(/…(?:（[^…]*）)?$/, '');
  const b = n2.join(' ').replace(/…(?:（[^…]*）)?$/, '');
  return a.length >= 2 && b.length >= 2 && (a.startsWith(b) || b.startsWith(a));
}

/** Entries found in order (a longest common subsequence under `agrees`). */
export function matchedEntries(expected: readonly string[], actual: readonly string[], depth: boolean): number {
  const row = new Array<number>(actual.length + 1).fill(0);
  for (let i = 1; i <= expected.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= actual.length; j++) {
      const up = row[j];
      row[j] = agrees(expected[i - 1], actual[j - 1], depth) ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = up;
    }
  }
  return row[actual.length];
}

