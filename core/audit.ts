/**
 * The audit log: security-relevant events (refused keys, forged webhooks, limits reached, refused
 * operations endpoints) and changes to people's data (opt-outs). Subjects are conversation ids or
 * hashed numbers; an event never carries a phone number, a key or what someone said.
 */
export type AuditKind =
  'chat.key_refused' | 'twilio.signature_refused' | 'ops.refused' | 'limit.reached' | 'sms.opt_out' | 'sms.opt_in';

export interface AuditEntry {
  kind: AuditKind;
  /** Who did it: "api:<label>", "twilio", "ip:<hash>", "caller:<hash>". */
  actor: string;
  subject?: string;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
}
