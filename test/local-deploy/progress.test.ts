import { labelOf, Progress } from './progress';
import { CapturedOutput } from './support/use-emulator';

describe('Progress', () => {
  test('prints one line per resource and phase, as cdk deploy does', () => {
    const output = new CapturedOutput();
    const progress = new Progress(output, 'ConfigurationSetWithLogs', 5, 32);

    progress.stack('CREATE_IN_PROGRESS');
    progress.resource({
      status: 'CREATE_COMPLETE',
      logicalId: 'Transactional735D50ED',
      definition: { Type: 'Custom::SmsVoiceConfigurationSet', Metadata: { 'aws:cdk:path': 'ConfigurationSetWithLogs/Transactional/Resource/Default' } },
      physicalId: 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/cs',
      elapsedMs: 1234,
    });
    progress.resource({ status: 'CREATE_FAILED', logicalId: 'Alerts', definition: { Type: 'AWS::SNS::Topic' }, note: 'it broke', elapsedMs: 50 });

    expect(output.lines).toEqual([
      expect.stringMatching(/^ConfigurationSetWithLogs \| 0\/5 \| \d\d:\d\d:\d\d \| CREATE_IN_PROGRESS {3}\| AWS::CloudFormation::Stack {7}\| ConfigurationSetWithLogs$/),
      expect.stringMatching(/^ConfigurationSetWithLogs \| 1\/5 \| \d\d:\d\d:\d\d \| CREATE_COMPLETE {6}\| Custom::SmsVoiceConfigurationSet \| Transactional \(arn:aws:sms-voice:us-east-1:123456789012:configuration-set\/cs\) 1\.2s$/),
      expect.stringMatching(/^ConfigurationSetWithLogs \| 2\/5 \| \d\d:\d\d:\d\d \| CREATE_FAILED {8}\| AWS::SNS::Topic {18}\| Alerts it broke 0\.1s$/),
    ]);
  });
});

describe('labelOf', () => {
  test.each([
    ['Stack/Transactional/Resource/Default', 'Transactional'],
    ['Stack/SmsVoiceProvider/HandlerRole/Resource', 'SmsVoiceProvider/HandlerRole'],
    ['Stack/Pool/Resource', 'Pool'],
  ])('shows %s as %s', (cdkPath, label) => {
    expect(labelOf('Logical1234', { Type: 'AWS::SNS::Topic', Metadata: { 'aws:cdk:path': cdkPath } }, 'Stack')).toBe(label);
  });

  test('falls back to the logical id without CDK metadata', () => {
    expect(labelOf('Logical1234', { Type: 'AWS::SNS::Topic' }, 'Stack')).toBe('Logical1234');
  });
});
