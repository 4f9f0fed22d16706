import { runNetworkLayoutJob, type NetworkLayoutJob } from './networkLayoutJob';

// Lays out the network and places its names off the main thread, so the page stays responsive meanwhile.
self.onmessage = (event: MessageEvent<NetworkLayoutJob>) => {
  self.postMessage(runNetworkLayoutJob(event.data));
};
