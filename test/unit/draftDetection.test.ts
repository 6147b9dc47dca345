import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/docs';
import { looksLikeChineseDraft } from '../../server/src/service/draftDetection';
import { corpusFiles, readText, seedFiles } from '../helpers/paths';

describe('which plain-text and Markdown files are drafts', () => {
  it('every seed and corpus document looks like a Chinese draft', () => {
    const files = [...seedFiles(), ...corpusFiles()];
    assert.ok(files.length >= 45, `${files.length} files`);
    for (const file of files) assert.ok(looksLikeChineseDraft(readText(file)), path.relative(ROOT, file));
  });

  it('this project’s own Markdown files are not drafts', () => {
    for (const file of ['README.md', 'ARCHITECTURE.md', 'test/fixtures/rules/README.md', 'docs/rules/README.md', 'docs/rules/placeholder-cross.md']) {
      assert.equal(looksLikeChineseDraft(fs.readFileSync(path.join(ROOT, file), 'utf8')), false, file);
    }
  });

  it('a new file is a draft once it holds a few Chinese words; a `<!-- 公文 -->` line makes any file one', () => {
    assert.equal(looksLikeChineseDraft(''), false);
    assert.equal(looksLikeChineseDraft('关于'), false);
    assert.equal(looksLikeChineseDraft('关于开展城乡环境整治行动的通知'), true);
    assert.equal(looksLikeChineseDraft('到2026年，全市GDP增长6.5%，PM2.5浓度下降10%。'), true, 'figures do not count against a draft');
    assert.equal(looksLikeChineseDraft('Notes for the Monday meeting: budget, staffing.'), false);
    assert.equal(looksLikeChineseDraft('# Agenda\n\n<!-- 公文 -->\n\n- budget\n'), true);
    assert.equal(looksLikeChineseDraft('# Agenda\n\n<!-- gongwen -->\n'), true);
    assert.equal(looksLikeChineseDraft('Use `<!-- 公文 -->` to mark a draft.'), false, 'the marker counts on a line of its own');
  });
});
