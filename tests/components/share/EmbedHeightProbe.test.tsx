import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { EmbedHeightProbe, type HeightMeasure } from '../../../src/features/share/EmbedHeightProbe';
import { toHeightMessage } from '../../../src/embed/embedProtocol';

afterEach(() => vi.useRealTimers());

describe('the Embed dialog’s height probe', () => {
  it('does not call a height measured while a view of the embed says it is busy', () => {
    vi.useFakeTimers();
    const measures: HeightMeasure[] = [];
    const { container } = render(<EmbedHeightProbe url="about:blank" width={640} title="probe" onMeasure={(m) => measures.push(m)} />);
    const frame = container.querySelector('iframe')!;
    const embed = frame.contentDocument!;
    embed.body.innerHTML = '<div aria-busy="true">laying out</div>';
    act(() => {
      frame.dispatchEvent(new Event('load'));
      window.dispatchEvent(new MessageEvent('message', { data: toHeightMessage(900, 'network'), source: frame.contentWindow }));
    });
    act(() => vi.advanceTimersByTime(5_000));
    expect(measures.at(-1)).toEqual({ state: 'measuring', width: 640, height: 900 });

    embed.body.innerHTML = '<div aria-busy="false">drawn</div>';
    act(() => window.dispatchEvent(new MessageEvent('message', { data: toHeightMessage(715, 'network'), source: frame.contentWindow })));
    act(() => vi.advanceTimersByTime(5_000));
    expect(measures.at(-1)).toEqual({ state: 'measured', width: 640, height: 715 });
  });
});
