import { strict as assert } from 'node:assert';
import { DIRECTORY, FILE, SYMBOLIC_LINK, unreadableDraft, unreadableFile, unwritableDataFile } from '../../client/src/fileChecks';

const MB = 1024 * 1024;

describe('client: what the extension reads and writes in a workspace (Restricted Mode included)', () => {
  it('“添加到工作区机构词典” and the unit-terms commands never write through a link the repository planted (the file or the .gongwen folder)', () => {
    const folder = { type: DIRECTORY, size: 0 };
    assert.equal(unwritableDataFile(folder, { type: FILE | SYMBOLIC_LINK, size: 10 }, 2 * MB), 'link');
    assert.equal(unwritableDataFile({ type: DIRECTORY | SYMBOLIC_LINK, size: 0 }, { type: FILE, size: 10 }, 2 * MB), 'link');
    assert.equal(unwritableDataFile({ type: DIRECTORY | SYMBOLIC_LINK, size: 0 }, undefined, 2 * MB), 'link');
    // A link to /dev/zero or a pipe: neither file nor directory.
    assert.equal(unwritableDataFile(folder, { type: SYMBOLIC_LINK, size: 0 }, 2 * MB), 'link');
    assert.equal(unwritableDataFile(folder, { type: 0, size: 0 }, 2 * MB), 'not-regular');
    assert.equal(unwritableDataFile({ type: FILE, size: 3 }, undefined, 2 * MB), 'not-regular');
    assert.equal(unwritableDataFile(folder, { type: FILE, size: 3 * MB }, 2 * MB), 'too-large');
    // A plain file, or none yet (created, with its folder if need be): written.
    assert.equal(unwritableDataFile(folder, { type: FILE, size: 10 }, 2 * MB), undefined);
    assert.equal(unwritableDataFile(folder, undefined, 2 * MB), undefined);
    assert.equal(unwritableDataFile(undefined, undefined, 2 * MB), undefined);
  });

  it('the workspace scans read only regular files up to the limit, and follow no link', () => {
    assert.equal(unreadableDraft({ type: FILE, size: 9 * MB }, 10 * MB), undefined);
    assert.equal(unreadableDraft({ type: FILE | SYMBOLIC_LINK, size: 100 }, 10 * MB), 'link');
    assert.equal(unreadableDraft({ type: FILE, size: 11 * MB }, 10 * MB), 'too-large');
    assert.equal(unreadableDraft({ type: SYMBOLIC_LINK, size: 0 }, 10 * MB), 'link');
    assert.equal(unreadableDraft({ type: 0, size: 0 }, 10 * MB), 'not-regular');
  });

  it('a Word document the writer opens, and .gongwen/config.json read for its file patterns: a regular file (a link to one too) up to the limit, never a pipe or a device', () => {
    assert.equal(unreadableFile({ type: FILE, size: 31 * MB }, 32 * MB), undefined);
    assert.equal(unreadableFile({ type: FILE | SYMBOLIC_LINK, size: 100 }, 32 * MB), undefined);
    assert.equal(unreadableFile({ type: FILE, size: 33 * MB }, 32 * MB), 'too-large');
    // A FIFO, a device, or a link to one of them.
    assert.equal(unreadableFile({ type: 0, size: 0 }, 32 * MB), 'not-regular');
    assert.equal(unreadableFile({ type: SYMBOLIC_LINK, size: 0 }, 32 * MB), 'not-regular');
    assert.equal(unreadableFile({ type: DIRECTORY, size: 4096 }, 32 * MB), 'not-regular');
  });
});
