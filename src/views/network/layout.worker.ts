import { computeNetworkLayout, type NetworkLayoutInput } from '../../derive/computeNetworkLayout';

// Lays out large networks off the main thread, so the page stays responsive meanwhile.
self.onmessage = (event: MessageEvent<NetworkLayoutInput>) => {
  self.postMessage(computeNetworkLayout(event.data));
};
