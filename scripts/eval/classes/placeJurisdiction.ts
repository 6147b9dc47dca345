import type { Edit, InjectionClass } from '../injection';
import { isHan, onePer } from '../injection';
import { compilePlaceTable } from '../../../server/src/core/places/places';
import type { Place } from '../../../server/src/core/places/places';
import placeData from '../../../server/src/core/places/data/places.json';
import { NEAR_SOUNDS } from './nearSounds';

/**
 * Neighbouring provinces, written for the eval from the map: the province a drafter confuses a city's with
 * (a template from next door, a city near the border).
 */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  北京市: ['天津市', '河北省'], 天津市: ['北京市', '河北省'], 河北省: ['山西省', '山东省', '河南省'], 山西省: ['河北省', '陕西省', '河南省'],
  内蒙古自治区: ['山西省', '陕西省', '宁夏回族自治区'], 辽宁省: ['吉林省', '河北省'], 吉林省: ['辽宁省', '黑龙江省'], 黑龙江省: ['吉林省'],
  上海市: ['江苏省', '浙江省'], 江苏省: ['浙江省', '安徽省', '山东省'], 浙江省: ['江苏省', '福建省', '安徽省'], 安徽省: ['江苏省', '河南省', '湖北省'],
  福建省: ['浙江省', '广东省', '江西省'], 江西省: ['福建省', '湖南省', '浙江省'], 山东省: ['河北省', '江苏省', '河南省'], 河南省: ['湖北省', '山东省', '安徽省'],
  湖北省: ['湖南省', '河南省', '安徽省'], 湖南省: ['湖北省', '江西省', '广东省'], 广东省: ['广西壮族自治区', '福建省', '湖南省'],
  广西壮族自治区: ['广东省', '云南省', '贵州省'], 海南省: ['广东省'], 重庆市: ['四川省', '贵州省'], 四川省: ['重庆市', '贵州省', '云南省'],
  贵州省: ['云南省', '四川省', '湖南省'], 云南省: ['贵州省', '四川省'], 西藏自治区: ['青海省', '四川省'], 陕西省: ['山西省', '甘肃省', '河南省'],
  甘肃省: ['陕西省', '青海省', '宁夏回族自治区'], 青海省: ['甘肃省', '西藏自治区'], 宁夏回族自治区: ['甘肃省', '内蒙古自治区'],
  新疆维吾尔自治区: ['甘肃省', '青海省'],
};

/**
 * The division table (`places.json`, the 国家统计局 codes the rules read too) is used only to know where a
 * place the text names really lies and to make sure each injected pair is wrong (`南京市鼓楼区` is right, so
 * 鼓楼区 is never moved to 南京); what is written wrong comes from the neighbours above and the near sounds.
 */
const table = compilePlaceTable(placeData);

/** Places the text names: official names of prefectures and counties (3 characters or more), and prefectures' short names. */
interface Named {
  readonly start: number;
  readonly end: number;
  readonly place: Place;
}

const names: { text: string; place: Place }[] = [];
for (const p of table.places) {
  if (p.level === 'province' || !p.parent) continue;
  if (p.name.length >= 3 && table.byName(p.name).length === 1) names.push({ text: p.name, place: p });
  // A prefecture's short name, only where it names one place (`湛江`, not `朝阳`).
  if (p.level === 'prefecture' && p.shortName && p.shortName.length >= 2 && table.find(p.shortName).length === 1) names.push({ text: p.shortName, place: p });
}
names.sort((a, b) => b.text.length - a.text.length);

/** After a short name: a separator or the end of the phrase, so `南平` is the city, not the start of a word. */
const AFTER_SHORT = /^(?:[、，。；：）\s]|$|等|和|及)/;
const BEFORE_SHORT = /(?:^|[、，。；：（“\s]|在|和|及|与|到|赴|支持|推动)$/;

function namedPlaces(text: string): Named[] {
  const out: Named[] = [];
  const taken = new Set<number>();
  for (const n of names) {
    for (let at = text.indexOf(n.text); at >= 0; at = text.indexOf(n.text, at + 1)) {
      const end = at + n.text.length;
      if (taken.has(at) || taken.has(end - 1)) continue;
      const short = n.text !== n.place.name;
      // A short name is a word as often as a city (`幸福安康`): only between separators, or after a verb of place.
      if (short && (!AFTER_SHORT.test(text.slice(end, end + 1)) || !BEFORE_SHORT.test(text.slice(Math.max(0, at - 2), at)))) continue;
      // Another place name or a level just before it: `自治区包头市` is a pair already, `平潭综合实验区` a zone.
      if (isHan(text.charCodeAt(at - 1)) && /[省市区县州盟旗]/.test(text[at - 1])) continue;
      for (let i = at; i < end; i++) taken.add(i);
      out.push({ start: at, end, place: n.place });
    }
  }
  return out;
}

function provinceOf(p: Place): Place {
  return table.chain(p)[0];
}

/** True when no division of this name lies inside `outer`. */
function notInside(name: string, outer: Place): boolean {
  return table.byName(name).every((p) => !table.isWithin(p, outer));
}

/**
 * A place put under the wrong province or city, or written with a wrong character, where the text names
 * it: `包头市` → `山西省包头市` (a neighbouring province), `淳安县` → `宁波市淳安县` (another city of the same
 * province), `包头市` → `内蒙古自治区包投市` (one character of the name replaced by one of the same sound,
 * under its real province). Each pair written is checked wrong against the division table. Found when a word
 * finding touches it.
 */
export const placeJurisdiction: InjectionClass = {
  id: 'place-jurisdiction',
  name: '地名写错（错省、错市、错字）',
  category: 'word',
  match: 'touch',
  reportVariants: true,
  perDocument: onePer(3000, 8),
  candidates(text, rng) {
    const out: Edit[] = [];
    for (const n of namedPlaces(text)) {
      const p = n.place;
      const province = provinceOf(p);
      const add = (newText: string, variant: string) => out.push({ start: n.start, end: n.end, newText, variant });
      const wrongProvinces = (NEIGHBOURS[province.name] ?? []).map((x) => table.byName(x)[0]).filter((o) => o && notInside(p.name, o));
      if (wrongProvinces.length) add(rng.pick(wrongProvinces).name + p.name, '错省');
      if (p.level === 'county' && p.parent && p.parent.level === 'prefecture') {
        const others = table.children(province).filter((c) => c.level === 'prefecture' && c !== p.parent && notInside(p.name, c));
        if (others.length) add(rng.pick(others).name + p.name, '错市');
      }
      // One character of the name's stem, not its level (`市`, `县`).
      const stem = p.name.length - (p.suffix ? p.suffix.length : 1);
      const options: string[] = [];
      for (let k = 0; k < stem; k++) for (const c of NEAR_SOUNDS[p.name[k]] ?? []) options.push(p.name.slice(0, k) + c + p.name.slice(k + 1));
      const wrong = options.filter((o) => table.find(o).length === 0);
      const outer = p.parent!;
      if (wrong.length) add(outer.name + rng.pick(wrong), '错字');
    }
    return out;
  },
};
