import { afterEach, describe, expect, it, vi } from 'vitest';
import { TIME_LIMITS } from '../../../src/config/timeLimits';
import { toNetworkGraph } from '../../../src/derive/toNetworkGraph';
import { runNetworkLayoutJob, type NetworkLayoutAnswer, type NetworkLayoutJob } from '../../../src/views/network/networkLayoutJob';
import { workersAvailable } from '../../../src/views/network/networkLayoutWorker';
import { startLayout } from '../../../src/views/network/startLayout';
import { toNetworkLayoutJob } from '../../../src/views/network/toNetworkLayoutJob';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const job = toNetworkLayoutJob(dataset, toNetworkGraph(dataset, dataset.partnerships), 640);
const onPage = runNetworkLayoutJob(job);

type Behaviour = 'throws' | 'errors' | 'silent' | 'answers';

/**
 * A stand-in for the browser's Worker, which Node does not have: it refuses to be created (as
 * under a Content-Security-Policy that forbids its address), fails with an `error` event (as when
 * its script cannot be fetched), takes the job and never answers, or answers with `reply`.
 */
class FakeWorker {
  static behaviour: Behaviour = 'answers';
  static reply: NetworkLayoutAnswer | null = null;
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: NetworkLayoutAnswer }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  received: NetworkLayoutJob | null = null;
  failure: Event | null = null;
  terminated = false;

  constructor() {
    if (FakeWorker.behaviour === 'throws') throw new Error("Refused to create a worker: it violates the page's Content Security Policy");
    FakeWorker.created.push(this);
  }

  postMessage(job: NetworkLayoutJob) {
    this.received = job;
    if (FakeWorker.behaviour === 'errors') {
      const failure = new Event('error', { cancelable: true });
      this.failure = failure;
      queueMicrotask(() => this.onerror?.(failure));
    }
    const reply = FakeWorker.reply;
    if (FakeWorker.behaviour === 'answers' && reply) queueMicrotask(() => this.onmessage?.({ data: reply }));
  }

  terminate() {
    this.terminated = true;
  }
}

function withWorker(behaviour: Behaviour, reply: NetworkLayoutAnswer | null = null) {
  FakeWorker.behaviour = behaviour;
  FakeWorker.reply = reply;
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
}

describe('where the network is laid out', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('draws the worker’s own answer when the worker answers, and ends the worker', async () => {
    // A copy, as a worker's answer is: a different object from anything the page computes.
    const fromWorker = structuredClone(onPage);
    withWorker('answers', fromWorker);
    const run = startLayout(job);
    const answer = await run.answer;
    expect(answer).toBe(fromWorker);
    expect(run.done).toBe(fromWorker);
    const [worker] = FakeWorker.created;
    expect(worker?.received).toBe(job);
    expect(worker?.terminated).toBe(true);
  });

  it('lays the network out on the page, in the same picture, when the worker cannot even be created', async () => {
    withWorker('throws');
    const run = startLayout(job);
    expect(FakeWorker.created).toHaveLength(0);
    expect(await run.answer).toEqual(onPage);
    expect(run.done).toEqual(onPage);
  });

  it('lays the network out on the page when the worker fails with an error event, which is handled rather than left uncaught', async () => {
    withWorker('errors');
    const run = startLayout(job);
    expect(await run.answer).toEqual(onPage);
    const [worker] = FakeWorker.created;
    expect(worker?.failure?.defaultPrevented).toBe(true);
    expect(worker?.terminated).toBe(true);
  });

  it('waits for a worker that says nothing up to the time limit, then ends it and lays the network out on the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    withWorker('silent');
    const run = startLayout(job);
    let answered = false;
    void run.answer.then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(TIME_LIMITS.layoutWorkerMs - 1);
    const [worker] = FakeWorker.created;
    expect(worker?.terminated).toBe(false);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker?.terminated).toBe(true);
    expect(await run.answer).toEqual(onPage);
  });

  it('does not take a stopped job up on the page when its worker fails afterwards', async () => {
    withWorker('errors');
    const run = startLayout(job);
    run.stop();
    let answered = false;
    void run.answer.then(() => (answered = true));
    // The same job laid out on the page after it, from a worker that fails alike, is done by the time the stopped one would be.
    await startLayout(job).answer;
    expect(answered).toBe(false);
    expect(run.done).toBeNull();
  });
});

describe('workersAvailable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts the worker from its own file on a served page, not from a page opened from a disk, and never where there is no Worker', () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('window', { location: { protocol: 'https:' } });
    expect(workersAvailable()).toBe(true);
    vi.stubGlobal('window', { location: { protocol: 'file:' } });
    expect(workersAvailable()).toBe(false);
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('window', { location: { protocol: 'https:' } });
    expect(workersAvailable()).toBe(false);
  });
});
