import { describe, expect, it } from 'vitest';
import { textsOnDemand } from '../../../src/views/network/textsOnDemand';

describe('texts worded on demand', () => {
  it('words nothing until asked, then each text once, unknown ids included', () => {
    const asked: string[] = [];
    const texts = textsOnDemand((id) => {
      asked.push(id);
      return id === 'gone' ? undefined : `text of ${id}`;
    });
    expect(asked).toEqual([]);
    expect(texts.get('a')).toBe('text of a');
    expect(texts.get('a')).toBe('text of a');
    expect(texts.get('gone')).toBeUndefined();
    expect(texts.get('gone')).toBeUndefined();
    expect(asked).toEqual(['a', 'gone']);
  });
});
