export { startEmulator } from './server';
export type { RunningEmulator } from './server';
export type { EmulatorOptions, FaultOptions, QuotaSetting, ResourceKind, ResourceLimits, Clock } from './options';
export { DEFAULT_LIMITS } from './options';
export { MUTATING } from './call-log';
export type { RecordedCall } from './call-log';
export { SmsVoiceService } from './service';
export type { StatusSetting } from './test-hooks';
export { OPT_IN_INTERVAL_MS } from './actions/opted-out-numbers';
