/** The configuration the Bot Framework channel reads (server/config.ts fills it from the environment). */
export interface BotSettings {
  /** The bot's Entra app (client) id; when set, every request's JWT is validated. */
  appId?: string;
  password?: string;
  certPemFile?: string;
  certKeyFile?: string;
  tenantId?: string;
  /** Where the signing keys are published, when not Entra's public cloud. */
  authority?: string;
  /** Unsigned requests accepted (never in production: the configuration refuses it). */
  anonymous: boolean;
  emergencyNumber: string;
  /** Longer texts are cut to this before the engine sees them. */
  maxTextLength: number;
}
