import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../lambdas/domain/errors';
import { parseIntake } from '../../lambdas/domain/intake';

const valid = { name: 'Alex', email: 'alex@example.com', message: 'Hello', safety: 'no', consent: 'on' };
const fieldsOf = (raw: Record<string, unknown>) => {
  try {
    parseIntake(raw);
    return {};
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
};

describe('the intake form contract', () => {
  it('accepts the required fields and fills in the default preference', () => {
    expect(parseIntake(valid)).toMatchObject({ name: 'Alex', preference: 'unsure', consent: true, safety: 'no' });
  });

  it('names every missing required field with a kind message', () => {
    expect(Object.keys(fieldsOf({})).sort()).toEqual(['consent', 'email', 'message', 'name', 'safety']);
    expect(fieldsOf({}).name).toBe('Please tell us your name');
  });

  it.each(['true', 'on', 'yes', true])('accepts consent given as %s', (consent) => {
    expect(parseIntake({ ...valid, consent }).consent).toBe(true);
  });

  it('refuses consent given as "no"', () => {
    expect(fieldsOf({ ...valid, consent: 'no' })).toHaveProperty('consent');
  });

  it.each([
    ['name', 'Alex\r\nBcc: victim@example.com'],
    ['email', 'alex@example.com\r\nBcc: victim@example.com'],
    ['name', 'Alex\u0000'],
    ['insurance', 'Aetna\nX'],
  ])('refuses control characters in %s', (field, value) => {
    expect(fieldsOf({ ...valid, [field]: value })).toHaveProperty(field);
  });

  it('keeps newlines in the free-text message', () => {
    expect(parseIntake({ ...valid, message: 'line one\r\nline two' }).message).toBe('line one\nline two');
  });

  it('refuses a message over 5,000 characters', () => {
    expect(fieldsOf({ ...valid, message: 'a'.repeat(5001) })).toHaveProperty('message');
  });

  it('refuses a name over 100 characters', () => {
    expect(fieldsOf({ ...valid, name: 'a'.repeat(101) })).toHaveProperty('name');
  });

  it('reads PHQ-4 items from strings and refuses values outside 0–3', () => {
    expect(parseIntake({ ...valid, phq4Down: '3' }).phq4Down).toBe(3);
    expect(fieldsOf({ ...valid, phq4Down: 4 })).toHaveProperty('phq4Down');
    expect(fieldsOf({ ...valid, phq4Worry: '-1' })).toHaveProperty('phq4Worry');
  });

  it('refuses an unknown preference', () => {
    expect(fieldsOf({ ...valid, preference: 'astrology' })).toHaveProperty('preference');
  });

  it('treats empty optional strings, as browsers send them, as absent', () => {
    expect(parseIntake({ ...valid, phone: '', country: '', phq4Down: '' })).not.toHaveProperty('phone');
  });

  it('normalises country and region codes', () => {
    expect(parseIntake({ ...valid, country: 'us', region: 'ny' })).toMatchObject({ country: 'US', region: 'NY' });
  });

  it('ignores prototype-pollution keys and unknown fields', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "admin": true}');
    const parsed = parseIntake({ ...valid, ...raw });
    expect(parsed).not.toHaveProperty('admin');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never echoes the input in its messages', () => {
    const fields = fieldsOf({ ...valid, email: 'secret-value-123' });
    expect(JSON.stringify(fields)).not.toContain('secret-value-123');
  });

  it('refuses a submissionId that is not a UUID', () => {
    expect(fieldsOf({ ...valid, submissionId: 'abc' })).toHaveProperty('submissionId');
  });
});
