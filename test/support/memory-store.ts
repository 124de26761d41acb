import { StaleWriteError } from '../../lambdas/domain/errors';
import type { DeliveryStore, EmailRecord, IntakeRecord } from '../../lambdas/use-cases/ports';

/** An in-memory store with the same lease rules as the DynamoDB adapter. */
export class MemoryStore implements DeliveryStore {
  records = new Map<string, IntakeRecord>();
  async create(record: IntakeRecord) {
    const existing = this.records.get(record.id);
    if (existing) return { created: false as const, existing };
    this.records.set(record.id, structuredClone(record));
    return { created: true as const };
  }
  async get(id: string) {
    const r = this.records.get(id);
    return r && structuredClone(r);
  }
  async claim(id: string, key: string, now: number, leaseMs: number, leaseId: string) {
    const e = this.records.get(id)?.emails[key];
    if (e?.status !== 'pending' || e.dueAt > now || (e.leaseUntil !== undefined && e.leaseUntil >= now)) return undefined;
    Object.assign(e, { leaseId, leaseUntil: now + leaseMs, attempts: e.attempts + 1 });
    return this.get(id);
  }
  private owned(id: string, key: string, leaseId: string): EmailRecord {
    const e = this.records.get(id)?.emails[key];
    if (!e || e.leaseId !== leaseId) throw new StaleWriteError();
    return e;
  }
  async markSent(id: string, key: string, leaseId: string, messageId: string) {
    Object.assign(this.owned(id, key, leaseId), { status: 'sent', messageId, leaseId: undefined, leaseUntil: undefined });
  }
  async markAllSent(id: string, sent: Array<{ key: string; leaseId: string; messageId: string }>) {
    for (const { key, leaseId } of sent) this.owned(id, key, leaseId);
    for (const { key, leaseId, messageId } of sent) await this.markSent(id, key, leaseId, messageId);
  }
  async markRetry(id: string, key: string, leaseId: string, dueAt: number, error: string) {
    Object.assign(this.owned(id, key, leaseId), { dueAt, lastError: error, leaseId: undefined, leaseUntil: undefined });
  }
  async markFailed(id: string, key: string, leaseId: string, error: string) {
    Object.assign(this.owned(id, key, leaseId), { status: 'failed', lastError: error, leaseId: undefined, leaseUntil: undefined });
  }
  async addEmail(id: string, key: string, email: EmailRecord) {
    const r = this.records.get(id);
    if (!r || r.emails[key]) throw new StaleWriteError();
    r.emails[key] = email;
  }
  async markEmailProblem(id: string, key: string, status: 'bounced' | 'complained') {
    const e = this.records.get(id)?.emails[key];
    if (e) e.status = status;
  }
  async setDueAt() {}
  async listDue(now: number) {
    return [...this.records.values()].filter((r) => Object.values(r.emails).some((e) => e.status === 'pending' && e.dueAt <= now)).map((r) => r.id);
  }
}
