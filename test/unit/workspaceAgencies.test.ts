import { strict as assert } from 'node:assert';
import type { AgencyEntry } from '../../server/src/core/agency/entries';
import { validateAgencyData } from '../../server/src/core/agency/entries';
import { WorkspaceAgencies } from '../../server/src/lsp/workspaceAgencies';
import { loadResources } from '../../server/src/resources';

const extra = (name: string): AgencyEntry[] => [{ name, abbreviations: [], variants: [], levels: ['市'], kind: '其他', prefixes: ['place'], parents: [], origin: 'settings' }];

describe('workspace agencies: dictionaries compiled for gongwen.agencies.extra', () => {
  it('are cached by content and bounded: a setting changed 330 times keeps a few dictionaries, not 330', async () => {
    const agencies = new WorkspaceAgencies(loadResources(), () => undefined);
    const first = await agencies.resourcesFor('untitled:a', extra('河长制办公室'));
    // The same content (another array) is the same dictionary: analyses made with it stay valid.
    assert.equal(await agencies.resourcesFor('untitled:b', extra('河长制办公室')), first);
    const seen = new Set([first]);
    for (let i = 0; i < 330; i++) seen.add(await agencies.resourcesFor('untitled:a', extra(`第${'一二三四五六七八九十'[i % 10]}${'甲乙丙丁戊己庚辛壬癸'[Math.floor(i / 10) % 10]}${'子丑寅卯'[Math.floor(i / 100)]}办公室`)));
    assert.equal(seen.size, 331, 'every value compiled its own dictionary');
    // Only the last few are kept: the first value compiles again, and still knows its entry.
    const again = await agencies.resourcesFor('untitled:a', extra('河长制办公室'));
    assert.notEqual(again, first);
    assert.ok(again.agencies!.agencies.some((a) => a.name === '河长制办公室'));
    assert.equal(await agencies.resourcesFor('untitled:a', extra('河长制办公室')), again);
  });
});

describe('workspace agencies: a dictionary file of 2 MB of bad entries', () => {
  it('is validated without overflowing the call stack (one problem per entry, 200,000 of them)', () => {
    const raw = { version: '1.0.0', agencies: Array.from({ length: 200_000 }, () => ({ name: 1 })) };
    const { problems } = validateAgencyData(raw, 'agencies.json', 'workspace');
    assert.equal(problems.length, 200_000);
  });
});
