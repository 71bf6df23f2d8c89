import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsOf } from './extract-helpers';

/**
 * Brands as notices, case reports and work reports write them (contract v1.1, type brand: each item of a scheme
 * list is its own fact; names in counterfeiting cases; never a company, a strategy, an award or a slogan). One
 * sentence or short page a case, our own text in their styles: fixtures/brand-forms.jsonl (id, text, brands).
 */
interface BrandForm {
  id: string;
  text: string;
  brands: string[];
}

const forms: BrandForm[] = fs
  .readFileSync(path.join(__dirname, 'fixtures', 'brand-forms.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as BrandForm);

describe('brand forms (fixtures/brand-forms.jsonl)', () => {
  it.each(forms.map((form) => [form.id, form] as const))('%s', (_id, form) => {
    const names = factsOf(form.text)
      .filter((fact) => fact.type === 'brand')
      .map((fact) => fact.name);
    expect([...names].sort()).toEqual([...form.brands].sort());
  });
});
