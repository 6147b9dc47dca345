import type { PolicyDocument, Section } from '../../model/document';
import { isLevelChar } from '../../agency/prefix';
import type { AgencyScan } from './mentions';

/**
 * The names a document defines for itself, known for the rest of it:
 * - `平潭综合实验区自然资源与生态环境局（以下简称“区资源生态局”）`, `（简称“市发改委”）`;
 * - `市河长制办公室（市河长办）`: a full name with its short form in brackets;
 * - the units heading the items of the document's own 职责分工 part (`五、职责分工（一）区党群工作部…`).
 * Definitions hold for the whole document: a 主送 line listing the units comes before the 职责分工 part.
 */

export interface DocumentDefinitions {
  /** Defined names as written (`区资源生态局`) and without their level prefix (`资源生态局`). */
  readonly names: ReadonlySet<string>;
  /** Short forms introduced on purpose (`市发改委`, `发改委`): mixing them with the full name is intended. */
  readonly introduced: ReadonlySet<string>;
}

const HAN = /^[\u3400-\u9fff]+$/;
/** Characters a unit's name can end with (局, 委, 办, 厅, 部, 处, 室, 会, 院, 队, 所, 站, 中心, 公司). */
const UNIT_END = /[局委办厅部处室会院队所站心司组行]$/;
const SECTION_TITLE = /^(?:[\u3400-\u9fff]{0,4})(?:职责分工|责任分工|分工负责|职责任务|部门职责|工作职责|任务分工)$/;
const MAX_NAME = 30;
/** A unit character that begins a word instead of ending a name (`部署`, `会同`, `办理`). */
const CONTINUES = /^(?:部署|部门|局面|局势|会议|会同|会商|办理|办法|处理|处置|行动|心理|室内|所有|所在|站在|队伍|组织|司法)/;

const cache = new WeakMap<PolicyDocument, DocumentDefinitions>();

/** `区资源生态局` → also `资源生态局`: a defined name is known with or without its level. */
function addName(names: Set<string>, name: string): void {
  if (!name || !HAN.test(name)) return;
  names.add(name);
  for (let i = 0; i < name.length - 2; i++) if (isLevelChar(name[i])) names.add(name.slice(i + 1));
}

/** The Han run ending at `end`, at most MAX_NAME characters: a full name before its bracket. */
function nameBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < MAX_NAME && HAN.test(text[s - 1])) s--;
  return text.slice(s, end);
}

/** `（以下简称“X”）`, `（简称X）`, `（以下简称：X）`: the short form, and the full name before the bracket. */
function introductions(text: string, names: Set<string>, introduced: Set<string>): void {
  for (let i = text.indexOf('简称'); i >= 0; i = text.indexOf('简称', i + 2)) {
    const m = /^简称(?:为)?[：:]?[“"]?([\u3400-\u9fff]{2,20})[”"]?[）)，,。；;]/.exec(text.slice(i, i + 30));
    if (!m) continue;
    const short = m[1];
    introduced.add(short);
    addName(names, short);
    // The bracket within the four characters before (`（以下简称`): looked for there only, as a search back
    // through the text for a bracket it may not hold made each 简称 cost the text before it.
    let open = i - 1;
    while (open >= 0 && i - open <= 4 && text[open] !== '（' && text[open] !== '(') open--;
    if (open >= 0 && i - open <= 4) addName(names, nameBefore(text, open));
  }
}

/** `市河长制办公室（市河长办）`: a name in brackets made of the preceding name's characters, in order. */
function bracketedShortForms(text: string, names: Set<string>, introduced: Set<string>): void {
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const m = /^（([\u3400-\u9fff]{2,12})）/.exec(text.slice(i, i + 15));
    if (!m || !UNIT_END.test(m[1])) continue;
    const full = nameBefore(text, i);
    if (full.length <= m[1].length || !UNIT_END.test(full) || !isContraction(m[1], full)) continue;
    introduced.add(m[1]);
    addName(names, m[1]);
    addName(names, full);
  }
}

/** Every character of `short` in `full`, in order, its last one in the full name's ending (`办` of 办公室). */
function isContraction(short: string, full: string): boolean {
  if (!full.slice(-3).includes(short[short.length - 1])) return false;
  let j = 0;
  for (const c of short) {
    j = full.indexOf(c, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/** The unit a heading title opens with (`区党群工作部按照…` → `区党群工作部`), if any. */
function leadingUnit(title: string): string | undefined {
  for (let k = 3; k <= Math.min(title.length, 16); k++) {
    const head = title.slice(0, k);
    if (!HAN.test(head)) return undefined;
    if (UNIT_END.test(head) && !CONTINUES.test(title.slice(k - 1))) return head;
  }
  return undefined;
}

function responsibilitySections(root: Section, names: Set<string>): void {
  const visit = (section: Section) => {
    const title = section.heading?.title.trim() ?? '';
    if (section.heading && SECTION_TITLE.test(title)) {
      for (const child of section.children) {
        const unit = child.heading && leadingUnit(child.heading.title);
        if (unit) addName(names, unit);
      }
      return;
    }
    section.children.forEach(visit);
  };
  visit(root);
}

export function documentDefinitions(doc: PolicyDocument, scan: AgencyScan): DocumentDefinitions {
  let defs = cache.get(doc);
  if (defs) return defs;
  const names = new Set<string>();
  const introduced = new Set<string>();
  const text = scan.joined.text;
  introductions(text, names, introduced);
  bracketedShortForms(text, names, introduced);
  responsibilitySections(doc.root, names);
  defs = { names, introduced };
  cache.set(doc, defs);
  return defs;
}
