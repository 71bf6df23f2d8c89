import { InvalidArgumentError } from 'commander';

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`'${value}' is not a whole number`);
  return n;
}

export function parseJobs(value: string): number {
  const n = parsePositiveInt(value);
  if (n < 1 || n > 64) throw new InvalidArgumentError(`jobs must be between 1 and 64, not ${value}`);
  return n;
}

export function parseYear(value: string): string {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a year (four digits, e.g. 2008)`);
  return value;
}

/** A comma-separated list (region,period), each item one of `choices` when given. */
export function parseList(choices?: readonly string[]): (value: string) => string[] {
  return (value) => {
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    if (items.length === 0) throw new InvalidArgumentError('an empty list');
    const wrong = choices ? items.filter((item) => !choices.includes(item)) : [];
    if (wrong.length) throw new InvalidArgumentError(`${wrong.join(', ')}: not one of ${choices!.join(', ')}`);
    return items;
  };
}
