// The local lifecycle runner: synthesize a CDK app, then create, update and delete its stacks with
// the Custom::SmsVoice* resources running through the Provider framework and the bundled handler,
// against the SMS v2 emulator. `demo.ts` is its showcase.
export { LocalStack } from './local-stack';
export type { LocalStackOptions, SmsService } from './local-stack';
export { LocalApp } from './local-app';
export { CLOUDFORMATION_CONCURRENCY } from './schedule';
export type { ParallelOptions } from './schedule';
export type { OperationResult, OperationKind, StackStatus, RetainedResource, Replacement, ResourceFailure } from './operation';
export type { ProviderExchange } from './provider-framework';
export type { DeployedResource } from './deployed-resource';
export { isSmsResource } from './deployed-resource';
export type { OutputStream } from './progress';
export { loadStacks } from './stack-source';
export { synthesizeApp } from './synthesize';
export type { SynthesizeOptions } from './synthesize';
export { readStacks, readCloudAssembly, readTemplateFile } from './template';
export type { StackTemplate, Template, TemplateResource } from './template';
export { exampleApps, APP_VERSIONS } from './examples';
export { smsClient, smsInventory, describeInFull, named } from './sms-inventory';
export type { SmsResource } from './sms-inventory';
