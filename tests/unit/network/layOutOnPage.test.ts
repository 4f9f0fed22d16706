import { describe, expect, it } from 'vitest';
import { toNetworkGraph } from '../../../src/derive/toNetworkGraph';
import { runNetworkLayoutJob } from '../../../src/views/network/networkLayoutJob';
import { startLayoutOnPage } from '../../../src/views/network/layOutOnPage';
import { toNetworkLayoutJob } from '../../../src/views/network/toNetworkLayoutJob';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();
const job = toNetworkLayoutJob(dataset, toNetworkGraph(dataset, dataset.partnerships), 640);

describe('laying the network out on the page', () => {
  it('gives the worker’s answer, names in both languages included, without blocking the task that started it', async () => {
    const run = startLayoutOnPage(job);
    // Nothing is computed in the task that started it: the first slice runs in a task of its own.
    expect(run.done).toBeNull();
    const answer = await run.answer;
    expect(answer).toEqual(runNetworkLayoutJob(job));
    expect(run.done).toBe(answer);
  });

  it('never answers once stopped', async () => {
    const stopped = startLayoutOnPage(job);
    stopped.stop();
    let answered = false;
    void stopped.answer.then(() => (answered = true));
    // The same job started after it, in slices taking turns with its own, is done by the time it would have been.
    await startLayoutOnPage(job).answer;
    expect(answered).toBe(false);
    expect(stopped.done).toBeNull();
  });
});
