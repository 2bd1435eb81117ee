import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAmount, formatRange } from '../../src/money.js';

test('US dollars in K below a million and in M above, as the seed writes them', () => {
  assert.equal(formatAmount(380_000, 'USD', 'en'), '$380K');
  assert.equal(formatAmount(1_500_000, 'USD', 'en'), '$1.5M');
});

test('won in millions in English and in 만 and 억 in Korean', () => {
  assert.equal(formatAmount(150_000_000, 'KRW', 'en'), '150M KRW');
  assert.equal(formatAmount(60_000_000, 'KRW', 'ko'), '6,000만 원');
  assert.equal(formatAmount(150_000_000, 'KRW', 'ko'), '1억 5,000만 원');
  assert.equal(formatAmount(200_000_000, 'KRW', 'ko'), '2억 원');
  assert.equal(formatAmount(0, 'KRW', 'ko'), '0 원');
});

test('an open upper bound is written as open', () => {
  assert.equal(formatRange(350_000, null, 'USD', 'en'), '$350K+');
  assert.equal(formatRange(380_000, 550_000, 'USD', 'en'), '$380K – $550K');
});

test('other currencies take the locale’s compact currency form', () => {
  assert.equal(formatAmount(90_000, 'EUR', 'en'), '€90K');
});
