// The cdk-nag AwsSolutions pack over every example app (versions 1 and 2), every integ test app,
// and the library on its own. Any finding nobody acknowledged fails, errors and warnings alike.
//
// Where acknowledgements live:
// - The library's own (the deliberate configuration-set/* wildcard, and what the aws-cdk-lib
//   Provider framework raises) ride on the resources' `cdk_nag` metadata, added in src/ without
//   importing cdk-nag, so every user of the library gets them too.
// - The integ test apps acknowledge their fixtures' findings themselves, with NagSuppressions.
// - The example apps are what users copy: their findings are fixed in the apps, which stay free of
//   cdk-nag. EXAMPLE_ACKNOWLEDGEMENTS is where one that cannot be fixed would be acknowledged.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { NagSuppressions } from 'cdk-nag';
import { Acknowledgement, formatFinding, NagRun, resourcesOfType, runAppWithNag, synthWithNag } from './nag-harness';
import { ConfigurationSet, RegistrationAttachment, RegistrationAttachmentSource, SmsProvider } from '../../src';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter(f => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
const INTEG_APPS = fs.readdirSync(path.join(ROOT, 'test')).filter(f => /^integ\..+\.ts$/.test(f)).sort();

/** The example apps read the context key `version`; `v2` is the update the demo deploys next. */
const VERSIONS: { name: string; context: Record<string, string> }[] = [
  { name: 'v1', context: {} },
  { name: 'v2', context: { version: 'v2' } },
];

/** Findings of the example apps that are acknowledged rather than fixed: none so far. */
const EXAMPLE_ACKNOWLEDGEMENTS: Record<string, Acknowledgement[]> = {};

/** The acknowledgements the library itself adds to every stack with a configuration set. */
const LIBRARY_ACKNOWLEDGED = [
  'AwsSolutions-IAM5 HandlerRole/DefaultPolicy/Resource Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:configuration-set/*',
  'AwsSolutions-IAM5 FrameworkOnEventRole/DefaultPolicy/Resource Resource::<SmsVoiceProviderOnEventHandler20BFB44E.Arn>:*',
  'AwsSolutions-IAM5 FrameworkOnEventRole/DefaultPolicy/Resource Resource::<SmsVoiceProviderIsCompleteHandlerEAC7AC60.Arn>:*',
  'AwsSolutions-IAM5 FrameworkIsCompleteRole/DefaultPolicy/Resource Resource::<SmsVoiceProviderOnEventHandler20BFB44E.Arn>:*',
  'AwsSolutions-IAM5 FrameworkIsCompleteRole/DefaultPolicy/Resource Resource::<SmsVoiceProviderIsCompleteHandlerEAC7AC60.Arn>:*',
  'AwsSolutions-IAM5 Provider/waiter-state-machine/Role/DefaultPolicy/Resource Resource::<SmsVoiceProviderframeworkisComplete0221DA03.Arn>:*',
  'AwsSolutions-IAM5 Provider/waiter-state-machine/Role/DefaultPolicy/Resource Resource::<SmsVoiceProviderframeworkonTimeoutCF8DE281.Arn>:*',
  'AwsSolutions-IAM5 Provider/waiter-state-machine/Role/DefaultPolicy/Resource Resource::*',
  'AwsSolutions-SF2 Provider/waiter-state-machine/Resource',
].sort();

/** The library's acknowledged findings of a run, relative to the provider, as in LIBRARY_ACKNOWLEDGED. */
function libraryAcknowledged(run: NagRun): string[] {
  return run.suppressed
    .filter(s => /\/SmsVoiceProvider\//.test(s.path))
    .map(s => `${s.ruleId} ${s.path.replace(/^.*?\/SmsVoiceProvider\//, '')}${s.findingId ? ` ${s.findingId}` : ''}`)
    .sort();
}

test('the apps are found', () => {
  expect(EXAMPLES).toContain('configuration-set-with-logs.ts');
  expect(INTEG_APPS).toContain('integ.configuration-set.ts');
  // Every acknowledgement belongs to an example that exists.
  expect(EXAMPLES).toEqual(expect.arrayContaining(Object.keys(EXAMPLE_ACKNOWLEDGEMENTS)));
});

describe.each(EXAMPLES)('example %s', file => {
  const runs: Record<string, NagRun> = {};
  beforeAll(() => {
    for (const { name, context } of VERSIONS) {
      runs[name] = runAppWithNag(path.join(ROOT, 'examples', file), { context, acknowledgements: EXAMPLE_ACKNOWLEDGEMENTS[file] ?? [] });
    }
  });

  test.each(VERSIONS.map(v => v.name))('%s has no unacknowledged finding', name => {
    expect(runs[name].ruleErrors).toEqual([]);
    expect(runs[name].findings.map(formatFinding)).toEqual([]);
  });

  test('every acknowledgement is used by version 1 or version 2', () => {
    const unusedEverywhere = (EXAMPLE_ACKNOWLEDGEMENTS[file] ?? [])
      .filter(ack => VERSIONS.every(v => runs[v.name].unusedAcknowledgements.includes(ack)));
    expect(unusedEverywhere).toEqual([]);
  });
});

describe.each(INTEG_APPS)('integ test app %s', file => {
  let run: NagRun;
  beforeAll(() => {
    run = runAppWithNag(path.join(ROOT, 'test', file));
  });

  test('has no unacknowledged finding', () => {
    expect(run.ruleErrors).toEqual([]);
    expect(run.findings.map(formatFinding)).toEqual([]);
  });

  test('its assertions call SMS v2 API actions that exist', () => {
    // integ-runner compares only the test-case stacks offline, so a misspelt action would surface
    // only against a real account; the SDK client lists every action as a Command.
    const sdk = require('@aws-sdk/client-pinpoint-sms-voice-v2'); // eslint-disable-line @typescript-eslint/no-require-imports
    const calls = Object.values(run.templates).flatMap(t => Object.values(t.Resources ?? {}) as any[])
      .filter(r => String(r.Type).startsWith('Custom::DeployAssert@SdkCall'));
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.Properties.service).toBe('PinpointSMSVoiceV2');
      const api = call.Properties.api as string;
      const command = `${api[0].toUpperCase()}${api.slice(1)}Command`;
      expect({ command, type: typeof sdk[command] }).toEqual({ command, type: 'function' });
      if (api === 'describeConfigurationSets' && typeof call.Properties.parameters.Filters === 'string') {
        const filters: { Name: string }[] = JSON.parse(call.Properties.parameters.Filters);
        filters.forEach(f => expect(Object.values(sdk.ConfigurationSetFilterName)).toContain(f.Name));
      }
    }
  });
});

describe('the library', () => {
  test('raises no finding of its own; the provider\'s deliberate and framework findings are acknowledged at the source', () => {
    const app = new App();
    new ConfigurationSet(new Stack(app, 'Stack'), 'Cs');

    const run = synthWithNag(app);

    expect(run.findings.map(formatFinding)).toEqual([]);
    expect(libraryAcknowledged(run)).toEqual(LIBRARY_ACKNOWLEDGED);
    run.suppressed.forEach(s => expect(s.reason.length).toBeGreaterThan(40));
  });

  test('the framework functions have no AWS managed policy and the waiter logs every event (IAM4 and SF1 are fixed, not acknowledged)', () => {
    const app = new App();
    new ConfigurationSet(new Stack(app, 'Stack'), 'Cs');

    const run = synthWithNag(app);

    resourcesOfType(run, 'AWS::IAM::Role').forEach(role => expect(role.Properties.ManagedPolicyArns).toBeUndefined());
    expect(resourcesOfType(run, 'AWS::StepFunctions::StateMachine').map(sm => sm.Properties.LoggingConfiguration.Level)).toEqual(['ALL']);
    expect(run.suppressed.filter(s => s.ruleId === 'AwsSolutions-IAM4' || s.ruleId === 'AwsSolutions-SF1')).toEqual([]);
  });

  test('the read statements of registration attachments\' buckets are acknowledged, and nothing else of theirs is reported', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    new RegistrationAttachment(stack, 'Loa', { source: RegistrationAttachmentSource.fromS3Url('s3://letters/loa.pdf') });
    const png = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nag-')), 'opt-in.png');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    new RegistrationAttachment(stack, 'Screenshot', { source: RegistrationAttachmentSource.fromFile(png) });

    const run = synthWithNag(app);

    expect(run.findings.map(formatFinding)).toEqual([]);
    expect(libraryAcknowledged(run).filter(s => s.includes(':s3:::'))).toEqual([
      'AwsSolutions-IAM5 HandlerRole/DefaultPolicy/Resource Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
      'AwsSolutions-IAM5 HandlerRole/DefaultPolicy/Resource Resource::arn:<AWS::Partition>:s3:::letters/*',
    ]);
  });

  test('the configuration-set/* acknowledgement also covers a stack with an explicit environment', () => {
    const app = new App();
    new ConfigurationSet(new Stack(app, 'Stack', { env: { account: '111111111111', region: 'eu-west-1' } }), 'Cs');

    const run = synthWithNag(app);

    expect(run.findings.map(formatFinding)).toEqual([]);
    expect(run.suppressed.map(s => s.findingId))
      .toContain('Resource::arn:<AWS::Partition>:sms-voice:eu-west-1:111111111111:configuration-set/*');
  });

  test('the acknowledgements are narrow: other wildcards on the same policies are still reported', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    new ConfigurationSet(stack, 'Cs');
    const provider = SmsProvider.getOrCreate(stack);
    provider.addToRolePolicy(new iam.PolicyStatement({ actions: ['sms-voice:DescribePools'], resources: ['*'] }));
    provider.addToRolePolicy(new iam.PolicyStatement({
      actions: ['sms-voice:*'],
      resources: [stack.formatArn({ service: 'sms-voice', resource: 'configuration-set', resourceName: '*' })],
    }));
    provider.addToRolePolicy(new iam.PolicyStatement({
      actions: ['sms-voice:DescribeSenderIds'],
      resources: [stack.formatArn({ service: 'sms-voice', resource: 'sender-id', resourceName: '*' })],
    }));

    const run = synthWithNag(app);

    expect(run.findings.map(f => `${f.ruleId} ${f.path} ${f.findingId}`).sort()).toEqual([
      'AwsSolutions-IAM5 Stack/SmsVoiceProvider/HandlerRole/DefaultPolicy/Resource Action::sms-voice:*',
      'AwsSolutions-IAM5 Stack/SmsVoiceProvider/HandlerRole/DefaultPolicy/Resource Resource::*',
      'AwsSolutions-IAM5 Stack/SmsVoiceProvider/HandlerRole/DefaultPolicy/Resource Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:sender-id/*',
    ]);
  });

  test('acknowledgements are metadata that cdk-nag reads, added once per provider, and merged with the user\'s NagSuppressions', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const provider = SmsProvider.getOrCreate(stack);
    NagSuppressions.addResourceSuppressions(provider.role, [{ id: 'AwsSolutions-IAM5', reason: 'the user\'s own reason for a wildcard', appliesTo: ['Resource::*'] }], true);
    new ConfigurationSet(stack, 'A');
    new ConfigurationSet(stack, 'B');
    new ConfigurationSet(stack, 'C');

    const run = synthWithNag(app);

    const [policy] = resourcesOfType(run, 'AWS::IAM::Policy')
      .filter(p => p.Properties.Roles.some((r: any) => /^SmsVoiceProviderHandlerRole/.test(r.Ref)));
    expect(policy.Metadata.cdk_nag.rules_to_suppress).toEqual([
      { id: 'AwsSolutions-IAM5', reason: 'the user\'s own reason for a wildcard', applies_to: ['Resource::*'] },
      {
        id: 'AwsSolutions-IAM5',
        reason: expect.stringMatching(/one statement per SMS v2 resource type[^]*a renamed resource is deleted/),
        applies_to: [{ regex: expect.stringMatching(/configuration-set\\\/\\\*\$\/$/) }],
      },
    ]);
    expect(run.findings.map(formatFinding)).toEqual([]);
  });

  test('src/ ships no dependency on cdk-nag, a devDependency', () => {
    const files = fs.readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    const importers = files.filter(f => /from 'cdk-nag'|require\('cdk-nag'\)/.test(fs.readFileSync(path.join(ROOT, 'src', f), 'utf8')));
    expect(importers).toEqual([]);
  });
});
