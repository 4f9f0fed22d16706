import { describe, expect, it } from 'vitest';
import { readAppConfig } from '../../../src/config/appConfig';
import { holdEmbedData, toHeldDataDashboardUrl } from '../../../src/embed/holdEmbedData';
import { withEmbedPage } from '../../../src/embed/embedPages';

const base = 'https://atlas.example/';
const config = (search: string) => holdEmbedData(readAppConfig(search), base);

describe('holdEmbedData', () => {
  it('lets an embed load a link whose host its address names, as the Embed dialog writes it', () => {
    const allowed = config('?embed=map&data=https%3A%2F%2Fother.site%2Fx.json&datahost=other.site');
    expect(allowed.dataUrl).toBe('https://other.site/x.json');
    expect(allowed.heldData).toBeUndefined();
  });

  it('holds back a link an embed was not told about, or told about under another host', () => {
    for (const search of [
      '?embed=map&data=https%3A%2F%2Fother.site%2Fx.json',
      '?embed=map&data=https%3A%2F%2Fother.site%2Fx.json&datahost=atlas.example',
    ]) {
      expect(config(search)).toMatchObject({ dataUrl: null, heldData: 'https://other.site/x.json' });
    }
  });

  it('holds a relative link too: it names this site only by accident of where the page is', () => {
    expect(config('?embed=sectors&data=own%2Fx.json')).toMatchObject({ dataUrl: null, heldData: 'own/x.json' });
    expect(config('?embed=sectors&data=own%2Fx.json&datahost=atlas.example').dataUrl).toBe('own/x.json');
  });

  it('leaves the dashboard alone, which names the host above the data, and an embed page is an embed', () => {
    expect(config('?data=https%3A%2F%2Fother.site%2Fx.json').dataUrl).toBe('https://other.site/x.json');
    const page = holdEmbedData(withEmbedPage(readAppConfig('?data=https%3A%2F%2Fother.site%2Fx.json'), { view: 'network' }), base);
    expect(page).toMatchObject({ embed: 'network', dataUrl: null, heldData: 'https://other.site/x.json' });
  });

  it('opens the held data in the full dashboard with the rest of the address and the view brought forward', () => {
    expect(
      toHeldDataDashboardUrl('https://atlas.example/embed-map-fr.html?lang=fr&status=active&data=https%3A%2F%2Fother.site%2Fx.json', 'map'),
    ).toBe('https://atlas.example/?lang=fr&status=active&data=https%3A%2F%2Fother.site%2Fx.json&view=map');
    expect(toHeldDataDashboardUrl('https://atlas.example/?embed=timeline&lang=en&data=x.json&datahost=evil', 'timeline')).toBe(
      'https://atlas.example/?lang=en&data=x.json',
    );
  });
});
