import { describe, expect, it, vi } from 'vitest';
import { matrixLabelWidth } from '../../../src/views/sectors/matrixLayout';

const measured = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/text/measureText', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/text/measureText')>();
  return {
    ...actual,
    pageTextWidth: (...args: Parameters<typeof actual.pageTextWidth>) => {
      measured.count += 1;
      return actual.pageTextWidth(...args);
    },
  };
});

const rows = (labels: string[]) => labels.map((label) => ({ label }));

describe('the room the matrix gives the partner names', () => {
  it('is the longest name and some room, between a minimum and a maximum', () => {
    expect(matrixLabelWidth(rows([]))).toBe(64);
    expect(matrixLabelWidth(rows(['Mali', 'Niger']))).toBe(64);
    const medium = matrixLabelWidth(rows(['Mali', 'Burkina Faso']));
    expect(medium).toBeGreaterThan(64);
    expect(medium).toBeLessThan(170);
    expect(matrixLabelWidth(rows(['Mali', 'Organisation pour la mise en valeur du fleuve Sénégal – Union africaine']))).toBe(170);
  });

  it('measures no more names once one takes the widest room', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `Partner ${i}`);
    measured.count = 0;
    expect(matrixLabelWidth(rows(['Mali', 'Organisation pour la mise en valeur du fleuve Sénégal', ...many]))).toBe(170);
    expect(measured.count).toBe(2);
    measured.count = 0;
    matrixLabelWidth(rows(many));
    expect(measured.count).toBe(1000);
  });
});
