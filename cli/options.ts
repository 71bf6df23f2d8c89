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
