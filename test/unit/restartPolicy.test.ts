import { strict as assert } from 'node:assert';
import { CRASH_WINDOW_MS, MAX_RESTARTS, RestartPolicy } from '../../client/src/restartPolicy';

describe('client: a language server that dies is started again', () => {
  const clock = (start = 1_000_000) => {
    let t = start;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('every death is restarted, up to four within three minutes; the fifth there gives up', () => {
    const c = clock();
    const policy = new RestartPolicy(c.now);
    for (let i = 0; i < MAX_RESTARTS; i++) {
      assert.equal(policy.closed(), 'restart', `death ${i + 1}`);
      c.advance(10_000);
    }
    assert.equal(policy.closed(), 'give-up');
  });

  it('deaths further apart than the window never add up: a server killed now and then always comes back', () => {
    const c = clock();
    const policy = new RestartPolicy(c.now);
    for (let i = 0; i < 50; i++) {
      assert.equal(policy.closed(), 'restart', `death ${i + 1}`);
      c.advance(CRASH_WINDOW_MS / MAX_RESTARTS + 1);
    }
  });

  it('the deaths that fell out of the window count no more: after a crash loop has calmed down, a death restarts', () => {
    const c = clock();
    const policy = new RestartPolicy(c.now);
    for (let i = 0; i < MAX_RESTARTS; i++) policy.closed();
    c.advance(CRASH_WINDOW_MS);
    assert.equal(policy.closed(), 'restart');
  });

  it('a restart by hand (the command) starts the count again', () => {
    const c = clock();
    const policy = new RestartPolicy(c.now);
    for (let i = 0; i <= MAX_RESTARTS; i++) policy.closed();
    policy.reset();
    assert.equal(policy.closed(), 'restart');
  });
});
